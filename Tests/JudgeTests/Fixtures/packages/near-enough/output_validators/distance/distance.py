# Scores an answer by its distance from the judge's: max(0, 10 - |x - answer|) points,
# written to score.txt; anything that is not one integer is rejected.
import sys

answer = int(open(sys.argv[2]).read())
words = sys.stdin.read().split()
if len(words) != 1 or not words[0].lstrip("-").isdigit():
    open(sys.argv[3] + "judgemessage.txt", "w").write("expected one integer")
    sys.exit(43)
distance = abs(int(words[0]) - answer)
open(sys.argv[3] + "score.txt", "w").write(str(max(0, 10 - distance)))
sys.exit(42)
