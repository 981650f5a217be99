import ArenaHTTP
import ArenaShared
import Foundation
import Hummingbird

/// `GET /api/notifications?limit=N` (newest first, with the unread count),
/// `POST /api/notifications/read {"upTo": id}`, and the player's preferences per kind
/// (`GET|PUT /api/notifications/preferences`).
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
        router.get("api/notifications/preferences") { _, context -> Response in
            let identity = try context.requireIdentity()
            return jsonResponse(try await self.store.preferences(userID: identity.userID))
        }
        // Only the kinds sent change; unknown kinds are refused with the list of known ones.
        router.put("api/notifications/preferences") { request, context -> Response in
            let identity = try context.requireIdentity()
            let input = try await request.decodeJSON(as: NotificationPreferences.self, limit: 4096)
            var changes: [NotificationKind: NotificationPreference] = [:]
            for (name, preference) in input.kinds {
                guard let kind = NotificationKind(rawValue: name) else {
                    throw APIError.badRequest(
                        "unknown notification kind '\(name)'; kinds are \(NotificationKind.allCases.map(\.rawValue).joined(separator: ", "))",
                        code: "unknown_kind")
                }
                changes[kind] = preference
            }
            try await self.store.setPreferences(userID: identity.userID, changes)
            return jsonResponse(try await self.store.preferences(userID: identity.userID))
        }
        router.post("api/notifications/read") { request, context -> Response in
            let identity = try context.requireIdentity()
            let read = try await request.decodeJSON(as: ReadRequest.self, limit: 1024)
            try await self.store.markRead(userID: identity.userID, upTo: read.upTo)
            return jsonResponse(["read": read.upTo])
        }
    }
}
