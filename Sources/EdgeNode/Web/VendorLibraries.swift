import Foundation

/// The browser libraries the web app uses, served by the edge from Debian's packages (which
/// `infra/install.sh` installs) under `/vendor/NAME/…`: nothing is vendored into the
/// repository, and a security update of the package reaches players with the next load.
/// A library whose package is missing answers 404, and the app falls back (plain text
/// statements, the plain editor) rather than breaking.
struct VendorLibraries: Sendable {
    /// URL name → the package's folder.
    let folders: [String: URL]
    /// Every served file must resolve (symlinks followed) below one of these: Debian links
    /// some files from `/usr/share/javascript` into `/usr/share/nodejs`, and KaTeX's fonts
    /// into `/usr/share/fonts/truetype/katex`.
    let allowedRoots: [String]

    static let debian = VendorLibraries(
        folders: [
            "katex": URL(fileURLWithPath: "/usr/share/javascript/katex", isDirectory: true),
            "marked": URL(fileURLWithPath: "/usr/share/javascript/marked", isDirectory: true),
            "dompurify": URL(fileURLWithPath: "/usr/share/nodejs/dompurify/dist", isDirectory: true),
            "codemirror": URL(fileURLWithPath: "/usr/share/javascript/codemirror", isDirectory: true),
            "chart.js": URL(fileURLWithPath: "/usr/share/javascript/chart.js", isDirectory: true),
        ],
        allowedRoots: ["/usr/share/javascript/", "/usr/share/nodejs/", "/usr/share/fonts/truetype/katex/"])

    /// The file for `library` and `relativePath`, or nil (unknown library, a hidden or
    /// parent component, or a path that resolves outside the allowed roots).
    func file(library: String, relativePath: String) -> URL? {
        guard let folder = self.folders[library] else { return nil }
        let components = relativePath.split(separator: "/")
        guard !components.isEmpty, components.allSatisfy({ !$0.hasPrefix(".") }) else { return nil }
        let url = folder.appendingPathComponent(relativePath).resolvingSymlinksInPath()
        guard self.allowedRoots.contains(where: { url.path.hasPrefix($0) }) else { return nil }
        return url
    }
}
