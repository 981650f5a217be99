#include <bits/stdc++.h>
using namespace std;

int main() {
    const long long MOD = 1000000007LL;
    int t;
    if (scanf("%d", &t) != 1) return 0;
    vector<int> n(t);
    int top = 3;
    for (auto &x : n) { scanf("%d", &x); top = max(top, x); }
    vector<long long> f(top + 1);
    f[0] = 1; f[1] = 1; f[2] = 2;
    for (int i = 3; i <= top; i++) f[i] = (f[i - 1] + f[i - 2] + f[i - 3]) % MOD;
    string out;
    for (int x : n) { out += to_string(f[x]); out += '\n'; }
    fputs(out.c_str(), stdout);
}
