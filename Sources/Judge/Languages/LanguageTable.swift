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
            template: "#include <stdio.h>\n\nint main(void) {\n    long long a, b;\n    scanf(\"%lld %lld\", &a, &b);\n    printf(\"%lld\\n\", a + b);\n    return 0;\n}\n"),
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
            template: "a, b = map(int, input().split())\nprint(a + b)\n"),
        Language(
            id: .pypy3, name: "Python 3 (PyPy)", sourceFile: "main.py",
            compile: ["/usr/bin/pypy3", "-c", pythonSyntaxCheck, "main.py"], run: ["/usr/bin/pypy3", "main.py"],
            version: ["/usr/bin/pypy3", "--version"], requiredFiles: ["/usr/bin/pypy3"],
            environment: ["PYTHONDONTWRITEBYTECODE=1", "PYTHONIOENCODING=utf-8"],
            template: "a, b = map(int, input().split())\nprint(a + b)\n"),
        Language(
            id: .java17, name: "Java 17 (OpenJDK)", sourceFile: "Main.java",
            compile: ["\(java)/javac", "-J-Xmx768m", "-J-XX:+UseSerialGC", "-J-XX:-UsePerfData", "-encoding", "UTF-8", "-d", ".", "Main.java"],
            run: [
                "\(java)/java", "-Xmx{memory_mib}m", "-Xss64m", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:-UseContainerSupport",
                "-XX:TieredStopAtLevel=1", "-cp", "/box", "Main",
            ],
            version: ["\(java)/java", "-version"], requiredFiles: ["\(java)/javac", "\(java)/java"],
            managesOwnHeap: true, runtimeOverheadBytes: 192 << 20, processes: 128,
            template: "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        Scanner in = new Scanner(System.in);\n        long a = in.nextLong(), b = in.nextLong();\n        System.out.println(a + b);\n    }\n}\n"),
        Language(
            id: .kotlin, name: "Kotlin (JVM)", sourceFile: "main.kt",
            compile: ["/usr/bin/kotlinc", "main.kt", "-include-runtime", "-d", "main.jar"],
            run: ["\(java)/java", "-Xmx{memory_mib}m", "-Xss64m", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:-UseContainerSupport", "-jar", "/box/main.jar"],
            version: ["/usr/bin/kotlinc", "-version"], requiredFiles: ["/usr/bin/kotlinc", "\(java)/java"],
            environment: ["JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64", "JAVA_OPTS=-Xmx768m -XX:+UseSerialGC -XX:-UsePerfData"],
            compileLimits: SandboxLimits(cpuMilliseconds: 60_000, wallMilliseconds: 90_000, memoryBytes: 1536 << 20, outputBytes: 64 << 20, processes: 256, openFiles: 512),
            managesOwnHeap: true, runtimeOverheadBytes: 192 << 20, processes: 128,
            template: "fun main() {\n    val (a, b) = readLine()!!.split(\" \").map { it.toLong() }\n    println(a + b)\n}\n"),
        Language(
            id: .javascript, name: "JavaScript (Node.js)", sourceFile: "main.js",
            compile: ["/usr/bin/node", "--check", "main.js"], run: ["/usr/bin/node", "--max-old-space-size={memory_mib}", "--stack-size=65500", "main.js"],
            version: ["/usr/bin/node", "--version"], requiredFiles: ["/usr/bin/node"],
            environment: ["UV_USE_IO_URING=0"], managesOwnHeap: true, runtimeOverheadBytes: 64 << 20,
            template: "const [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/).map(BigInt);\nconsole.log((a + b).toString());\n"),
        Language(
            id: .rust, name: "Rust (rustc)", sourceFile: "main.rs",
            compile: ["/usr/bin/rustc", "--edition", "2021", "-O", "-o", "main", "main.rs"], run: ["/box/main"],
            version: ["/usr/bin/rustc", "--version"], requiredFiles: ["/usr/bin/rustc"],
            template: "use std::io::*;\n\nfn main() {\n    let mut s = String::new();\n    stdin().read_to_string(&mut s).unwrap();\n    let v: Vec<i64> = s.split_whitespace().map(|x| x.parse().unwrap()).collect();\n    println!(\"{}\", v[0] + v[1]);\n}\n"),
        Language(
            id: .go, name: "Go (gc)", sourceFile: "main.go",
            compile: ["/usr/bin/go", "build", "-o", "main", "main.go"], run: ["/box/main"],
            version: ["/usr/bin/go", "version"], requiredFiles: ["/usr/bin/go"],
            environment: ["GOCACHE=/tmp/gocache", "GOPATH=/tmp/gopath", "GO111MODULE=off", "GOFLAGS=-buildvcs=false", "CGO_ENABLED=0", "GOMAXPROCS=2"],
            processes: 128,
            template: "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar a, b int64\n\tfmt.Scan(&a, &b)\n\tfmt.Println(a + b)\n}\n"),
        Language(
            id: .swift, name: "Swift", sourceFile: "main.swift",
            compile: ["\(swift)/swiftc", "-O", "-module-cache-path", "/tmp/module-cache", "-o", "main", "main.swift"], run: ["/box/main"],
            version: ["\(swift)/swiftc", "--version"], requiredFiles: ["\(swift)/swiftc"],
            compileLimits: SandboxLimits(cpuMilliseconds: 60_000, wallMilliseconds: 90_000, memoryBytes: 2048 << 20, outputBytes: 64 << 20, processes: 256, openFiles: 512),
            template: "let v = readLine()!.split(separator: \" \").map { Int($0)! }\nprint(v[0] + v[1])\n"),
    ]

    public static let cppTemplate = "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    long long a, b;\n    cin >> a >> b;\n    cout << a + b << '\\n';\n}\n"

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
