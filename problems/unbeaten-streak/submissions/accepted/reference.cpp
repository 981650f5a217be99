#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    cin >> s;
    int best = 0, current = 0;
    for (char c : s) {
        current = c == 'L' ? 0 : current + 1;
        best = max(best, current);
    }
    cout << best << "\n";
}
