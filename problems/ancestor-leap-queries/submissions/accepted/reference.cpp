#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    scanf("%d %d", &n, &q);
    const int LOG = 17;
    vector<array<int, LOG>> up(n + 1);
    vector<int> head(n + 1, -1), nxt(n + 1, -1), depth(n + 1, 0);
    up[1].fill(0);
    for (int i = 2; i <= n; i++) {
        scanf("%d", &up[i][0]);
        nxt[i] = head[up[i][0]];
        head[up[i][0]] = i;
    }
    vector<int> order = {1};
    for (size_t k = 0; k < order.size(); k++) {
        int v = order[k];
        if (v != 1) {
            depth[v] = depth[up[v][0]] + 1;
            for (int j = 1; j < LOG; j++) up[v][j] = up[up[v][j - 1]][j - 1];
        }
        for (int c = head[v]; c != -1; c = nxt[c]) order.push_back(c);
    }
    string out;
    while (q--) {
        int v, k;
        scanf("%d %d", &v, &k);
        if (k > depth[v]) {
            out += "-1\n";
            continue;
        }
        for (int j = 0; j < LOG; j++)
            if (k >> j & 1) v = up[v][j];
        out += to_string(v) + "\n";
    }
    fputs(out.c_str(), stdout);
}
