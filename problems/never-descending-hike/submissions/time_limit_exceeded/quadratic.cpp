#include <bits/stdc++.h>
using namespace std;

// The O(n^2) DP: best album ending at i over every earlier j.
int main() {
    int n;
    scanf("%d", &n);
    vector<int> a(n), f(n);
    for (auto &x : a) scanf("%d", &x);
    int best = 0;
    for (int i = 0; i < n; i++) {
        f[i] = 1;
        for (int j = 0; j < i; j++)
            if (a[j] <= a[i] && f[j] + 1 > f[i]) f[i] = f[j] + 1;
        best = max(best, f[i]);
    }
    printf("%d\n", best);
}
