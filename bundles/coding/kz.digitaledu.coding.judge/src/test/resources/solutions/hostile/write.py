import os
a, b = map(int, input().split())
written = []
for path in ("/box/evil.txt", "/usr/evil.txt", "/etc/evil.txt", "/evil.txt", "TASK_DIR/evil.txt", "WORK_ROOT/evil.txt", "/tmp/ok.txt"):
    try:
        with open(path, "w") as f:
            f.write("pwned")
        written.append(path)
    except Exception:
        pass
# /tmp is the sandbox's private tmpfs: writing there is allowed
print(a + b if written == ["/tmp/ok.txt"] else "WROTE " + " ".join(written))
