#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: pairs the lightest remaining camper with the heaviest who fits,
// then drops the lightest from consideration, but counts a lone camper only once
// per pass, forgetting that two pointers may cross.
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
