#include <bits/stdc++.h>
using namespace std;

int size_, height;
vector<long long> t, d;  // t: min of subtree including its own pending add d

void apply_(int p, long long v) { t[p] += v; if (p < size_) d[p] += v; }
void build(int p) { while (p > 1) { p >>= 1; t[p] = min(t[2 * p], t[2 * p + 1]) + d[p]; } }
void push(int p) {
    for (int s = height; s > 0; s--) {
        int i = p >> s;
        if (d[i]) { apply_(2 * i, d[i]); apply_(2 * i + 1, d[i]); d[i] = 0; }
    }
}
void add(int l, int r, long long v) {  // [l, r)
    l += size_; r += size_;
    int l0 = l, r0 = r;
    for (; l < r; l >>= 1, r >>= 1) {
        if (l & 1) apply_(l++, v);
        if (r & 1) apply_(--r, v);
    }
    build(l0); build(r0 - 1);
}
long long query(int l, int r) {
    l += size_; r += size_;
    push(l); push(r - 1);
    long long res = LLONG_MAX;
    for (; l < r; l >>= 1, r >>= 1) {
        if (l & 1) res = min(res, t[l++]);
        if (r & 1) res = min(res, t[--r]);
    }
    return res;
}

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    size_ = 1; height = 0;
    while (size_ < n) { size_ <<= 1; height++; }
    t.assign(2 * size_, LLONG_MAX / 4);
    d.assign(size_, 0);
    for (int i = 0; i < n; i++) scanf("%lld", &t[size_ + i]);
    for (int p = size_ - 1; p > 0; p--) t[p] = min(t[2 * p], t[2 * p + 1]);
    vector<int> bl(q + 1), br(q + 1);
    vector<long long> bk(q + 1);
    vector<char> accepted(q + 1, 0);
    string out;
    for (int i = 1; i <= q; i++) {
        int type;
        scanf("%d", &type);
        if (type == 1) {
            int l, r; long long k;
            scanf("%d %d %lld", &l, &r, &k);
            bl[i] = l - 1; br[i] = r; bk[i] = k;
            if (query(l - 1, r) >= k) { add(l - 1, r, -k); accepted[i] = 1; out += "YES\n"; }
            else out += "NO\n";
        } else {
            int j;
            scanf("%d", &j);
            if (accepted[j]) add(bl[j], br[j], bk[j]);
        }
    }
    fputs(out.c_str(), stdout);
}
