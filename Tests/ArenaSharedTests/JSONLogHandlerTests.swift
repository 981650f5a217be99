import ArenaShared
import Foundation
import Logging
import Synchronization
import Testing

@Suite("JSON log lines")
struct JSONLogHandlerTests {
    @Test("one JSON object per line with logger and call metadata as fields")
    func fields() throws {
        let lines = Mutex<[Data]>([])
        var logger = Logger(label: "arena.test") { label in JSONLogHandler(label: label) { line in lines.withLock { $0.append(line) } } }
        logger[metadataKey: "region"] = "eu-west"
        logger.info("quote \" and newline \n inside", metadata: ["user_id": "42"])
        logger.debug("below the level: not written")
        let written = lines.withLock { $0 }
        #expect(written.count == 1)
        let line = try #require(written.first)
        #expect(line.last == UInt8(ascii: "\n"))
        #expect(!line.dropLast().contains(UInt8(ascii: "\n")))
        let fields = try JSONDecoder().decode([String: String].self, from: line)
        #expect(fields["msg"] == "quote \" and newline \n inside")
        #expect(fields["level"] == "info")
        #expect(fields["label"] == "arena.test")
        #expect(fields["region"] == "eu-west")
        #expect(fields["user_id"] == "42")
        #expect(fields["ts"] != nil)
    }
}
