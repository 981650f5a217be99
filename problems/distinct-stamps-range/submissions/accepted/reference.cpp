#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    vector<int> c(n + 1);
    for (int i = 1; i <= n; i++) scanf("%d", &c[i]);
    vector<int> values(c.begin() + 1, c.end());
    sort(values.begin(), values.end());
    values.erase(unique(values.begin(), values.end()), values.end());
    for (int i = 1; i <= n; i++) c[i] = lower_bound(values.begin(), values.end(), c[i]) - values.begin();
    vector<int> ql(q), qr(q), order(q);
    for (int i = 0; i < q; i++) scanf("%d %d", &ql[i], &qr[i]);
    iota(order.begin(), order.end(), 0);
    sort(order.begin(), order.end(), [&](int x, int y) { return qr[x] < qr[y]; });
    vector<int> tree(n + 1, 0), last(values.size(), 0), answer(q);
    auto add = [&](int i, int d) { for (; i <= n; i += i & -i) tree[i] += d; };
    auto sum = [&](int i) { int s = 0; for (; i > 0; i -= i & -i) s += tree[i]; return s; };
    int r = 0;
    for (int id : order) {
        while (r < qr[id]) {
            r++;
            if (last[c[r]]) add(last[c[r]], -1);
            last[c[r]] = r;
            add(r, 1);
        }
        answer[id] = sum(r) - sum(ql[id] - 1);
    }
    string out;
    for (int i = 0; i < q; i++) { out += to_string(answer[i]); out += '\n'; }
    fputs(out.c_str(), stdout);
}
