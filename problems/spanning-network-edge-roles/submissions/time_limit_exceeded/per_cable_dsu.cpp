#include <bits/stdc++.h>
using namespace std;

// Naive: for every cable, rebuild a union-find from scratch: with the strictly cheaper
// cables (are its ends already joined? then N), then with all other cables of cost <= c
// (still not joined? then A, else S). O(m^2).
vector<int> parent;
int find(int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
}

int main() {
    int n, m;
    scanf("%d %d", &n, &m);
    vector<int> a(m), b(m), c(m);
    for (int i = 0; i < m; i++) scanf("%d %d %d", &a[i], &b[i], &c[i]);
    parent.resize(n + 1);
    string role(m, 'N');
    for (int i = 0; i < m; i++) {
        iota(parent.begin(), parent.end(), 0);
        for (int j = 0; j < m; j++)
            if (c[j] < c[i]) parent[find(a[j])] = find(b[j]);
        if (find(a[i]) == find(b[i])) continue;
        for (int j = 0; j < m; j++)
            if (j != i && c[j] == c[i]) parent[find(a[j])] = find(b[j]);
        role[i] = find(a[i]) == find(b[i]) ? 'S' : 'A';
    }
    printf("%s\n", role.c_str());
}
