import ArenaShared
import Foundation

/// Every language the judge knows, as Debian packages install them (`infra/install.sh`).
/// Which ones are usable on this host is decided by `Toolchains.probe`.
public enum LanguageTable {
    static let java = "/usr/lib/jvm/java-17-openjdk-amd64/bin"
    static let swift = "/opt/swift/usr/bin"

    public static let all: [Language] = [
        Language(
            id: .c, name: "C (GCC, C17)", sourceFile: "main.c",
            compile: ["/usr/bin/gcc", "-std=gnu17", "-O2", "-pipe", "-o", "main", "main.c", "-lm"], run: ["/box/main"],
            version: ["/usr/bin/gcc", "--version"], requiredFiles: ["/usr/bin/gcc"],
            template: "#include <stdio.h>\n\nint main(void) {\n    // Read the input from stdin, print the answer to stdout.\n\n    return 0;\n}\n"),
        Language(
            id: .cpp17, name: "C++17 (GCC)", sourceFile: "main.cpp",
            compile: ["/usr/bin/g++", "-std=gnu++17", "-O2", "-pipe", "-I\(PrecompiledHeaders.includeDirectory("gnu++17"))", "-o", "main", "main.cpp"], run: ["/box/main"],
            version: ["/usr/bin/g++", "--version"], requiredFiles: ["/usr/bin/g++"], template: cppTemplate),
        Language(
            id: .cpp20, name: "C++20 (GCC)", sourceFile: "main.cpp",
            compile: ["/usr/bin/g++", "-std=gnu++20", "-O2", "-pipe", "-I\(PrecompiledHeaders.includeDirectory("gnu++20"))", "-o", "main", "main.cpp"], run: ["/box/main"],
            version: ["/usr/bin/g++", "--version"], requiredFiles: ["/usr/bin/g++"], template: cppTemplate),
        Language(
            id: .python3, name: "Python 3 (CPython)", sourceFile: "main.py",
            compile: ["/usr/bin/python3", "-c", pythonSyntaxCheck, "main.py"], run: ["/usr/bin/python3", "-S", "main.py"],
            version: ["/usr/bin/python3", "--version"], requiredFiles: ["/usr/bin/python3"],
            environment: ["PYTHONDONTWRITEBYTECODE=1", "PYTHONIOENCODING=utf-8"],
            template: pythonTemplate),
        Language(
            id: .pypy3, name: "Python 3 (PyPy)", sourceFile: "main.py",
            compile: ["/usr/bin/pypy3", "-c", pythonSyntaxCheck, "main.py"], run: ["/usr/bin/pypy3", "main.py"],
            version: ["/usr/bin/pypy3", "--version"], requiredFiles: ["/usr/bin/pypy3"],
            environment: ["PYTHONDONTWRITEBYTECODE=1", "PYTHONIOENCODING=utf-8"],
            template: pythonTemplate),
        Language(
            id: .java17, name: "Java 17 (OpenJDK)", sourceFile: "Main.java",
            compile: ["\(java)/javac", "-J-Xmx768m", "-J-XX:+UseSerialGC", "-J-XX:-UsePerfData", "-encoding", "UTF-8", "-d", ".", "Main.java"],
            run: [
                "\(java)/java", "-Xmx{memory_mib}m", "-Xss64m", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:-UseContainerSupport",
                "-XX:TieredStopAtLevel=1", "-cp", "/box", "Main",
            ],
            version: ["\(java)/java", "-version"], requiredFiles: ["\(java)/javac", "\(java)/java"],
            managesOwnHeap: true, runtimeOverheadBytes: 192 << 20, processes: 128,
            template: "import java.io.*;\nimport java.util.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));\n        // Read the input from in, print the answer with System.out.\n    }\n}\n"),
        Language(
            id: .kotlin, name: "Kotlin (JVM)", sourceFile: "main.kt",
            compile: ["/usr/bin/kotlinc", "main.kt", "-include-runtime", "-d", "main.jar"],
            run: ["\(java)/java", "-Xmx{memory_mib}m", "-Xss64m", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:-UseContainerSupport", "-jar", "/box/main.jar"],
            version: ["/usr/bin/kotlinc", "-version"], requiredFiles: ["/usr/bin/kotlinc", "\(java)/java"],
            environment: ["JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64", "JAVA_OPTS=-Xmx768m -XX:+UseSerialGC -XX:-UsePerfData"],
            compileLimits: SandboxLimits(cpuMilliseconds: 60_000, wallMilliseconds: 90_000, memoryBytes: 1536 << 20, outputBytes: 64 << 20, processes: 256, openFiles: 512),
            managesOwnHeap: true, runtimeOverheadBytes: 192 << 20, processes: 128,
            template: "fun main() {\n    val lines = generateSequence(::readLine).toList()\n    // Solve here and print the answer.\n}\n"),
        Language(
            id: .javascript, name: "JavaScript (Node.js)", sourceFile: "main.js",
            compile: ["/usr/bin/node", "--check", "main.js"], run: ["/usr/bin/node", "--max-old-space-size={memory_mib}", "--stack-size=65500", "main.js"],
            version: ["/usr/bin/node", "--version"], requiredFiles: ["/usr/bin/node"],
            environment: ["UV_USE_IO_URING=0"], managesOwnHeap: true, runtimeOverheadBytes: 64 << 20,
            template: "const input = require('fs').readFileSync(0, 'utf8');\n// Solve here and print the answer with console.log.\n"),
        Language(
            id: .rust, name: "Rust (rustc)", sourceFile: "main.rs",
            compile: ["/usr/bin/rustc", "--edition", "2021", "-O", "-o", "main", "main.rs"], run: ["/box/main"],
            version: ["/usr/bin/rustc", "--version"], requiredFiles: ["/usr/bin/rustc"],
            template: "use std::io::{self, Read};\n\nfn main() {\n    let mut input = String::new();\n    io::stdin().read_to_string(&mut input).unwrap();\n    // Solve here and print the answer with println!.\n}\n"),
        Language(
            id: .go, name: "Go (gc)", sourceFile: "main.go",
            compile: ["/usr/bin/go", "build", "-o", "main", "main.go"], run: ["/box/main"],
            version: ["/usr/bin/go", "version"], requiredFiles: ["/usr/bin/go"],
            environment: ["GOCACHE=/tmp/gocache", "GOPATH=/tmp/gopath", "GO111MODULE=off", "GOFLAGS=-buildvcs=false", "CGO_ENABLED=0", "GOMAXPROCS=2"],
            processes: 128,
            template: "package main\n\nimport (\n\t\"bufio\"\n\t\"os\"\n)\n\nfunc main() {\n\tin := bufio.NewReader(os.Stdin)\n\t_ = in // read with fmt.Fscan(in, &x), print the answer with fmt.Println\n}\n"),
        Language(
            id: .swift, name: "Swift", sourceFile: "main.swift",
            compile: ["\(swift)/swiftc", "-O", "-module-cache-path", "/tmp/module-cache", "-o", "main", "main.swift"], run: ["/box/main"],
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

    /// The language of an example submission in a problem package, by file extension.
    public static func language(forFile path: String) -> Language? {
        switch (path as NSString).pathExtension.lowercased() {
        case "c": self.language(.c)
        case "cpp", "cc", "cxx", "c++": self.language(.cpp17)
        case "py", "py3": self.language(.python3)
        case "java": self.language(.java17)
        case "kt": self.language(.kotlin)
        case "js": self.language(.javascript)
        case "rs": self.language(.rust)
        case "go": self.language(.go)
        case "swift": self.language(.swift)
        default: nil
        }
    }
}
