import sys


def read_numbers(stream):
    numbers = []
    for line in stream:
        for part in line.split():
            numbers.append(int(part))
    return numbers


def add_all(numbers):
    total = 0
    for value in numbers:
        total = total + value
    return total


def main():
    numbers = read_numbers(sys.stdin)
    if len(numbers) < 2:
        print(0)
        return
    print(add_all(numbers[:2]))


main()
