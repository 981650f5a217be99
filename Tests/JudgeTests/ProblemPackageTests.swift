import Foundation
import Judge
import Testing

@Suite("Kattis/ICPC problem packages")
struct ProblemPackageTests {
    /// Writes files (path → content) under a fresh package folder named `name`.
    func package(named name: String = "hello", _ files: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pkg-\(UUID().uuidString)").appendingPathComponent(name)
        for (path, content) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try content.write(to: url, atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root.path
    }

    @Test("a float-tolerance package reads with its limits, tests and example submissions")
    func valid() throws {
        let path = try package(named: "circle-area", [
            "problem.yaml": "name: Circle Area\nvalidator_flags: float_tolerance 1e-6\nlimits:\n  memory: 256\n  time_multiplier: 3\n",
            ".timelimit": "2\n",
            "data/sample/1.in": "1\n", "data/sample/1.ans": "3.14159265\n",
            "data/secret/group1/2.in": "2\n", "data/secret/group1/2.ans": "12.5663706\n",
            "data/secret/3.in": "3\n", "data/secret/3.ans": "28.2743339\n",
            "submissions/accepted/ok.py": "import math\nprint(math.pi*int(input())**2)\n",
            "submissions/wrong_answer/int.py": "print(3*int(input())**2)\n",
            "submissions/maybe/x.py": "print(1)\n",
        ])
        let package = try ProblemPackage.read(from: path)
        #expect(package.shortName == "circle-area")
        #expect(package.name == "Circle Area")
        #expect(package.limits.timeLimitSeconds == 2)
        #expect(package.limits.timeMultiplier == 3)
        #expect(package.limits.timeSafetyMargin == 2)
        #expect(package.limits.memoryMiB == 256)
        #expect(package.samples.map(\.name) == ["data/sample/1"])
        #expect(package.secret.map(\.name) == ["data/secret/3", "data/secret/group1/2"])
        guard case .builtIn(let flags) = package.validation else {
            Issue.record("expected the default validator")
            return
        }
        #expect(flags.absoluteTolerance == 1e-6)
        #expect(package.submissions.map(\.expected) == ["accepted", "wrong_answer"])
        // An unknown folder is skipped with a warning, as problemtools does, not refused.
        #expect(package.warnings.contains { $0.hasPrefix("submissions/maybe: not a verdict folder") })
    }

    @Test("a custom output validator is found")
    func customValidator() throws {
        let path = try package([
            "problem.yaml": "validation: custom\nvalidator_flags: strict\n",
            "output_validators/checker/checker.cpp": "int main(){return 42;}\n",
            "data/secret/1.in": "1\n", "data/secret/1.ans": "1\n",
        ])
        let package = try ProblemPackage.read(from: path)
        #expect(package.validation == .custom(directory: "output_validators/checker", flags: ["strict"]))
        #expect(package.limits.timeLimitSeconds == nil)
    }

    @Test("a broken package is refused with every problem named")
    func broken() throws {
        let path = try package(named: "Bad Name", [
            "problem.yaml": "limits:\n  memory: lots\nvalidator_flags: ignore_case\n",
            "data/secret/1.in": "1\n",
            "data/secret/2.ans": "2\n",
        ])
        let error = #expect(throws: ProblemPackageError.self) { try ProblemPackage.read(from: path) }
        let text = error?.description ?? ""
        #expect(text.contains("folder name"))
        #expect(text.contains("limits.memory"))
        #expect(text.contains("unknown validator flag 'ignore_case'"))
        #expect(text.contains("data/secret/1.in has no 1.ans"))
        #expect(text.contains("data/secret/2.ans has no 2.in"))
        #expect(text.contains("not imported"))
    }

    @Test("malformed YAML, a missing problem.yaml and missing data are clear errors")
    func missingPieces() throws {
        let malformed = try package(["problem.yaml": "name: [unclosed\n", "data/secret/1.in": "", "data/secret/1.ans": ""])
        #expect(throws: ProblemPackageError.self) { try ProblemPackage.read(from: malformed) }
        let empty = try package([:])
        let error = #expect(throws: ProblemPackageError.self) { try ProblemPackage.read(from: empty) }
        #expect(error?.problems.contains("problem.yaml: missing or unreadable") == true)
        #expect(error?.problems.contains("data/secret/: missing") == true)
        #expect(throws: ProblemPackageError.self) { try ProblemPackage.read(from: "/nonexistent/package") }
    }
}
