w = input().strip()
print(w, w)
