#include <bits/stdc++.h>
using namespace std;

// Naive: computes the status of every size up to n, keeping the last four: O(n) per game.
int main() {
    int t;
    scanf("%d", &t);
    while (t--) {
        long long n;
        scanf("%lld", &n);
        bool w[5] = {false, true, false, true, true};  // sizes 0..4
        for (long long s = 5; s <= n; s++) {
            bool now = !w[4] || !w[2] || !w[1];  // s-1, s-3, s-4
            for (int i = 0; i < 4; i++) w[i] = w[i + 1];
            w[4] = now;
        }
        bool win = n <= 4 ? w[n] : w[4];
        puts(win ? "Alice" : "Bob");
    }
}
