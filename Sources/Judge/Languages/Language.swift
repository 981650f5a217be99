import ArenaShared
import Foundation

/// How one language is compiled and run inside the sandbox. Commands are argv arrays with
/// absolute paths (the container has no shell search path to trust); `{memory_mib}` in a
/// run command becomes the memory limit, for runtimes that size their own heap.
public struct Language: Sendable, Identifiable {
    public var id: LanguageID
    public var name: String
    public var sourceFile: String
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
    /// A starting point for the editor.
    public var template: String

    public init(
        id: LanguageID, name: String, sourceFile: String, compile: [String]?, run: [String], version: [String],
        requiredFiles: [String], environment: [String] = [], compileLimits: SandboxLimits = Language.defaultCompileLimits,
        managesOwnHeap: Bool = false, runtimeOverheadBytes: UInt64 = 0, processes: Int = 64, template: String
    ) {
        self.id = id
        self.name = name
        self.sourceFile = sourceFile
        self.compile = compile
        self.run = run
        self.version = version
        self.requiredFiles = requiredFiles
        self.environment = environment
        self.compileLimits = compileLimits
        self.managesOwnHeap = managesOwnHeap
        self.runtimeOverheadBytes = runtimeOverheadBytes
        self.processes = processes
        self.template = template
    }

    public static let defaultCompileLimits = SandboxLimits(
        cpuMilliseconds: 20_000, wallMilliseconds: 40_000, memoryBytes: 1536 << 20, outputBytes: 64 << 20, processes: 128,
        openFiles: 256)

    /// The run command for a memory limit.
    func runArguments(memoryBytes: UInt64) -> [String] {
        let mebibytes = String(max(16, memoryBytes >> 20))
        return self.run.map { $0.replacingOccurrences(of: "{memory_mib}", with: mebibytes) }
    }

    var environmentForSandbox: [String] { SandboxCommand.defaultEnvironment + self.environment }
}
