#include <bits/stdc++.h>
using namespace std;

vector<int> parent;
int find(int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
}

int main() {
    int n, m, q;
    if (scanf("%d %d %d", &n, &m, &q) != 3) return 0;
    vector<int> a(m + 1), b(m + 1), c(q);
    for (int i = 1; i <= m; i++) scanf("%d %d", &a[i], &b[i]);
    vector<char> gone(m + 1, 0);
    for (int j = 0; j < q; j++) scanf("%d", &c[j]), gone[c[j]] = 1;
    parent.resize(n + 1);
    iota(parent.begin(), parent.end(), 0);
    int groups = n;
    auto join = [&](int i) {
        int x = find(a[i]), y = find(b[i]);
        if (x != y) parent[x] = y, groups--;
    };
    for (int i = 1; i <= m; i++)
        if (!gone[i]) join(i);
    vector<int> answer(q);
    for (int j = q - 1; j >= 0; j--) {
        answer[j] = groups;
        join(c[j]);
    }
    for (int j = 0; j < q; j++) printf("%d%c", answer[j], j + 1 == q ? '\n' : ' ');
}
