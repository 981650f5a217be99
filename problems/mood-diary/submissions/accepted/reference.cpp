#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    cin >> s;
    int n = s.size();
    vector<long long> seen(2 * n + 1, 0);
    int d = n;
    seen[d] = 1;
    long long blocks = 0;
    for (char c : s) {
        d += (c == 'G') - (c == 'B');
        blocks += seen[d]++;
    }
    cout << blocks << "\n";
}
