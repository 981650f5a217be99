import ArenaShared
import Crypto
import Foundation
import Yams

/// A package of the project's problem library (`problems/<slug>/`, docs/problem-library.md):
/// a Kattis package plus `arena.yaml` (difficulty, tags, modes, the Sabotage reference)
/// and an editorial. Its `version` is a hash of everything that ends up stored, so an
/// import of an unchanged package is skipped and a changed one replaces the problem.
public struct LibraryPackage: Sendable {
    public var directory: String
    public var package: ProblemPackage
    public var metadata: Metadata

    public struct Metadata: Sendable, Equatable {
        public var difficulty: Int
        public var tags: [String]
        public var modes: [String]
        /// Package-relative path of the solution Sabotage plants bugs into.
        public var sabotageReference: String?
    }

    public static let modes = ["blitz", "golf", "royale", "sabotage"]

    /// Reads and checks the package; every problem is named at once.
    public static func read(from directory: String) throws(ProblemPackageError) -> LibraryPackage {
        let package = try ProblemPackage.read(from: directory)
        var problems: [String] = []
        var yaml: [String: Any] = [:]
        if let text = try? String(contentsOfFile: "\(directory)/arena.yaml", encoding: .utf8) {
            do {
                yaml = (try Yams.load(yaml: text) as? [String: Any]) ?? [:]
            } catch {
                problems.append("arena.yaml: not valid YAML: \(error)")
            }
        } else {
            problems.append("arena.yaml: missing (difficulty, tags and modes; see docs/problem-library.md)")
        }
        let difficulty = yaml["difficulty"] as? Int ?? 0
        if !(800...3500).contains(difficulty) || difficulty % 100 != 0 {
            problems.append("arena.yaml: difficulty must be a multiple of 100 in 800...3500")
        }
        let tags = (yaml["tags"] as? [Any])?.compactMap { $0 as? String } ?? []
        if tags.isEmpty || tags.contains(where: { !ProblemInput.isValidSlug($0) }) {
            problems.append("arena.yaml: tags must be a non-empty list of lowercase words ('-' between words)")
        }
        let modes = (yaml["modes"] as? [Any])?.compactMap { $0 as? String } ?? Self.modes
        if modes.isEmpty || modes.contains(where: { !Self.modes.contains($0) }) {
            problems.append("arena.yaml: modes must list some of \(Self.modes.joined(separator: ", "))")
        }
        let reference = yaml["sabotage_reference"] as? String
        if let reference {
            if reference.contains("..") || !reference.hasPrefix("submissions/accepted/") || LanguageTable.language(forFile: reference) == nil {
                problems.append("arena.yaml: sabotage_reference must be a source file in submissions/accepted/")
            } else if !FileManager.default.fileExists(atPath: "\(directory)/\(reference)") {
                problems.append("arena.yaml: sabotage_reference \(reference) does not exist")
            }
        } else if modes.contains("sabotage") {
            problems.append("arena.yaml: the sabotage mode needs sabotage_reference")
        }
        if package.limits.timeLimitSeconds == nil {
            problems.append("problem.yaml: library packages state limits.time_limit (CI does not time them)")
        }
        guard problems.isEmpty else { throw ProblemPackageError(problems: problems) }
        return LibraryPackage(
            directory: directory, package: package,
            metadata: Metadata(difficulty: difficulty, tags: tags, modes: modes, sabotageReference: reference))
    }

    /// What the core stores, with the package hash as its version.
    public func problemInput() throws(ProblemPackageError) -> ProblemInput {
        let timeLimitMs = Int(((self.package.limits.timeLimitSeconds ?? 1) * 1000).rounded())
        var input = try self.package.problemInput(root: self.directory, timeLimitMs: timeLimitMs, difficulty: self.metadata.difficulty)
        input.tags = self.metadata.tags
        input.modes = self.metadata.modes
        input.editorial = Self.text(at: "\(self.directory)/solution/solution.en.md")
        if let reference = self.metadata.sabotageReference, let language = LanguageTable.language(forFile: reference) {
            // Python references are verified under PyPy (as packages' `.py` files are judged),
            // so Sabotage offers them, and judges plants and repairs, as PyPy too.
            input.referenceLanguage = ([.python3, .pypy3].contains(language.id) ? LanguageID.pypy3 : language.id).rawValue
            input.referenceSolution = Self.text(at: "\(self.directory)/\(reference)")
        }
        input.packageVersion = self.version()
        if let problem = input.problem { throw ProblemPackageError(problems: [problem]) }
        return input
    }

    /// SHA-256 over every file that is stored: all but `submissions/` (except the Sabotage
    /// reference) and, for generated data, its build stamp (a hash of its sources).
    public func version() -> String {
        var hasher = SHA256()
        let manager = FileManager.default
        let files = (manager.enumerator(atPath: self.directory)?.allObjects as? [String] ?? []).sorted()
        for file in files {
            if file.hasPrefix("submissions/") && file != self.metadata.sabotageReference { continue }
            if file.hasPrefix("data/secret/") && file != "data/secret/.built" { continue }
            if file.contains("__pycache__") { continue }
            var info = stat()
            guard lstat("\(self.directory)/\(file)", &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
                let data = manager.contents(atPath: "\(self.directory)/\(file)")
            else { continue }
            hasher.update(data: Data(file.utf8) + [0])
            hasher.update(data: data + [0])
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    static func text(at path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The package folders of a library (those holding `problem.yaml`), by name.
    public static func folders(in library: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: library)) ?? []
        return names.sorted().filter { FileManager.default.fileExists(atPath: "\(library)/\($0)/problem.yaml") }.map { "\(library)/\($0)" }
    }
}
