#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: a correct minimal rotation, but ties go to the larger bead number
// (candidate j is preferred when the two candidates read the same).
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int t;
    cin >> t;
    string s;
    while (t--) {
        cin >> s;
        int n = s.size(), i = 0, j = 1, k = 0;
        while (i < n && j < n && k < n) {
            char a = s[(i + k) % n], b = s[(j + k) % n];
            if (a == b) {
                k++;
                continue;
            }
            if (a > b) i += k + 1;
            else j += k + 1;
            if (i == j) j++;
            k = 0;
        }
        int answer = k == n ? max(i, j) : min(i, j);
        cout << answer + 1 << "\n";
    }
}
