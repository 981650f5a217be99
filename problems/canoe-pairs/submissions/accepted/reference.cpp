#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long cap;
    scanf("%d %lld", &n, &cap);
    vector<long long> w(n);
    for (auto &x : w) scanf("%lld", &x);
    sort(w.begin(), w.end());
    int lo = 0, hi = n - 1, canoes = 0;
    while (lo <= hi) {
        if (lo < hi && w[lo] + w[hi] <= cap) lo++;
        hi--;
        canoes++;
    }
    printf("%d\n", canoes);
}
