#include <bits/stdc++.h>
using namespace std;

int main() {
    int r, c;
    if (scanf("%d %d", &r, &c) != 2) return 0;
    vector<string> g(r);
    static char buf[1024];
    for (int i = 0; i < r; i++) {
        scanf("%s", buf);
        g[i] = buf;
    }
    vector<char> seen((size_t)r * c, 0);
    vector<int> stack;
    long long pools = 0, best = 0;
    const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
    for (int i = 0; i < r; i++)
        for (int j = 0; j < c; j++) {
            if (g[i][j] != '#' || seen[i * c + j]) continue;
            pools++;
            long long area = 0;
            seen[i * c + j] = 1;
            stack.push_back(i * c + j);
            while (!stack.empty()) {
                int v = stack.back();
                stack.pop_back();
                area++;
                int x = v / c, y = v % c;
                for (int d = 0; d < 4; d++) {
                    int nx = x + dr[d], ny = y + dc[d];
                    if (nx < 0 || ny < 0 || nx >= r || ny >= c) continue;
                    if (g[nx][ny] != '#' || seen[nx * c + ny]) continue;
                    seen[nx * c + ny] = 1;
                    stack.push_back(nx * c + ny);
                }
            }
            best = max(best, area);
        }
    printf("%lld %lld\n", pools, best);
}
