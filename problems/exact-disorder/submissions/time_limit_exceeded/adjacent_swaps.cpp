#include <bits/stdc++.h>
using namespace std;

// Naive: from the sorted shelf, k times swap the first adjacent pair in order: O(n k).
int main() {
    long long n, k;
    scanf("%lld %lld", &n, &k);
    if (k > n * (n - 1) / 2) {
        puts("-1");
        return 0;
    }
    vector<int> p(n);
    iota(p.begin(), p.end(), 1);
    for (long long s = 0; s < k; s++) {
        int i = 0;
        while (p[i] > p[i + 1]) i++;
        swap(p[i], p[i + 1]);
    }
    for (int i = 0; i < n; i++) printf("%d%c", p[i], i + 1 == n ? '\n' : ' ');
}
