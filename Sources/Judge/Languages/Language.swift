import ArenaShared
import Foundation

/// How one language is compiled and run inside the sandbox. Commands are argv arrays with
/// absolute paths (the container has no shell search path to trust). Placeholders:
/// `{main}` is the main source file, `{main_class}` its name without the extension (the
/// class or module the runtime starts), `{sources}` expands to every source file of the
/// submission in this language, and `{memory_mib}` (run only) to the memory limit, for
/// runtimes that size their own heap.
public struct Language: Sendable, Identifiable {
    public var id: LanguageID
    public var name: String
    /// The file name a single-file player submission gets (unless `entryPoint` names it
    /// after the class it declares).
    public var sourceFile: String
    /// File extensions, lowercase, without the dot: how packages and the CLI recognise it.
    public var extensions: [String]
    /// nil: nothing to compile (the syntax check, if any, is `compile` too).
    public var compile: [String]?
    public var run: [String]
    /// Run on the host once, trusted, to tell players the exact toolchain version.
    public var version: [String]
    /// The files whose absence makes the language unavailable on this host.
    public var requiredFiles: [String]
    public var environment: [String]
    public var compileLimits: SandboxLimits
    /// JVM-style runtimes reserve huge address space: never RLIMIT_AS, heap via a flag,
    /// and the cgroup gets `runtimeOverheadBytes` on top of the problem's limit.
    public var managesOwnHeap: Bool
    public var runtimeOverheadBytes: UInt64
    /// Threads count against the pids limit.
    public var processes: Int
    /// How the main file is named (Kattis: Java and Scala files after their class).
    public var entryPoint: EntryPoint
    /// A starting point for the editor.
    public var template: String

    public enum EntryPoint: Sendable {
        /// Always `sourceFile`.
        case fixedFile
        /// Named after the first declaration the pattern captures (`public class X` →
        /// `X.java`); `sourceFile` when there is none.
        case declaredName(pattern: String)
    }

    public init(
        id: LanguageID, name: String, sourceFile: String, extensions: [String], compile: [String]?, run: [String], version: [String],
        requiredFiles: [String], environment: [String] = [], compileLimits: SandboxLimits = Language.defaultCompileLimits,
        managesOwnHeap: Bool = false, runtimeOverheadBytes: UInt64 = 0, processes: Int = 64, entryPoint: EntryPoint = .fixedFile,
        template: String
    ) {
        self.id = id
        self.name = name
        self.sourceFile = sourceFile
        self.extensions = extensions
        self.compile = compile
        self.run = run
        self.version = version
        self.requiredFiles = requiredFiles
        self.environment = environment
        self.compileLimits = compileLimits
        self.managesOwnHeap = managesOwnHeap
        self.runtimeOverheadBytes = runtimeOverheadBytes
        self.processes = processes
        self.entryPoint = entryPoint
        self.template = template
    }

    public static let defaultCompileLimits = SandboxLimits(
        cpuMilliseconds: 20_000, wallMilliseconds: 40_000, memoryBytes: 1536 << 20, outputBytes: 64 << 20, processes: 128,
        openFiles: 256)

    /// Whether `file` (a name or path) is a source file of this language.
    public func owns(_ file: String) -> Bool {
        self.extensions.contains((file as NSString).pathExtension.lowercased())
    }

    /// A player's single source as the files the commands expect: Java's `public class
    /// Solver` becomes `Solver.java`, as Kattis, Codeforces and DOMjudge name it.
    public func sourceFiles(for source: String) -> SourceFiles {
        SourceFiles(files: [self.mainFileName(for: source): Array(source.utf8)], main: self.mainFileName(for: source))
    }

    func mainFileName(for source: String) -> String {
        guard case .declaredName(let pattern) = self.entryPoint,
            let expression = try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines]),
            let match = expression.firstMatch(in: source, range: NSRange(source.startIndex..., in: source)), match.numberOfRanges > 1,
            let range = Range(match.range(at: 1), in: source)
        else { return self.sourceFile }
        return "\(source[range]).\((self.sourceFile as NSString).pathExtension)"
    }

    /// A command with the placeholders filled in for these files.
    func expand(_ command: [String], files: SourceFiles, memoryBytes: UInt64 = 0) -> [String] {
        let mainClass = (files.main as NSString).deletingPathExtension
        let sources = files.files.keys.filter { self.owns($0) }.sorted()
        let mebibytes = String(max(16, memoryBytes >> 20))
        return command.flatMap { argument -> [String] in
            if argument == "{sources}" { return sources.isEmpty ? [files.main] : sources }
            return [
                argument.replacingOccurrences(of: "{main_class}", with: mainClass).replacingOccurrences(of: "{main}", with: files.main)
                    .replacingOccurrences(of: "{memory_mib}", with: mebibytes)
            ]
        }
    }

    var environmentForSandbox: [String] { SandboxCommand.defaultEnvironment + self.environment }
}

/// The files of one submission (a player's single source, or a package's folder
/// submission) and which of them is the entry point.
public struct SourceFiles: Sendable, Hashable {
    public var files: [String: [UInt8]]
    public var main: String

    public init(files: [String: [UInt8]], main: String) {
        self.files = files
        self.main = main
    }

    public var totalBytes: Int { self.files.values.reduce(0) { $0 + $1.count } }
}
