/// One problem found in `regions.yaml`, pointing at the offending node.
///
/// The validator reports every problem at once rather than stopping at the first, so an
/// operator can fix the whole file in one pass; each issue carries enough (position, key path,
/// what is wrong and how to fix it) to act on without reading the source.
public struct RegionsIssue: Sendable, Hashable, CustomStringConvertible {
    /// The file name as given to `load(path:)` / `parse(_:fileName:)`.
    public var file: String
    /// 1-based line; 0 when the problem concerns the file as a whole (e.g. it cannot be read).
    public var line: Int
    /// 1-based column; 0 when `line` is 0.
    public var column: Int
    /// Key path of the offending node, e.g. `regions[1].name`; empty for the document itself.
    public var path: String
    /// What is wrong.
    public var message: String
    /// How to fix it.
    public var hint: String?

    public init(file: String, line: Int, column: Int, path: String, message: String, hint: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
        self.hint = hint
    }

    /// `regions.yaml:12:5: regions[1].name: duplicate region "eu-west" (first at line 8) — hint: …`
    public var description: String {
        var text = self.line > 0 ? "\(self.file):\(self.line):\(self.column): " : "\(self.file): "
        if !self.path.isEmpty { text += "\(self.path): " }
        text += self.message
        if let hint = self.hint { text += " — hint: \(hint)" }
        return text
    }
}
