#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

struct P { ll x, y; };
vector<P> p, buf;
ll best = LLONG_MAX;

static inline ll sq(ll v) { return v * v; }

// Sorts p[lo, hi) by y as a side effect (merge sort), updating best.
void solve(int lo, int hi) {
    if (hi - lo <= 3) {
        for (int i = lo; i < hi; i++)
            for (int j = i + 1; j < hi; j++) best = min(best, sq(p[i].x - p[j].x) + sq(p[i].y - p[j].y));
        sort(p.begin() + lo, p.begin() + hi, [](const P &a, const P &b) { return a.y < b.y; });
        return;
    }
    int mid = (lo + hi) / 2;
    ll xm = p[mid].x;
    solve(lo, mid);
    solve(mid, hi);
    merge(p.begin() + lo, p.begin() + mid, p.begin() + mid, p.begin() + hi, buf.begin(),
          [](const P &a, const P &b) { return a.y < b.y; });
    copy(buf.begin(), buf.begin() + (hi - lo), p.begin() + lo);
    int m = 0;
    for (int i = lo; i < hi; i++) {
        if (sq(p[i].x - xm) >= best) continue;
        for (int j = m - 1; j >= 0 && sq(p[i].y - buf[j].y) < best; j--)
            best = min(best, sq(p[i].x - buf[j].x) + sq(p[i].y - buf[j].y));
        buf[m++] = p[i];
    }
}

int main() {
    int n;
    scanf("%d", &n);
    p.resize(n);
    buf.resize(n);
    for (auto &q : p) scanf("%lld %lld", &q.x, &q.y);
    sort(p.begin(), p.end(), [](const P &a, const P &b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    solve(0, n);
    printf("%.9f\n", (double)sqrtl((long double)best));
}
