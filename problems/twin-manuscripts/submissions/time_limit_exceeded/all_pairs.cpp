#include <bits/stdc++.h>
using namespace std;

// Extends a match from every pair of starting positions: O(|s| * |t| * L).
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s, t;
    cin >> s >> t;
    int n = s.size(), m = t.size(), best = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++) {
            int k = 0;
            while (i + k < n && j + k < m && s[i + k] == t[j + k]) k++;
            best = max(best, k);
        }
    cout << best << "\n";
}
