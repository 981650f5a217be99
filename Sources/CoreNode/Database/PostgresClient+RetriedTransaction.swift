import Logging
import PostgresNIO

extension PostgresClient {
    /// A transaction retried (up to 5 times) when PostgreSQL ends it for a deadlock or a
    /// serialization failure, for writers that lock rows in an order another writer does
    /// not share (an admin's decision against the plagiarism scanner). Other errors are
    /// thrown unwrapped from `PostgresTransactionError`, so callers can match their own types.
    func withRetriedTransaction(logger: Logger, what: String, _ body: (PostgresConnection) async throws -> Void) async throws {
        var attempt = 0
        while true {
            do {
                return try await self.withTransaction(logger: logger) { connection in try await body(connection) }
            } catch let error as PostgresTransactionError {
                let cause = error.closureError ?? error.commitError ?? error.beginError ?? error
                if let failure = cause as? PSQLError, attempt < 5, ["40001", "40P01"].contains(failure.serverInfo?[.sqlState]) {
                    attempt += 1
                    logger.notice("transaction retried after a lock conflict", metadata: ["what": "\(what)", "attempt": "\(attempt)"])
                    continue
                }
                throw cause
            }
        }
    }
}

extension PostgresClient {
    /// A transaction whose errors come out unwrapped from `PostgresTransactionError`, so
    /// that a store's own refusals (thrown inside it) reach its controller as themselves.
    func withUnwrappedTransaction<Value: Sendable>(logger: Logger, _ body: (PostgresConnection) async throws -> Value) async throws -> Value {
        do {
            return try await self.withTransaction(logger: logger) { connection in try await body(connection) }
        } catch let error as PostgresTransactionError {
            throw error.closureError ?? error.commitError ?? error.beginError ?? error
        }
    }
}
