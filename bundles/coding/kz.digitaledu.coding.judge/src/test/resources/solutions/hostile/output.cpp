#include <cstdio>
int main() { while (true) fputs("spamspamspamspamspamspamspamspamspamspamspamspamspamspam\n", stdout); }
