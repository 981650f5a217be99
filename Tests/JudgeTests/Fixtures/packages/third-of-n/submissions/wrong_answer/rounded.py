n = int(input())
print("%.1f" % (n / 3))
