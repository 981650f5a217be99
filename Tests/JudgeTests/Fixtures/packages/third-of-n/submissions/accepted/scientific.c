#include <stdio.h>
int main(void){double n; scanf("%lf",&n); printf("%.10e\n", n/3);}
