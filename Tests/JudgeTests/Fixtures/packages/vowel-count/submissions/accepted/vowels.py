line = input()
print(sum(1 for c in line.lower() if c in "aeiou"))
exit()
