line = input()
total = 0
while True:
    total = sum(1 for c in line.lower() if c in "aeiou")
