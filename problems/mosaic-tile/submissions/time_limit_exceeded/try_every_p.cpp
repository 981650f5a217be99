#include <bits/stdc++.h>
using namespace std;

// Tries every p and compares the strip with itself shifted by p: O(n^2).
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int t;
    cin >> t;
    string s;
    while (t--) {
        cin >> s;
        int n = s.size(), p = 1;
        for (; p < n; p++) {
            bool ok = true;
            for (int i = 0; i + p < n && ok; i++) ok = s[i] == s[i + p];
            if (ok) break;
        }
        cout << p << "\n";
    }
}
