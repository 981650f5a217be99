#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: prefixes, suffixes and blocks may be empty (clamped at 0).
struct Node { long long sum, pre, suf, best; };

Node merge(const Node &a, const Node &b) {
    return {a.sum + b.sum, max(a.pre, a.sum + b.pre), max(b.suf, b.sum + a.suf),
            max({a.best, b.best, a.suf + b.pre})};
}
Node leaf(long long v) { long long c = max(v, 0LL); return {v, c, c, c}; }

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    int size = 1;
    while (size < n) size <<= 1;
    vector<Node> t(2 * size, Node{0, 0, 0, 0});
    for (int i = 0; i < n; i++) { long long v; scanf("%lld", &v); t[size + i] = leaf(v); }
    for (int p = size - 1; p > 0; p--) t[p] = merge(t[2 * p], t[2 * p + 1]);
    string out;
    while (q--) {
        int type;
        scanf("%d", &type);
        if (type == 1) {
            int i; long long x;
            scanf("%d %lld", &i, &x);
            int p = size + i - 1;
            t[p] = leaf(x);
            for (p >>= 1; p > 0; p >>= 1) t[p] = merge(t[2 * p], t[2 * p + 1]);
        } else {
            int l, r;
            scanf("%d %d", &l, &r);
            Node left{0, 0, 0, 0}, right{0, 0, 0, 0};
            for (l += size - 1, r += size; l < r; l >>= 1, r >>= 1) {
                if (l & 1) left = merge(left, t[l++]);
                if (r & 1) right = merge(t[--r], right);
            }
            out += to_string(merge(left, right).best);
            out += '\n';
        }
    }
    fputs(out.c_str(), stdout);
}
