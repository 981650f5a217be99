#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long budget;
    scanf("%d %lld", &n, &budget);
    vector<long long> p(n);
    for (auto &x : p) scanf("%lld", &x);
    sort(p.begin(), p.end());
    long long spent = 0;
    int count = 0;
    for (long long x : p) {
        if (spent + x > budget) break;
        spent += x;
        count++;
    }
    printf("%d\n", count);
}
