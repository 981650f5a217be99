#include <bits/stdc++.h>
using namespace std;

// Tests every locker of every block by trial division.
bool prime(int x) {
    if (x < 2) return false;
    for (int d = 2; (long long)d * d <= x; d++)
        if (x % d == 0) return false;
    return true;
}

int main() {
    int q;
    scanf("%d", &q);
    while (q--) {
        int l, r;
        scanf("%d %d", &l, &r);
        int count = 0;
        for (int x = l; x <= r; x++) count += prime(x);
        printf("%d\n", count);
    }
}
