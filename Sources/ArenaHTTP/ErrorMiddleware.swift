import Hummingbird
import Logging

/// Turns every error into the JSON error shape: API errors as they are, Hummingbird's
/// own errors (404, 413 …) with a code, and anything else as an opaque 500 whose
/// details only go to the log.
public struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            throw error
        } catch let error as HTTPError {
            let code: String =
                switch error.status {
                case .notFound: "not_found"
                case .contentTooLarge: "payload_too_large"
                case .methodNotAllowed: "method_not_allowed"
                case .unauthorized: "unauthorized"
                default: "http_\(error.status.code)"
                }
            let message = error.body ?? (error.status == .notFound ? "no such route: \(request.method) \(request.uri.path)" : error.status.reasonPhrase)
            throw APIError(error.status, code: code, message: message, headers: error.headers)
        } catch let error as any HTTPResponseError {
            throw error
        } catch is CancellationError {
            throw APIError.unavailable("the server is shutting down; retry")
        } catch {
            context.logger.error("unhandled error", metadata: ["error": "\(String(reflecting: error))", "path": "\(request.uri.path)"])
            throw APIError.internalError
        }
    }
}
