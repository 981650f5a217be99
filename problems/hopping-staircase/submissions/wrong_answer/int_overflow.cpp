#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: 32-bit sum of three residues before taking the remainder.
int main() {
    const int MOD = 1000000007;
    int t;
    scanf("%d", &t);
    vector<int> n(t);
    int top = 3;
    for (auto &x : n) { scanf("%d", &x); top = max(top, x); }
    vector<int> f(top + 1);
    f[0] = 1; f[1] = 1; f[2] = 2;
    for (int i = 3; i <= top; i++) f[i] = (f[i - 1] + f[i - 2] + f[i - 3]) % MOD;
    for (int x : n) printf("%d\n", f[x]);
}
