#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<int> e;
    for (int i = 0; i < n; i++) {
        int x;
        scanf("%d", &x);
        auto it = upper_bound(e.begin(), e.end(), x);
        if (it == e.end()) e.push_back(x); else *it = x;
    }
    printf("%d\n", (int)e.size());
}
