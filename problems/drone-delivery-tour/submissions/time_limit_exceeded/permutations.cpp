#include <bits/stdc++.h>
using namespace std;

// Tries every order of the pads: (n-1)! tours.
int main() {
    int n;
    scanf("%d", &n);
    vector<vector<long long>> d(n, vector<long long>(n));
    for (auto &row : d) for (auto &x : row) scanf("%lld", &x);
    vector<int> order(n - 1);
    iota(order.begin(), order.end(), 1);
    long long best = LLONG_MAX;
    do {
        long long used = d[0][order[0]];
        for (int i = 0; i + 1 < n - 1; i++) used += d[order[i]][order[i + 1]];
        used += d[order.back()][0];
        best = min(best, used);
    } while (next_permutation(order.begin(), order.end()));
    printf("%lld\n", best);
}
