#include <bits/stdc++.h>
using namespace std;

// Counts every ballot's name by scanning all ballots again: O(n^2) string comparisons.
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<string> names(n);
    for (auto &x : names) cin >> x;
    string best;
    int bestCount = 0;
    for (int i = 0; i < n; i++) {
        int c = 0;
        for (int j = 0; j < n; j++) c += names[j] == names[i];
        if (c > bestCount || (c == bestCount && names[i] < best)) bestCount = c, best = names[i];
    }
    cout << best << " " << bestCount << "\n";
}
