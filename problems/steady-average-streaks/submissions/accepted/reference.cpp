#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long k;
    scanf("%d %lld", &n, &k);
    vector<long long> prefix(n + 1, 0);
    for (int i = 1; i <= n; i++) {
        long long a;
        scanf("%lld", &a);
        prefix[i] = prefix[i - 1] + a - k;
    }
    sort(prefix.begin(), prefix.end());
    long long count = 0;
    for (int i = 0, j; i <= n; i = j) {
        for (j = i; j <= n && prefix[j] == prefix[i]; j++) {}
        long long c = j - i;
        count += c * (c - 1) / 2;
    }
    printf("%lld\n", count);
}
