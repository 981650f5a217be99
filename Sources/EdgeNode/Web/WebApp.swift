import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Crypto
import Synchronization

/// The player's web app, served by every edge without a build step: plain HTML, CSS and
/// JavaScript modules from `Web/Assets` (shipped as the module's resources). `/` is the
/// app's shell with the region filled in; `/assets/…` are the files it loads. Files are
/// read from disk on each request so `ARENA_WEB_ROOT=Sources/EdgeNode/Web/Assets` serves
/// edits without a rebuild.
struct WebApp: Sendable {
    let root: URL
    let region: String
    let vendor: VendorLibraries
    private let files = FileCache()

    init(root: URL, region: String, vendor: VendorLibraries = .debian) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
        self.region = region
        self.vendor = vendor
    }

    /// Scripts and styles only from this origin (no inline code, no third-party assets);
    /// sockets only to this origin (CSP3 `'self'` covers ws/wss); SVG charts and particles
    /// are drawn by the page.
    static let contentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

    static let mediaTypes: [String: String] = [
        "html": "text/html; charset=utf-8", "js": "text/javascript; charset=utf-8", "css": "text/css; charset=utf-8",
        "svg": "image/svg+xml", "json": "application/json", "ico": "image/x-icon", "png": "image/png",
        "webmanifest": "application/manifest+json", "txt": "text/plain; charset=utf-8",
        "woff2": "font/woff2", "woff": "font/woff", "ttf": "font/ttf",
    ]

    /// `ARENA_WEB_ROOT` if set (live edits while developing), else the files SwiftPM copied
    /// next to the executable (`CodeArena_EdgeNode.resources/Assets`). A binary moved
    /// without them answers `/` with a 503 that says where it looked.
    static func defaultRoot() -> URL {
        if let path = ProcessInfo.processInfo.environment["ARENA_WEB_ROOT"], !path.isEmpty {
            return URL(fileURLWithPath: path, isDirectory: true)
        }
        let beside = Bundle.main.executableURL?.deletingLastPathComponent()
            .appendingPathComponent("CodeArena_EdgeNode.resources/Assets", isDirectory: true)
        if let beside, FileManager.default.fileExists(atPath: beside.appendingPathComponent("index.html").path) {
            return beside
        }
        return Bundle.module.resourceURL?.appendingPathComponent("Assets", isDirectory: true)
            ?? URL(fileURLWithPath: "/nonexistent/arena-web-assets")
    }

    func addRoutes(to router: Router<EdgeRequestContext>) {
        router.get("/") { request, _ in try self.shell(request) }
        router.head("/") { request, _ in try self.shell(request).withoutBody() }
        router.get("/assets/**") { request, context in
            try self.asset(context.parameters.getCatchAll().joined(separator: "/"), request: request)
        }
        router.head("/assets/**") { request, context in
            try self.asset(context.parameters.getCatchAll().joined(separator: "/"), request: request).withoutBody()
        }
        router.get("/vendor/{library}/**") { request, context in
            try self.vendorFile(context.parameters.require("library"), context.parameters.getCatchAll().joined(separator: "/"), request: request)
        }
    }

    /// A file of a Debian-packaged browser library (`VendorLibraries`). Versioned by the
    /// package, so browsers may keep it a day without asking; the ETag answers after that.
    private func vendorFile(_ library: String, _ relativePath: String, request: Request) throws -> Response {
        guard let type = Self.mediaTypes[(relativePath as NSString).pathExtension.lowercased()],
            let url = self.vendor.file(library: library, relativePath: relativePath), let file = self.files.read(url)
        else {
            throw HTTPError(.notFound, message: "no such file in the browser library '\(library)' (is its Debian package installed? bash infra/install.sh)")
        }
        var headers = Self.headers(contentType: type)
        headers[.cacheControl] = "public, max-age=86400"
        headers[.eTag] = file.etag
        if request.headers[.ifNoneMatch] == file.etag {
            return Response(status: .notModified, headers: headers)
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: file.data)))
    }

    private func shell(_ request: Request) throws -> Response {
        guard let file = self.files.read(self.root.appendingPathComponent("index.html")) else {
            throw HTTPError(.serviceUnavailable, message: "the web app's files are missing from \(self.root.path)")
        }
        let page = String(decoding: file.data, as: UTF8.self).replacingOccurrences(of: "{{REGION}}", with: self.region)
        return Response(status: .ok, headers: Self.headers(contentType: Self.mediaTypes["html"]!), body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    private func asset(_ relativePath: String, request: Request) throws -> Response {
        // Only plain names below the root: no "..", no hidden files, a known type, and no
        // symlink that leads outside the folder.
        let components = relativePath.split(separator: "/")
        guard !components.isEmpty, components.allSatisfy({ !$0.hasPrefix(".") }),
            let type = Self.mediaTypes[(String(components.last!) as NSString).pathExtension.lowercased()]
        else {
            throw HTTPError(.notFound)
        }
        let url = self.root.appendingPathComponent(relativePath).resolvingSymlinksInPath()
        guard url.path.hasPrefix(self.root.path + "/"), let file = self.files.read(url) else { throw HTTPError(.notFound) }
        var headers = Self.headers(contentType: type)
        headers[.eTag] = file.etag
        if request.headers[.ifNoneMatch] == file.etag {
            return Response(status: .notModified, headers: headers)
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: file.data)))
    }

    private static func headers(contentType: String) -> HTTPFields {
        [
            .contentType: contentType,
            .contentSecurityPolicy: Self.contentSecurityPolicy,
            // Revalidated on every load (a cheap 304), so an upgraded edge never serves a
            // mix of old and new modules.
            .cacheControl: "no-cache",
            .xContentTypeOptions: "nosniff",
            HTTPField.Name("Referrer-Policy")!: "same-origin",
        ]
    }

    /// Files by path, read again only when their size or modification time changed; the
    /// ETag is the content's SHA-256, the same on every edge serving the same release.
    final class FileCache: Sendable {
        struct File: Sendable {
            var data: Data
            var etag: String
            var modified: Date
            var size: Int
        }
        private let entries = Mutex<[String: File]>([:])

        func read(_ url: URL) -> File? {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
                (attributes[.type] as? FileAttributeType) == .typeRegular,
                let modified = attributes[.modificationDate] as? Date, let size = (attributes[.size] as? NSNumber)?.intValue
            else { return nil }
            if let cached = self.entries.withLock({ $0[url.path] }), cached.modified == modified, cached.size == size { return cached }
            guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
            let digest = SHA256.hash(data: data).prefix(12).map { String(format: "%02x", $0) }.joined()
            let file = File(data: data, etag: "\"\(digest)\"", modified: modified, size: size)
            self.entries.withLock { $0[url.path] = file }
            return file
        }
    }
}

extension Response {
    /// The same status and headers without the body, for HEAD.
    fileprivate func withoutBody() -> Response {
        var response = self
        response.body = .init()
        return response
    }
}
