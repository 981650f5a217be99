/// The `validator_flags` of a Kattis problem package (`problem.yaml`) for the default
/// output validator, e.g. `float_tolerance 1e-6 case_sensitive`.
public struct ValidatorFlags: Sendable, Equatable {
    public var caseSensitive = false
    public var spaceChangeSensitive = false
    public var absoluteTolerance: Double?
    public var relativeTolerance: Double?

    public init() {}

    /// Parses the flags; an unknown flag or a missing/invalid number is an error that
    /// names it, so a broken package is refused at import rather than misjudged.
    public static func parse(_ text: String) throws(ValidatorFlagsError) -> ValidatorFlags {
        var flags = ValidatorFlags()
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)[...]
        func number(after flag: String) throws(ValidatorFlagsError) -> Double {
            guard let word = words.popFirst() else { throw ValidatorFlagsError("\(flag) needs a number after it") }
            guard let value = Double(word), value.isFinite, value >= 0 else {
                throw ValidatorFlagsError("\(flag) needs a non-negative number, got '\(word)'")
            }
            return value
        }
        while let flag = words.popFirst() {
            switch flag {
            case "case_sensitive": flags.caseSensitive = true
            case "space_change_sensitive": flags.spaceChangeSensitive = true
            case "float_absolute_tolerance": flags.absoluteTolerance = try number(after: flag)
            case "float_relative_tolerance": flags.relativeTolerance = try number(after: flag)
            case "float_tolerance":
                let value = try number(after: flag)
                flags.absoluteTolerance = value
                flags.relativeTolerance = value
            default:
                throw ValidatorFlagsError(
                    "unknown validator flag '\(flag)'; known: case_sensitive, space_change_sensitive, float_absolute_tolerance, float_relative_tolerance, float_tolerance")
            }
        }
        return flags
    }
}

public struct ValidatorFlagsError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

extension ValidatorFlags {
    /// The flags written back in Kattis syntax (`parse(kattisText) == self`).
    public var kattisText: String {
        var words: [String] = []
        if self.caseSensitive { words.append("case_sensitive") }
        if self.spaceChangeSensitive { words.append("space_change_sensitive") }
        if let absolute = self.absoluteTolerance { words += ["float_absolute_tolerance", "\(absolute)"] }
        if let relative = self.relativeTolerance { words += ["float_relative_tolerance", "\(relative)"] }
        return words.joined(separator: " ")
    }
}
