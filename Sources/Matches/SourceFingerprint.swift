import ArenaShared

/// MOSS-style fingerprints for plagiarism detection (Schleimer, Wilkerson and Aiken's
/// winnowing). A program becomes its token stream (`SourceTokens`: comments and spacing
/// gone), normalized so renaming changes nothing: identifiers become `v`, numbers `0`,
/// string literals `"`, keywords and punctuation stay. Every run of `k` tokens is hashed,
/// and in each window of `window` consecutive hashes the smallest is kept. Two programs
/// that share a run of at least `k + window - 1` tokens share a fingerprint, whatever was
/// renamed, reordered or added around it.
public struct SourceFingerprint: Sendable, Hashable {
    public static let k = 12
    public static let window = 8

    /// The kept k-gram hashes in source order, with the line each k-gram starts on.
    public var hashes: [Int64]
    public var lines: [Int32]

    public init(hashes: [Int64], lines: [Int32]) {
        self.hashes = hashes
        self.lines = lines
    }

    public init(_ source: String, language: LanguageID, excluding template: Set<Int64> = []) {
        let tokens = SourceTokens.located(source, language: language)
        let normalized = tokens.map { Self.tokenHash(Self.normalize($0.text)) }
        var grams: [UInt64] = []
        if normalized.count >= Self.k {
            grams.reserveCapacity(normalized.count - Self.k + 1)
            for start in 0...(normalized.count - Self.k) {
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for offset in 0..<Self.k { hash = (hash ^ normalized[start + offset]) &* 0x0000_0100_0000_01b3 }
                grams.append(hash)
            }
        }
        var hashes: [Int64] = []
        var lines: [Int32] = []
        var lastPicked = -1
        let windows = max(0, grams.count - Self.window + 1)
        for start in 0..<windows {
            // The smallest hash of the window; the rightmost on ties (the paper's rule, so
            // a run of equal hashes yields one fingerprint).
            var best = start
            for index in start..<(start + Self.window) where grams[index] <= grams[best] { best = index }
            if best != lastPicked {
                lastPicked = best
                let value = Int64(bitPattern: grams[best])
                if !template.contains(value) {
                    hashes.append(value)
                    lines.append(Int32(tokens[best].line))
                }
            }
        }
        // A program shorter than one window still gets its k-grams (tiny programs are
        // never flagged anyway: see `Comparison.isSuspicious`).
        if windows == 0 {
            for (index, gram) in grams.enumerated() where !template.contains(Int64(bitPattern: gram)) {
                hashes.append(Int64(bitPattern: gram))
                lines.append(Int32(tokens[index].line))
            }
        }
        self.hashes = hashes
        self.lines = lines
    }

    static let keywords: Set<String> = [
        "if", "else", "elif", "for", "while", "do", "return", "break", "continue", "switch", "case", "default", "def", "class", "struct",
        "import", "from", "in", "not", "and", "or", "lambda", "try", "except", "catch", "throw", "new", "delete", "const", "static",
        "void", "int", "long", "short", "char", "bool", "float", "double", "auto", "unsigned", "signed", "string", "vector", "map",
        "set", "public", "private", "fun", "fn", "let", "var", "val", "func", "go", "range", "print", "println", "printf", "scanf",
        "cin", "cout", "input", "true", "false", "True", "False", "None", "null", "nil", "using", "namespace", "std", "include",
        "template", "typename", "yield", "with", "as", "pass", "global", "sizeof", "main", "len", "max", "min", "sort", "sum",
    ]

    static func normalize(_ token: String) -> String {
        guard let first = token.unicodeScalars.first else { return token }
        if first == "\"" || first == "'" || first == "`" { return "\"" }
        if ("0"..."9").contains(first) { return "0" }
        if first.properties.isAlphabetic || first == "_" {
            if token.unicodeScalars.contains(where: { $0 == "\"" || $0 == "'" }) { return "\"" }  // r"…", u8"…"
            return Self.keywords.contains(token) ? token : "v"
        }
        return token
    }

    static func tokenHash(_ token: String) -> UInt64 {
        var hash: UInt64 = 0x1000_0000_01b3
        for byte in token.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    /// The fingerprints of a language's starter code, removed from every submission's.
    public static func template(_ source: String, language: LanguageID) -> Set<Int64> {
        Set(SourceFingerprint(source, language: language).hashes)
    }
}

/// How much two fingerprints share, and where.
public struct FingerprintComparison: Sendable, Hashable, Codable {
    /// Lines of one program that match lines of the other.
    public struct Region: Sendable, Hashable, Codable {
        public var firstLines: ClosedRange<Int32>
        public var secondLines: ClosedRange<Int32>
    }

    public var shared: Int
    /// Shares of each program's fingerprints found in the other (0…1).
    public var ofFirst: Double
    public var ofSecond: Double
    public var regions: [Region]

    /// The MOSS-like rule: enough shared fingerprints (tiny programs never count), and most
    /// of one program found in the other.
    public static let minimumShared = 12
    public static let threshold = 0.6

    public var similarity: Double { max(self.ofFirst, self.ofSecond) }
    public var isSuspicious: Bool { self.shared >= Self.minimumShared && self.similarity >= Self.threshold }

    public init(_ first: SourceFingerprint, _ second: SourceFingerprint, withRegions: Bool = true) {
        let firstSet = Set(first.hashes), secondSet = Set(second.hashes)
        let common = firstSet.intersection(secondSet)
        self.shared = common.count
        self.ofFirst = firstSet.isEmpty ? 0 : Double(common.count) / Double(firstSet.count)
        self.ofSecond = secondSet.isEmpty ? 0 : Double(common.count) / Double(secondSet.count)
        self.regions = withRegions ? Self.regions(first, second, common) : []
    }

    /// Matching fingerprints paired by line, merged into runs that are close in both programs.
    static func regions(_ first: SourceFingerprint, _ second: SourceFingerprint, _ common: Set<Int64>) -> [Region] {
        guard !common.isEmpty else { return [] }
        var lineInSecond: [Int64: Int32] = [:]
        for (hash, line) in zip(second.hashes, second.lines) where common.contains(hash) && lineInSecond[hash] == nil {
            lineInSecond[hash] = line
        }
        var pairs: [(Int32, Int32)] = []
        var seen: Set<Int64> = []
        for (hash, line) in zip(first.hashes, first.lines) where common.contains(hash) && seen.insert(hash).inserted {
            if let other = lineInSecond[hash] { pairs.append((line, other)) }
        }
        var regions: [Region] = []
        for (a, b) in pairs {
            if var last = regions.last, a >= last.firstLines.lowerBound, a <= last.firstLines.upperBound + 3,
                b + 3 >= last.secondLines.lowerBound, b <= last.secondLines.upperBound + 3
            {
                last.firstLines = last.firstLines.lowerBound...max(last.firstLines.upperBound, a)
                last.secondLines = min(last.secondLines.lowerBound, b)...max(last.secondLines.upperBound, b)
                regions[regions.count - 1] = last
            } else {
                regions.append(Region(firstLines: a...a, secondLines: b...b))
            }
        }
        return regions
    }
}
