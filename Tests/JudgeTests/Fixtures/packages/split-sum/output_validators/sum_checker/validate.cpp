// Kattis output validator: validate input answer feedback_dir < team_output
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include "verdict.h"

int main(int argc, char **argv) {
    if (argc < 4) return 1;
    std::ifstream answer(argv[2]);
    long long n;
    answer >> n;
    long long x, y;
    if (!(std::cin >> x >> y)) return reject(argv[3], "expected two integers");
    std::string extra;
    if (std::cin >> extra) return reject(argv[3], "trailing output");
    return x + y == n ? accept() : reject(argv[3], "the numbers do not add up");
}
