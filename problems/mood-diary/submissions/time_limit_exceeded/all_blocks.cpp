#include <bits/stdc++.h>
using namespace std;

// Checks every block: O(n^2).
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    cin >> s;
    int n = s.size();
    long long blocks = 0;
    for (int l = 0; l < n; l++) {
        int d = 0;
        for (int r = l; r < n; r++) {
            d += (s[r] == 'G') - (s[r] == 'B');
            blocks += d == 0;
        }
    }
    cout << blocks << "\n";
}
