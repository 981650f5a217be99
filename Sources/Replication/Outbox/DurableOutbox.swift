import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Writes an edge has acknowledged but the core has not confirmed yet, kept on disk so
/// that neither a core outage nor an edge restart loses them. Each entry is one file,
/// written to a temp name, fsync'ed, renamed into place and the directory fsync'ed:
/// once ``append(_:)`` returns, the entry survives a crash.
public final class DurableOutbox: Sendable {
    public let directory: URL
    private let deadLetters: URL
    /// Serializes directory scans against appends/removals within this process.
    private let lock = Mutex<Void>(())

    public init(directory: String) throws(OutboxError) {
        self.directory = URL(fileURLWithPath: directory, isDirectory: true)
        self.deadLetters = self.directory.appendingPathComponent("dead", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: self.deadLetters, withIntermediateDirectories: true)
        } catch {
            throw OutboxError(message: "cannot create outbox directory \(directory): \(error)")
        }
        // Leftovers of a crash between write and rename are incomplete by definition.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] where name.hasSuffix(".tmp") {
            try? FileManager.default.removeItem(at: self.directory.appendingPathComponent(name))
        }
    }

    /// Persists the entry durably. An entry whose id is already pending is not written
    /// again: the id is the idempotency key, so it is the same write (first one wins).
    public func append(_ entry: OutboxEntry) throws(OutboxError) {
        let data: Data
        do {
            data = try JSONEncoder().encode(entry)
        } catch {
            throw OutboxError(message: "cannot encode outbox entry: \(error)")
        }
        try self.lock.withLock { _ throws(OutboxError) in
            let suffix = "-\(Self.safeID(entry.id)).json"
            let existing = (try? FileManager.default.contentsOfDirectory(atPath: self.directory.path)) ?? []
            if existing.contains(where: { $0.hasSuffix(suffix) }) { return }
            let final = self.directory.appendingPathComponent(Self.fileName(for: entry))
            let temporary = self.directory.appendingPathComponent(Self.fileName(for: entry) + ".tmp")
            try Self.writeSynced(data, to: temporary.path)
            guard rename(temporary.path, final.path) == 0 else {
                throw OutboxError(message: "cannot move outbox entry into place: errno \(errno)")
            }
            try Self.syncDirectory(self.directory.path)
        }
    }

    /// Pending entries, oldest first.
    public func pending(limit: Int = .max) -> [OutboxEntry] {
        self.lock.withLock { _ in
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: self.directory.path)) ?? [])
                .filter { $0.hasSuffix(".json") }
                .sorted()
                .prefix(limit)
            return names.compactMap { name in
                guard let data = FileManager.default.contents(atPath: self.directory.appendingPathComponent(name).path) else { return nil }
                return try? JSONDecoder().decode(OutboxEntry.self, from: data)
            }
        }
    }

    public var depth: Int {
        self.lock.withLock { _ in
            ((try? FileManager.default.contentsOfDirectory(atPath: self.directory.path)) ?? []).filter { $0.hasSuffix(".json") }.count
        }
    }

    /// The core confirmed the entry: forget it.
    public func remove(_ entry: OutboxEntry) {
        self.lock.withLock { _ in
            try? FileManager.default.removeItem(at: self.directory.appendingPathComponent(Self.fileName(for: entry)))
            try? Self.syncDirectory(self.directory.path)
        }
    }

    /// The core refused the entry for good (it can never apply): keep it aside for an
    /// operator instead of retrying forever or dropping it silently.
    public func moveToDeadLetters(_ entry: OutboxEntry, reason: String) {
        self.lock.withLock { _ in
            var dead = entry
            dead.lastError = reason
            if let data = try? JSONEncoder().encode(dead) {
                try? Self.writeSynced(data, to: self.deadLetters.appendingPathComponent(Self.fileName(for: entry)).path)
            }
            try? FileManager.default.removeItem(at: self.directory.appendingPathComponent(Self.fileName(for: entry)))
        }
    }

    public var deadLetterCount: Int {
        ((try? FileManager.default.contentsOfDirectory(atPath: self.deadLetters.path)) ?? []).filter { $0.hasSuffix(".json") }.count
    }

    static func fileName(for entry: OutboxEntry) -> String {
        // Sortable by creation time; the id keeps names unique and stable.
        let millis = String(format: "%015lld", Int64(entry.createdAt.timeIntervalSince1970 * 1000))
        return "\(millis)-\(Self.safeID(entry.id)).json"
    }

    /// The id as a file-name fragment; different ids never map to the same fragment
    /// because anything outside [A-Za-z0-9-] is hex-escaped.
    static func safeID(_ id: String) -> String {
        var result = ""
        for byte in id.utf8 {
            let scalar = Unicode.Scalar(byte)
            if (scalar.properties.isAlphabetic && byte < 128) || (byte >= 48 && byte <= 57) || byte == 45 {
                result.unicodeScalars.append(scalar)
            } else {
                result += "_" + String(byte, radix: 16, uppercase: false).leftPadded(to: 2)
            }
        }
        return result
    }

    static func writeSynced(_ data: Data, to path: String) throws(OutboxError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { throw OutboxError(message: "cannot open \(path): errno \(errno)") }
        defer { close(fd) }
        let written = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == data.count else { throw OutboxError(message: "short write to \(path)") }
        guard fsync(fd) == 0 else { throw OutboxError(message: "fsync of \(path) failed: errno \(errno)") }
    }

    static func syncDirectory(_ path: String) throws(OutboxError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY)
        guard fd >= 0 else { throw OutboxError(message: "cannot open directory \(path)") }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw OutboxError(message: "fsync of directory \(path) failed: errno \(errno)") }
    }
}

/// A forwarded write waiting for the core: its kind (which endpoint), its idempotency
/// key and its JSON body.
public struct OutboxEntry: Codable, Sendable, Hashable {
    public var id: String
    public var kind: String
    public var payload: Data
    public var createdAt: Date
    public var attempts: Int
    public var lastError: String?

    public init(id: String, kind: String, payload: Data, createdAt: Date = Date()) {
        self.id = id
        self.kind = kind
        self.payload = payload
        self.createdAt = createdAt
        self.attempts = 0
        self.lastError = nil
    }
}

public struct OutboxError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { "outbox: \(self.message)" }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - self.count)) + self
    }
}
