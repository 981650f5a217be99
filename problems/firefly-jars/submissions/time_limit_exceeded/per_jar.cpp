#include <bits/stdc++.h>
using namespace std;

// Naive: recomputes the Grundy table from scratch for every jar: O(n m max a).
int main() {
    int n, m;
    scanf("%d %d", &n, &m);
    vector<int> s(m), a(n);
    for (auto &v : s) scanf("%d", &v);
    for (auto &v : a) scanf("%d", &v);
    auto table = [&](int top) {
        vector<int> g(top + 1, 0);
        for (int x = 1; x <= top; x++) {
            unsigned seen = 0;
            for (int v : s)
                if (v <= x) seen |= 1u << g[x - v];
            int mex = 0;
            while (seen >> mex & 1) mex++;
            g[x] = mex;
        }
        return g;
    };
    int X = 0;
    for (int v : a) X ^= table(v)[v];
    long long wins = 0;
    if (X)
        for (int v : a) {
            vector<int> g = table(v);
            for (int t : s)
                if (t <= v && g[v - t] == (X ^ g[v])) wins++;
        }
    printf("%lld\n", wins);
}
