/// Why `regions.yaml` could not be turned into a ``RegionsConfiguration``: every issue found,
/// in file order.
///
/// A single error value carrying all issues lets the CLI print the complete list and exit once,
/// instead of making the operator fix-and-retry one mistake at a time.
public struct RegionsFileError: Error, Sendable, CustomStringConvertible {
    /// Never empty.
    public var issues: [RegionsIssue]

    public init(issues: [RegionsIssue]) {
        self.issues = issues
    }

    /// One issue per line, then `N error(s)`.
    public var description: String {
        let count = self.issues.count
        let lines = self.issues.map(\.description) + ["\(count) \(count == 1 ? "error" : "errors")"]
        return lines.joined(separator: "\n")
    }
}
