#include <bits/stdc++.h>
using namespace std;

// Prepends every word to the answer: each step copies the whole string, O(L^2).
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string result, w;
    bool first = true;
    while (cin >> w) {
        result = first ? w : w + " " + result;
        first = false;
    }
    cout << result << "\n";
}
