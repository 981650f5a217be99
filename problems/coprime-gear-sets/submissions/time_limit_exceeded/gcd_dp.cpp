#include <bits/stdc++.h>
using namespace std;

// DP over every gcd value, updated for each gear: O(n * A).
const long long MOD = 1000000007;
const int A = 1000000;
long long ways[A + 1], add[A + 1];

int main() {
    int n;
    scanf("%d", &n);
    vector<int> a(n);
    for (auto &x : a) scanf("%d", &x);
    int top = *max_element(a.begin(), a.end());
    for (int x : a) {
        for (int g = 1; g <= top; g++) add[g] = 0;
        add[x] = 1;
        for (int g = 1; g <= top; g++)
            if (ways[g]) {
                int h = __gcd(g, x);
                add[h] = (add[h] + ways[g]) % MOD;
            }
        for (int g = 1; g <= top; g++) ways[g] = (ways[g] + add[g]) % MOD;
    }
    printf("%lld\n", ways[1]);
}
