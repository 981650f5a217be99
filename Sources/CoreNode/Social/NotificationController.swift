import ArenaHTTP
import ArenaShared
import Foundation
import Hummingbird

/// `GET /api/notifications?limit=N` (newest first, with the unread count) and
/// `POST /api/notifications/read {"upTo": id}`.
struct NotificationController: Sendable {
    let store: NotificationStore

    struct ReadRequest: Decodable {
        var upTo: Int64
    }

    func addRoutes(to router: RouterGroup<CoreRequestContext>) {
        router.get("api/notifications") { request, context -> Response in
            let identity = try context.requireIdentity()
            let limit = request.uri.queryParameters.get("limit").flatMap { Int($0) } ?? 30
            guard (1...100).contains(limit) else { throw APIError.badRequest("limit is 1...100") }
            return jsonResponse(try await self.store.list(userID: identity.userID, limit: limit))
        }
        router.post("api/notifications/read") { request, context -> Response in
            let identity = try context.requireIdentity()
            let read = try await request.decodeJSON(as: ReadRequest.self, limit: 1024)
            try await self.store.markRead(userID: identity.userID, upTo: read.upTo)
            return jsonResponse(["read": read.upTo])
        }
    }
}
