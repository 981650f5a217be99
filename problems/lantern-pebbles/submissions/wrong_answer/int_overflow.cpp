#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: reads n into a 32-bit int.
int main() {
    int t;
    scanf("%d", &t);
    while (t--) {
        int n;
        scanf("%d", &n);
        int r = ((n % 7) + 7) % 7;
        puts((r == 0 || r == 2) ? "Bob" : "Alice");
    }
}
