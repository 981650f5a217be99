#include <bits/stdc++.h>
using namespace std;

// Palindromic tree (eertree): node 0 has length -1 (imaginary root), node 1 length 0.
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    cin >> s;
    int n = s.size();
    vector<array<int, 26>> next(n + 2);
    vector<int> len(n + 2), link(n + 2);
    for (auto &a : next) a.fill(0);
    len[0] = -1, link[0] = 0;
    len[1] = 0, link[1] = 0;
    int nodes = 2, last = 1;
    auto fits = [&](int v, int i) { return i - len[v] - 1 >= 0 && s[i - len[v] - 1] == s[i]; };
    for (int i = 0; i < n; i++) {
        int c = s[i] - 'a';
        int v = last;
        while (!fits(v, i)) v = link[v];
        if (next[v][c]) {
            last = next[v][c];
            continue;
        }
        int w = nodes++;
        len[w] = len[v] + 2;
        if (len[w] == 1) {
            link[w] = 1;
        } else {
            int u = link[v];
            while (!fits(u, i)) u = link[u];
            link[w] = next[u][c];
        }
        next[v][c] = w;
        last = w;
    }
    cout << nodes - 2 << "\n";
}
