#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: compares the whole word with its reverse, counting each bad pair twice.
int main() {
    int t;
    cin >> t;
    string s;
    while (t--) {
        cin >> s;
        string r(s.rbegin(), s.rend());
        int repairs = 0;
        for (size_t i = 0; i < s.size(); i++) repairs += s[i] != r[i];
        cout << repairs << "\n";
    }
}
