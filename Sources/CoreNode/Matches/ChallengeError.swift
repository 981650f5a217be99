import ArenaHTTP
import HTTPTypes

/// Why a challenge cannot be made or answered; each refusal changes nothing.
enum ChallengeError: Error, CustomStringConvertible {
    case unknown
    case blocked(String)
    case tooManyOpen(limit: Int)
    case ratedCapReached(String, String, limit: Int)
    case expired
    case closed(String)
    case notInvited

    var description: String {
        switch self {
        case .unknown: "no such challenge"
        case .blocked(let name): "\(name) does not take challenges from you"
        case .tooManyOpen(let limit): "you already have \(limit) unanswered challenges; wait for answers or cancel one"
        case .ratedCapReached(let first, let second, let limit):
            "\(first) and \(second) have played \(limit) rated challenges in the last 24 hours; make this one unrated"
        case .expired: "the challenge expired before everyone accepted; send a new one"
        case .closed(let status): "the challenge is \(status)"
        case .notInvited: "you are not a player of this challenge"
        }
    }

    var apiError: APIError {
        switch self {
        case .unknown, .notInvited: APIError.notFound("no such challenge")
        case .blocked: APIError.forbidden(self.description)
        case .tooManyOpen: APIError.conflict(self.description, code: "too_many_challenges")
        case .ratedCapReached: APIError.conflict(self.description, code: "rated_cap")
        case .expired: APIError(.gone, code: "challenge_expired", message: self.description)
        case .closed: APIError.conflict(self.description, code: "challenge_closed")
        }
    }
}
