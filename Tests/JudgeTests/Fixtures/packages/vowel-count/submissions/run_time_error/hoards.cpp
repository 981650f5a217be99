#include <cstdio>
#include <vector>

int main() {
    // About 1.6 GB against a 256 MiB limit: a memory failure, which Kattis files under run_time_error.
    std::vector<long long> hoard(200000000, 1);
    printf("%lld\n", hoard[12345] + hoard[199999999]);
}
