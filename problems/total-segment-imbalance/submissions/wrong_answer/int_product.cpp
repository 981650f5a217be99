#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: the count of owned segments is multiplied in 32-bit ints.
int n;
vector<int> a;

long long sum_of_max(int sign) {
    vector<int> b(n);
    for (int i = 0; i < n; i++) b[i] = sign * a[i];
    vector<int> left(n), right(n), st;
    for (int i = 0; i < n; i++) {
        while (!st.empty() && b[st.back()] < b[i]) st.pop_back();
        left[i] = st.empty() ? -1 : st.back();
        st.push_back(i);
    }
    st.clear();
    for (int i = n - 1; i >= 0; i--) {
        while (!st.empty() && b[st.back()] <= b[i]) st.pop_back();
        right[i] = st.empty() ? n : st.back();
        st.push_back(i);
    }
    long long total = 0;
    for (int i = 0; i < n; i++) total += (long long)b[i] * ((i - left[i]) * (right[i] - i));
    return total;
}

int main() {
    if (scanf("%d", &n) != 1) return 0;
    a.resize(n);
    for (auto &x : a) scanf("%d", &x);
    printf("%lld\n", sum_of_max(1) + sum_of_max(-1));
}
