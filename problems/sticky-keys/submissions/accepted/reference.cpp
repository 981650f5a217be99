#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s, out;
    cin >> s;
    for (size_t i = 0; i < s.size(); i++)
        if (i == 0 || s[i] != s[i - 1]) out += s[i];
    out += '\n';
    fwrite(out.data(), 1, out.size(), stdout);
}
