#include <bits/stdc++.h>
using namespace std;

// Lets a player take at most k-1 tickets (window bound off by one), unless k is 1.
int main() {
    int n, k;
    scanf("%d %d", &n, &k);
    vector<long long> prefix(n + 1, 0);
    for (int i = 1; i <= n; i++) {
        long long x;
        scanf("%lld", &x);
        prefix[i] = prefix[i - 1] + x;
    }
    int reach = max(1, k - 1);
    vector<long long> e(n + 2, 0);
    e[n + 1] = prefix[n];
    deque<int> window = {n + 1};
    long long best = 0;
    for (int i = n; i >= 1; i--) {
        while (window.front() > i + reach) window.pop_front();
        best = e[window.front()] - prefix[i - 1];
        e[i] = prefix[i - 1] - best;
        while (!window.empty() && e[window.back()] <= e[i]) window.pop_back();
        window.push_back(i);
    }
    printf("%lld\n", best);
}
