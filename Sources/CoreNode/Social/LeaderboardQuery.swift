import ArenaHTTP
import ArenaShared
import Hummingbird
import Matches

/// A validated `GET /api/leaderboards` request; also the cache key, so it holds only
/// the parameters that matter for its kind.
struct LeaderboardQuery: Sendable, Hashable {
    enum Kind: String, Sendable, CaseIterable {
        /// Players by XP.
        case global
        /// Players by rating in one mode.
        case mode
        /// Players by distinct problems accepted in one language.
        case language
        /// Clans by clan rating.
        case clans
        /// One clan's members by XP.
        case clan
    }

    static let modes = MatchMode.allCases.map(\.rawValue)

    var kind: Kind
    var mode: String?
    var language: String?
    var clan: String?
    var limit: Int

    var metric: String {
        switch self.kind {
        case .global, .clan: "xp"
        case .mode: "rating"
        case .language: "problems"
        case .clans: "clan_rating"
        }
    }

    init(kind: Kind, mode: String? = nil, language: String? = nil, clan: String? = nil, limit: Int = 50) {
        self.kind = kind
        self.mode = mode
        self.language = language
        self.clan = clan
        self.limit = limit
    }

    /// Parses the query string; every mistake is a 400 that says what to send instead.
    init(parameters: Parameters) throws {
        let kindText = parameters.get("kind") ?? "global"
        guard let kind = Kind(rawValue: kindText) else {
            throw APIError.badRequest(
                "kind must be one of \(Kind.allCases.map(\.rawValue).joined(separator: ", "))", code: "invalid_kind")
        }
        var limit = 50
        if let text = parameters.get("limit") {
            guard let value = Int(text), (1...100).contains(value) else {
                throw APIError.badRequest("limit must be an integer between 1 and 100", code: "invalid_limit")
            }
            limit = value
        }
        self.init(kind: kind, limit: limit)
        switch kind {
        case .global, .clans:
            break
        case .mode:
            guard let mode = parameters.get("mode"), Self.modes.contains(mode) else {
                throw APIError.badRequest("kind=mode needs mode=\(Self.modes.joined(separator: "|"))", code: "invalid_mode")
            }
            self.mode = mode
        case .language:
            guard let language = parameters.get("language"), LanguageID(rawValue: language) != nil else {
                throw APIError.badRequest(
                    "kind=language needs language=\(LanguageID.allCases.map(\.rawValue).joined(separator: "|"))", code: "invalid_language")
            }
            self.language = language
        case .clan:
            guard let tag = parameters.get("clan")?.uppercased(), ClanNaming.isValidTag(tag) else {
                throw APIError.badRequest("kind=clan needs clan=TAG (\(ClanNaming.tagRule))", code: "invalid_clan")
            }
            self.clan = tag
        }
    }
}

