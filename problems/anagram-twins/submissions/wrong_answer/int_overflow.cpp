#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: 32-bit pair count.
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    map<string, int> count;
    for (int i = 0; i < n; i++) {
        string w;
        cin >> w;
        sort(w.begin(), w.end());
        count[w]++;
    }
    int pairs = 0;
    for (auto &[key, c] : count) pairs += c * (c - 1) / 2;
    cout << pairs << "\n";
}
