import ArenaShared

/// Sabotage compares programs token by token, not character by character: comments and
/// spacing are dropped (so a comment or a blank line is no change at all), string and
/// character literals stay whole (changing one is one token), and everything else splits
/// into words (identifiers, keywords, numbers) and single punctuation marks. Good enough to
/// count edits; it is not a parser, and it never fails: unknown text becomes tokens too.
public enum SourceTokens {
    enum CommentStyle {
        /// `#` to the end of the line (Python, Ruby, Perl, Bash, R).
        case hash
        /// `//` to the end of the line and `/* … */` (C, C++, Java, Kotlin, JS, Go, Rust, Swift, C#, Scala, PHP).
        case slashes
        /// `--` to the end of the line (Haskell, Lua, Ada).
        case dashes
        /// OCaml/Pascal-style `(* … *)`.
        case parenStar
        /// `%` to the end of the line (Prolog) and `;` (Lisp): one line-comment marker.
        case line(Character)
    }

    static func style(for language: LanguageID) -> CommentStyle {
        switch language {
        case .python3, .pypy3, .ruby, .perl, .bash: .hash
        case .haskell, .lua: .dashes
        case .ocaml, .pascal: .parenStar
        case .prolog: .line("%")
        case .lisp: .line(";")
        case .fortran: .line("!")
        default: .slashes
        }
    }

    public static func tokens(_ source: String, language: LanguageID) -> [String] {
        Self.located(source, language: language).map(\.text)
    }

    /// The tokens with the (1-based) line each starts on: plagiarism reports show where two
    /// programs match.
    public static func located(_ source: String, language: LanguageID) -> [(text: String, line: Int)] {
        let style = Self.style(for: language)
        let text = Array(source.unicodeScalars)
        var tokens: [(text: String, offset: Int)] = []
        var index = 0
        func at(_ offset: Int) -> Unicode.Scalar? { index + offset < text.count ? text[index + offset] : nil }
        func skipLine() { while index < text.count && text[index] != "\n" { index += 1 } }
        func skipBlock(close: [Unicode.Scalar]) {
            while index < text.count {
                if text[index] == close[0], at(1) == close[1] { index += 2; return }
                index += 1
            }
        }
        while index < text.count {
            let scalar = text[index]
            if scalar.properties.isWhitespace { index += 1; continue }
            switch style {
            case .hash where scalar == "#": skipLine(); continue
            case .slashes where scalar == "/" && at(1) == "/": skipLine(); continue
            case .slashes where scalar == "/" && at(1) == "*": index += 2; skipBlock(close: ["*", "/"]); continue
            case .dashes where scalar == "-" && at(1) == "-": skipLine(); continue
            case .parenStar where scalar == "(" && at(1) == "*": index += 2; skipBlock(close: ["*", ")"]); continue
            case .parenStar where scalar == "/" && at(1) == "/": skipLine(); continue
            case .line(let marker) where Character(scalar) == marker: skipLine(); continue
            default: break
            }
            let start = index
            if scalar == "\"" || scalar == "'" || scalar == "`" {
                tokens.append((Self.literal(text, from: &index, quote: scalar), start))
                continue
            }
            if scalar.properties.isAlphabetic || scalar == "_" || ("0"..."9").contains(scalar) {
                var word = String.UnicodeScalarView()
                while index < text.count, text[index].properties.isAlphabetic || text[index] == "_" || ("0"..."9").contains(text[index])
                    || (text[index] == "." && word.first.map { ("0"..."9").contains($0) } == true)
                {
                    word.append(text[index])
                    index += 1
                }
                // A string prefix (Python's r"", b"", f""; C++'s u8""): one token with its literal.
                if index < text.count, text[index] == "\"" || text[index] == "'", word.count <= 2,
                    String(word).allSatisfy({ "rRbBfFuU8L".contains($0) })
                {
                    tokens.append((String(word) + Self.literal(text, from: &index, quote: text[index]), start))
                } else {
                    tokens.append((String(word), start))
                }
                continue
            }
            tokens.append((String(scalar), start))
            index += 1
        }
        // Offsets to lines in one pass (tokens come in source order).
        var located: [(text: String, line: Int)] = []
        located.reserveCapacity(tokens.count)
        var line = 1
        var scanned = 0
        for (token, offset) in tokens {
            while scanned < offset {
                if text[scanned] == "\n" { line += 1 }
                scanned += 1
            }
            located.append((token, line))
        }
        return located
    }

    /// A quoted literal starting at `index` (triple quotes too), escapes kept, as one token.
    private static func literal(_ text: [Unicode.Scalar], from index: inout Int, quote: Unicode.Scalar) -> String {
        var literal = String.UnicodeScalarView()
        let triple = index + 2 < text.count && text[index + 1] == quote && text[index + 2] == quote
        let width = triple ? 3 : 1
        literal.append(contentsOf: text[index..<(index + width)])
        index += width
        while index < text.count {
            let scalar = text[index]
            if scalar == "\\", index + 1 < text.count {
                literal.append(contentsOf: text[index...(index + 1)])
                index += 2
                continue
            }
            if scalar == quote, !triple || (index + 2 < text.count && text[index + 1] == quote && text[index + 2] == quote) {
                literal.append(contentsOf: text[index..<(index + width)])
                index += width
                return String(literal)
            }
            // An unclosed one-line literal ends at the line's end.
            if scalar == "\n", !triple { return String(literal) }
            literal.append(scalar)
            index += 1
        }
        return String(literal)
    }

    /// Edit distance (insert, delete, replace one token) between two token lists, or nil
    /// once it is certain to exceed `limit` (a band around the diagonal keeps it linear).
    public static func distance(_ a: [String], _ b: [String], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil }
        let big = limit + 1
        var previous = [Int](repeating: big, count: b.count + 1)
        for j in 0...min(b.count, limit) { previous[j] = j }
        for i in 1...a.count {
            var current = [Int](repeating: big, count: b.count + 1)
            let low = max(1, i - limit), high = min(b.count, i + limit)
            if i <= limit { current[0] = i }
            var best = current[0]
            if low <= high {
                for j in low...high {
                    let replace = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                    current[j] = min(replace, previous[j] + 1, current[j - 1] + 1, big)
                    best = min(best, current[j])
                }
            }
            if best > limit { return nil }
            previous = current
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
