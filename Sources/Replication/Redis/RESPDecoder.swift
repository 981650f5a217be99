import NIOCore

/// Decodes RESP2 replies from the byte stream coming from Redis.
///
/// Written as a `ByteToMessageDecoder` so that NIO handles buffering: a reply may arrive split
/// across any number of reads, and one read may contain many pipelined replies. The decoder only
/// consumes bytes once a complete (possibly nested) value is available, and throws
/// ``RedisError/protocolViolation`` for anything that is not RESP2, after which
/// `ByteToMessageHandler` closes the connection (its framing can no longer be trusted).
struct RESPDecoder: ByteToMessageDecoder {
    typealias InboundOut = RESPValue

    /// Longest status/error/length line accepted without a terminating CRLF.
    static let maximumLineLength = 1 << 20
    /// Same as Redis' default `proto-max-bulk-len`.
    static let maximumBulkLength = 512 << 20
    /// Nesting limit for arrays, so hostile input cannot exhaust the stack.
    static let maximumDepth = 128

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let value = try Self.parse(from: &buffer) else {
            return .needMoreData
        }
        context.fireChannelRead(Self.wrapInboundOut(value))
        return .continue
    }

    /// Parses one complete value from the front of `buffer`.
    ///
    /// - Returns: the value, with the reader index moved past it; or `nil` (reader index unchanged)
    ///   if the buffer holds only part of a value.
    /// - Throws: ``RedisError/protocolViolation`` if the bytes cannot be RESP2.
    static func parse(from buffer: inout ByteBuffer) throws(RedisError) -> RESPValue? {
        var cursor = buffer  // shares storage; only the reader index moves
        guard let value = try self.parseValue(&cursor, depth: 0) else {
            return nil
        }
        buffer.moveReaderIndex(to: cursor.readerIndex)
        return value
    }

    private static func parseValue(_ buffer: inout ByteBuffer, depth: Int) throws(RedisError) -> RESPValue? {
        guard let type = buffer.readInteger(as: UInt8.self) else {
            return nil
        }
        switch type {
        case UInt8(ascii: "+"):
            guard let line = try self.readLine(&buffer) else { return nil }
            return .simpleString(String(decoding: line, as: UTF8.self))

        case UInt8(ascii: "-"):
            guard let line = try self.readLine(&buffer) else { return nil }
            return .error(String(decoding: line, as: UTF8.self))

        case UInt8(ascii: ":"):
            guard let line = try self.readLine(&buffer) else { return nil }
            return .integer(try self.parseInteger(line))

        case UInt8(ascii: "$"):
            guard let line = try self.readLine(&buffer) else { return nil }
            let length = try self.parseInteger(line)
            if length == -1 {
                return .bulkString(nil)
            }
            guard length >= 0, length <= self.maximumBulkLength else {
                throw .protocolViolation
            }
            guard buffer.readableBytes >= length + 2 else {
                return nil
            }
            let bytes = buffer.readBytes(length: length)!
            guard buffer.readInteger(as: UInt16.self) == crlf else {
                throw .protocolViolation
            }
            return .bulkString(bytes)

        case UInt8(ascii: "*"):
            guard let line = try self.readLine(&buffer) else { return nil }
            let count = try self.parseInteger(line)
            if count == -1 {
                return .array(nil)
            }
            guard count >= 0, depth < self.maximumDepth else {
                throw .protocolViolation
            }
            // Every element takes at least 3 bytes ("+\r\n"): don't even try (or allocate)
            // before enough bytes could possibly be there.
            guard count <= buffer.readableBytes / 3 else {
                return nil
            }
            var elements: [RESPValue] = []
            elements.reserveCapacity(count)
            for _ in 0..<count {
                guard let element = try self.parseValue(&buffer, depth: depth + 1) else {
                    return nil
                }
                elements.append(element)
            }
            return .array(elements)

        default:
            throw .protocolViolation
        }
    }

    /// Reads the bytes up to the next CRLF and consumes the CRLF; `nil` if no full line is there yet.
    private static func readLine(_ buffer: inout ByteBuffer) throws(RedisError) -> ByteBufferView? {
        let view = buffer.readableBytesView
        guard let cr = view.firstIndex(of: UInt8(ascii: "\r")) else {
            if view.count > self.maximumLineLength {
                throw .protocolViolation
            }
            return nil
        }
        let lf = view.index(after: cr)
        guard lf < view.endIndex else {
            return nil
        }
        guard view[lf] == UInt8(ascii: "\n") else {
            throw .protocolViolation
        }
        let line = view[view.startIndex..<cr]
        buffer.moveReaderIndex(forwardBy: line.count + 2)
        return line
    }

    /// Parses an optionally negative decimal integer, rejecting anything else (including overflow).
    private static func parseInteger(_ line: ByteBufferView) throws(RedisError) -> Int {
        var index = line.startIndex
        var negative = false
        if index < line.endIndex, line[index] == UInt8(ascii: "-") {
            negative = true
            index = line.index(after: index)
        }
        guard index < line.endIndex else {
            throw .protocolViolation
        }
        var value = 0
        while index < line.endIndex {
            let byte = line[index]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else {
                throw .protocolViolation
            }
            let digit = Int(byte - UInt8(ascii: "0"))
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (next, overflow2) =
                negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !overflow1, !overflow2 else {
                throw .protocolViolation
            }
            value = next
            index = line.index(after: index)
        }
        return value
    }
}

/// `\r\n` read as a big-endian `UInt16`.
private let crlf = UInt16(UInt8(ascii: "\r")) << 8 | UInt16(UInt8(ascii: "\n"))
