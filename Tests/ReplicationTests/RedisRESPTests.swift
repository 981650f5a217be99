import NIOCore
import Testing

@testable import Replication

@Suite("RESP2 decoder and encoder")
struct RedisRESPTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var wire: String
        var value: RESPValue
        var testDescription: String { self.wire.debugDescription }
    }

    static let cases: [Case] = [
        Case(wire: "+OK\r\n", value: .simpleString("OK")),
        Case(wire: "+\r\n", value: .simpleString("")),
        Case(wire: "-ERR unknown command\r\n", value: .error("ERR unknown command")),
        Case(wire: ":0\r\n", value: .integer(0)),
        Case(wire: ":1000\r\n", value: .integer(1000)),
        Case(wire: ":-42\r\n", value: .integer(-42)),
        Case(wire: ":9223372036854775807\r\n", value: .integer(.max)),
        Case(wire: ":-9223372036854775808\r\n", value: .integer(.min)),
        Case(wire: "$5\r\nhello\r\n", value: .bulkString(Array("hello".utf8))),
        Case(wire: "$0\r\n\r\n", value: .bulkString([])),
        Case(wire: "$4\r\na\r\nb\r\n", value: .bulkString(Array("a\r\nb".utf8))),
        Case(wire: "$-1\r\n", value: .bulkString(nil)),
        Case(wire: "*-1\r\n", value: .array(nil)),
        Case(wire: "*0\r\n", value: .array([])),
        Case(
            wire: "*3\r\n$9\r\nsubscribe\r\n$4\r\nnews\r\n:1\r\n",
            value: .array([.bulkString(Array("subscribe".utf8)), .bulkString(Array("news".utf8)), .integer(1)])
        ),
        Case(
            wire: "*3\r\n*2\r\n:1\r\n$1\r\na\r\n*-1\r\n*1\r\n*0\r\n",
            value: .array([.array([.integer(1), .bulkString([UInt8(ascii: "a")])]), .array(nil), .array([.array([])])])
        ),
        Case(
            wire: "*4\r\n+OK\r\n-ERR x\r\n$-1\r\n:7\r\n",
            value: .array([.simpleString("OK"), .error("ERR x"), .bulkString(nil), .integer(7)])
        ),
    ]

    private func buffer(_ bytes: some Sequence<UInt8>) -> ByteBuffer {
        ByteBuffer(bytes: Array(bytes))
    }

    private func buffer(_ string: String) -> ByteBuffer {
        ByteBuffer(string: string)
    }

    @Test("decodes every type", arguments: cases)
    func decodesValue(_ testCase: Case) throws {
        var buffer = self.buffer(testCase.wire.utf8)
        let value = try RESPDecoder.parse(from: &buffer)
        #expect(value == testCase.value)
        #expect(buffer.readableBytes == 0)
    }

    @Test("partial input split at every byte waits for the rest", arguments: cases)
    func decodesSplitInput(_ testCase: Case) throws {
        let bytes = Array(testCase.wire.utf8)
        for split in 0..<bytes.count {
            var buffer = self.buffer(bytes[..<split])
            #expect(try RESPDecoder.parse(from: &buffer) == nil, "split at \(split)")
            #expect(buffer.readerIndex == 0, "nothing consumed at split \(split)")
            buffer.writeBytes(bytes[split...])
            #expect(try RESPDecoder.parse(from: &buffer) == testCase.value, "split at \(split)")
            #expect(buffer.readableBytes == 0)
        }
    }

    @Test("byte-by-byte feeding yields each pipelined value exactly once, in order")
    func decodesByteByByte() throws {
        let wire = Self.cases.map(\.wire).joined()
        var buffer = ByteBuffer()
        var decoded: [RESPValue] = []
        for byte in wire.utf8 {
            buffer.writeInteger(byte)
            while let value = try RESPDecoder.parse(from: &buffer) {
                decoded.append(value)
            }
        }
        #expect(decoded == Self.cases.map(\.value))
        #expect(buffer.readableBytes == 0)
    }

    @Test(
        "rejects malformed input",
        arguments: [
            "?what\r\n",
            "hello\r\n",
            ":abc\r\n",
            ":\r\n",
            ":-\r\n",
            ":12a\r\n",
            ":99999999999999999999\r\n",
            "$-2\r\n",
            "$abc\r\n",
            "$3\r\nabcd\r\n",
            "*-2\r\n",
            "*x\r\n",
            "+OK\rX",
            "*2\r\n:1\r\n!\r\n",
        ]
    )
    func rejectsMalformed(_ wire: String) {
        var buffer = self.buffer(wire.utf8)
        #expect(throws: RedisError.protocolViolation) {
            _ = try RESPDecoder.parse(from: &buffer)
        }
    }

    @Test("rejects absurd nesting and endless lines")
    func rejectsHostileInput() {
        var deep = self.buffer(String(repeating: "*1\r\n", count: RESPDecoder.maximumDepth + 1) + ":1\r\n")
        #expect(throws: RedisError.protocolViolation) { _ = try RESPDecoder.parse(from: &deep) }

        var endless = self.buffer([UInt8(ascii: "+")] + Array(repeating: UInt8(ascii: "a"), count: RESPDecoder.maximumLineLength + 1))
        #expect(throws: RedisError.protocolViolation) { _ = try RESPDecoder.parse(from: &endless) }

        var hugeBulk = self.buffer("$\(RESPDecoder.maximumBulkLength + 1)\r\n".utf8)
        #expect(throws: RedisError.protocolViolation) { _ = try RESPDecoder.parse(from: &hugeBulk) }
    }

    @Test("a huge announced array does not allocate before its bytes arrive")
    func hugeArrayNeedsMoreData() throws {
        var buffer = self.buffer("*1000000000\r\n:1\r\n".utf8)
        #expect(try RESPDecoder.parse(from: &buffer) == nil)
        #expect(buffer.readerIndex == 0)
    }

    @Test("encodes commands as arrays of bulk strings")
    func encodesCommand() {
        var buffer = ByteBuffer()
        RESPEncoder.writeCommand(["SET", "kéy", ""], into: &buffer)
        #expect(String(buffer: buffer) == "*3\r\n$3\r\nSET\r\n$4\r\nkéy\r\n$0\r\n\r\n")
    }

    @Test("encoding then decoding round-trips", arguments: cases)
    func roundTrips(_ testCase: Case) throws {
        var buffer = ByteBuffer()
        RESPEncoder.write(testCase.value, into: &buffer)
        #expect(String(buffer: buffer) == testCase.wire)
        #expect(try RESPDecoder.parse(from: &buffer) == testCase.value)
    }

    @Test("accessors")
    func accessors() {
        #expect(RESPValue.simpleString("OK").string == "OK")
        #expect(RESPValue.bulkString(Array("héllo".utf8)).string == "héllo")
        #expect(RESPValue.bulkString(nil).string == nil)
        #expect(RESPValue.integer(3).string == nil)
        #expect(RESPValue.integer(3).int == 3)
        #expect(RESPValue.bulkString(Array("-12".utf8)).int == -12)
        #expect(RESPValue.simpleString("7").int == 7)
        #expect(RESPValue.bulkString(Array("x".utf8)).int == nil)
        #expect(RESPValue.error("ERR").int == nil)
        #expect(RESPValue.bulkString(nil).isNull)
        #expect(RESPValue.array(nil).isNull)
        #expect(!RESPValue.bulkString([]).isNull)
        #expect(!RESPValue.array([]).isNull)
        #expect(!RESPValue.integer(0).isNull)
    }
}
