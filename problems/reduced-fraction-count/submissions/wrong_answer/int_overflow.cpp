#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: 32-bit prefix sums.
const int N = 1000000;
int phi[N + 1];
int total[N + 1];

int main() {
    for (int i = 0; i <= N; i++) phi[i] = i;
    for (int p = 2; p <= N; p++)
        if (phi[p] == p)
            for (int j = p; j <= N; j += p) phi[j] -= phi[j] / p;
    for (int b = 2; b <= N; b++) total[b] = total[b - 1] + phi[b];
    int q;
    scanf("%d", &q);
    while (q--) {
        int n;
        scanf("%d", &n);
        printf("%d\n", total[n]);
    }
}
