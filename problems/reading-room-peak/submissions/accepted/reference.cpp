#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<pair<long long, int>> events;
    for (int i = 0; i < n; i++) {
        long long a, b;
        scanf("%lld %lld", &a, &b);
        events.push_back({a, +1});
        events.push_back({b, -1});
    }
    sort(events.begin(), events.end());
    long long best = 0, length = 0, current = 0;
    size_t i = 0;
    while (i < events.size()) {
        long long t = events[i].first;
        while (i < events.size() && events[i].first == t) current += events[i++].second;
        if (i == events.size()) break;
        long long span = events[i].first - t;
        if (current > best) best = current, length = span;
        else if (current == best) length += span;
    }
    printf("%lld %lld\n", best, length);
}
