#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: counts jars with a winning move instead of (jar, s) moves.
int main() {
    int n, m;
    scanf("%d %d", &n, &m);
    vector<int> s(m), a(n);
    for (auto &v : s) scanf("%d", &v);
    for (auto &v : a) scanf("%d", &v);
    int top = *max_element(a.begin(), a.end());
    vector<int> g(top + 1, 0);
    for (int x = 1; x <= top; x++) {
        unsigned seen = 0;
        for (int v : s)
            if (v <= x) seen |= 1u << g[x - v];
        int mex = 0;
        while (seen >> mex & 1) mex++;
        g[x] = mex;
    }
    int X = 0;
    for (int v : a) X ^= g[v];
    long long wins = 0;
    if (X)
        for (int v : a)
            for (int t : s)
                if (t <= v && g[v - t] == (X ^ g[v])) {
                    wins++;
                    break;
                }
    printf("%lld\n", wins);
}
