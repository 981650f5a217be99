#include <bits/stdc++.h>
using namespace std;

int n;
vector<long long> a;

// Sum over segments of the maximum of sign * a (sign = -1 gives minus the minimum).
long long sum_of_max(int sign) {
    vector<long long> b(n);
    for (int i = 0; i < n; i++) b[i] = sign * a[i];
    vector<int> left(n), right(n), st;
    for (int i = 0; i < n; i++) {  // nearest j < i with b[j] >= b[i]
        while (!st.empty() && b[st.back()] < b[i]) st.pop_back();
        left[i] = st.empty() ? -1 : st.back();
        st.push_back(i);
    }
    st.clear();
    for (int i = n - 1; i >= 0; i--) {  // nearest j > i with b[j] > b[i]
        while (!st.empty() && b[st.back()] <= b[i]) st.pop_back();
        right[i] = st.empty() ? n : st.back();
        st.push_back(i);
    }
    long long total = 0;
    for (int i = 0; i < n; i++) total += b[i] * (long long)(i - left[i]) * (right[i] - i);
    return total;
}

int main() {
    if (scanf("%d", &n) != 1) return 0;
    a.resize(n);
    for (auto &x : a) scanf("%lld", &x);
    printf("%lld\n", sum_of_max(1) + sum_of_max(-1));
}
