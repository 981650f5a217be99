#include <bits/stdc++.h>
using namespace std;

int main() {
    long long n, k;
    scanf("%lld %lld", &n, &k);
    if (k > n * (n - 1) / 2) {
        puts("-1");
        return 0;
    }
    vector<long long> p;
    long long lo = 1, hi = n;
    for (long long i = 0; i < n; i++) {
        long long r = n - 1 - i;
        if (k >= r) {
            p.push_back(hi--);
            k -= r;
        } else {
            long long pick = lo + k;
            p.push_back(pick);
            for (long long v = lo; v <= hi; v++)
                if (v != pick) p.push_back(v);
            break;
        }
    }
    string out;
    for (size_t i = 0; i < p.size(); i++) {
        if (i) out += ' ';
        out += to_string(p[i]);
    }
    puts(out.c_str());
}
