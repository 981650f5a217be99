#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: binary search with a polynomial hash modulo 2^64 (natural overflow).
// Thue-Morse blocks collide for every base.
typedef unsigned long long u64;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s, t;
    cin >> s >> t;
    const u64 base = 911382323ULL;
    auto prefix = [&](const string &x, vector<u64> &h, vector<u64> &p) {
        h.assign(x.size() + 1, 0);
        p.assign(x.size() + 1, 1);
        for (size_t i = 0; i < x.size(); i++) h[i + 1] = h[i] * base + (u64)x[i], p[i + 1] = p[i] * base;
    };
    vector<u64> hs, ps, ht, pt;
    prefix(s, hs, ps);
    prefix(t, ht, pt);
    auto common = [&](int len) {
        unordered_set<u64> seen;
        seen.reserve(2 * s.size());
        for (int i = 0; i + len <= (int)s.size(); i++) seen.insert(hs[i + len] - hs[i] * ps[len]);
        for (int i = 0; i + len <= (int)t.size(); i++)
            if (seen.count(ht[i + len] - ht[i] * pt[len])) return true;
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
