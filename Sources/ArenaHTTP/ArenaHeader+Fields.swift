import ArenaShared
import HTTPTypes

extension ArenaHeader {
    public static let commitLSNField = HTTPField.Name(commitLSN)!
    public static let minimumLSNField = HTTPField.Name(minimumLSN)!
    public static let regionField = HTTPField.Name(region)!
    public static let edgeSecretField = HTTPField.Name(edgeSecret)!
    public static let servedByField = HTTPField.Name(servedBy)!
    public static let cacheField = HTTPField.Name(cache)!
    public static let importResultField = HTTPField.Name(importResult)!
    public static let clientAddressField = HTTPField.Name(clientAddress)!
    public static let idempotencyKeyField = HTTPField.Name(idempotencyKey)!
}
