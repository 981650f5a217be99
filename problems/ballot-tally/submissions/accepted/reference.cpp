#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<string> names(n);
    for (auto &x : names) cin >> x;
    sort(names.begin(), names.end());
    string best;
    int bestCount = 0;
    for (int i = 0; i < n;) {
        int j = i;
        while (j < n && names[j] == names[i]) j++;
        if (j - i > bestCount) bestCount = j - i, best = names[i];
        i = j;
    }
    cout << best << " " << bestCount << "\n";
}
