#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    vector<string> words;
    string w;
    while (cin >> w) words.push_back(w);
    string out;
    for (size_t i = words.size(); i-- > 0;) {
        out += words[i];
        out += i ? ' ' : '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
