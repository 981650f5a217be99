import Crypto
import Foundation
import Synchronization

/// Compiled programs by source hash (language, toolchain version and every source byte),
/// so a resubmitted or re-judged source compiles once. Compile errors are cached too.
/// Entries are written to a temporary folder and renamed into place: a crash never
/// leaves a half-written entry behind. The cache is bounded: entries unused for
/// `maximumAge` go, and past `maximumBytes` the least recently used go first (a hit
/// refreshes an entry's time), so sources that differ by a comment cannot fill the disk.
public struct CompileCache: Sendable {
    public let directory: String
    public let maximumBytes: Int64
    public let maximumAge: Duration
    private let accounting = Accounting()

    public init(directory: String, maximumBytes: Int64 = 1 << 30, maximumAge: Duration = .seconds(7 * 24 * 3600)) {
        self.directory = directory
        self.maximumBytes = maximumBytes
        self.maximumAge = maximumAge
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

    /// The bytes held, as of the last store or eviction (scanned on first use).
    public var bytes: Int64 {
        if let known = self.accounting.state.withLock({ $0.bytes }) { return known }
        let scanned = self.entries().reduce(0) { $0 + $1.bytes }
        self.accounting.state.withLock { $0.bytes = scanned }
        return scanned
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
        let found: Entry?
        if let message = manager.contents(atPath: "\(entry)/compile-error.txt") {
            found = .failed(message: String(decoding: message, as: UTF8.self))
        } else if manager.fileExists(atPath: "\(entry)/files") {
            found = .compiled(files: Self.collect(root: "\(entry)/files"))
        } else {
            found = nil
        }
        // Used now: the last to be evicted.
        if found != nil { utimes(entry, nil) }
        return found
    }

    public func store(_ key: String, _ entry: Entry) {
        let manager = FileManager.default
        let staging = "\(self.directory)/.staging-\(UUID().uuidString)"
        var size: Int64 = 0
        do {
            try manager.createDirectory(atPath: "\(staging)/files", withIntermediateDirectories: true)
            switch entry {
            case .failed(let message):
                try Data(message.utf8).write(to: URL(fileURLWithPath: "\(staging)/compile-error.txt"))
                size = Int64(message.utf8.count)
            case .compiled(let files):
                for file in files {
                    let path = "\(staging)/files/\(file.path)"
                    try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                    try file.contents.write(to: URL(fileURLWithPath: path))
                    chmod(path, file.executable ? 0o755 : 0o644)
                    size += Int64(file.contents.count)
                }
            }
            // Another worker may have stored the same key meanwhile: either copy is right.
            if rename(staging, "\(self.directory)/\(key)") != 0 {
                try? manager.removeItem(atPath: staging)
                return
            }
        } catch {
            try? manager.removeItem(atPath: staging)
            return
        }
        let total = self.bytes + size
        let rescan = self.accounting.state.withLock { state -> Bool in
            state.bytes = total
            state.storesSinceScan += 1
            return total > self.maximumBytes || state.storesSinceScan >= 256
        }
        if rescan { self.evict() }
    }

    /// Removes entries past `maximumAge`, then the least recently used ones until the
    /// cache holds at most 90 % of `maximumBytes`. Returns the bytes it removed.
    @discardableResult
    public func evict(now: Date = Date()) -> Int64 {
        var entries = self.entries().sorted { $0.used < $1.used }
        var total = entries.reduce(0) { $0 + $1.bytes }
        var removed: Int64 = 0
        let oldest = now.addingTimeInterval(-Double(self.maximumAge.components.seconds))
        while let first = entries.first, first.used < oldest || total > self.maximumBytes * 9 / 10 {
            entries.removeFirst()
            // Renamed aside first: a concurrent lookup never sees half an entry.
            let doomed = "\(self.directory)/.evicting-\(UUID().uuidString)"
            if rename(first.path, doomed) == 0 { try? FileManager.default.removeItem(atPath: doomed) }
            total -= first.bytes
            removed += first.bytes
        }
        self.accounting.state.withLock {
            $0.bytes = total
            $0.storesSinceScan = 0
        }
        return removed
    }

    private struct Stored {
        var path: String
        var bytes: Int64
        var used: Date
    }

    /// Every finished entry (not staging folders) with its size and last use.
    private func entries() -> [Stored] {
        let manager = FileManager.default
        let names = (try? manager.contentsOfDirectory(atPath: self.directory)) ?? []
        return names.filter { !$0.hasPrefix(".") }.compactMap { name in
            let path = "\(self.directory)/\(name)"
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
            var bytes: Int64 = 0
            if let walker = manager.enumerator(atPath: path) {
                while let relative = walker.nextObject() as? String {
                    var file = stat()
                    if lstat("\(path)/\(relative)", &file) == 0, (file.st_mode & S_IFMT) == S_IFREG { bytes += Int64(file.st_size) }
                }
            }
            let used = Date(timeIntervalSince1970: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9)
            return Stored(path: path, bytes: bytes, used: used)
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

/// The cache's running size, shared by every copy of the cache value.
private final class Accounting: Sendable {
    struct State {
        var bytes: Int64?
        var storesSinceScan = 0
    }
    let state = Mutex(State())
}
