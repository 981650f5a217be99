import ArenaShared
import Testing

@testable import Judge

/// A+B in every language the installer sets up: AC, WA, TLE, RE and CE each judged for real.
@Suite(.serialized) struct LanguageTests {
    struct Sources: Sendable, CustomStringConvertible {
        var language: LanguageID
        var accepted: String
        var wrong: String
        var slow: String
        var crash: String
        var broken: String
        var description: String { self.language.rawValue }
    }

    static let cases: [Sources] = [
        Sources(
            language: .c, accepted: ReferencePrograms.aPlusB[.c]!,
            wrong: "#include <stdio.h>\nint main(void){long long a,b;scanf(\"%lld %lld\",&a,&b);printf(\"%lld\\n\",a+b+1);}\n",
            slow: "int main(void){volatile unsigned long x=0;for(;;)x++;}\n",
            crash: "#include <stdio.h>\nint main(void){int *p=0;scanf(\"%d\",p);return *p;}\n",
            broken: "int main(void){ return 0 }\n"),
        Sources(
            language: .cpp17, accepted: ReferencePrograms.aPlusB[.cpp17]!, wrong: "#include <iostream>\nint main(){long long a,b;std::cin>>a>>b;std::cout<<a-b<<\"\\n\";}\n",
            slow: "int main(){volatile unsigned long x=0;for(;;)x++;}\n", crash: "#include <cstdlib>\nint main(){std::abort();}\n",
            broken: "int main(){ undefined_name(); }\n"),
        Sources(
            language: .cpp20, accepted: "#include <bits/stdc++.h>\nint main(){long long a,b;std::cin>>a>>b;auto s=std::span<long long>(&a,1);std::cout<<s[0]+b<<'\\n';}\n",
            wrong: "#include <iostream>\nint main(){std::cout<<42<<\"\\n\";}\n", slow: "int main(){volatile unsigned long x=0;for(;;)x++;}\n",
            crash: "int main(){return 3;}\n", broken: "#include <concepts>\ntemplate<std::integral T> T f(T x){return x;}\nint main(){ f(1.5); }\n"),
        Sources(
            language: .python3, accepted: "a, b = map(int, input().split())\nprint(a + b)\n", wrong: "print(0)\n",
            slow: "while True:\n    pass\n", crash: "a, b = map(int, input().split())\nprint(a // 0)\n", broken: "def f(:\n  pass\n"),
        Sources(
            language: .pypy3, accepted: "a, b = map(int, input().split())\nprint(a + b)\n", wrong: "print(-1)\n",
            slow: "x = 0\nwhile True:\n    x += 1\n", crash: "raise RuntimeError('boom')\n", broken: "print(\n"),
        Sources(
            language: .java17, accepted: ReferencePrograms.aPlusB[.java17]!,
            wrong: "public class Main { public static void main(String[] a) { System.out.println(7); } }\n",
            slow: "public class Main { public static void main(String[] a) { long x = 0; while (true) { x++; if (x == -1) break; } } }\n",
            crash: "public class Main { public static void main(String[] a) { throw new IllegalStateException(\"boom\"); } }\n",
            broken: "public class Main { public static void main(String[] a) { int x = \"s\"; } }\n"),
        Sources(
            language: .kotlin, accepted: ReferencePrograms.aPlusB[.kotlin]!, wrong: "fun main() { println(5) }\n",
            slow: "fun main() { var x = 0L; while (x >= 0) { x = (x + 1) % 1000 } }\n", crash: "fun main() { throw IllegalStateException(\"boom\") }\n",
            broken: "fun main() { val x: Int = \"s\" }\n"),
        Sources(
            language: .javascript, accepted: ReferencePrograms.aPlusB[.javascript]!, wrong: "console.log('nope');\n",
            slow: "for (;;) {}\n", crash: "throw new Error('boom');\n", broken: "function ( {\n"),
        Sources(
            language: .rust, accepted: ReferencePrograms.aPlusB[.rust]!, wrong: "fn main() { println!(\"1\"); }\n",
            slow: "fn main() { let mut x: u64 = 1; while x != 0 { x = x.wrapping_mul(6364136223846793005).wrapping_add(1) | 1; } println!(\"{}\", x); }\n",
            crash: "fn main() { let v: Vec<i32> = Vec::new(); println!(\"{}\", v[3]); }\n", broken: "fn main() { let x: i32 = \"s\"; }\n"),
        Sources(
            language: .go, accepted: ReferencePrograms.aPlusB[.go]!, wrong: "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(9) }\n",
            slow: "package main\n\nfunc main() {\n\tx := 0\n\tfor {\n\t\tx++\n\t}\n}\n", crash: "package main\n\nfunc main() { panic(\"boom\") }\n",
            broken: "package main\n\nfunc main() { x := }\n"),
        Sources(
            language: .swift, accepted: ReferencePrograms.aPlusB[.swift]!, wrong: "print(\"wrong\")\n",
            slow: "var x = 0\nwhile true { x &+= 1 }\n", crash: "let a: [Int] = []\nprint(a[1])\n", broken: "let x: Int = \"s\"\n"),
        Sources(
            language: .haskell, accepted: ReferencePrograms.aPlusB[.haskell]!, wrong: "main :: IO ()\nmain = print 4\n",
            slow: "main :: IO ()\nmain = print (go 1)\n  where\n    go :: Int -> Int\n    go x = if x == 0 then x else go (x + 1)\n", crash: "main :: IO ()\nmain = print (head ([] :: [Int]))\n",
            broken: "main :: IO ()\nmain = print (1 + \"s\")\n"),
        Sources(
            language: .csharp, accepted: ReferencePrograms.aPlusB[.csharp]!,
            wrong: "public class P { public static void Main() { System.Console.WriteLine(8); } }\n",
            slow: "public class P { public static void Main() { long x = 0; while (x >= 0) { x = (x + 1) % 1000; } } }\n",
            crash: "public class P { public static void Main() { throw new System.Exception(\"boom\"); } }\n",
            broken: "public class P { public static void Main() { int x = \"s\"; } }\n"),
        Sources(
            language: .ruby, accepted: ReferencePrograms.aPlusB[.ruby]!, wrong: "puts 6\n", slow: "x = 0\nloop { x += 1 }\n",
            crash: "raise 'boom'\n", broken: "def f(\n"),
        Sources(
            language: .scala, accepted: ReferencePrograms.aPlusB[.scala]!, wrong: "object Main { def main(a: Array[String]): Unit = println(2) }\n",
            slow: "object Spin { def main(a: Array[String]): Unit = { var x = 0L; while (x >= 0) { x = (x + 1) % 1000 } } }\n",
            crash: "object Main { def main(a: Array[String]): Unit = throw new IllegalStateException(\"boom\") }\n",
            broken: "object Main { def main(a: Array[String]): Unit = { val x: Int = \"s\" } }\n"),
        Sources(
            language: .ocaml, accepted: ReferencePrograms.aPlusB[.ocaml]!, wrong: "let () = print_endline \"5\"\n",
            slow: "let rec spin x = spin (x + 1)\nlet () = spin 0\n", crash: "let () = failwith \"boom\"\n",
            broken: "let () = print_int \"s\"\n"),
        Sources(
            language: .pascal, accepted: ReferencePrograms.aPlusB[.pascal]!, wrong: "begin WriteLn(11); end.\n",
            slow: "var x: Int64;\nbegin\n  x := 0;\n  while x >= 0 do x := (x + 1) mod 1000;\nend.\n",
            crash: "begin Halt(4); end.\n", broken: "begin WriteLn(x) end.\n"),
        Sources(
            language: .fortran, accepted: ReferencePrograms.aPlusB[.fortran]!, wrong: "program w\n  print *, 12\nend program w\n",
            slow: "program s\n  integer(8) :: x\n  x = 0\n  do while (x >= 0)\n    x = mod(x + 1, 1000_8)\n  end do\n  print *, x\nend program s\n",
            crash: "program c\n  error stop 3\nend program c\n", broken: "program b\n  integer :: x\n  x = 'text'\nend program b\n"),
        Sources(
            language: .lua, accepted: ReferencePrograms.aPlusB[.lua]!, wrong: "print(13)\n", slow: "local x = 0\nwhile true do x = x + 1 end\n",
            crash: "error('boom')\n", broken: "local x = = 1\n"),
        Sources(
            language: .php, accepted: ReferencePrograms.aPlusB[.php]!, wrong: "<?php echo 14, \"\\n\";\n",
            slow: "<?php $x = 0; while (true) { $x++; }\n", crash: "<?php throw new Exception('boom');\n",
            broken: "<?php $x = ;\n"),
        Sources(
            language: .perl, accepted: ReferencePrograms.aPlusB[.perl]!, wrong: "print \"15\\n\";\n", slow: "my $x = 0;\nwhile (1) { $x++; }\n",
            crash: "die \"boom\\n\";\n", broken: "my $x = ;\n"),
        Sources(
            language: .bash, accepted: ReferencePrograms.aPlusB[.bash]!, wrong: "echo 16\n", slow: "x=0\nwhile true; do x=$((x + 1)); done\n",
            crash: "exit 5\n", broken: "if then fi\n"),
        Sources(
            language: .prolog, accepted: ReferencePrograms.aPlusB[.prolog]!, wrong: "main :- write(17), nl.\n",
            slow: "spin(X) :- Y is X + 1, spin(Y).\nmain :- spin(0).\n", crash: "main :- X is 1 / 0, write(X).\n",
            broken: "main :- foo(.\n"),
        Sources(
            language: .lisp, accepted: ReferencePrograms.aPlusB[.lisp]!, wrong: "(format t \"18~%\")\n",
            slow: "(loop)\n", crash: "(error \"boom\")\n", broken: "(defun f (x) (+ x\n"),
    ]

    @Test(arguments: cases)
    func judgesEveryVerdict(_ sources: Sources) async throws {
        let toolchains = await JudgeHarness.toolchains.value
        #expect(toolchains.isAvailable(sources.language), "infra/install.sh installs \(sources.language): \(toolchains.version(of: sources.language))")
        guard toolchains.isAvailable(sources.language) else { return }
        try await JudgeHarness.with(index: LanguageTests.cases.firstIndex { $0.language == sources.language }! + 1) { harness in
            let accepted = try await harness.judge(sources.accepted, sources.language)
            #expect(accepted.verdict == .accepted, "\(accepted.message ?? "") \(accepted.tests)")
            #expect(accepted.tests.count == 3)
            let wrong = try await harness.judge(sources.wrong, sources.language)
            #expect(wrong.verdict == .wrongAnswer)
            #expect(wrong.tests.count == 1, "stops at the first failed test")
            let slow = try await harness.judge(sources.slow, sources.language)
            #expect(slow.verdict == .timeLimitExceeded, "\(slow.tests)")
            let crash = try await harness.judge(sources.crash, sources.language)
            #expect(crash.verdict == .runtimeError, "\(crash.tests)")
            let broken = try await harness.judge(sources.broken, sources.language)
            #expect(broken.verdict == .compileError)
            #expect(!(broken.message ?? "").isEmpty)
            // The editor's template compiles and runs; it prints nothing, so: wrong answer.
            let template = try await harness.judge(LanguageTable.language(sources.language)!.template, sources.language)
            #expect(template.verdict == .wrongAnswer, "\(template.message ?? "") \(template.tests)")
            // Compiled once per source hash: judging the same source again hits the cache.
            let again = try await harness.judge(sources.accepted, sources.language)
            #expect(again.verdict == .accepted)
            #expect(sources.language.needsCompile == false || again.compileCached)
        }
    }
}

/// Kattis' naming rules and the things real contest solutions do.
@Suite(.serialized) struct LanguageRuleTests {
    /// A+B with a generous limit: these tests are about naming and exits, not speed, and a
    /// runtime's start can stall for seconds on the host's disk while the whole suite runs
    /// (seen: 38 ms of CPU over a 3 s wall limit).
    static let roomy: JudgeProblem = {
        var problem = aPlusB
        problem.timeLimitMs = 5000
        return problem
    }()

    /// Judges, and judges again when the only failure was a wall-clock stall (a time limit
    /// hit with almost no CPU used): on a loaded CI machine a JVM's start has stalled for
    /// 11 s with 116 ms of CPU. Wrong names, exits and outputs still fail on every attempt.
    static func judgeThroughStalls(_ harness: JudgeHarness, _ source: String, _ language: LanguageID) async throws -> JudgeReport {
        var report = try await harness.judge(source, language, Self.roomy)
        for _ in 0..<2 where report.verdict == .timeLimitExceeded && report.tests.allSatisfy({ $0.cpuMs < Self.roomy.timeLimitMs / 5 }) {
            report = try await harness.judge(source, language, Self.roomy)
        }
        return report
    }

    @Test func javaTakesAnyPublicClassName() async throws {
        try await JudgeHarness.with(index: 30) { harness in
            let source = "import java.util.*;\n\npublic class Solver {\n    public static void main(String[] a) {\n        Scanner in = new Scanner(System.in);\n        System.out.println(in.nextLong() + in.nextLong());\n    }\n}\n"
            let report = try await Self.judgeThroughStalls(harness, source, .java17)
            #expect(report.verdict == .accepted, "\(report.message ?? "") \(report.tests)")
        }
    }

    @Test(arguments: [LanguageID.python3, .pypy3])
    func pythonProgramsMayEndWithExit(_ language: LanguageID) async throws {
        try await JudgeHarness.with(index: 31) { harness in
            let report = try await Self.judgeThroughStalls(harness, "a, b = map(int, input().split())\nprint(a + b)\nexit()\n", language)
            #expect(report.verdict == .accepted, "\(report.message ?? "") \(report.tests)")
            let quits = try await Self.judgeThroughStalls(harness, "a, b = map(int, input().split())\nprint(a + b)\nquit()\n", language)
            #expect(quits.verdict == .accepted, "\(quits.tests)")
        }
    }
}

extension LanguageID {
    var needsCompile: Bool { LanguageTable.language(self)?.compile != nil }
}
