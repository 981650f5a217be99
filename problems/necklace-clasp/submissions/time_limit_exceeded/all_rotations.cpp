#include <bits/stdc++.h>
using namespace std;

// Compares every rotation with the best so far letter by letter: O(n^2).
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int t;
    cin >> t;
    string s;
    while (t--) {
        cin >> s;
        int n = s.size(), best = 0;
        for (int c = 1; c < n; c++) {
            for (int k = 0; k < n; k++) {
                char a = s[(c + k) % n], b = s[(best + k) % n];
                if (a != b) {
                    if (a < b) best = c;
                    break;
                }
            }
        }
        cout << best + 1 << "\n";
    }
}
