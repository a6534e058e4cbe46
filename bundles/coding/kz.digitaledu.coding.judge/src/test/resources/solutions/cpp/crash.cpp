#include <iostream>
int main() { long long a, b; std::cin >> a >> b; volatile int *p = nullptr; *p = a; std::cout << a + b << "\n"; }
