#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: the sieve never marks 1 as non-prime.
const int N = 5000000;
int cnt[N + 1];
bool composite[N + 1];

int main() {
    for (int i = 2; (long long)i * i <= N; i++)
        if (!composite[i])
            for (int j = i * i; j <= N; j += i) composite[j] = true;
    for (int i = 1; i <= N; i++) cnt[i] = cnt[i - 1] + !composite[i];
    int q;
    scanf("%d", &q);
    while (q--) {
        int l, r;
        scanf("%d %d", &l, &r);
        printf("%d\n", cnt[r] - cnt[l - 1]);
    }
}
