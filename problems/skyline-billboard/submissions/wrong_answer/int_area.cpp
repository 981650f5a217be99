#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: the area is computed in 32-bit ints.
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> h(n + 1, 0);
    for (int i = 0; i < n; i++) scanf("%d", &h[i]);
    vector<int> stack;
    int best = 0;
    for (int j = 0; j <= n; j++) {
        while (!stack.empty() && h[stack.back()] >= h[j]) {
            int height = h[stack.back()];
            stack.pop_back();
            int left = stack.empty() ? -1 : stack.back();
            best = max(best, height * (j - left - 1));
        }
        stack.push_back(j);
    }
    printf("%d\n", best);
}
