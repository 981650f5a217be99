#include <bits/stdc++.h>
using namespace std;

// Restarts from every left end: O(n^2) when k is large.
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int k;
    string s;
    cin >> k >> s;
    int n = s.size(), best = 0;
    for (int left = 0; left < n; left++) {
        int rain = 0, right = left;
        while (right < n && rain + (s[right] == 'R') <= k) rain += s[right++] == 'R';
        best = max(best, right - left);
    }
    cout << best << "\n";
}
