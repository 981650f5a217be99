#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int k;
    string s;
    cin >> k >> s;
    int n = s.size(), left = 0, rain = 0, best = 0;
    for (int right = 0; right < n; right++) {
        rain += s[right] == 'R';
        while (rain > k) rain -= s[left++] == 'R';
        best = max(best, right - left + 1);
    }
    cout << best << "\n";
}
