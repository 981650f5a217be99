#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: single-precision floats hold integers exactly only up to 2^24.
int main() {
    float a, b;
    scanf("%f %f", &a, &b);
    printf("%.0f\n", a + b);
}
