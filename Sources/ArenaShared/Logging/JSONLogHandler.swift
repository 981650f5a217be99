import Foundation
import Logging
import Synchronization

/// One JSON object per line on stderr (`ts`, `level`, `label`, `msg`, metadata as
/// fields), for log shippers; `arena core|edge --log-format json` selects it.
public struct JSONLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info
    let label: String
    let write: @Sendable (Data) -> Void
    private static let standardError = Mutex(FileHandle.standardError)

    /// Writes one line to stderr; lines of concurrent loggers never interleave.
    public static let writeToStandardError: @Sendable (Data) -> Void = { line in standardError.withLock { $0.write(line) } }

    /// `write` receives each line (default: stderr).
    public init(label: String, write: @escaping @Sendable (Data) -> Void = JSONLogHandler.writeToStandardError) {
        self.label = label
        self.write = write
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { self.metadata[key] }
        set { self.metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields: [String: String] = [:]
        for (key, value) in self.metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) { fields[key] = "\(value)" }
        fields["ts"] = Date().formatted(.iso8601)
        fields["level"] = event.level.rawValue
        fields["label"] = self.label
        fields["msg"] = "\(event.message)"
        if !event.source.isEmpty { fields["source"] = event.source }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard var line = try? encoder.encode(fields) else { return }
        line.append(UInt8(ascii: "\n"))
        self.write(line)
    }
}
