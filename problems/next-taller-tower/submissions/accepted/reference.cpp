#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<long long> h(n);
    for (auto &x : h) scanf("%lld", &x);
    vector<int> answer(n, 0), stack;
    for (int j = 0; j < n; j++) {
        while (!stack.empty() && h[stack.back()] < h[j]) {
            answer[stack.back()] = j - stack.back();
            stack.pop_back();
        }
        stack.push_back(j);
    }
    string out;
    for (int i = 0; i < n; i++) {
        out += to_string(answer[i]);
        out += i + 1 < n ? ' ' : '\n';
    }
    fputs(out.c_str(), stdout);
}
