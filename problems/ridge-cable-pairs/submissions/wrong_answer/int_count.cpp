#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: the count is a 32-bit int (the answer can reach 1e10).
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<long long> h(n);
    for (auto &x : h) scanf("%lld", &x);
    map<long long, vector<int>> where;
    for (int i = 0; i < n; i++) where[h[i]].push_back(i);
    vector<int> left(n), right(n), st;
    for (int i = 0; i < n; i++) {
        while (!st.empty() && h[st.back()] < h[i]) st.pop_back();
        left[i] = st.empty() ? -1 : st.back();
        st.push_back(i);
    }
    st.clear();
    for (int i = n - 1; i >= 0; i--) {
        while (!st.empty() && h[st.back()] <= h[i]) st.pop_back();
        right[i] = st.empty() ? n : st.back();
        st.push_back(i);
    }
    int answer = 0;
    for (int mid = 0; mid < n; mid++) {
        int lo = left[mid] + 1, hi = right[mid] - 1;
        bool leftSmall = mid - lo <= hi - mid;
        int a = leftSmall ? mid + 1 : lo, b = leftSmall ? hi : mid - 1;
        if (a > b) continue;
        int from = leftSmall ? lo : mid + 1, to = leftSmall ? mid - 1 : hi;
        for (int x = from; x <= to; x++) {
            auto it = where.find(h[mid] - h[x]);
            if (it == where.end()) continue;
            const vector<int> &w = it->second;
            answer += upper_bound(w.begin(), w.end(), b) - lower_bound(w.begin(), w.end(), a);
        }
    }
    printf("%d\n", answer);
}
