#include <cstdio>
#include <cstring>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    int best = 1;
    for (int i = 2; i <= n; i++) {
        printf("? %d %d\n", best, i);
        fflush(stdout);
        char reply[4];
        scanf("%3s", reply);
        if (strcmp(reply, "<") == 0) best = i;
    }
    printf("! %d\n", best);
    fflush(stdout);
}
