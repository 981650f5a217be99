#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> h(n);
    for (auto &x : h) scanf("%d", &x);
    vector<int> values(h);
    sort(values.begin(), values.end());
    values.erase(unique(values.begin(), values.end()), values.end());
    int m = values.size();
    vector<int> tree(m + 1, 0);
    long long answer = 0;
    for (int j = 0; j < n; j++) {
        int r = upper_bound(values.begin(), values.end(), h[j]) - values.begin();  // ranks <= h[j]
        int not_taller = 0;
        for (int i = r; i > 0; i -= i & -i) not_taller += tree[i];
        answer += j - not_taller;
        for (int i = r; i <= m; i += i & -i) tree[i]++;
    }
    printf("%lld\n", answer);
}
