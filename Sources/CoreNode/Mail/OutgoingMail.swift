import Foundation

/// One plain-text message to one recipient. Addresses are checked here so that nothing a
/// player typed can add a header or a recipient (no CR, LF, spaces or angle brackets).
struct OutgoingMail: Sendable, Equatable {
    var to: String
    var subject: String
    var body: String

    /// A practical subset of RFC 5321 addresses: ASCII, `local@domain`, at most 254 bytes,
    /// a dotted domain of letters, digits and hyphens.
    static func isValidAddress(_ address: String) -> Bool {
        guard address.utf8.count <= 254, address.allSatisfy({ $0.isASCII }) else { return false }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last, (1...64).contains(local.count), !domain.isEmpty else { return false }
        let localAllowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-")
        guard local.allSatisfy(localAllowed.contains), !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..") else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        return labels.allSatisfy { label in
            (1...63).contains(label.count) && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        }
    }

    /// The message as sent after DATA: headers, a blank line, the body with CRLF line ends
    /// and dot-stuffing, and the terminating `.` line.
    func data(from: String, messageID: String, date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        let subject = self.subject.allSatisfy({ $0.isASCII && !$0.isNewline }) ? self.subject : Self.encodedWord(self.subject)
        let headers = [
            "From: \(from)", "To: <\(self.to)>", "Subject: \(subject)", "Date: \(formatter.string(from: date))",
            "Message-ID: <\(messageID)>", "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit", "Auto-Submitted: auto-generated",
        ]
        let lines = self.body.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(".") ? "." + $0 : String($0) }
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + lines.joined(separator: "\r\n") + "\r\n.\r\n"
    }

    /// RFC 2047 for a subject with non-ASCII characters.
    static func encodedWord(_ text: String) -> String {
        "=?utf-8?B?\(Data(text.replacingOccurrences(of: "\n", with: " ").utf8).base64EncodedString())?="
    }
}
