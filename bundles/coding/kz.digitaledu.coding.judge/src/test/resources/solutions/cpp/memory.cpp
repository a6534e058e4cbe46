#include <iostream>
#include <vector>
int main() { long long a, b; std::cin >> a >> b; std::vector<int> v(200 * 1000 * 1000, 7); std::cout << v[a % 10] + b << "\n"; }
