/// What a clan may be called. Tags appear next to player names everywhere, so they
/// are short and unambiguous; names are free text within a small alphabet.
enum ClanNaming {
    static let tagRule = "2-5 uppercase letters A-Z or digits 0-9, e.g. 'ACME'"
    static let nameRule = "3-32 characters of letters, digits, spaces, '_', '-' and '.', not starting or ending with a space"

    static func isValidTag(_ tag: String) -> Bool {
        (2...5).contains(tag.count) && tag.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) }
    }

    static func isValidName(_ name: String) -> Bool {
        guard (3...32).contains(name.count), name.first != " ", name.last != " " else { return false }
        return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == " " || $0 == "_" || $0 == "-" || $0 == "." }
    }

    /// Names are unique regardless of letter case.
    static func nameKey(_ name: String) -> String { name.lowercased() }
}
