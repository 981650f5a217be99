import ArenaShared
import Foundation

/// Every language the judge knows, as Debian packages install them (`infra/install.sh`).
/// Which ones are usable on this host is decided by `Toolchains.probe`.
public enum LanguageTable {
    static let java = "/usr/lib/jvm/java-17-openjdk-amd64/bin"
    static let swift = "/opt/swift/usr/bin"
    /// How every JVM language's program starts: the heap at the memory limit, a deep stack,
    /// one GC thread, and no container detection (the cgroup is the sandbox's).
    static let jvm = ["\(java)/java", "-Xmx{memory_mib}m", "-Xss64m", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:-UseContainerSupport"]

    public static let all: [Language] = Self.mainstream + Self.more

    /// The languages every contest judge has.
    static let mainstream: [Language] = [
        Language(
            id: .c, name: "C (GCC, C17)", sourceFile: "main.c", extensions: ["c"],
            compile: ["/usr/bin/gcc", "-std=gnu17", "-O2", "-pipe", "-o", "main", "{sources}", "-lm"], run: ["/box/main"],
            version: ["/usr/bin/gcc", "--version"], requiredFiles: ["/usr/bin/gcc"],
            template: "#include <stdio.h>\n\nint main(void) {\n    // Read the input from stdin, print the answer to stdout.\n\n    return 0;\n}\n"),
        Language(
            id: .cpp17, name: "C++17 (GCC)", sourceFile: "main.cpp", extensions: ["cpp", "cc", "cxx", "c++"],
            compile: ["/usr/bin/g++", "-std=gnu++17", "-O2", "-pipe", "-I\(PrecompiledHeaders.includeDirectory("gnu++17"))", "-o", "main", "{sources}"], run: ["/box/main"],
            version: ["/usr/bin/g++", "--version"], requiredFiles: ["/usr/bin/g++"], template: cppTemplate),
        Language(
            id: .cpp20, name: "C++20 (GCC)", sourceFile: "main.cpp", extensions: ["cpp", "cc", "cxx", "c++"],
            compile: ["/usr/bin/g++", "-std=gnu++20", "-O2", "-pipe", "-I\(PrecompiledHeaders.includeDirectory("gnu++20"))", "-o", "main", "{sources}"], run: ["/box/main"],
            version: ["/usr/bin/g++", "--version"], requiredFiles: ["/usr/bin/g++"], template: cppTemplate),
        Language(
            id: .python3, name: "Python 3 (CPython)", sourceFile: "main.py", extensions: ["py", "py3"],
            compile: ["/usr/bin/python3", "-c", pythonSyntaxCheck, "{main}"], run: ["/usr/bin/python3", "{main}"],
            version: ["/usr/bin/python3", "--version"], requiredFiles: ["/usr/bin/python3"],
            environment: ["PYTHONDONTWRITEBYTECODE=1", "PYTHONIOENCODING=utf-8"],
            template: pythonTemplate),
        Language(
            id: .pypy3, name: "Python 3 (PyPy)", sourceFile: "main.py", extensions: ["py", "py3"],
            compile: ["/usr/bin/pypy3", "-c", pythonSyntaxCheck, "{main}"], run: ["/usr/bin/pypy3", "{main}"],
            version: ["/usr/bin/pypy3", "--version"], requiredFiles: ["/usr/bin/pypy3"],
            // PyPy sizes its GC nursery from the CPU's cache (half of it): on a host that
            // reports a huge cache, garbage-heavy programs peak hundreds of MiB higher. A fixed
            // nursery makes memory verdicts the same on every host.
            environment: ["PYTHONDONTWRITEBYTECODE=1", "PYTHONIOENCODING=utf-8", "PYPY_GC_NURSERY=4MB"],
            template: pythonTemplate),
        Language(
            id: .java17, name: "Java 17 (OpenJDK)", sourceFile: "Main.java", extensions: ["java"],
            compile: ["\(java)/javac", "-J-Xmx768m", "-J-XX:+UseSerialGC", "-J-XX:-UsePerfData", "-encoding", "UTF-8", "-d", ".", "{sources}"],
            run: jvm + ["-XX:TieredStopAtLevel=1", "-cp", "/box", "{main_class}"],
            version: ["\(java)/java", "-version"], requiredFiles: ["\(java)/javac", "\(java)/java"],
            managesOwnHeap: true, runtimeOverheadBytes: 192 << 20, processes: 128, entryPoint: javaEntryPoint,
            template: "import java.io.*;\nimport java.util.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));\n        // Read the input from in, print the answer with System.out.\n    }\n}\n"),
        Language(
            id: .kotlin, name: "Kotlin (JVM)", sourceFile: "main.kt", extensions: ["kt"],
            compile: ["/usr/bin/kotlinc", "{sources}", "-include-runtime", "-d", "main.jar"],
            run: jvm + ["-jar", "/box/main.jar"],
            version: ["/usr/bin/kotlinc", "-version"], requiredFiles: ["/usr/bin/kotlinc", "\(java)/java"],
            environment: ["JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64", "JAVA_OPTS=-Xmx768m -XX:+UseSerialGC -XX:-UsePerfData"],
            compileLimits: SandboxLimits(cpuMilliseconds: 60_000, wallMilliseconds: 90_000, memoryBytes: 1536 << 20, outputBytes: 64 << 20, processes: 256, openFiles: 512),
            managesOwnHeap: true, runtimeOverheadBytes: 192 << 20, processes: 128,
            template: "fun main() {\n    val lines = generateSequence(::readLine).toList()\n    // Solve here and print the answer.\n}\n"),
        Language(
            id: .javascript, name: "JavaScript (Node.js)", sourceFile: "main.js", extensions: ["js"],
            compile: ["/usr/bin/node", "--check", "{main}"], run: ["/usr/bin/node", "--max-old-space-size={memory_mib}", "--stack-size=65500", "{main}"],
            version: ["/usr/bin/node", "--version"], requiredFiles: ["/usr/bin/node"],
            environment: ["UV_USE_IO_URING=0"], managesOwnHeap: true, runtimeOverheadBytes: 64 << 20,
            template: "const input = require('fs').readFileSync(0, 'utf8');\n// Solve here and print the answer with console.log.\n"),
        Language(
            id: .rust, name: "Rust (rustc)", sourceFile: "main.rs", extensions: ["rs"],
            compile: ["/usr/bin/rustc", "--edition", "2021", "-O", "-o", "main", "{main}"], run: ["/box/main"],
            version: ["/usr/bin/rustc", "--version"], requiredFiles: ["/usr/bin/rustc"],
            template: "use std::io::{self, Read};\n\nfn main() {\n    let mut input = String::new();\n    io::stdin().read_to_string(&mut input).unwrap();\n    // Solve here and print the answer with println!.\n}\n"),
        Language(
            id: .go, name: "Go (gc)", sourceFile: "main.go", extensions: ["go"],
            compile: ["/usr/bin/go", "build", "-o", "main", "{sources}"], run: ["/box/main"],
            version: ["/usr/bin/go", "version"], requiredFiles: ["/usr/bin/go"],
            environment: ["GOCACHE=/tmp/gocache", "GOPATH=/tmp/gopath", "GO111MODULE=off", "GOFLAGS=-buildvcs=false", "CGO_ENABLED=0", "GOMAXPROCS=2"],
            processes: 128,
            template: "package main\n\nimport (\n\t\"bufio\"\n\t\"os\"\n)\n\nfunc main() {\n\tin := bufio.NewReader(os.Stdin)\n\t_ = in // read with fmt.Fscan(in, &x), print the answer with fmt.Println\n}\n"),
        Language(
            id: .swift, name: "Swift", sourceFile: "main.swift", extensions: ["swift"],
            compile: ["\(swift)/swiftc", "-O", "-module-cache-path", "/tmp/module-cache", "-o", "main", "{sources}"], run: ["/box/main"],
            version: ["\(swift)/swiftc", "--version"], requiredFiles: ["\(swift)/swiftc"],
            compileLimits: SandboxLimits(cpuMilliseconds: 60_000, wallMilliseconds: 90_000, memoryBytes: 2048 << 20, outputBytes: 64 << 20, processes: 256, openFiles: 512),
            template: "var lines: [String] = []\nwhile let line = readLine() { lines.append(line) }\n// Solve here and print the answer.\n"),
    ]

    /// The editor's starting point: reads the input, solves nothing (A+B, the judge's
    /// known-good program, is in `ReferencePrograms`).
    static let cppTemplate = "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    ios::sync_with_stdio(false);\n    cin.tie(nullptr);\n    // Read the input with cin, print the answer with cout.\n\n    return 0;\n}\n"

    /// CPython and PyPy share one.
    static let pythonTemplate = "import sys\n\n\ndef main():\n    data = sys.stdin.read().split()\n    # Solve here and print the answer.\n\n\nmain()\n"

    /// Compiles without writing bytecode: a syntax error becomes CE with the message.
    static let pythonSyntaxCheck = "import sys\nsrc = open(sys.argv[1], 'rb').read()\ntry:\n    compile(src, sys.argv[1], 'exec')\nexcept SyntaxError as e:\n    import traceback; traceback.print_exception(type(e), e, None); sys.exit(1)\n"

    public static func language(_ id: LanguageID) -> Language? { self.all.first { $0.id == id } }

    /// Kattis names a Java file after its public class (any name): `Solver.java` runs `Solver`.
    static let javaEntryPoint = Language.EntryPoint.declaredName(
        pattern: #"^\s*public\s+(?:(?:final|abstract|static|sealed|strictfp)\s+)*class\s+([A-Za-z_$][A-Za-z0-9_$]*)"#)

    /// A player's file, by extension (`.py` is CPython here, `.pl` Perl; `--lang` chooses otherwise).
    public static func language(forFile path: String) -> Language? {
        self.all.first { $0.owns(path) }
    }

    /// A problem package's file, by extension as problemtools' `languages.yaml` maps them:
    /// `.py` runs under PyPy 3 there ("Python 3 (w/PyPy3)"), so it does here when PyPy is
    /// installed; everything else as for players.
    public static func packageLanguage(forFile path: String, toolchains: Toolchains) -> Language? {
        // `.pl` is Prolog in Kattis packages (players' `.pl` files are Perl).
        if (path as NSString).pathExtension.lowercased() == "pl" { return self.language(.prolog) }
        guard let language = self.language(forFile: path) else { return nil }
        if language.id == .python3 && toolchains.isAvailable(.pypy3) { return self.language(.pypy3) }
        return language
    }

    /// Every extension the judge recognises, for an error that lists them.
    public static var knownExtensions: [String] {
        var seen = Set<String>()
        return self.all.flatMap(\.extensions).filter { seen.insert($0).inserted }.map { ".\($0)" }
    }
}
