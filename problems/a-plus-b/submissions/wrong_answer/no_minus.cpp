#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: a hand-rolled fast reader that skips everything but digits,
// so the minus sign is lost.
long long readNumber() {
    int c = getchar();
    while (c != EOF && !isdigit(c)) c = getchar();
    long long x = 0;
    while (c != EOF && isdigit(c)) {
        x = x * 10 + (c - '0');
        c = getchar();
    }
    return x;
}

int main() {
    long long a = readNumber(), b = readNumber();
    printf("%lld\n", a + b);
}
