import ArenaHTTP
import ArenaShared
import Foundation
import HTTPTypes
import Hummingbird

/// The admin review queue: `GET /api/admin/plagiarism?status=open|confirmed|dismissed`,
/// `GET /api/admin/plagiarism/{id}` (both programs and the matching regions), and
/// `POST /api/admin/plagiarism/{id} {"decision": "confirm"|"dismiss", "note"}`.
struct PlagiarismController: Sendable {
    let store: PlagiarismStore

    struct DecisionRequest: Decodable {
        var decision: PlagiarismStore.Decision
        var note: String?
    }

    /// `?status=open|confirmed|dismissed&limit=1…200` of a review-queue listing.
    static func queueQuery(_ request: Request) throws -> (status: String?, limit: Int) {
        let status: String? = request.uri.queryParameters.get("status").map { String($0) }
        guard status == nil || ["open", "confirmed", "dismissed"].contains(status!) else {
            throw APIError.badRequest("status is open, confirmed or dismissed")
        }
        let limit = request.uri.queryParameters.get("limit").flatMap { Int($0) } ?? 50
        guard (1...200).contains(limit) else { throw APIError.badRequest("limit is 1...200") }
        return (status, limit)
    }

    func addRoutes(to router: RouterGroup<CoreRequestContext>) {
        router.get("api/admin/plagiarism") { request, context -> Response in
            _ = try context.requireAdmin()
            let (status, limit) = try Self.queueQuery(request)
            return jsonResponse(["items": try await self.store.cases(status: status, limit: limit)])
        }
        router.get("api/admin/plagiarism/{id}") { _, context -> Response in
            _ = try context.requireAdmin()
            guard let id = Int64(try context.parameters.require("id")), let found = try await self.store.detail(id: id) else {
                throw APIError.notFound("no such case")
            }
            return jsonResponse(found)
        }
        router.post("api/admin/plagiarism/{id}") { request, context -> Response in
            let admin = try context.requireAdmin()
            guard let id = Int64(try context.parameters.require("id")) else { throw APIError.notFound("no such case") }
            let decision = try await request.decodeJSON(as: DecisionRequest.self, limit: 8 * 1024)
            if let note = decision.note, note.count > 2000 { throw APIError.badRequest("a note is at most 2000 characters") }
            do {
                try await self.store.decide(id: id, decision.decision, reviewer: admin.userID, note: decision.note, now: Date())
            } catch let error as ReviewError {
                switch error {
                case .unknown: throw APIError.notFound(error.description)
                case .alreadyDecided: throw APIError.conflict(error.description, code: "already_decided")
                }
            }
            guard let found = try await self.store.detail(id: id) else { throw APIError.notFound("no such case") }
            return jsonResponse(found)
        }
    }
}
