import Foundation

/// What a notification is about. Each kind has a default preference a player may change
/// (`GET|PUT /api/notifications/preferences`): in the list and live, and by email.
public enum NotificationKind: String, Codable, Sendable, CaseIterable {
    /// A challenge invitation or an answer to one (the invitation bar shows it live on its own).
    case challenge
    /// A reply to the player's discussion thread.
    case reply
    /// An invitation to join a clan.
    case clanInvite = "clan-invite"
    /// Someone joined a clan the player leads or is an officer of.
    case clanJoin = "clan-join"
    /// A badge earned.
    case badge

    public var defaultPreference: NotificationPreference { NotificationPreference(inApp: true, email: false) }

    /// Challenges have their own live frames (`challenge:invited`), so no `notification` frame.
    var pushedLive: Bool { self != .challenge }
}

public struct NotificationPreference: Codable, Sendable, Hashable {
    public var inApp: Bool
    public var email: Bool
    public init(inApp: Bool, email: Bool) {
        self.inApp = inApp
        self.email = email
    }
}

/// `GET|PUT /api/notifications/preferences`: every kind with its setting.
public struct NotificationPreferences: Codable, Sendable, Hashable {
    public var kinds: [String: NotificationPreference]
    public init(kinds: [String: NotificationPreference]) { self.kinds = kinds }
}

/// The body of a `clan-invite` or `clan-join` notification.
public struct ClanNotice: Codable, Sendable, Hashable {
    public var clan: String
    public var from: String
}

/// The body of a `badge` notification.
public struct BadgeNotice: Codable, Sendable, Hashable {
    public var badge: String
}
