import Foundation

/// One JSON dialect for every hop (ISO-8601 dates, sorted keys for stable bytes).
///
/// Dates carry milliseconds (`2026-12-03T14:10:38.812Z`): whole seconds made two match
/// submissions 300 ms apart look simultaneous, and the later one won (docs/matches.md,
/// "Submission time decides"). Dates without a fraction are still read.
public enum ArenaJSON {
    static let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    static let withoutFraction = Date.ISO8601FormatStyle()

    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(date.formatted(Self.withFraction))
        }
        encoder.outputFormatting = .sortedKeys
        return encoder
    }

    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            if let date = try? Self.withFraction.parse(text) { return date }
            if let date = try? Self.withoutFraction.parse(text) { return date }
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected an ISO-8601 date, found '\(text)'")
        }
        return decoder
    }
}
