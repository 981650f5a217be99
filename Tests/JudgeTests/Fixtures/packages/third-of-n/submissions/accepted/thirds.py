n = int(input())
print("%.9f" % (n / 3))
