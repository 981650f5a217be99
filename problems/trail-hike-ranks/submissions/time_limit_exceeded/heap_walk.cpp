#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

// Pops hike lengths in increasing order from a heap, one per rank: O(r log n).
int main() {
    int n;
    ll l, r;
    scanf("%d %lld %lld", &n, &l, &r);
    vector<ll> a(n);
    for (auto &x : a) scanf("%lld", &x);
    priority_queue<tuple<ll, int, int>, vector<tuple<ll, int, int>>, greater<>> heap;
    for (int u = 0; u < n; u++) heap.push({a[u], u, u});
    ll answer = 0;
    for (ll rank = 1; rank <= r; rank++) {
        auto [length, u, v] = heap.top();
        heap.pop();
        if (rank >= l) answer += length;
        if (v + 1 < n) heap.push({length + a[v + 1], u, v + 1});
    }
    printf("%lld\n", answer);
}
