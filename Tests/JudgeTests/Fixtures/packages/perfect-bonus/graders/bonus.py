# Custom grader: reads "VERDICT score" per child, prints the group's "VERDICT score".
# Accepted when any child is; the score is the sum, doubled when every child was
# accepted and the double_if_perfect flag is given.
import sys

results = [line.split() for line in sys.stdin if line.strip()]
verdicts = [words[0] for words in results]
total = sum(float(words[1]) for words in results)
if "double_if_perfect" in sys.argv[1:] and verdicts and all(v == "AC" for v in verdicts):
    total *= 2
verdict = "AC" if "AC" in verdicts else next((v for v in verdicts if v != "AC"), "AC")
print(verdict, total)
