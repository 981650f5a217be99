import ArenaShared

/// Where the core hands its mail and what the messages say about us. The MTA is on the
/// core's own host (loopback): it queues, signs and relays onward, so the core never holds
/// relay credentials and no mail crosses a network in clear from here (docs/operations.md, "Mail").
public struct MailConfiguration: Sendable, Hashable {
    /// nil: no mail server configured. Account mail is still queued (nothing is lost) and
    /// goes out once one is configured; `/ready` says mail is off.
    public var smtpPort: Int?
    public var smtpHost: String = "127.0.0.1"
    /// The `From:` header and the envelope sender.
    public var fromName: String = "CodeArena"
    public var fromAddress: String = "noreply@arena.localhost"
    /// The web app's public address, for the links in mail (`{linkBase}/#/reset?token=…`).
    public var linkBase: String = "http://127.0.0.1:8080"
    /// How often the sender looks for due mail, and how many tries before giving up.
    public var pollInterval: Duration = .seconds(1)
    public var maximumAttempts: Int = 10
    public var timeout: Duration = .seconds(15)

    public init(smtpPort: Int? = nil) { self.smtpPort = smtpPort }

    public func validate() throws(CoreConfigurationError) {
        guard Endpoint.isLoopback(self.smtpHost) else {
            throw CoreConfigurationError(
                "the mail server \(self.smtpHost) is not on loopback: the core hands mail to an MTA on its own host "
                    + "(exim or postfix relaying onward); configure that MTA's smarthost instead")
        }
        guard OutgoingMail.isValidAddress(self.fromAddress) else { throw CoreConfigurationError("mail from-address '\(self.fromAddress)' is not an email address") }
        guard self.linkBase.hasPrefix("https://") || self.linkBase.hasPrefix("http://") else {
            throw CoreConfigurationError("mail link base '\(self.linkBase)' must be the web app's http(s) address")
        }
    }

    var fromHeader: String { "\(self.fromName) <\(self.fromAddress)>" }
}
