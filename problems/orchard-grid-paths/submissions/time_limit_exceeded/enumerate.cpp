#include <bits/stdc++.h>
using namespace std;

// Walks every route one by one: exponential in n + m.
int n, m;
vector<string> g;
long long cnt = 0;
void go(int r, int c) {
    if (r >= n || c >= m || g[r][c] == '#') return;
    if (r == n - 1 && c == m - 1) { cnt = (cnt + 1) % 1000000007LL; return; }
    go(r + 1, c);
    go(r, c + 1);
}
int main() {
    scanf("%d %d", &n, &m);
    g.resize(n);
    char buf[600];
    for (int i = 0; i < n; i++) { scanf("%s", buf); g[i] = buf; }
    go(0, 0);
    printf("%lld\n", cnt);
}
