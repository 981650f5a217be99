#include <stdio.h>

int main(void) {
    int n;
    scanf("%d", &n);
    volatile unsigned long x = 0;
    for (;;) x++;
}
