#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: 32-bit sums.
int main() {
    int n;
    scanf("%d", &n);
    int best = INT_MIN, ending = 0;
    for (int i = 0; i < n; i++) {
        int a;
        scanf("%d", &a);
        ending = max(ending, 0) + a;
        best = max(best, ending);
    }
    printf("%d\n", best);
}
