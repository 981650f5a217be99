import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The player's web app, served by every edge without a build step: plain HTML, CSS and
/// JavaScript modules from `Web/Assets` (shipped as the module's resources). `/` is the
/// app's shell with the region filled in; `/assets/…` are the files it loads. Files are
/// read from disk on each request so `ARENA_WEB_ROOT=Sources/EdgeNode/Web/Assets` serves
/// edits without a rebuild.
struct WebApp: Sendable {
    let root: URL
    let region: String

    /// Scripts and styles only from this origin (no inline code, no third-party assets);
    /// sockets to this origin; SVG charts and particles are drawn by the page.
    static let contentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' ws: wss:; "
        + "font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

    static let mediaTypes: [String: String] = [
        "html": "text/html; charset=utf-8", "js": "text/javascript; charset=utf-8", "css": "text/css; charset=utf-8",
        "svg": "image/svg+xml", "json": "application/json", "ico": "image/x-icon", "png": "image/png",
        "webmanifest": "application/manifest+json", "txt": "text/plain; charset=utf-8",
    ]

    /// `ARENA_WEB_ROOT` if set (live edits while developing), else the module's resources.
    static func defaultRoot() -> URL {
        if let path = ProcessInfo.processInfo.environment["ARENA_WEB_ROOT"], !path.isEmpty {
            return URL(fileURLWithPath: path, isDirectory: true)
        }
        return Bundle.module.resourceURL!.appendingPathComponent("Assets", isDirectory: true)
    }

    func addRoutes(to router: Router<EdgeRequestContext>) {
        router.get("/") { request, _ in try self.shell(request) }
        router.get("/assets/**") { request, context in
            try self.asset(context.parameters.getCatchAll().joined(separator: "/"), request: request)
        }
    }

    private func shell(_ request: Request) throws -> Response {
        guard let html = try? String(contentsOf: self.root.appendingPathComponent("index.html"), encoding: .utf8) else {
            throw HTTPError(.serviceUnavailable, message: "the web app's files are missing from \(self.root.path)")
        }
        let page = html.replacingOccurrences(of: "{{REGION}}", with: self.region)
        return Response(status: .ok, headers: Self.headers(contentType: Self.mediaTypes["html"]!), body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    private func asset(_ relativePath: String, request: Request) throws -> Response {
        // Only plain names below the root: no "..", no hidden files, a known type.
        let components = relativePath.split(separator: "/")
        let ext = relativePath.split(separator: ".").last.map { String($0).lowercased() } ?? ""
        guard !components.isEmpty, components.allSatisfy({ !$0.hasPrefix(".") }), let type = Self.mediaTypes[ext] else {
            throw HTTPError(.notFound)
        }
        let url = self.root.appendingPathComponent(relativePath)
        guard let data = FileManager.default.contents(atPath: url.path) else { throw HTTPError(.notFound) }
        // A weak validator from the content: a reload after an edge upgrade gets new files.
        var hasher = Hasher()
        hasher.combine(data)
        let etag = "W/\"\(data.count)-\(String(UInt(bitPattern: hasher.finalize()), radix: 36))\""
        var headers = Self.headers(contentType: type)
        headers[.eTag] = etag
        if request.headers[.ifNoneMatch] == etag {
            return Response(status: .notModified, headers: headers)
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    private static func headers(contentType: String) -> HTTPFields {
        [
            .contentType: contentType,
            .contentSecurityPolicy: Self.contentSecurityPolicy,
            .cacheControl: "no-cache",
            .xContentTypeOptions: "nosniff",
            HTTPField.Name("Referrer-Policy")!: "same-origin",
        ]
    }
}
