import os
a, b = map(int, input().split())
leaked = []
for path in ("/etc/passwd", "/etc/shadow", "/root/.bashrc", "ANSWER_FILE", "TASK_DIR/data/secret/2.ans", "/proc/1/environ"):
    try:
        with open(path) as f:
            if f.read(1) is not None and path != "/proc/1/environ":
                leaked.append(path)
    except Exception:
        pass
# the sandbox must not see the task folder or other submissions
for d in ("TASK_DIR", "WORK_ROOT", "/work", "/home", "/root"):
    if os.path.exists(d):
        leaked.append(d)
print(("LEAK " + " ".join(leaked)) if leaked else a + b)
