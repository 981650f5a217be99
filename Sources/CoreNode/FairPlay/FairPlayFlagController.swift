import ArenaHTTP
import ArenaShared
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import PostgresNIO

/// The admin review queue's flags: `GET /api/admin/flags?status=open|confirmed|dismissed`
/// and `POST /api/admin/flags/{id} {"decision": "confirm"|"dismiss", "note"}`.
struct FairPlayFlagController: Sendable {
    let primary: PostgresClient
    let logger: Logger

    func addRoutes(to router: RouterGroup<CoreRequestContext>) {
        router.get("api/admin/flags") { request, context -> Response in
            _ = try context.requireAdmin()
            let (status, limit) = try PlagiarismController.queueQuery(request)
            return jsonResponse(["items": try await FairPlayFlags.list(status: status, limit: limit, on: self.primary, logger: self.logger)])
        }
        router.post("api/admin/flags/{id}") { request, context -> Response in
            let admin = try context.requireAdmin()
            guard let id = Int64(try context.parameters.require("id")) else { throw APIError.notFound("no such flag") }
            let decision = try await request.decodeJSON(as: PlagiarismController.DecisionRequest.self, limit: 8 * 1024)
            if let note = decision.note, note.count > 2000 { throw APIError.badRequest("a note is at most 2000 characters") }
            do {
                try await FairPlayFlags.decide(
                    id: id, decision.decision, reviewer: admin.userID, note: decision.note, now: Date(), on: self.primary, logger: self.logger)
            } catch let error as ReviewError {
                switch error {
                case .unknown: throw APIError.notFound("no such flag")
                case .alreadyDecided: throw APIError.conflict("the flag is already decided", code: "already_decided")
                }
            }
            guard let flag = try await FairPlayFlags.list(status: nil, id: id, limit: 1, on: self.primary, logger: self.logger).first else {
                throw APIError.notFound("no such flag")
            }
            return jsonResponse(flag)
        }
    }
}
