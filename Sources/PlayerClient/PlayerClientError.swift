import Foundation

/// What the player CLI reports when it cannot go on: each message says what to do next.
public enum PlayerClientError: Error, CustomStringConvertible, Sendable, Equatable {
    case notSignedIn
    case sessionExpired
    case server(status: Int, code: String, message: String)
    case unreachable(server: String, reason: String)
    case invalidServerURL(String)
    case unknownLanguage(file: String)
    case unreadableFile(String)
    case socketClosed(String)
    case timedOut(String)
    case credentialsUnreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .notSignedIn: "not signed in: run `arena login` first"
        case .sessionExpired: "your session expired or was revoked: run `arena login` again"
        case .server(let status, let code, let message): "the server refused (\(status) \(code)): \(message)"
        case .unreachable(let server, let reason): "cannot reach \(server): \(reason) (is it running? `arena up` starts one locally)"
        case .invalidServerURL(let url): "'\(url)' is not an http(s) URL such as https://127.0.0.1:8443"
        case .unknownLanguage(let file): "cannot tell the language of \(file) from its extension; pass --lang (see `arena judge languages`)"
        case .unreadableFile(let path): "cannot read \(path)"
        case .socketClosed(let reason): "the live connection closed: \(reason)"
        case .timedOut(let what): "gave up waiting for \(what)"
        case .credentialsUnreadable(let path, let reason): "cannot read the saved sign-in at \(path): \(reason); run `arena login` again"
        }
    }
}
