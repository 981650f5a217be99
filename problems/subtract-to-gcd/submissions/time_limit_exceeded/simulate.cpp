#include <bits/stdc++.h>
using namespace std;

// Simulates the game: cut every taller tower by the smallest one, one move at a time.
int main() {
    int n;
    scanf("%d", &n);
    vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    while (true) {
        long long m = *min_element(a.begin(), a.end());
        bool moved = false;
        for (auto &x : a)
            if (x > m) { x -= m; moved = true; }
        if (!moved) break;
    }
    long long total = 0;
    for (auto x : a) total += x;
    printf("%lld\n", total);
}
