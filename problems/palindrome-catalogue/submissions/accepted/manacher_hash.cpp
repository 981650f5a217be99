#include <bits/stdc++.h>
using namespace std;

// Manacher + a hash modulo the prime 2^61 - 1: for every centre insert palindromes from the
// longest inwards and stop at the first one already known.
typedef unsigned long long u64;
const u64 MOD = (1ULL << 61) - 1;

u64 mulmod(u64 a, u64 b) {
    __uint128_t x = (__uint128_t)a * b;
    u64 r = (u64)(x & MOD) + (u64)(x >> 61);
    return r >= MOD ? r - MOD : r;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    cin >> s;
    int n = s.size();
    const u64 base = 1315423911ULL;
    vector<u64> h(n + 1, 0), p(n + 1, 1);
    for (int i = 0; i < n; i++) {
        h[i + 1] = mulmod(h[i], base) + (u64)s[i];
        if (h[i + 1] >= MOD) h[i + 1] -= MOD;
        p[i + 1] = mulmod(p[i], base);
    }
    auto get = [&](int l, int r) {  // [l, r)
        u64 x = h[r] + MOD - mulmod(h[l], p[r - l]);
        return x >= MOD ? x - MOD : x;
    };
    // d1[i]: odd palindromes centred at i have radius < d1[i]; d2[i]: even, centred before i.
    vector<int> d1(n), d2(n);
    for (int i = 0, l = 0, r = -1; i < n; i++) {
        int k = i > r ? 1 : min(d1[l + r - i], r - i + 1);
        while (i - k >= 0 && i + k < n && s[i - k] == s[i + k]) k++;
        d1[i] = k--;
        if (i + k > r) l = i - k, r = i + k;
    }
    for (int i = 0, l = 0, r = -1; i < n; i++) {
        int k = i > r ? 0 : min(d2[l + r - i + 1], r - i + 1);
        while (i - k - 1 >= 0 && i + k < n && s[i - k - 1] == s[i + k]) k++;
        d2[i] = k--;
        if (i + k > r) l = i - k - 1, r = i + k;
    }
    unordered_set<u64> seen;
    seen.reserve(4 * n + 16);
    auto key = [](u64 hash, int len) { return hash ^ ((u64)len * 0x9E3779B97F4A7C15ULL); };
    for (int i = 0; i < n; i++) {
        for (int k = d1[i]; k >= 1; k--)
            if (!seen.insert(key(get(i - k + 1, i + k), 2 * k - 1)).second) break;
        for (int k = d2[i]; k >= 1; k--)
            if (!seen.insert(key(get(i - k, i + k), 2 * k)).second) break;
    }
    cout << seen.size() << "\n";
}
