#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<vector<int>> out(n + 1);
    vector<int> need(n + 1, 0);
    for (int i = 0; i < m; i++) {
        int a, b;
        scanf("%d %d", &a, &b);
        out[a].push_back(b);
        need[b]++;
    }
    priority_queue<int, vector<int>, greater<int>> heap;
    for (int v = 1; v <= n; v++)
        if (!need[v]) heap.push(v);
    vector<int> order;
    while (!heap.empty()) {
        int v = heap.top();
        heap.pop();
        order.push_back(v);
        for (int u : out[v])
            if (--need[u] == 0) heap.push(u);
    }
    if ((int)order.size() < n) {
        puts("-1");
        return 0;
    }
    string s;
    for (int i = 0; i < n; i++) {
        s += to_string(order[i]);
        s += i + 1 == n ? '\n' : ' ';
    }
    fputs(s.c_str(), stdout);
}
