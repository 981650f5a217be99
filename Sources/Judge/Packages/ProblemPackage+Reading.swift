import Foundation
import Yams

extension ProblemPackage {
    /// Reads the package at `directory` (the folder holding `problem.yaml`).
    public static func read(from directory: String) throws(ProblemPackageError) -> ProblemPackage {
        var problems: [String] = []
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ProblemPackageError(problems: ["\(directory): not a directory"])
        }
        let shortName = root.lastPathComponent
        if !shortName.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" || $0 == "_" }) || shortName.isEmpty {
            problems.append("\(shortName): a package folder name must be lowercase letters, digits, '-' or '_' (it becomes the problem's short name)")
        }

        // problem.yaml
        var yaml: [String: Any] = [:]
        let yamlPath = root.appendingPathComponent("problem.yaml").path
        if let text = try? String(contentsOfFile: yamlPath, encoding: .utf8) {
            do {
                if let loaded = try Yams.load(yaml: text) {
                    if let mapping = loaded as? [String: Any] { yaml = mapping } else { problems.append("problem.yaml: the top level must be a mapping") }
                }
            } catch {
                problems.append("problem.yaml: not valid YAML: \(error)")
            }
        } else {
            problems.append("problem.yaml: missing or unreadable")
        }
        let name = (yaml["name"] as? String) ?? (yaml["name"] as? [String: Any]).flatMap { $0["en"] as? String } ?? shortName

        func number(_ value: Any?, _ key: String, default fallback: Double, range: ClosedRange<Double>) -> Double {
            guard let value else { return fallback }
            let parsed = (value as? Double) ?? (value as? Int).map(Double.init)
            guard let parsed, range.contains(parsed) else {
                problems.append("problem.yaml: limits.\(key) must be a number in \(range.lowerBound)...\(range.upperBound), got \(value)")
                return fallback
            }
            return parsed
        }
        let limitsYAML = yaml["limits"] as? [String: Any] ?? [:]
        if yaml["limits"] != nil && yaml["limits"] as? [String: Any] == nil { problems.append("problem.yaml: limits must be a mapping") }
        var timeLimit: Double?
        if let text = try? String(contentsOfFile: root.appendingPathComponent(".timelimit").path, encoding: .utf8) {
            if let seconds = Double(text.trimmingCharacters(in: .whitespacesAndNewlines)), seconds > 0, seconds <= 60 {
                timeLimit = seconds
            } else {
                problems.append(".timelimit: must hold a number of seconds in (0, 60]")
            }
        }
        if let explicit = limitsYAML["time_limit"] {
            timeLimit = number(explicit, "time_limit", default: 1, range: 0.1...60)
        }
        let limits = Limits(
            timeLimitSeconds: timeLimit,
            timeMultiplier: number(limitsYAML["time_multiplier"], "time_multiplier", default: 5, range: 1...100),
            timeSafetyMargin: number(limitsYAML["time_safety_margin"], "time_safety_margin", default: 2, range: 1...100),
            memoryMiB: Int(number(limitsYAML["memory"], "memory", default: 2048, range: 16...16384)),
            outputMiB: Int(number(limitsYAML["output"], "output", default: 8, range: 1...1024)))

        // Validation
        let validationText = (yaml["validation"] as? String) ?? "default"
        let flagsText = (yaml["validator_flags"] as? String) ?? ""
        var validation = Validation.builtIn(ValidatorFlags())
        let words = validationText.split(separator: " ").map(String.init)
        switch words.first {
        case "default":
            do {
                validation = .builtIn(try ValidatorFlags.parse(flagsText))
            } catch {
                problems.append("problem.yaml: validator_flags: \(error)")
            }
        case "custom":
            if words.contains("interactive") {
                problems.append("problem.yaml: interactive problems are not supported yet")
            }
            let validators = root.appendingPathComponent("output_validators")
            let entries = ((try? manager.contentsOfDirectory(atPath: validators.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
            if let first = entries.first {
                validation = .custom(
                    directory: "output_validators/\(first)", flags: flagsText.split(separator: " ").map(String.init))
            } else {
                problems.append("output_validators/: validation is custom but there is no validator")
            }
        default:
            problems.append("problem.yaml: validation must be 'default' or 'custom', got '\(validationText)'")
        }

        // Test data
        func tests(in folder: String, required: Bool) -> [TestFile] {
            let base = root.appendingPathComponent(folder)
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: base.path, isDirectory: &isFolder), isFolder.boolValue,
                let enumerator = manager.enumerator(atPath: base.path)
            else {
                if required { problems.append("\(folder)/: missing") }
                return []
            }
            var inputs: Set<String> = [], answers: Set<String> = []
            for case let relative as String in enumerator {
                if relative.hasSuffix(".in") { inputs.insert(String(relative.dropLast(3))) }
                if relative.hasSuffix(".ans") { answers.insert(String(relative.dropLast(4))) }
            }
            for missing in inputs.subtracting(answers).sorted() { problems.append("\(folder)/\(missing).in has no \(missing).ans") }
            for missing in answers.subtracting(inputs).sorted() { problems.append("\(folder)/\(missing).ans has no \(missing).in") }
            if required && inputs.isEmpty { problems.append("\(folder)/: no test cases (.in + .ans pairs)") }
            return inputs.intersection(answers).sorted().map { name in
                TestFile(name: "\(folder)/\(name)", input: "\(folder)/\(name).in", answer: "\(folder)/\(name).ans")
            }
        }
        let samples = tests(in: "data/sample", required: false)
        let secret = tests(in: "data/secret", required: true)

        // Example submissions
        var submissions: [ExampleSubmission] = []
        let submissionsRoot = root.appendingPathComponent("submissions")
        for folder in ((try? manager.contentsOfDirectory(atPath: submissionsRoot.path)) ?? []).sorted() where !folder.hasPrefix(".") {
            guard knownSubmissionFolders.contains(folder) else {
                problems.append("submissions/\(folder): unknown verdict folder; use one of \(knownSubmissionFolders.joined(separator: ", "))")
                continue
            }
            let files = ((try? manager.contentsOfDirectory(atPath: submissionsRoot.appendingPathComponent(folder).path)) ?? [])
            for file in files.sorted() where !file.hasPrefix(".") {
                submissions.append(ExampleSubmission(expected: folder, path: "submissions/\(folder)/\(file)"))
            }
        }

        guard problems.isEmpty else { throw ProblemPackageError(problems: problems) }
        return ProblemPackage(
            shortName: shortName, name: name, limits: limits, validation: validation, samples: samples, secret: secret,
            submissions: submissions)
    }
}
