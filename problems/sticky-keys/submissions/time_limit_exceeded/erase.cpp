#include <bits/stdc++.h>
using namespace std;

// Erases repeated letters in place: each erase shifts the rest of the string, O(n^2).
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    cin >> s;
    size_t i = 1;
    while (i < s.size()) {
        if (s[i] == s[i - 1]) s.erase(i, 1);
        else i++;
    }
    cout << s << "\n";
}
