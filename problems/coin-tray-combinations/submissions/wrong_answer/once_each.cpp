#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: amounts walked downwards, as in 0/1 knapsack: each value used at most once.
int main() {
    const int MOD = 1000000007;
    int n, s;
    scanf("%d %d", &n, &s);
    vector<int> w(s + 1, 0);
    w[0] = 1;
    for (int i = 0; i < n; i++) {
        int c;
        scanf("%d", &c);
        for (int x = s; x >= c; x--) {
            w[x] += w[x - c];
            if (w[x] >= MOD) w[x] -= MOD;
        }
    }
    printf("%d\n", w[s]);
}
