#include <iostream>
#include <string>

int main() {
    std::string w;
    std::cin >> w;
    std::cout << w << " " << w << "\n";
}
