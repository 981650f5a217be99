#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<long long> h(n + 1, 0);  // a sentinel of height 0 empties the stack at the end
    for (int i = 0; i < n; i++) scanf("%lld", &h[i]);
    vector<int> stack;
    long long best = 0;
    for (int j = 0; j <= n; j++) {
        while (!stack.empty() && h[stack.back()] >= h[j]) {
            long long height = h[stack.back()];
            stack.pop_back();
            int left = stack.empty() ? -1 : stack.back();
            best = max(best, height * (j - left - 1));
        }
        stack.push_back(j);
    }
    printf("%lld\n", best);
}
