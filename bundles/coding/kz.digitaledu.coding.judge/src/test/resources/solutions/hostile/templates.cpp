template <class T, int N> struct B {
  typedef B<B<T, N - 1>, N - 1> L;
  typedef B<B<T *, N - 1>, N - 1> R;
  static const long v = L::v + R::v;
};
template <class T> struct B<T, 0> { static const long v = 1; };
int main() { return (int) B<int, 40>::v; }
