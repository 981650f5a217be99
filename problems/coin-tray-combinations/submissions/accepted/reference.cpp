#include <bits/stdc++.h>
using namespace std;

int main() {
    const int MOD = 1000000007;
    int n, s;
    scanf("%d %d", &n, &s);
    vector<int> w(s + 1, 0);
    w[0] = 1;
    for (int i = 0; i < n; i++) {
        int c;
        scanf("%d", &c);
        for (int x = c; x <= s; x++) {
            w[x] += w[x - c];
            if (w[x] >= MOD) w[x] -= MOD;
        }
    }
    printf("%d\n", w[s]);
}
