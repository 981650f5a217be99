import ArenaHTTP
import ArenaShared
import Foundation
import Hummingbird

/// `GET /api/blocks`, `PUT|DELETE /api/blocks/{username}`: the players the caller blocked.
struct BlockController: Sendable {
    let store: BlockStore

    func addRoutes(to router: RouterGroup<CoreRequestContext>) {
        router.get("api/blocks") { _, context -> Response in
            let identity = try context.requireIdentity()
            return jsonResponse(["items": try await self.store.blocked(by: identity.userID)])
        }
        router.put("api/blocks/{username}") { _, context -> Response in
            let identity = try context.requireIdentity()
            let name = try context.parameters.require("username")
            do {
                _ = try await self.store.block(identity.userID, username: name, now: Date())
            } catch let failure as BlockStore.Failure {
                throw Self.apiError(failure, name)
            }
            return jsonResponse(["blocked": name])
        }
        router.delete("api/blocks/{username}") { _, context -> Response in
            let identity = try context.requireIdentity()
            let name = try context.parameters.require("username")
            do {
                try await self.store.unblock(identity.userID, username: name)
            } catch let failure as BlockStore.Failure {
                throw Self.apiError(failure, name)
            }
            return jsonResponse(["unblocked": name])
        }
    }

    static func apiError(_ failure: BlockStore.Failure, _ name: String) -> APIError {
        switch failure {
        case .unknownUser: APIError.notFound("no user '\(name)'")
        case .yourself: APIError.badRequest("you cannot block yourself")
        }
    }
}
