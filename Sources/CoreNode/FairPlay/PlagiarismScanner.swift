import Foundation
import Logging
import Prometheus
import ServiceLifecycle

/// Fingerprints every accepted submission shortly after the core stores it and opens a
/// case for each suspicious pair (PlagiarismStore.scanBatch). Runs on every core; batches
/// are claimed with SKIP LOCKED, so cores share the work without doing it twice.
struct PlagiarismScanner: Service {
    let store: PlagiarismStore
    let interval: Duration
    let metrics: CoreMetrics
    let logger: Logger
    var schema: SchemaGate?
    static let batchSize = 100

    func run() async throws {
        // The core migrates its schema as it starts: scan once it is there.
        await cancelWhenGracefulShutdown { await self.schema?.ready() }
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            try? await Task.sleep(for: self.interval)
            do {
                // Drain what is waiting, then sleep.
                while true {
                    let (scanned, opened) = try await self.store.scanBatch(limit: Self.batchSize)
                    self.metrics.submissionsFingerprinted.increment(by: Int64(scanned))
                    self.metrics.plagiarismCasesOpened.increment(by: Int64(opened))
                    if opened > 0 { self.logger.notice("plagiarism cases opened", metadata: ["cases": "\(opened)"]) }
                    if scanned < Self.batchSize || Task.isShuttingDownGracefully { break }
                }
            } catch {
                self.logger.warning("plagiarism scan failed; retried next round", metadata: ["error": "\(String(reflecting: error))"])
            }
        }
    }
}
