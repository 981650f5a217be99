import ArenaShared
import Foundation
import Hummingbird
import NIOCore

extension Request {
    /// Reads at most `limit` bytes and decodes them, turning every failure into a 4xx
    /// that names the offending field.
    public func decodeJSON<Value: Decodable>(as type: Value.Type, limit: Int = 64 * 1024) async throws -> Value {
        let body = self.body
        let buffer: ByteBuffer
        do {
            buffer = try await body.collect(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw APIError.payloadTooLarge(limit: limit)
        }
        guard buffer.readableBytes > 0 else { throw APIError.badRequest("request body is empty; send a JSON object", code: "invalid_json") }
        do {
            return try ArenaJSON.decoder().decode(Value.self, from: Data(buffer.readableBytesView))
        } catch let error as DecodingError {
            throw APIError.badRequest(Self.describe(error), code: "invalid_json")
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ codingPath: [any CodingKey], _ key: (any CodingKey)? = nil) -> String {
            let keys = (codingPath + (key.map { [$0] } ?? [])).map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.isEmpty ? "body" : keys.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing field `\(path(context.codingPath, key))`"
        case .typeMismatch(let type, let context): return "field `\(path(context.codingPath))` must be of type \(type)"
        case .valueNotFound(let type, let context): return "field `\(path(context.codingPath))` must be a \(type), not null"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "request body is not valid JSON" : "field `\(path(context.codingPath))` is invalid: \(context.debugDescription)"
        @unknown default: return "request body could not be decoded"
        }
    }
}
