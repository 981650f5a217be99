#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    vector<long long> t(n);
    for (auto &x : t) scanf("%lld", &x);
    deque<int> lo, hi;
    string out;
    for (int j = 0; j < n; j++) {
        while (!lo.empty() && t[lo.back()] >= t[j]) lo.pop_back();
        while (!hi.empty() && t[hi.back()] <= t[j]) hi.pop_back();
        lo.push_back(j);
        hi.push_back(j);
        if (lo.front() <= j - k) lo.pop_front();
        if (hi.front() <= j - k) hi.pop_front();
        if (j >= k - 1) {
            out += to_string(t[hi.front()] - t[lo.front()]);
            out += j + 1 < n ? ' ' : '\n';
        }
    }
    fputs(out.c_str(), stdout);
}
