#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: 32-bit counters.
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    cin >> s;
    int n = s.size();
    vector<int> seen(2 * n + 1, 0);
    int d = n;
    seen[d] = 1;
    int blocks = 0;
    for (char c : s) {
        d += (c == 'G') - (c == 'B');
        blocks += seen[d]++;
    }
    cout << blocks << "\n";
}
