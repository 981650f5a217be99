#include <bits/stdc++.h>
using namespace std;

// Right idea, but the sums are kept in 32-bit integers.
int main() {
    int n, k;
    scanf("%d %d", &n, &k);
    vector<int> prefix(n + 1, 0);
    for (int i = 1; i <= n; i++) {
        int x;
        scanf("%d", &x);
        prefix[i] = prefix[i - 1] + x;
    }
    vector<int> e(n + 2, 0);
    e[n + 1] = prefix[n];
    deque<int> window = {n + 1};
    int best = 0;
    for (int i = n; i >= 1; i--) {
        while (window.front() > i + k) window.pop_front();
        best = e[window.front()] - prefix[i - 1];
        e[i] = prefix[i - 1] - best;
        while (!window.empty() && e[window.back()] <= e[i]) window.pop_back();
        window.push_back(i);
    }
    printf("%d\n", best);
}
