import ArenaShared
import Foundation
import Logging
import PostgresNIO
import Prometheus
import ServiceLifecycle

/// A database error of a mail pass, with PostgreSQL's own message (the default description hides it).
struct MailPassError: Error, CustomStringConvertible {
    var description: String
}

/// Sends queued mail (`MailOutbox`) through the MTA, a few messages a pass. A refused
/// message (5xx) or one tried `maximumAttempts` times is given up and logged; anything else
/// (the MTA down, a timeout) is tried again with backoff.
struct MailSender: Service {
    let outbox: MailOutbox
    let configuration: MailConfiguration
    let metrics: CoreMetrics
    let logger: Logger
    var schema: SchemaGate?

    func run() async throws {
        guard self.configuration.smtpPort != nil else {
            self.logger.notice("no mail server configured (--smtp-port): account mail waits in the outbox")
            // A service that returns would end the whole group: idle until shutdown instead.
            try? await gracefulShutdown()
            return
        }
        await periodically(every: self.configuration.pollInterval, after: self.schema, logger: self.logger, failure: "mail pass failed; retried next round") {
            do {
                _ = try await self.pass()
            } catch let error as PSQLError {
                throw MailPassError(description: String(reflecting: error))
            }
        }
    }

    /// One pass; returns how many messages went out.
    func pass() async throws -> Int {
        guard let port = self.configuration.smtpPort else { return 0 }
        let client = SMTPClient(host: self.configuration.smtpHost, port: port, timeout: self.configuration.timeout)
        var sent = 0
        for pending in try await self.outbox.claimDue(limit: 20, lease: .seconds(120)) {
            do {
                try await client.send(
                    pending.mail, from: self.configuration.fromHeader, envelopeFrom: self.configuration.fromAddress,
                    messageID: "\(UUID().uuidString.lowercased())@\(self.configuration.fromAddress.split(separator: "@").last ?? "arena.localhost")")
                try await self.outbox.markSent(pending.id)
                self.metrics.mailSent.increment()
                sent += 1
            } catch {
                let permanent = (error as? SMTPClient.Failure)?.permanent == true
                let attempts = pending.attempts + 1
                let giveUp = permanent || attempts >= self.configuration.maximumAttempts
                let backoff = Duration.seconds(min(3600, 5 << min(attempts - 1, 10)))
                try await self.outbox.markFailed(pending.id, error: "\(error)", retryIn: giveUp ? nil : backoff)
                if giveUp { self.metrics.mailFailed.increment() }
                self.logger.warning(
                    giveUp ? "mail given up" : "mail not sent; tried again later",
                    metadata: ["mail_id": "\(pending.id)", "attempt": "\(attempts)", "error": "\(error)"])
                // The MTA is unreachable: the rest of this pass would fail the same way.
                if !permanent { break }
            }
        }
        return sent
    }
}
