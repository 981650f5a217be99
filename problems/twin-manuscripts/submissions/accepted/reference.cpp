#include <bits/stdc++.h>
using namespace std;

// Suffix automaton of s; walk t through it.
struct State {
    int len, link;
    int next[26];
};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s, t;
    cin >> s >> t;
    vector<State> st;
    st.reserve(2 * s.size() + 2);
    State root{0, -1, {}};
    memset(root.next, -1, sizeof root.next);
    st.push_back(root);
    int last = 0;
    for (char ch : s) {
        int c = ch - 'a';
        int cur = st.size();
        State fresh{st[last].len + 1, 0, {}};
        memset(fresh.next, -1, sizeof fresh.next);
        st.push_back(fresh);
        int p = last;
        while (p != -1 && st[p].next[c] == -1) st[p].next[c] = cur, p = st[p].link;
        if (p != -1) {
            int q = st[p].next[c];
            if (st[p].len + 1 == st[q].len) {
                st[cur].link = q;
            } else {
                int clone = st.size();
                State copy = st[q];
                copy.len = st[p].len + 1;
                st.push_back(copy);
                while (p != -1 && st[p].next[c] == q) st[p].next[c] = clone, p = st[p].link;
                st[q].link = st[cur].link = clone;
            }
        }
        last = cur;
    }
    int v = 0, l = 0, best = 0;
    for (char ch : t) {
        int c = ch - 'a';
        while (v != 0 && st[v].next[c] == -1) v = st[v].link, l = st[v].len;
        if (st[v].next[c] != -1) v = st[v].next[c], l++;
        best = max(best, l);
    }
    cout << best << "\n";
}
