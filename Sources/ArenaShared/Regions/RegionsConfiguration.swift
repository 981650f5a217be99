import Foundation

/// The whole deployment as described by the operator's `regions.yaml`: the one core cluster
/// and every edge region.
///
/// It exists so `arena up`, the core and every edge node start from one validated description
/// instead of each parsing YAML on its own. Obtain it with ``load(path:)`` or ``parse(_:fileName:)``;
/// both validate the file completely and throw a ``RegionsFileError`` listing every problem.
public struct RegionsConfiguration: Sendable, Hashable {
    /// The only schema version this release understands.
    public static let supportedVersion = 1

    public var version: Int
    public var core: CoreDeployment
    public var regions: [RegionConfiguration]

    public init(version: Int = RegionsConfiguration.supportedVersion, core: CoreDeployment, regions: [RegionConfiguration]) {
        self.version = version
        self.core = core
        self.regions = regions
    }

    /// The region called `name`, if there is one.
    public func region(named name: String) -> RegionConfiguration? {
        self.regions.first { $0.name == name }
    }

    /// The replica `region` reads from; nil means it reads from the primary.
    public func replica(for region: RegionConfiguration) -> ReplicaConfiguration? {
        guard let name = region.readReplica else { return nil }
        return self.core.postgres.replica(named: name)
    }

    /// Reads and validates the file at `path`. Issues name the file as `path` was given.
    public static func load(path: String) throws(RegionsFileError) -> RegionsConfiguration {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            var isDirectory: ObjCBool = false
            let reason: String
            if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                reason = "no such file"
            } else if isDirectory.boolValue {
                reason = "it is a directory"
            } else {
                reason = (error as NSError).localizedDescription
            }
            throw RegionsFileError(issues: [
                RegionsIssue(
                    file: path, line: 0, column: 0, path: "",
                    message: "cannot read the file: \(reason)",
                    hint: "check the path and the file's permissions"
                )
            ])
        }
        guard let yaml = String(data: data, encoding: .utf8) else {
            throw RegionsFileError(issues: [
                RegionsIssue(
                    file: path, line: 0, column: 0, path: "",
                    message: "the file is not valid UTF-8 text",
                    hint: "save regions.yaml as UTF-8"
                )
            ])
        }
        return try self.parse(yaml, fileName: path)
    }

    /// Parses and validates YAML text; `fileName` only labels the issues.
    public static func parse(_ yaml: String, fileName: String = "regions.yaml") throws(RegionsFileError) -> RegionsConfiguration {
        var validator = RegionsValidator(fileName: fileName)
        let configuration = validator.validate(yaml)
        if let configuration, validator.issues.isEmpty {
            return configuration
        }
        throw RegionsFileError(issues: validator.sortedIssues)
    }
}
