#include <cerrno>
#include <iostream>
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>
// Keyrings, io_uring, new namespaces, ptrace and bpf must fail with EPERM (seccomp deny list).
int main() {
  long long a, b;
  std::cin >> a >> b;
  int leaks = 0;
  errno = 0; if (syscall(SYS_keyctl, 0 /* KEYCTL_GET_KEYRING_ID */, -3 /* session keyring */, 0) != -1 || errno != EPERM) leaks++;
  errno = 0; if (syscall(425 /* io_uring_setup */, 1, nullptr) != -1 || errno != EPERM) leaks++;
  errno = 0; if (unshare(CLONE_NEWUSER) != -1 || errno != EPERM) leaks++;
  errno = 0; if (syscall(SYS_ptrace, 0 /* PTRACE_TRACEME */, 0, 0, 0) != -1 || errno != EPERM) leaks++;
  errno = 0; if (syscall(SYS_bpf, 0, nullptr, 0) != -1 || errno != EPERM) leaks++;
  if (leaks) std::cout << "LEAK " << leaks << "\n"; else std::cout << a + b << "\n";
}
