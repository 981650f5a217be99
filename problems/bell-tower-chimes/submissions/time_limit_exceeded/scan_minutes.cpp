#include <bits/stdc++.h>
using namespace std;

// Checks every minute: O(n k).
int main() {
    long long n;
    int k;
    scanf("%lld %d", &n, &k);
    vector<long long> a(k);
    for (auto &x : a) scanf("%lld", &x);
    long long answer = 0;
    for (long long x = 1; x <= n; x++)
        for (int i = 0; i < k; i++)
            if (x % a[i] == 0) {
                answer++;
                break;
            }
    printf("%lld\n", answer);
}
