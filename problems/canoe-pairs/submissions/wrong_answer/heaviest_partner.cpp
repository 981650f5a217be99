#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: the right two-pointer greedy, but the loop stops when the pointers
// meet, forgetting the camper left alone in the middle.
int main() {
    int n;
    long long cap;
    scanf("%d %lld", &n, &cap);
    vector<long long> w(n);
    for (auto &x : w) scanf("%lld", &x);
    sort(w.begin(), w.end());
    int lo = 0, hi = n - 1, canoes = 0;
    while (lo < hi) {
        if (w[lo] + w[hi] <= cap) lo++;
        hi--;
        canoes++;
    }
    printf("%d\n", canoes);
}
