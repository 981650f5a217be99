#include <bits/stdc++.h>
using namespace std;

// Binary search on L with a hash modulo the prime 2^61 - 1 (not breakable by Thue-Morse).
typedef unsigned long long u64;
const u64 MOD = (1ULL << 61) - 1;

u64 mulmod(u64 a, u64 b) {
    __uint128_t x = (__uint128_t)a * b;
    u64 r = (u64)(x & MOD) + (u64)(x >> 61);
    return r >= MOD ? r - MOD : r;
}

struct Hasher {
    vector<u64> h, p;
    Hasher(const string &s, u64 base) : h(s.size() + 1, 0), p(s.size() + 1, 1) {
        for (size_t i = 0; i < s.size(); i++) {
            h[i + 1] = mulmod(h[i], base) + (u64)s[i];
            if (h[i + 1] >= MOD) h[i + 1] -= MOD;
            p[i + 1] = mulmod(p[i], base);
        }
    }
    u64 get(int l, int len) const {
        u64 r = h[l + len] + MOD - mulmod(h[l], p[len]);
        return r >= MOD ? r - MOD : r;
    }
};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s, t;
    cin >> s >> t;
    const u64 base = 1000003ULL * 7919ULL + 12345ULL;
    Hasher hs(s, base), ht(t, base);
    vector<u64> a, b;
    auto common = [&](int len) {
        a.clear();
        b.clear();
        for (int i = 0; i + len <= (int)s.size(); i++) a.push_back(hs.get(i, len));
        for (int i = 0; i + len <= (int)t.size(); i++) b.push_back(ht.get(i, len));
        sort(a.begin(), a.end());
        sort(b.begin(), b.end());
        size_t i = 0, j = 0;
        while (i < a.size() && j < b.size()) {
            if (a[i] == b[j]) return true;
            if (a[i] < b[j]) i++;
            else j++;
        }
        return false;
    };
    int lo = 0, hi = min(s.size(), t.size());
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (common(mid)) lo = mid;
        else hi = mid - 1;
    }
    cout << lo << "\n";
}
