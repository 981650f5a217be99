#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: after a match it jumps past the whole motif (non-overlapping count).
int main() {
    string s, p;
    cin >> s >> p;
    long long count = 0;
    size_t i = 0;
    while (i + p.size() <= s.size()) {
        if (s.compare(i, p.size(), p) == 0) count++, i += p.size();
        else i++;
    }
    cout << count << "\n";
}
