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
    /// File names of pending entries by entry id (the disk is the truth; this index,
    /// rebuilt at start, spares a directory scan per append).
    private let index: Mutex<[String: String]>

    public init(directory: String) throws(OutboxError) {
        self.directory = URL(fileURLWithPath: directory, isDirectory: true)
        self.deadLetters = self.directory.appendingPathComponent("dead", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: self.deadLetters, withIntermediateDirectories: true)
        } catch {
            throw OutboxError(message: "cannot create outbox directory \(directory): \(error)")
        }
        var index: [String: String] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] {
            if name.hasSuffix(".tmp") {
                // Leftovers of a crash between write and rename are incomplete by definition.
                try? FileManager.default.removeItem(at: self.directory.appendingPathComponent(name))
            } else if name.hasSuffix(".json"), let data = FileManager.default.contents(atPath: "\(directory)/\(name)"),
                let entry = try? JSONDecoder().decode(OutboxEntry.self, from: data)
            {
                index[entry.id] = name
            }
        }
        self.index = Mutex(index)
    }

    /// Persists the entry durably. An entry whose id is already pending is not written
    /// again: the id is the idempotency key, so it is the same write (first one wins).
    public func append(_ entry: OutboxEntry) throws(OutboxError) {
        let data = try Self.encode(entry)
        try self.index.withLock { index throws(OutboxError) in
            if index[entry.id] != nil { return }
            let name = Self.fileName(for: entry)
            try Self.replaceDurably(self.directory, name: name, with: data)
            index[entry.id] = name
        }
    }

    /// Pending entries, oldest first; ids in `excluding` are skipped before any file is read.
    public func pending(limit: Int = .max, excluding: Set<String> = []) -> [OutboxEntry] {
        let names = self.index.withLock { index in index.filter { !excluding.contains($0.key) }.map(\.value) }.sorted().prefix(limit)
        return names.compactMap { name in
            guard let data = FileManager.default.contents(atPath: self.directory.appendingPathComponent(name).path) else { return nil }
            return try? JSONDecoder().decode(OutboxEntry.self, from: data)
        }
    }

    public var depth: Int { self.index.withLock { $0.count } }

    /// The core confirmed the entry: forget it.
    public func remove(_ entry: OutboxEntry) {
        self.index.withLock { index in
            guard let name = index.removeValue(forKey: entry.id) else { return }
            try? FileManager.default.removeItem(at: self.directory.appendingPathComponent(name))
            try? Self.syncDirectory(self.directory.path)
        }
    }

    /// Records a failed delivery of this entry (kept in place, attempts counted).
    @discardableResult
    public func recordFailure(_ entry: OutboxEntry, reason: String) -> OutboxEntry {
        var updated = entry
        updated.attempts += 1
        updated.lastError = reason
        self.index.withLock { index in
            guard let name = index[entry.id], let data = try? Self.encode(updated) else { return }
            try? Self.replaceDurably(self.directory, name: name, with: data)
        }
        return updated
    }

    /// The entry can never be applied: keep it aside for an operator instead of
    /// retrying forever or dropping it silently. The dead-letter copy is durable before
    /// the pending file goes away.
    public func moveToDeadLetters(_ entry: OutboxEntry, reason: String) {
        var dead = entry
        dead.lastError = reason
        self.index.withLock { index in
            guard let name = index[entry.id], let data = try? Self.encode(dead) else { return }
            do {
                try Self.replaceDurably(self.deadLetters, name: name, with: data)
            } catch {
                return  // keep it pending rather than lose it
            }
            index.removeValue(forKey: entry.id)
            try? FileManager.default.removeItem(at: self.directory.appendingPathComponent(name))
            try? Self.syncDirectory(self.directory.path)
        }
    }

    public var deadLetterCount: Int {
        ((try? FileManager.default.contentsOfDirectory(atPath: self.deadLetters.path)) ?? []).filter { $0.hasSuffix(".json") }.count
    }

    static func encode(_ entry: OutboxEntry) throws(OutboxError) -> Data {
        do {
            return try JSONEncoder().encode(entry)
        } catch {
            throw OutboxError(message: "cannot encode outbox entry: \(error)")
        }
    }

    static func fileName(for entry: OutboxEntry) -> String {
        // Sortable by creation time; the id keeps names unique.
        let millis = String(format: "%015lld", Int64(entry.createdAt.timeIntervalSince1970 * 1000))
        return "\(millis)-\(UUID().uuidString).json"
    }

    /// Write to a temp file, fsync, rename over `name`, fsync the directory.
    static func replaceDurably(_ directory: URL, name: String, with data: Data) throws(OutboxError) {
        let final = directory.appendingPathComponent(name)
        let temporary = directory.appendingPathComponent(name + ".tmp")
        try Self.writeSynced(data, to: temporary.path)
        guard rename(temporary.path, final.path) == 0 else {
            throw OutboxError(message: "cannot move outbox entry into place: errno \(errno)")
        }
        try Self.syncDirectory(directory.path)
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
