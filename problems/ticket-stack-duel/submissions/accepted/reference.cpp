#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    vector<long long> prefix(n + 1, 0);
    for (int i = 1; i <= n; i++) {
        long long x;
        scanf("%lld", &x);
        prefix[i] = prefix[i - 1] + x;
    }
    // e[j] = prefix[j-1] - D[j]; the window holds indices with decreasing e.
    vector<long long> e(n + 2, 0);
    e[n + 1] = prefix[n];
    deque<int> window = {n + 1};
    long long best = 0;
    for (int i = n; i >= 1; i--) {
        while (window.front() > i + k) window.pop_front();
        best = e[window.front()] - prefix[i - 1];
        e[i] = prefix[i - 1] - best;
        while (!window.empty() && e[window.back()] <= e[i]) window.pop_back();
        window.push_back(i);
    }
    printf("%lld\n", best);
}
