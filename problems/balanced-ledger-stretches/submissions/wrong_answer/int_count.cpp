#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: the count is a 32-bit int (the answer can reach 2e10).
int main() {
    int n;
    long long s;
    if (scanf("%d %lld", &n, &s) != 2) return 0;
    unordered_map<long long, int> seen;
    seen.reserve(1 << 19);
    seen[0] = 1;
    long long prefix = 0;
    int answer = 0;
    for (int i = 0; i < n; i++) {
        long long a;
        scanf("%lld", &a);
        prefix += a;
        auto it = seen.find(prefix - s);
        if (it != seen.end()) answer += it->second;
        seen[prefix]++;
    }
    printf("%d\n", answer);
}
