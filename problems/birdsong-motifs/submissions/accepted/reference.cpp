#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s, p;
    cin >> s >> p;
    long long count = 0;
    for (size_t i = 0; i + p.size() <= s.size(); i++)
        if (s.compare(i, p.size(), p) == 0) count++;
    cout << count << "\n";
}
