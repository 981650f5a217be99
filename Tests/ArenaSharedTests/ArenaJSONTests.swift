import ArenaShared
import Foundation
import Testing

/// The wire's dates keep milliseconds: submission order in a match is decided by them.
struct ArenaJSONTests {
    struct Stamped: Codable, Equatable {
        var at: Date
    }

    @Test func datesKeepMillisecondsAndOldTextStillReads() throws {
        let first = Stamped(at: Date(timeIntervalSince1970: 1_796_307_038.812))
        let second = Stamped(at: Date(timeIntervalSince1970: 1_796_307_039.112))
        let text = String(decoding: try ArenaJSON.encoder().encode(first), as: UTF8.self)
        #expect(text == #"{"at":"2026-12-03T14:10:38.812Z"}"#)
        let decoded = try ArenaJSON.decoder().decode(Stamped.self, from: try ArenaJSON.encoder().encode(first))
        let later = try ArenaJSON.decoder().decode(Stamped.self, from: try ArenaJSON.encoder().encode(second))
        #expect(abs(decoded.at.timeIntervalSince(first.at)) < 0.001)
        #expect(decoded.at < later.at, "300 ms apart in the same second stay ordered")
        let whole = try ArenaJSON.decoder().decode(Stamped.self, from: Data(#"{"at":"2026-12-03T14:10:38Z"}"#.utf8))
        #expect(whole.at == Date(timeIntervalSince1970: 1_796_307_038))
        #expect(throws: DecodingError.self) { try ArenaJSON.decoder().decode(Stamped.self, from: Data(#"{"at":"yesterday"}"#.utf8)) }
    }
}
