#include <bits/stdc++.h>
using namespace std;

// Compares every pair of sorted words: O(n^2).
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<string> keys(n);
    for (auto &w : keys) {
        cin >> w;
        sort(w.begin(), w.end());
    }
    long long pairs = 0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) pairs += keys[i] == keys[j];
    cout << pairs << "\n";
}
