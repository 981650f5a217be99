import ArenaShared
import Foundation
import Testing
@testable import Matches

/// Plagiarism fingerprints: disguised copies are caught, independent work is not.
@Suite("Source fingerprints (winnowing)")
struct SourceFingerprintTests {
    /// Shortest paths with a binary heap: long enough to be worth copying (shared with the
    /// other plagiarism tests: Tests/Fixtures/plagiarism).
    static let original = try! String(
        contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/plagiarism/shortest-paths.cpp"), encoding: .utf8)

    static func fingerprint(_ source: String, _ language: LanguageID = .cpp17) -> SourceFingerprint {
        SourceFingerprint(source, language: language)
    }

    static func compare(_ a: String, _ b: String, _ language: LanguageID = .cpp17) -> FingerprintComparison {
        FingerprintComparison(fingerprint(a, language), fingerprint(b, language))
    }

    @Test func renamedVariablesAndCommentsAreCaught() {
        var renamed = Self.original
        for (old, new) in [("dist", "best"), ("heap", "pq"), ("adj", "graph"), ("shortest", "dijkstra"), ("readGraph", "load"), ("source", "start")] {
            renamed = renamed.replacingOccurrences(of: old, with: new)
        }
        renamed = "// my own solution, honest\n" + renamed.replacingOccurrences(of: "    ", with: "  ")
        let result = Self.compare(Self.original, renamed)
        #expect(result.isSuspicious, "\(result)")
        #expect(result.similarity > 0.95)
        #expect(!result.regions.isEmpty)
    }

    @Test func reorderedFunctionsAreCaught() {
        let parts = Self.original.components(separatedBy: "\n\n")
        // includes, INF, shortest, readGraph, main → readGraph and shortest swapped.
        #expect(parts.count == 5)
        let reordered = [parts[0], parts[1], parts[3], parts[2], parts[4]].joined(separator: "\n\n")
        let result = Self.compare(Self.original, reordered)
        #expect(result.isSuspicious, "\(result)")
        #expect(result.regions.count >= 2, "each moved function is its own matching region: \(result.regions)")
    }

    @Test func addedDeadCodeIsCaught() {
        let padding = """

            int unusedHelper(int x) {
                int total = 0;
                for (int i = 0; i < x; i++) { if (i % 3 == 0) total += i * 7; else total -= i; }
                while (total > 1000) total /= 2;
                return total;
            }

            struct Nothing { int a, b; double c; };

            """
        let padded = Self.original.replacingOccurrences(of: "void readGraph", with: padding + "void readGraph")
            .replacingOccurrences(of: "    heap.pop();", with: "    heap.pop();\n        int junk = 0; junk++;")
        let result = Self.compare(Self.original, padded)
        #expect(result.isSuspicious, "\(result)")
        #expect(result.ofFirst > 0.8, "nearly all of the original is inside the padded copy")
    }

    @Test func independentSolutionsOfTheSameProblemAreNotFlagged() {
        // The same problem (shortest paths), written independently: Bellman-Ford-ish SPFA
        // with a deque, different I/O and structure.
        let independent = """
            #include <iostream>
            #include <vector>
            #include <deque>
            #include <climits>
            int main() {
                std::ios::sync_with_stdio(false);
                int nodes, edges;
                std::cin >> nodes >> edges;
                std::vector<std::vector<std::pair<int, long long>>> g(nodes + 1);
                while (edges--) {
                    int x, y; long long cost;
                    std::cin >> x >> y >> cost;
                    g[x].emplace_back(y, cost);
                    g[y].emplace_back(x, cost);
                }
                std::vector<long long> far(nodes + 1, LLONG_MAX);
                std::vector<char> queued(nodes + 1, 0);
                std::deque<int> work{1};
                far[1] = 0;
                while (!work.empty()) {
                    int at = work.front(); work.pop_front(); queued[at] = 0;
                    for (auto& edge : g[at]) {
                        long long through = far[at] + edge.second;
                        if (through < far[edge.first]) {
                            far[edge.first] = through;
                            if (!queued[edge.first]) { queued[edge.first] = 1; work.push_back(edge.first); }
                        }
                    }
                }
                for (int i = 1; i <= nodes; ++i) std::cout << (far[i] == LLONG_MAX ? -1 : far[i]) << '\\n';
                return 0;
            }
            """
        let result = Self.compare(Self.original, independent)
        #expect(!result.isSuspicious, "\(result)")
        #expect(result.similarity < 0.3)
    }

    @Test func independentShortPythonSolutionsAreNotFlagged() {
        let first = "n = int(input())\nxs = list(map(int, input().split()))\nbest = cur = xs[0]\nfor x in xs[1:]:\n    cur = max(x, cur + x)\n    best = max(best, cur)\nprint(best)\n"
        let second = "import sys\ndata = sys.stdin.read().split()\nvalues = [int(t) for t in data[1:]]\nrun, top = 0, values[0]\nfor v in values:\n    run = v if run < 0 else run + v\n    if run > top:\n        top = run\nprint(top)\n"
        #expect(!Self.compare(first, second, .python3).isSuspicious)
        // Even an identical tiny program is below the minimum of shared fingerprints.
        #expect(!Self.compare(first, first, .python3).isSuspicious)
    }

    @Test func theLibrarysReferenceSolutionsDoNotFlagEachOther() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let problems = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("problems").path).sorted()
        var prints: [(String, SourceFingerprint)] = []
        for problem in problems {
            let path = root.appendingPathComponent("problems/\(problem)/submissions/accepted/reference.cpp").path
            guard let source = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            prints.append((problem, Self.fingerprint(source)))
        }
        #expect(prints.count >= 50)
        var flagged: [String] = []
        for (i, first) in prints.enumerated() {
            for second in prints[(i + 1)...] where FingerprintComparison(first.1, second.1, withRegions: false).isSuspicious {
                flagged.append("\(first.0) ~ \(second.0)")
            }
        }
        // These two share the same author's totient sieve and loop shape (most of each
        // program): a true copy, across problems, so it is the one expected hit.
        let sharedSieve = "orchard-sightlines ~ reduced-fraction-count"
        #expect(flagged.filter { $0 != sharedSieve }.isEmpty, "different problems' solutions flagged as copies: \(flagged)")
        #expect(prints.count * (prints.count - 1) / 2 > 1000 * flagged.count, "false positives stay rare")
    }

    @Test func theStarterTemplateIsExcluded() {
        let template = "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    ios::sync_with_stdio(false);\n    cin.tie(nullptr);\n    \n    return 0;\n}\n"
        let excluded = SourceFingerprint.template(template, language: .cpp17)
        let a = SourceFingerprint(template.replacingOccurrences(of: "    \n", with: "    long long a, b; cin >> a >> b; cout << a + b << endl;\n"), language: .cpp17, excluding: excluded)
        #expect(a.hashes.allSatisfy { !excluded.contains($0) })
        #expect(SourceFingerprint(template, language: .cpp17, excluding: excluded).hashes.isEmpty)
    }

    @Test func aRenamedPythonProgramIsCaught() {
        let original = try! String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Fixtures/plagiarism/add-numbers.py"), encoding: .utf8)
        var copy = original
        for (old, new) in [("numbers", "vals"), ("total", "acc"), ("read_vals", "load"), ("add_all", "combine")] {
            copy = copy.replacingOccurrences(of: old, with: new)
        }
        let result = Self.compare(original, copy, .python3)
        #expect(result.isSuspicious, "\(result.shared) shared, \(result.similarity)")
    }
}
