import ArenaShared
import Foundation
import Testing

@testable import Judge

/// The repository's problem library as a whole (`problems/`, built by
/// `infra/build-problems.py`): enough problems, spread over every level and the usual
/// topics, each a readable package with its metadata. `infra/verify-problems.sh` then
/// proves each package's tests strong.
@Suite("The problem library's catalogue")
struct LibraryCatalogueTests {
    static let library = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("problems").path

    static let packages: [LibraryPackage] = LibraryPackage.folders(in: library).compactMap { try? LibraryPackage.read(from: $0) }

    @Test func everyPackageReadsWithItsMetadata() throws {
        let folders = LibraryPackage.folders(in: Self.library)
        #expect(folders.count >= 100)
        for folder in folders {
            do {
                let package = try LibraryPackage.read(from: folder)
                let input = try package.problemInput()
                #expect(input.tests.filter(\.sample).count >= 2, "\(folder): two samples at least")
                #expect(input.tests.count - input.tests.filter(\.sample).count >= 5, "\(folder): five secret tests at least")
                #expect(input.statement.contains("## Input") && input.statement.contains("## Output") && input.statement.contains("## Constraints"), "\(folder)")
                #expect(input.editorial?.isEmpty == false, "\(folder): an editorial")
                #expect(package.package.submissions.contains { $0.expected == "wrong_answer" }, "\(folder): a wrong_answer submission")
                let accepted = package.package.submissions.filter { $0.expected == "accepted" }.map(\.path)
                #expect(accepted.contains { $0.hasSuffix(".cpp") } && accepted.contains { $0.hasSuffix(".py") }, "\(folder): accepted C++ and Python")
            } catch {
                Issue.record("\(folder): \(error)")
            }
        }
    }

    @Test func difficultiesSpreadFrom800To2600() {
        let levels = Dictionary(grouping: Self.packages, by: \.metadata.difficulty).mapValues(\.count)
        for level in stride(from: 800, through: 2600, by: 100) {
            #expect(levels[level, default: 0] >= 2, "difficulty \(level) has \(levels[level, default: 0]) problem(s)")
        }
    }

    @Test func theUsualTopicsAndModesAreCovered() {
        let tags = Dictionary(grouping: Self.packages.flatMap(\.metadata.tags), by: { $0 }).mapValues(\.count)
        for tag in [
            "implementation", "math", "greedy", "sorting", "strings", "graphs", "trees", "dp", "number-theory", "geometry",
            "data-structures", "constructive", "binary-search", "bitmasks", "games",
        ] {
            #expect(tags[tag, default: 0] >= 3, "tag \(tag): \(tags[tag, default: 0]) problem(s)")
        }
        #expect(Self.packages.filter { $0.metadata.modes.contains("golf") }.count >= 15)
        #expect(Self.packages.filter { $0.metadata.modes.contains("sabotage") }.count >= 15)
        // Constructive problems have several right answers: they need their own checker.
        for package in Self.packages where package.metadata.tags.contains("constructive") {
            if case .builtIn = package.package.validation { Issue.record("\(package.directory): constructive without an output validator") }
        }
    }
}
