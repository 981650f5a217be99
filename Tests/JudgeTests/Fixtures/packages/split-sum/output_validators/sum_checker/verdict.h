#include <fstream>
#include <string>
static int accept() { return 42; }
static int reject(const char *feedback_dir, const char *why) {
    std::ofstream(std::string(feedback_dir) + "judgemessage.txt") << why << "\n";
    return 43;
}
