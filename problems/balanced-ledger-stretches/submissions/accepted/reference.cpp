#include <bits/stdc++.h>
using namespace std;

// Sort the prefix sums with their positions, then count pairs i < j with P_j - P_i = s.
int main() {
    int n;
    long long s;
    if (scanf("%d %lld", &n, &s) != 2) return 0;
    vector<long long> p(n + 1, 0);
    for (int i = 1; i <= n; i++) {
        long long a;
        scanf("%lld", &a);
        p[i] = p[i - 1] + a;
    }
    vector<long long> sorted_p(p);
    sort(sorted_p.begin(), sorted_p.end());
    sorted_p.erase(unique(sorted_p.begin(), sorted_p.end()), sorted_p.end());
    vector<long long> seen(sorted_p.size(), 0);
    long long answer = 0;
    for (int r = 0; r <= n; r++) {
        long long want = p[r] - s;
        auto it = lower_bound(sorted_p.begin(), sorted_p.end(), want);
        if (it != sorted_p.end() && *it == want) answer += seen[it - sorted_p.begin()];
        seen[lower_bound(sorted_p.begin(), sorted_p.end(), p[r]) - sorted_p.begin()]++;
    }
    printf("%lld\n", answer);
}
