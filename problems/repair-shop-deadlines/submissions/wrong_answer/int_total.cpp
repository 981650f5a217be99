#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: the total work is a 32-bit int.
int main() {
    int n;
    scanf("%d", &n);
    vector<pair<long long, int>> orders(n);
    for (auto &o : orders) scanf("%d %lld", &o.second, &o.first);
    sort(orders.begin(), orders.end());
    priority_queue<int> chosen;
    int total = 0;
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
