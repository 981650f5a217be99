#include <bits/stdc++.h>
using namespace std;

// Enumerates the submasks of every complement separately: up to 2^20 per scientist.
int main() {
    const int FULL = (1 << 20) - 1;
    int n;
    scanf("%d", &n);
    vector<int> a(n), cnt(1 << 20, 0);
    for (auto &x : a) { scanf("%d", &x); cnt[x]++; }
    long long total = 0, zeros = 0;
    for (int x : a) {
        int c = FULL ^ x;
        for (int s = c;; s = (s - 1) & c) {
            total += cnt[s];
            if (s == 0) break;
        }
        if (x == 0) zeros++;
    }
    printf("%lld\n", (total - zeros) / 2);
}
