import Foundation

/// A clan member's role. Leaders manage everything; officers invite and kick members.
public enum ClanRole: String, Codable, Sendable, CaseIterable {
    case leader
    case officer
    case member
}

/// `POST /api/clans`.
public struct CreateClanRequest: Codable, Sendable {
    public var name: String
    public var tag: String
    /// Open clans can be joined by anyone; closed ones need an invite. Default true.
    public var open: Bool?
    public init(name: String, tag: String, open: Bool? = nil) {
        self.name = name
        self.tag = tag
        self.open = open
    }
}

/// `POST /api/clans/{tag}/invites`.
public struct ClanInviteRequest: Codable, Sendable {
    public var username: String
    public init(username: String) { self.username = username }
}

/// `POST /api/clans/{tag}/members/{username}/role`.
public struct ClanRoleRequest: Codable, Sendable {
    public var role: String
    public init(role: String) { self.role = role }
}

/// One member as listed in a clan.
public struct ClanMember: Codable, Sendable, Hashable {
    public var userID: Int64
    public var username: String
    public var role: ClanRole
    /// The member's best rating over all modes; 1500 when unrated.
    public var rating: Int
    public var xp: Int64
    public var joinedAt: Date
}

/// `GET /api/clans/{tag}` and the answer to every clan change.
public struct ClanDetail: Codable, Sendable, Hashable {
    public var tag: String
    public var name: String
    public var open: Bool
    /// Mean of the members' best ratings, computed at read time (see docs/social.md).
    public var rating: Int
    public var createdAt: Date
    /// Leader first, then officers, then members; each group by seniority.
    public var members: [ClanMember]
}

/// The answer to an invite.
public struct ClanInvite: Codable, Sendable, Hashable {
    public var clan: String
    public var username: String
    public var invitedBy: String
    public var createdAt: Date
}

/// The answer to leaving a clan.
public struct ClanLeaveResult: Codable, Sendable, Hashable {
    public var clan: String
    /// The last member left, so the clan no longer exists.
    public var clanDeleted: Bool
    /// Who leads now, when the leader left a clan that still has members.
    public var newLeader: String?
}
