import ArenaShared
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
        // A plain string, or (2023-07) a name per language: English if there is one.
        let names = yaml["name"] as? [String: Any]
        let name = (yaml["name"] as? String) ?? (names?["en"] as? String) ?? names?.keys.sorted().compactMap({ names?[$0] as? String }).first ?? shortName

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
        // 2023-07 says `problem_format_version: 2023-07-draft` and `type`; legacy packages say neither.
        let modern = (yaml["problem_format_version"] as? String).map { $0 != "legacy" } ?? false
        let types: [String] = {
            if let list = yaml["type"] as? [String] { return list }
            return ((yaml["type"] as? String) ?? "pass-fail").split(separator: " ").map(String.init)
        }()
        for type in types where !["pass-fail", "scoring", "interactive", "multi-pass", "submit-answer"].contains(type) {
            problems.append("problem.yaml: type '\(type)' is not one of pass-fail, scoring, interactive")
        }
        for type in types where ["multi-pass", "submit-answer"].contains(type) {
            problems.append("problem.yaml: type '\(type)' is not supported by this judge")
        }
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
        let multipliers = limitsYAML["time_multipliers"] as? [String: Any] ?? [:]
        let limits = Limits(
            timeLimitSeconds: timeLimit,
            timeMultiplier: number(
                multipliers["ac_to_time_limit"] ?? limitsYAML["time_multiplier"], "time_multiplier", default: modern ? 2 : 5, range: 1...100),
            timeSafetyMargin: number(
                multipliers["time_limit_to_tle"] ?? limitsYAML["time_safety_margin"], "time_safety_margin", default: modern ? 1.5 : 2,
                range: 1...100),
            memoryMiB: Int(number(limitsYAML["memory"], "memory", default: 2048, range: 16...16384)),
            outputMiB: Int(number(limitsYAML["output"], "output", default: 8, range: 1...1024)))

        // Validation: legacy `validation: custom [interactive] [score]` with `output_validators/<name>/`;
        // 2023-07 `type: interactive` with `output_validator/` (the program itself or one folder).
        let validationText = (yaml["validation"] as? String) ?? "default"
        let flagsText = (yaml["validator_flags"] as? String) ?? ""
        var validation = Validation.builtIn(ValidatorFlags())
        let words = validationText.split(separator: " ").map(String.init)
        let interactive = types.contains("interactive") || words.contains("interactive")
        let scoring = types.contains("scoring") || words.contains("score")
        func validatorDirectory() -> String? {
            for folder in ["output_validator", "output_validators"] {
                let base = root.appendingPathComponent(folder)
                let entries = ((try? manager.contentsOfDirectory(atPath: base.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
                if entries.isEmpty { continue }
                let folders = entries.filter { entry in
                    var isFolder: ObjCBool = false
                    return manager.fileExists(atPath: base.appendingPathComponent(entry).path, isDirectory: &isFolder) && isFolder.boolValue
                }
                // The program's files directly, or one folder holding them.
                return folders.count == entries.count && folders.count >= 1 ? "\(folder)/\(folders[0])" : folder
            }
            return nil
        }
        switch words.first {
        case "default" where !interactive:
            do {
                validation = .builtIn(try ValidatorFlags.parse(flagsText))
            } catch {
                problems.append("problem.yaml: validator_flags: \(error)")
            }
            if validatorDirectory() != nil && modern {
                validation = .custom(directory: validatorDirectory()!, flags: flagsText.split(separator: " ").map(String.init))
            }
        case "custom", "default":
            if let directory = validatorDirectory() {
                validation = .custom(directory: directory, flags: flagsText.split(separator: " ").map(String.init))
            } else {
                problems.append("output_validators/: the problem needs \(interactive ? "an interactor" : "a custom validator") but there is none")
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

        // Example submissions: a file, or a folder that is one submission of several files.
        var warnings: [String] = []
        var submissions: [ExampleSubmission] = []
        let submissionsRoot = root.appendingPathComponent("submissions")
        for folder in ((try? manager.contentsOfDirectory(atPath: submissionsRoot.path)) ?? []).sorted() where !folder.hasPrefix(".") {
            guard knownSubmissionFolders.contains(folder) else {
                warnings.append("submissions/\(folder): not a verdict folder this judge knows; skipped (known: \(knownSubmissionFolders.joined(separator: ", ")))")
                continue
            }
            let files = ((try? manager.contentsOfDirectory(atPath: submissionsRoot.appendingPathComponent(folder).path)) ?? [])
            for file in files.sorted() where !file.hasPrefix(".") {
                submissions.append(ExampleSubmission(expected: folder, path: "submissions/\(folder)/\(file)"))
            }
        }
        var grading: Grading?
        if scoring {
            // testdata.yaml in data/ and every folder below it; a group inherits what it does not set.
            var groups: [String: Grading.GroupSettings] = [:]
            func read(_ relative: String, inherited: Grading.GroupSettings) {
                var settings = inherited
                let file = root.appendingPathComponent("\(relative)/testdata.yaml").path
                if let text = try? String(contentsOfFile: file, encoding: .utf8) {
                    do {
                        if let yaml = try Yams.load(yaml: text) as? [String: Any] {
                            var issues: [String] = []
                            settings = inherited.overriding(with: yaml, problems: &issues)
                            problems += issues.map { "\(relative)/testdata.yaml: \($0)" }
                        }
                    } catch {
                        problems.append("\(relative)/testdata.yaml: not valid YAML: \(error)")
                    }
                }
                groups[relative] = settings
                let folders = ((try? manager.contentsOfDirectory(atPath: root.appendingPathComponent(relative).path)) ?? []).sorted()
                for folder in folders where !folder.hasPrefix(".") {
                    var isFolder: ObjCBool = false
                    if manager.fileExists(atPath: root.appendingPathComponent("\(relative)/\(folder)").path, isDirectory: &isFolder), isFolder.boolValue {
                        read("\(relative)/\(folder)", inherited: settings)
                    }
                }
            }
            read("data", inherited: Grading.GroupSettings())
            grading = Grading(groups: groups)
            if words.contains("score") { grading?.validatorScores = true }
            if groups.values.contains(where: \.customGrader) {
                // graders/: the program's files, or one folder holding them.
                let base = root.appendingPathComponent("graders")
                let entries = ((try? manager.contentsOfDirectory(atPath: base.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
                let folders = entries.filter { entry in
                    var isFolder: ObjCBool = false
                    return manager.fileExists(atPath: base.appendingPathComponent(entry).path, isDirectory: &isFolder) && isFolder.boolValue
                }
                if entries.isEmpty {
                    problems.append("graders/: a group has grading: custom but the package has no grader")
                } else {
                    let directory = folders.count == entries.count ? "graders/\(folders[0])" : "graders"
                    do {
                        let program = try ValidatorProgram.load(directory: root.appendingPathComponent(directory).path, flags: [])
                        grading?.grader = ValidatorSource(
                            language: program.language, mainFile: program.mainFile, files: program.files.mapValues { Data($0) })
                    } catch {
                        problems.append("\(directory): \(error)")
                    }
                }
            }
        }

        // include/<language>/: files added to every submission in that language.
        var includes: [String: [String: String]] = [:]
        let includeRoot = root.appendingPathComponent("include")
        for language in ((try? manager.contentsOfDirectory(atPath: includeRoot.path)) ?? []).sorted() where !language.hasPrefix(".") {
            let folder = includeRoot.appendingPathComponent(language).path
            for file in ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).sorted() where !file.hasPrefix(".") {
                includes[language, default: [:]][file] = "include/\(language)/\(file)"
            }
        }

        guard problems.isEmpty else { throw ProblemPackageError(problems: problems) }
        return ProblemPackage(
            shortName: shortName, name: name, limits: limits, validation: validation, samples: samples, secret: secret,
            submissions: submissions, interactive: interactive, scoring: scoring, grading: grading, includes: includes, warnings: warnings)
    }
}
