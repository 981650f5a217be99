#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: takes every signpost that is not lower than the last one taken,
// starting from each of the first few signposts.
int main() {
    int n;
    scanf("%d", &n);
    vector<int> a(n);
    for (auto &x : a) scanf("%d", &x);
    int best = 0;
    for (int s = 0; s < min(n, 50); s++) {
        int cnt = 0, last = 0;
        for (int i = s; i < n; i++)
            if (a[i] >= last) { last = a[i]; cnt++; }
        best = max(best, cnt);
    }
    printf("%d\n", best);
}
