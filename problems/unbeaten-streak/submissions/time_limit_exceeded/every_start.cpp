#include <bits/stdc++.h>
using namespace std;

// Restarts the count from every position: O(n^2) on a history without losses.
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    cin >> s;
    int n = s.size(), best = 0;
    for (int i = 0; i < n; i++) {
        int j = i;
        while (j < n && s[j] != 'L') j++;
        best = max(best, j - i);
    }
    cout << best << "\n";
}
