#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: a * b in 32-bit integers.
int main() {
    int n, a, b;
    scanf("%d %d %d", &n, &a, &b);
    if (a + b - 1 > n || a * b < n) {
        puts("-1");
        return 0;
    }
    vector<int> sz(a, 1);
    sz[0] = b;
    int rest = n - b - (a - 1);
    for (int i = 1; i < a && rest > 0; i++) {
        int add = min(rest, b - 1);
        sz[i] += add;
        rest -= add;
    }
    int start = 1;
    for (int i = 0; i < a; i++) {
        for (int v = start + sz[i] - 1; v >= start; v--) printf("%d ", v);
        start += sz[i];
    }
    puts("");
}
