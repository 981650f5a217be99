#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    if (n >= 2 && n <= 4) {
        puts("-1");
        return 0;
    }
    vector<int> order;
    for (int v = 1; v <= n; v += 2)
        if (v != 5) order.push_back(v);
    if (n >= 5) order.push_back(5), order.push_back(4);
    for (int v = 2; v <= n; v += 2)
        if (v != 4) order.push_back(v);
    string out;
    for (size_t i = 0; i < order.size(); i++) {
        if (i) out += ' ';
        out += to_string(order[i]);
    }
    puts(out.c_str());
}
