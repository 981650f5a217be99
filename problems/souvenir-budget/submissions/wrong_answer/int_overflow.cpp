#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: the running total is a 32-bit int.
int main() {
    int n;
    long long budget;
    scanf("%d %lld", &n, &budget);
    vector<int> p(n);
    for (auto &x : p) scanf("%d", &x);
    sort(p.begin(), p.end());
    int spent = 0, count = 0;
    for (int x : p) {
        if (spent + x > budget) break;
        spent += x;
        count++;
    }
    printf("%d\n", count);
}
