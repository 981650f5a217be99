#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<long long> h(n);
    for (auto &x : h) scanf("%lld", &x);
    // Compress values; positions of each value in increasing order.
    vector<long long> values(h);
    sort(values.begin(), values.end());
    values.erase(unique(values.begin(), values.end()), values.end());
    int m = values.size();
    vector<int> id(n);
    vector<vector<int>> where(m);
    for (int i = 0; i < n; i++) {
        id[i] = lower_bound(values.begin(), values.end(), h[i]) - values.begin();
        where[id[i]].push_back(i);
    }
    auto count_in = [&](long long value, int lo, int hi) -> long long {  // positions in [lo, hi]
        if (lo > hi) return 0;
        auto it = lower_bound(values.begin(), values.end(), value);
        if (it == values.end() || *it != value) return 0;
        const vector<int> &w = where[it - values.begin()];
        return upper_bound(w.begin(), w.end(), hi) - lower_bound(w.begin(), w.end(), lo);
    };
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
    long long answer = 0;
    for (int mid = 0; mid < n; mid++) {
        int lo = left[mid] + 1, hi = right[mid] - 1;
        if (mid - lo <= hi - mid) {
            for (int l = lo; l < mid; l++) answer += count_in(h[mid] - h[l], mid + 1, hi);
        } else {
            for (int r = mid + 1; r <= hi; r++) answer += count_in(h[mid] - h[r], lo, mid - 1);
        }
    }
    printf("%lld\n", answer);
}
