import NIOCore

/// Encodes RESP2 values, and commands as arrays of bulk strings (the only form Redis accepts
/// from clients besides inline commands).
///
/// Bulk strings are length-prefixed and therefore binary safe, so keys and values may contain
/// CR/LF or any bytes. The `MessageToByteEncoder` conformance lets it sit in a NIO pipeline
/// (used by the subscriber); the static helpers let the request handler encode a whole pipeline
/// of commands into one buffer without intermediate copies.
struct RESPEncoder: MessageToByteEncoder {
    typealias OutboundIn = RESPValue

    func encode(data: RESPValue, out: inout ByteBuffer) {
        Self.write(data, into: &out)
    }

    /// Writes `value` in wire format. Simple strings and errors must not contain CR or LF
    /// (that is a RESP2 rule); clients only ever send arrays of bulk strings anyway.
    static func write(_ value: RESPValue, into buffer: inout ByteBuffer) {
        switch value {
        case .simpleString(let string):
            buffer.writeInteger(UInt8(ascii: "+"))
            buffer.writeString(string)
            buffer.writeStaticString("\r\n")
        case .error(let message):
            buffer.writeInteger(UInt8(ascii: "-"))
            buffer.writeString(message)
            buffer.writeStaticString("\r\n")
        case .integer(let integer):
            buffer.writeInteger(UInt8(ascii: ":"))
            buffer.writeString(String(integer))
            buffer.writeStaticString("\r\n")
        case .bulkString(.none):
            buffer.writeStaticString("$-1\r\n")
        case .bulkString(.some(let bytes)):
            buffer.writeInteger(UInt8(ascii: "$"))
            buffer.writeString(String(bytes.count))
            buffer.writeStaticString("\r\n")
            buffer.writeBytes(bytes)
            buffer.writeStaticString("\r\n")
        case .array(.none):
            buffer.writeStaticString("*-1\r\n")
        case .array(.some(let elements)):
            buffer.writeInteger(UInt8(ascii: "*"))
            buffer.writeString(String(elements.count))
            buffer.writeStaticString("\r\n")
            for element in elements {
                self.write(element, into: &buffer)
            }
        }
    }

    /// Writes a command such as `["SET", "key", "value"]` as an array of bulk strings.
    static func writeCommand(_ arguments: [String], into buffer: inout ByteBuffer) {
        buffer.writeInteger(UInt8(ascii: "*"))
        buffer.writeString(String(arguments.count))
        buffer.writeStaticString("\r\n")
        for argument in arguments {
            buffer.writeInteger(UInt8(ascii: "$"))
            buffer.writeString(String(argument.utf8.count))
            buffer.writeStaticString("\r\n")
            buffer.writeString(argument)
            buffer.writeStaticString("\r\n")
        }
    }
}
