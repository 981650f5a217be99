#include <bits/stdc++.h>
using namespace std;

// Naive: tries every permutation in lexicographic order: O(n!) in the worst case.
int main() {
    int n;
    scanf("%d", &n);
    auto prime = [](int v) {
        if (v < 2) return false;
        for (int d = 2; d * d <= v; d++)
            if (v % d == 0) return false;
        return true;
    };
    vector<int> p(n);
    iota(p.begin(), p.end(), 1);
    do {
        bool ok = true;
        for (int i = 0; i + 1 < n && ok; i++) ok = !prime(p[i] + p[i + 1]);
        if (ok) {
            for (int i = 0; i < n; i++) printf("%d%c", p[i], i + 1 == n ? '\n' : ' ');
            return 0;
        }
    } while (next_permutation(p.begin(), p.end()));
    puts("-1");
}
