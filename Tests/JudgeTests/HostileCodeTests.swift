import ArenaShared
import Foundation
import Testing

@testable import Judge

/// Programs that attack the sandbox. Each must be contained with the right verdict, and
/// the worker must judge normally afterwards.
@Suite(.serialized)
struct HostileCodeTests {
    static let includes = "#define _GNU_SOURCE\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <unistd.h>\n#include <fcntl.h>\n#include <signal.h>\n#include <sched.h>\n#include <sys/socket.h>\n#include <sys/mount.h>\n#include <sys/ptrace.h>\n#include <netinet/in.h>\n#include <mqueue.h>\n#include <sys/shm.h>\n"

    struct Attack: Sendable, CustomStringConvertible {
        var name: String
        var body: String
        var expected: Verdict
        var detail: String? = nil
        /// Also a contained outcome: which limit trips first can depend on the machine's load.
        var alsoContained: Set<Verdict> = []
        var description: String { self.name }
    }

    static let attacks: [Attack] = [
        // The pids limit stops the forks; the survivors then spin until the CPU limit, unless
        // (on a loaded machine, CPU time accruing slowly) their memory trips the cgroup first.
        Attack(name: "fork bomb", body: "int main(void){ for(;;) fork(); }", expected: .timeLimitExceeded, alsoContained: [.memoryLimitExceeded]),
        Attack(name: "memory bomb", body: "int main(void){ for(;;){ char *p = malloc(1<<20); if(!p) abort(); memset(p, 1, 1<<20); } }", expected: .memoryLimitExceeded),
        Attack(name: "infinite loop", body: "int main(void){ volatile unsigned long x = 0; for(;;) x++; }", expected: .timeLimitExceeded),
        Attack(name: "sleep past the wall limit", body: "int main(void){ sleep(30); puts(\"blocked\"); }", expected: .timeLimitExceeded, detail: "wall-clock"),
        Attack(
            name: "1 GiB of output", body: "static char b[1<<20]; int main(void){ memset(b, 'x', sizeof b); for(int i=0;i<1024;i++) fwrite(b, 1, sizeof b, stdout); }",
            expected: .outputLimitExceeded),
        Attack(
            name: "writes outside the box",
            body: """
                int main(void){ const char *t[] = {"/usr/pwned", "/etc/pwned", "/pwned", "/dev/pwned", "/proc/sys/kernel/hostname", "/box/../pwned", "/sys/pwned"};
                  int leaked = 0; for (int i = 0; i < 7; i++) { int fd = open(t[i], O_WRONLY|O_CREAT, 0644); if (fd >= 0 && write(fd, "x", 1) == 1) { leaked = 1; fprintf(stderr, "wrote %s\\n", t[i]); } }
                  FILE *f = fopen("/tmp/arena-escape-marker", "w"); if (f) { fputs("x", f); fclose(f); }
                  puts(leaked ? "LEAK" : "blocked"); }
                """, expected: .accepted),
        Attack(
            name: "reads host secrets",
            body: """
                int main(void){ const char *t[] = {"/etc/shadow", "/etc/passwd-", "/root/.bashrc", "/proc/1/environ", "/proc/1/cmdline", "/work/main/Package.swift", "/var/log/syslog", "/home", "/etc/hostname"};
                  int leaked = 0; for (int i = 0; i < 9; i++) { int fd = open(t[i], O_RDONLY); char c; if (fd >= 0 && read(fd, &c, 1) >= 0) { leaked = 1; fprintf(stderr, "read %s\\n", t[i]); } }
                  puts(leaked ? "LEAK" : "blocked"); }
                """, expected: .accepted),
        Attack(
            name: "opens network sockets",
            body: """
                int main(void){ int a = socket(AF_INET, SOCK_STREAM, 0), b = socket(AF_INET6, SOCK_DGRAM, 0), c = socket(AF_NETLINK, SOCK_RAW, 0), d = socket(AF_PACKET, SOCK_RAW, 0);
                  if (a >= 0) { struct sockaddr_in s = { .sin_family = AF_INET, .sin_port = htons(80), .sin_addr.s_addr = htonl(0x7f000001) }; if (connect(a, (void *)&s, sizeof s) == 0) { puts("LEAK"); return 0; } }
                  puts(a < 0 && b < 0 && c < 0 && d < 0 ? "blocked" : "LEAK"); }
                """, expected: .accepted),
        Attack(
            name: "IPC that would outlive the run",
            body: "int main(void){ mqd_t q = mq_open(\"/leak\", O_CREAT | O_RDWR, 0600, (void *)0); int s = shmget(IPC_PRIVATE, 4096, IPC_CREAT | 0600); puts(q == (mqd_t)-1 && s < 0 ? \"blocked\" : \"LEAK\"); }",
            expected: .accepted),
        Attack(name: "ptrace", body: "int main(void){ ptrace(PTRACE_TRACEME, 0, 0, 0); puts(\"blocked\"); }", expected: .runtimeError, detail: "forbidden system call"),
        Attack(name: "mount", body: "int main(void){ mount(\"none\", \"/box\", \"tmpfs\", 0, 0); puts(\"blocked\"); }", expected: .runtimeError, detail: "forbidden system call"),
        Attack(name: "unshare", body: "int main(void){ unshare(CLONE_NEWUSER | CLONE_NEWNS); puts(\"blocked\"); }", expected: .runtimeError, detail: "forbidden system call"),
        Attack(name: "exec a shell", body: "int main(void){ execl(\"/bin/sh\", \"sh\", \"-c\", \"echo pwned\", (char *)0); puts(\"blocked\"); }", expected: .runtimeError, detail: "forbidden system call"),
        Attack(name: "system() a shell", body: "int main(void){ int r = system(\"echo LEAK\"); fflush(stdout); puts(r != 0 ? \"blocked\" : \"LEAK\"); }", expected: .accepted),
        Attack(
            name: "kill the judge and become root",
            body: "int main(void){ int a = kill(1, SIGKILL), b = setuid(0), c = chroot(\"/\") ; puts(a != 0 && b != 0 ? \"blocked\" : \"LEAK\"); return c; }",
            expected: .runtimeError, detail: "forbidden system call"),
    ]

    @Test(arguments: attacks)
    func isContained(_ attack: Attack) async throws {
        try await JudgeHarness.with(index: 20) { harness in
            let report = try await harness.judge(Self.includes + attack.body, .c, containment())
            #expect(
                report.verdict == attack.expected || attack.alsoContained.contains(report.verdict),
                "\(attack.name): \(report.tests) \(report.message ?? "")")
            if let detail = attack.detail {
                #expect(report.tests.first?.detail?.contains(detail) == true, "\(report.tests)")
            }
            // Nothing escaped to the host, nothing of the run survives it, and the worker still judges.
            #expect(!FileManager.default.fileExists(atPath: "/tmp/arena-escape-marker"))
            #expect(!FileManager.default.fileExists(atPath: "/pwned"))
            #expect(Self.processes(ofUID: 62020).isEmpty)
            let after = try await harness.judge(ReferencePrograms.aPlusB[.c]!, .c)
            #expect(after.verdict == .accepted)
        }
    }

    @Test func rlimitFallbackWithoutCgroupsStillContains() async throws {
        try await JudgeHarness.with(cgroups: .disabled, index: 21) { harness in
            #expect(!harness.worker.cgroups.isUsable)
            let memory = try await harness.judge(Self.includes + Self.attacks[1].body, .c, containment())
            #expect(memory.verdict == .memoryLimitExceeded, "\(memory.tests)")
            let fork = try await harness.judge(Self.includes + Self.attacks[0].body, .c, containment())
            #expect(fork.verdict == .timeLimitExceeded, "\(fork.tests)")
            #expect(Self.processes(ofUID: 62021).isEmpty)
            let after = try await harness.judge(ReferencePrograms.aPlusB[.c]!, .c)
            #expect(after.verdict == .accepted)
        }
    }

    /// PIDs on the host owned by `uid`.
    static func processes(ofUID uid: UInt32) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.filter { Int($0) != nil }.filter { pid in
            guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return false }
            return status.split(separator: "\n").contains { $0.hasPrefix("Uid:") && $0.split(separator: "\t").dropFirst().first == Substring(String(uid)) }
        }
    }
}
