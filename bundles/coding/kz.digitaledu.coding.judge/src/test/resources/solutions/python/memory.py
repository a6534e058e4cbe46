a, b = map(int, input().split())
big = [a] * (200 * 1000 * 1000)
print(len(big))
