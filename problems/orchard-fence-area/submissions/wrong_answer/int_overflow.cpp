#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: 32-bit products (coordinates reach 1e6, products 1e12).
int main() {
    int n;
    scanf("%d", &n);
    vector<int> x(n), y(n);
    for (int i = 0; i < n; i++) scanf("%d %d", &x[i], &y[i]);
    int twice = 0;
    for (int i = 0; i < n; i++) {
        int j = (i + 1) % n;
        twice += x[i] * y[j] - x[j] * y[i];
    }
    printf("%.1f\n", fabs((double)twice) / 2);
}
