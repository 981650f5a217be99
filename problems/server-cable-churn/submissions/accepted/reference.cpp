#include <bits/stdc++.h>
using namespace std;

int parent_[100005], sz[100005];
vector<int> history;  // roots attached under another root, or -1 for a no-op

int find(int x) { while (parent_[x] != x) x = parent_[x]; return x; }
void unite(int a, int b) {
    a = find(a); b = find(b);
    if (a == b) { history.push_back(-1); return; }
    if (sz[a] < sz[b]) swap(a, b);
    parent_[b] = a; sz[a] += sz[b];
    history.push_back(b);
}
void rollback(size_t keep) {
    while (history.size() > keep) {
        int b = history.back(); history.pop_back();
        if (b >= 0) { sz[parent_[b]] -= sz[b]; parent_[b] = b; }
    }
}

int Q, size_;
vector<vector<pair<int, int>>> tree;
vector<int> qu, qv;
vector<char> answer;

void dfs(int node) {
    size_t keep = history.size();
    for (auto &e : tree[node]) unite(e.first, e.second);
    if (node >= size_) {
        int i = node - size_;
        if (i < Q) answer[i] = find(qu[i]) == find(qv[i]);
    } else {
        dfs(2 * node);
        dfs(2 * node + 1);
    }
    rollback(keep);
}

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    vector<char> kind(q);
    vector<int> eu(q), ev(q);
    for (int i = 0; i < q; i++) {
        char c[2];
        scanf("%1s %d %d", c, &eu[i], &ev[i]);
        kind[i] = c[0];
    }
    // Question numbers: how many questions come before each event.
    vector<int> before(q + 1, 0);
    for (int i = 0; i < q; i++) before[i + 1] = before[i] + (kind[i] == '?');
    Q = before[q];
    if (Q == 0) return 0;
    size_ = 1;
    while (size_ < Q) size_ <<= 1;
    tree.assign(2 * size_, {});
    auto add_interval = [&](int l, int r, pair<int, int> e) {  // questions [l, r)
        for (l += size_, r += size_; l < r; l >>= 1, r >>= 1) {
            if (l & 1) tree[l++].push_back(e);
            if (r & 1) tree[--r].push_back(e);
        }
    };
    map<pair<int, int>, int> start;
    for (int i = 0; i < q; i++) {
        if (kind[i] == '?') { qu.push_back(eu[i]); qv.push_back(ev[i]); continue; }
        pair<int, int> key = {min(eu[i], ev[i]), max(eu[i], ev[i])};
        if (kind[i] == '+') start[key] = before[i];
        else { add_interval(start[key], before[i], key); start.erase(key); }
    }
    for (auto &s : start) add_interval(s.second, Q, s.first);
    for (int i = 1; i <= n; i++) { parent_[i] = i; sz[i] = 1; }
    answer.assign(Q, 0);
    dfs(1);
    string out;
    for (int i = 0; i < Q; i++) out += answer[i] ? "YES\n" : "NO\n";
    fputs(out.c_str(), stdout);
}
