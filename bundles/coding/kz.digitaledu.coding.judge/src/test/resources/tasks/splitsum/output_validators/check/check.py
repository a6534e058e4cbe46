import sys
# Kattis output validator: argv = input answer feedback_dir, team output on stdin; 42 accept, 43 reject.
s = int(open(sys.argv[1]).read().split()[0])
out = sys.stdin.read().split()
def reject(msg):
    with open(sys.argv[3] + "judgemessage.txt", "w") as f:
        f.write(msg)
    sys.exit(43)
if len(out) != 2:
    reject("expected two numbers")
try:
    a, b = int(out[0]), int(out[1])
except ValueError:
    reject("not integers")
if a < 0 or b < 0 or a + b != s:
    reject("%d + %d != %d" % (a, b, s))
sys.exit(42)
