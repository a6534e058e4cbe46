import socket
a, b = map(int, input().split())
leaked = False
# Only loopback: PORT is a listener the test opens on the host's loopback. Inside the sandbox's own network
# namespace 127.0.0.1 is a different, empty loopback, so a connection there means the network was not isolated.
for host, port in (("127.0.0.1", PORT), ("localhost", PORT)):
    try:
        s = socket.create_connection((host, port), timeout=0.5)
        leaked = True
        s.close()
    except Exception:
        pass
print(0 if leaked else a + b)
