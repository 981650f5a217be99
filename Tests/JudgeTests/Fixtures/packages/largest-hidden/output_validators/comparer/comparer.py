# Interactor: reads the hidden values from the input file, answers comparisons, and
# accepts `! k` when a_k is the largest and no more than n-1 questions were asked.
import sys


def main():
    with open(sys.argv[1]) as source:
        numbers = source.read().split()
    n = int(numbers[0])
    values = [int(x) for x in numbers[1:1 + n]]
    feedback = sys.argv[3]

    def finish(code, message):
        with open(feedback + "judgemessage.txt", "w") as out:
            out.write(message + "\n")
        sys.exit(code)

    def send(text):
        try:
            print(text, flush=True)
        except BrokenPipeError:
            finish(43, "the program stopped reading")

    send(n)
    asked = 0
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        try:
            if words[0] == "?" and len(words) == 3:
                i, j = int(words[1]), int(words[2])
                if not (1 <= i <= n and 1 <= j <= n):
                    finish(43, "index out of range")
                asked += 1
                if asked > n - 1:
                    finish(43, "more than n-1 questions")
                send("<" if values[i - 1] < values[j - 1] else ">")
            elif words[0] == "!" and len(words) == 2:
                k = int(words[1])
                if 1 <= k <= n and values[k - 1] == max(values):
                    finish(42, "found after %d questions" % asked)
                finish(43, "a_%d is not the largest" % k)
            else:
                finish(43, "unreadable line: " + line.strip()[:40])
        except ValueError:
            finish(43, "not a number: " + line.strip()[:40])
    finish(43, "no answer before the end of input")


main()
