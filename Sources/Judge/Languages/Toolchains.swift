import ArenaShared
import Foundation

/// Which languages this host can judge, with the version each toolchain reports. A
/// missing toolchain makes its language unavailable (a clear error to the player), never a crash.
public struct Toolchains: Sendable {
    public struct Entry: Sendable, Codable, Hashable {
        public var id: LanguageID
        public var name: String
        public var available: Bool
        /// The toolchain's own first line of `--version`, or why it is unavailable.
        public var version: String
    }

    public var entries: [Entry]

    public var available: [LanguageID] { self.entries.filter(\.available).map(\.id) }

    public func isAvailable(_ id: LanguageID) -> Bool { self.entries.contains { $0.id == id && $0.available } }

    public func version(of id: LanguageID) -> String { self.entries.first { $0.id == id }?.version ?? "unknown" }

    public init(entries: [Entry]) { self.entries = entries }

    /// Probed once per process: toolchains do not change while it runs.
    public static let shared = Task { await Toolchains.probe() }

    /// Checks each language's files and asks its toolchain for a version (in parallel).
    public static func probe(_ languages: [Language] = LanguageTable.all) async -> Toolchains {
        await withTaskGroup(of: (Int, Entry).self) { group in
            for (index, language) in languages.enumerated() {
                group.addTask {
                    let missing = language.requiredFiles.filter { !FileManager.default.isExecutableFile(atPath: $0) }
                    guard missing.isEmpty else {
                        return (index, Entry(id: language.id, name: language.name, available: false, version: "not installed (\(missing.joined(separator: ", ")) missing)"))
                    }
                    let version = await Self.firstLine(of: language.version) ?? "unknown version"
                    return (index, Entry(id: language.id, name: language.name, available: true, version: version))
                }
            }
            var entries: [(Int, Entry)] = []
            for await entry in group { entries.append(entry) }
            return Toolchains(entries: entries.sorted { $0.0 < $1.0 }.map(\.1))
        }
    }

    private static func firstLine(of command: [String]) async -> String? {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: command[0])
                process.arguments = Array(command.dropFirst())
                let pipe = Pipe()
                process.standardOutput = pipe
                process.standardError = pipe
                process.standardInput = FileHandle.nullDevice
                do {
                    try process.run()
                    let data = pipe.fileHandleForReading.readDataToEndOfFile()
                    process.waitUntilExit()
                    // JVM launchers print deprecation warnings before the version.
                    let line = String(decoding: data, as: UTF8.self).split(separator: "\n")
                        .first { !$0.lowercased().contains("warning") }.map(String.init)
                    continuation.resume(returning: line?.trimmingCharacters(in: .whitespaces))
                } catch {
                    continuation.resume(returning: nil)
                }
            }
        }
    }
}
