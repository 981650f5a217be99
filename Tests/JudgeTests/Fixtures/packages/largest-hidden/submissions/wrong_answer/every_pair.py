# Asks about every pair: far more than n-1 questions on the larger tests.
n = int(input())
wins = [0] * (n + 1)
for i in range(1, n + 1):
    for j in range(i + 1, n + 1):
        print("?", i, j, flush=True)
        if input().strip() == ">":
            wins[i] += 1
        else:
            wins[j] += 1
print("!", max(range(1, n + 1), key=lambda k: wins[k]), flush=True)
