import Foundation
import Testing

@testable import Judge

/// The compile cache stays within its bounds: least recently used entries go first, and
/// entries unused for longer than the age limit go whatever the size.
struct CompileCacheTests {
    func cache(maximumBytes: Int64) throws -> (CompileCache, String) {
        let directory = NSTemporaryDirectory() + "arena-cache-test-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return (CompileCache(directory: directory, maximumBytes: maximumBytes, maximumAge: .seconds(3600)), directory)
    }

    func program(_ byte: UInt8) -> CompileCache.Entry {
        .compiled(files: [CompileCache.BoxFile(path: "main", contents: Data(repeating: byte, count: 400), executable: true)])
    }

    /// Sets an entry's last use `seconds` ago.
    func age(_ directory: String, _ key: String, seconds: Int) {
        let then = Date().addingTimeInterval(-Double(seconds)).timeIntervalSince1970
        var times = [timeval(tv_sec: Int(then), tv_usec: 0), timeval(tv_sec: Int(then), tv_usec: 0)]
        utimes("\(directory)/\(key)", &times)
    }

    @Test func theLeastRecentlyUsedEntryGoesFirst() throws {
        let (cache, directory) = try self.cache(maximumBytes: 1000)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        cache.store("a", self.program(1))
        cache.store("b", self.program(2))
        self.age(directory, "a", seconds: 100)
        self.age(directory, "b", seconds: 50)
        #expect(cache.lookup("a") != nil, "a hit makes a the most recently used")
        cache.store("c", self.program(3))  // 1,200 bytes > 1,000: evict down to 900
        #expect(cache.lookup("b") == nil)
        #expect(cache.lookup("a") != nil)
        #expect(cache.lookup("c") != nil)
        #expect(cache.bytes == 800)
        #expect(!((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).contains { $0.hasPrefix(".") }, "no staging or evicted leftovers")
    }

    @Test func entriesPastTheAgeLimitGo() throws {
        let (cache, directory) = try self.cache(maximumBytes: 1 << 20)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        cache.store("old", .failed(message: "error: expected ';'"))
        cache.store("new", self.program(4))
        self.age(directory, "old", seconds: 7200)
        let removed = cache.evict()
        #expect(removed == Int64("error: expected ';'".utf8.count))
        #expect(cache.lookup("old") == nil)
        #expect(cache.lookup("new") != nil)
    }
}
