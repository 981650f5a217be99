#include <bits/stdc++.h>
using namespace std;

int main() {
    int t;
    scanf("%d", &t);
    string out;
    while (t--) {
        long long n;
        scanf("%lld", &n);
        int r = n % 7;
        out += (r == 0 || r == 2) ? "Bob\n" : "Alice\n";
    }
    fputs(out.c_str(), stdout);
}
