#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: 32-bit n * (n - 1) / 2 and a 32-bit k.
int main() {
    int n;
    long long kk;
    scanf("%d %lld", &n, &kk);
    int k = (int)kk;
    if (kk > n * (n - 1) / 2) {
        puts("-1");
        return 0;
    }
    vector<int> p;
    int lo = 1, hi = n;
    for (int i = 0; i < n; i++) {
        int r = n - 1 - i;
        if (k >= r) {
            p.push_back(hi--);
            k -= r;
        } else {
            int pick = lo + k;
            p.push_back(pick);
            for (int v = lo; v <= hi; v++)
                if (v != pick) p.push_back(v);
            break;
        }
    }
    for (size_t i = 0; i < p.size(); i++) printf("%d%c", p[i], i + 1 == p.size() ? '\n' : ' ');
}
