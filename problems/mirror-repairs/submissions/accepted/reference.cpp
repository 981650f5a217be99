#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int t;
    cin >> t;
    string s;
    while (t--) {
        cin >> s;
        int n = s.size(), repairs = 0;
        for (int i = 0; i < n / 2; i++) repairs += s[i] != s[n - 1 - i];
        cout << repairs << "\n";
    }
}
