#include <bits/stdc++.h>
using namespace std;

// Binary search on the value, but counts by checking every pair: O(n m log V).
int main() {
    int n, m;
    long long k;
    scanf("%d %d %lld", &n, &m, &k);
    vector<long long> a(n), b(m);
    for (auto &x : a) scanf("%lld", &x);
    for (auto &x : b) scanf("%lld", &x);
    long long lo = -2000000000LL, hi = 2000000000LL;
    while (lo < hi) {
        long long mid = lo + (hi - lo) / 2, count = 0;
        for (long long x : a)
            for (long long y : b) count += (x + y <= mid);
        if (count >= k) hi = mid;
        else lo = mid + 1;
    }
    printf("%lld\n", lo);
}
