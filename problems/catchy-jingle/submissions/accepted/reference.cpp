#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    cin >> s;
    int n = s.size();
    vector<int> z(n, 0);
    z[0] = n;
    for (int i = 1, l = 0, r = 0; i < n; i++) {
        if (i < r) z[i] = min(r - i, z[i - l]);
        while (i + z[i] < n && s[z[i]] == s[i + z[i]]) z[i]++;
        if (i + z[i] > r) l = i, r = i + z[i];
    }
    vector<long long> occ(n + 2, 0);
    for (int i = 0; i < n; i++) occ[z[i]]++;
    for (int k = n - 1; k >= 1; k--) occ[k] += occ[k + 1];
    long long best = 0;
    int bestK = 0;
    for (int k = 1; k <= n; k++)
        if ((long long)k * occ[k] > best) best = (long long)k * occ[k], bestK = k;
    cout << best << " " << bestK << "\n";
}
