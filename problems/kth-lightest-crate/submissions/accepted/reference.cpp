#include <bits/stdc++.h>
using namespace std;

const int MAXNODES = 100000 * 20 + 10;
int lc[MAXNODES], rc[MAXNODES], cnt[MAXNODES], nodes = 1;  // node 0 is the empty tree

int insert(int prev, int lo, int hi, int pos) {
    int cur = nodes++;
    lc[cur] = lc[prev]; rc[cur] = rc[prev]; cnt[cur] = cnt[prev] + 1;
    if (hi - lo > 1) {
        int mid = (lo + hi) / 2;
        if (pos < mid) lc[cur] = insert(lc[prev], lo, mid, pos);
        else rc[cur] = insert(rc[prev], mid, hi, pos);
    }
    return cur;
}

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    vector<int> w(n);
    for (auto &x : w) scanf("%d", &x);
    vector<int> values(w);
    sort(values.begin(), values.end());
    values.erase(unique(values.begin(), values.end()), values.end());
    int m = values.size();
    vector<int> root(n + 1, 0);
    for (int i = 0; i < n; i++) {
        int pos = lower_bound(values.begin(), values.end(), w[i]) - values.begin();
        root[i + 1] = insert(root[i], 0, m, pos);
    }
    string out;
    while (q--) {
        int l, r, k;
        scanf("%d %d %d", &l, &r, &k);
        int a = root[r], b = root[l - 1], lo = 0, hi = m;
        while (hi - lo > 1) {
            int mid = (lo + hi) / 2;
            int left = cnt[lc[a]] - cnt[lc[b]];
            if (k <= left) { a = lc[a]; b = lc[b]; hi = mid; }
            else { k -= left; a = rc[a]; b = rc[b]; lo = mid; }
        }
        out += to_string(values[lo]);
        out += '\n';
    }
    fputs(out.c_str(), stdout);
}
