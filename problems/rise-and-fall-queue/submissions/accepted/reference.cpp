#include <bits/stdc++.h>
using namespace std;

int main() {
    long long n, a, b;
    scanf("%lld %lld %lld", &n, &a, &b);
    if (a + b - 1 > n || a * b < n) {
        puts("-1");
        return 0;
    }
    // Block sizes: one of b, the other a - 1 share n - b, each between 1 and b.
    vector<long long> sz(a, 1);
    sz[0] = b;
    long long rest = n - b - (a - 1);
    for (long long i = 1; i < a && rest > 0; i++) {
        long long add = min(rest, b - 1);
        sz[i] += add;
        rest -= add;
    }
    string out;
    long long start = 1;
    for (long long i = 0; i < a; i++) {
        for (long long v = start + sz[i] - 1; v >= start; v--) {
            out += to_string(v);
            out += ' ';
        }
        start += sz[i];
    }
    out.back() = '\n';
    fputs(out.c_str(), stdout);
}
