#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<pair<long long, long long>> orders(n);  // (d, t)
    for (auto &o : orders) scanf("%lld %lld", &o.second, &o.first);
    sort(orders.begin(), orders.end());
    priority_queue<long long> chosen;
    long long total = 0;
    for (auto &o : orders) {
        chosen.push(o.second);
        total += o.second;
        if (total > o.first) {
            total -= chosen.top();
            chosen.pop();
        }
    }
    printf("%zu\n", chosen.size());
}
