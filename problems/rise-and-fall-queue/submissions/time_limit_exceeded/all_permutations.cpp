#include <bits/stdc++.h>
using namespace std;

// Naive: tries permutations in lexicographic order until one fits: O(n! n log n).
int main() {
    int n, a, b;
    scanf("%d %d %d", &n, &a, &b);
    vector<int> p(n);
    iota(p.begin(), p.end(), 1);
    auto lis = [&](const vector<int> &q) {
        vector<int> t;
        for (int v : q) {
            auto it = lower_bound(t.begin(), t.end(), v);
            if (it == t.end()) t.push_back(v); else *it = v;
        }
        return (int)t.size();
    };
    do {
        vector<int> r(p.rbegin(), p.rend());
        if (lis(p) == a && lis(r) == b) {
            for (int i = 0; i < n; i++) printf("%d%c", p[i], i + 1 == n ? '\n' : ' ');
            return 0;
        }
    } while (next_permutation(p.begin(), p.end()));
    puts("-1");
}
