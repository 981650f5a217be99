#include <bits/stdc++.h>
using namespace std;

// Naive: at every step scan all courses for the smallest one that is free. O(n^2).
int main() {
    int n, m;
    scanf("%d %d", &n, &m);
    vector<vector<int>> out(n + 1);
    vector<int> need(n + 1, 0);
    for (int i = 0; i < m; i++) {
        int a, b;
        scanf("%d %d", &a, &b);
        out[a].push_back(b);
        need[b]++;
    }
    vector<char> done(n + 1, 0);
    vector<int> order;
    for (int step = 0; step < n; step++) {
        int pick = -1;
        for (int v = 1; v <= n; v++)
            if (!done[v] && need[v] == 0) {
                pick = v;
                break;
            }
        if (pick < 0) break;
        done[pick] = 1;
        order.push_back(pick);
        for (int u : out[pick]) need[u]--;
    }
    if ((int)order.size() < n) {
        puts("-1");
        return 0;
    }
    for (int i = 0; i < n; i++) printf("%d%c", order[i], i + 1 == n ? '\n' : ' ');
}
