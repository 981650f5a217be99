#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: treats every n < 5 as impossible, n = 1 included.
int main() {
    int n;
    scanf("%d", &n);
    if (n < 5) {
        puts("-1");
        return 0;
    }
    vector<int> order;
    for (int v = 1; v <= n; v += 2)
        if (v != 5) order.push_back(v);
    order.push_back(5), order.push_back(4);
    for (int v = 2; v <= n; v += 2)
        if (v != 4) order.push_back(v);
    for (size_t i = 0; i < order.size(); i++) printf("%d%c", order[i], i + 1 == order.size() ? '\n' : ' ');
}
