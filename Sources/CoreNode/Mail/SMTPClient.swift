import ArenaShared
import Foundation
import NIOCore
import NIOPosix

/// Hands one message to an MTA over SMTP (RFC 5321): greeting, EHLO, MAIL, RCPT, DATA,
/// QUIT, each reply checked. The whole exchange has one deadline, so a silent server never
/// holds the mail sender. The MTA (the local exim, or the operator's relay on loopback) does
/// the rest: queueing, TLS to the recipient's server, retries.
struct SMTPClient: Sendable {
    var host: String
    var port: Int
    var heloName = "arena.localhost"
    var timeout: Duration = .seconds(15)

    /// Why a message was not accepted. `permanent` (a 5xx reply) means trying again will not help.
    struct Failure: Error, CustomStringConvertible, Equatable {
        var description: String
        var permanent: Bool
    }

    func send(_ mail: OutgoingMail, from: String, envelopeFrom: String, messageID: String, date: Date = Date()) async throws {
        let host = self.host
        let port = self.port
        let helo = self.heloName
        try await withDeadline(self.timeout, "SMTP delivery to \(host):\(port)") {
            let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(.seconds(5))
                .connect(host: host, port: port) { channel in
                    channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
                }
            try await channel.executeThenClose { inbound, outbound in
                var replies = ReplyReader(iterator: inbound.makeAsyncIterator())
                func command(_ line: String?, expect codes: Set<Int>) async throws {
                    if let line { try await outbound.write(ByteBuffer(string: line + "\r\n")) }
                    let (code, text) = try await replies.next()
                    guard codes.contains(code) else {
                        throw Failure(description: "\(line.map { String($0.prefix(20)) } ?? "greeting") answered \(code) \(text)", permanent: (500..<600).contains(code))
                    }
                }
                try await command(nil, expect: [220])
                try await command("EHLO \(helo)", expect: [250])
                try await command("MAIL FROM:<\(envelopeFrom)>", expect: [250])
                try await command("RCPT TO:<\(mail.to)>", expect: [250, 251])
                try await command("DATA", expect: [354])
                // The message ends with CRLF "." CRLF; `command` adds the last CRLF. (Counted in
                // bytes: "\r\n" is one Character to Swift.)
                let data = mail.data(from: from, messageID: messageID, date: date)
                try await command(String(decoding: data.utf8.dropLast(2), as: UTF8.self), expect: [250])
                try? await command("QUIT", expect: [221])
            }
        }
    }

    /// Reads replies (`250-first`, `250 last`) from the byte stream.
    struct ReplyReader {
        var iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
        var pending = ""

        mutating func line() async throws -> String {
            while true {
                if let end = self.pending.range(of: "\r\n") {
                    let line = String(self.pending[..<end.lowerBound])
                    self.pending.removeSubrange(..<end.upperBound)
                    return line
                }
                guard self.pending.utf8.count < 64 * 1024, let buffer = try await self.iterator.next() else {
                    throw Failure(description: "the mail server closed the connection mid-reply", permanent: false)
                }
                self.pending += String(buffer: buffer)
            }
        }

        mutating func next() async throws -> (Int, String) {
            var text: [String] = []
            while true {
                let line = try await self.line()
                guard line.count >= 3, let code = Int(line.prefix(3)) else {
                    throw Failure(description: "the mail server sent a malformed reply: \(line.prefix(80))", permanent: false)
                }
                text.append(String(line.dropFirst(4)))
                if line.count == 3 || line[line.index(line.startIndex, offsetBy: 3)] == " " { return (code, text.joined(separator: " ")) }
            }
        }
    }
}
