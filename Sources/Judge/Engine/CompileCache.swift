import Crypto
import Foundation

/// Compiled programs by source hash (language, toolchain version and every source byte),
/// so a resubmitted or re-judged source compiles once. Compile errors are cached too.
/// Entries are written to a temporary folder and renamed into place: a crash never
/// leaves a half-written entry behind.
public struct CompileCache: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    public enum Entry: Sendable {
        case compiled(files: [BoxFile])
        case failed(message: String)
    }

    public struct BoxFile: Sendable {
        public var path: String
        public var contents: Data
        public var executable: Bool
    }

    public static func key(language: String, version: String, files: [(String, [UInt8])]) -> String {
        var hasher = SHA256()
        for part in [language, version] {
            hasher.update(data: Array(part.utf8))
            hasher.update(data: [0])
        }
        for (name, bytes) in files.sorted(by: { $0.0 < $1.0 }) {
            hasher.update(data: Array(name.utf8))
            hasher.update(data: [0])
            hasher.update(data: withUnsafeBytes(of: UInt64(bytes.count).littleEndian, Array.init))
            hasher.update(data: bytes)
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    public func lookup(_ key: String) -> Entry? {
        let entry = "\(self.directory)/\(key)"
        let manager = FileManager.default
        if let message = manager.contents(atPath: "\(entry)/compile-error.txt") {
            return .failed(message: String(decoding: message, as: UTF8.self))
        }
        guard manager.fileExists(atPath: "\(entry)/files") else { return nil }
        return .compiled(files: Self.collect(root: "\(entry)/files"))
    }

    public func store(_ key: String, _ entry: Entry) {
        let manager = FileManager.default
        let staging = "\(self.directory)/.staging-\(UUID().uuidString)"
        do {
            try manager.createDirectory(atPath: "\(staging)/files", withIntermediateDirectories: true)
            switch entry {
            case .failed(let message):
                try Data(message.utf8).write(to: URL(fileURLWithPath: "\(staging)/compile-error.txt"))
            case .compiled(let files):
                for file in files {
                    let path = "\(staging)/files/\(file.path)"
                    try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                    try file.contents.write(to: URL(fileURLWithPath: path))
                    chmod(path, file.executable ? 0o755 : 0o644)
                }
            }
            // Another worker may have stored the same key meanwhile: either copy is right.
            if rename(staging, "\(self.directory)/\(key)") != 0 { try? manager.removeItem(atPath: staging) }
        } catch {
            try? manager.removeItem(atPath: staging)
        }
    }

    /// Every regular file below `root`, with paths relative to it.
    static func collect(root: String) -> [BoxFile] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: root) else { return [] }
        var files: [BoxFile] = []
        while let relative = enumerator.nextObject() as? String {
            let path = "\(root)/\(relative)"
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, let data = manager.contents(atPath: path) else { continue }
            files.append(BoxFile(path: relative, contents: data, executable: info.st_mode & 0o111 != 0))
        }
        return files.sorted { $0.path < $1.path }
    }
}
