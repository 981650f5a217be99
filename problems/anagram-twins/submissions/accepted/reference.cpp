#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<string> keys(n);
    for (auto &w : keys) {
        cin >> w;
        sort(w.begin(), w.end());
    }
    sort(keys.begin(), keys.end());
    long long pairs = 0;
    for (int i = 0; i < n;) {
        int j = i;
        while (j < n && keys[j] == keys[i]) j++;
        long long c = j - i;
        pairs += c * (c - 1) / 2;
        i = j;
    }
    cout << pairs << "\n";
}
