#include <bits/stdc++.h>
using namespace std;

// Walks every multiple of k in [L, R]: up to 1e18 / k steps.
int main() {
    long long L, R;
    int k;
    scanf("%lld %lld %d", &L, &R, &k);
    long long first = (L + k - 1) / k * k, cnt = 0;
    for (long long x = first; x <= R; x += k) {
        int s = 0;
        for (long long y = x; y; y /= 10) s += y % 10;
        if (s % k == 0) cnt++;
    }
    printf("%lld\n", cnt);
}
