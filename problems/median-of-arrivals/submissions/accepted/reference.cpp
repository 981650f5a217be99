#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    priority_queue<int> low;
    priority_queue<int, vector<int>, greater<int>> high;
    string out;
    for (int k = 1; k <= n; k++) {
        int w;
        scanf("%d", &w);
        low.push(w);
        high.push(low.top());
        low.pop();
        if (high.size() > low.size()) {
            low.push(high.top());
            high.pop();
        }
        out += to_string(low.top());
        out += k < n ? ' ' : '\n';
    }
    fputs(out.c_str(), stdout);
}
