import Foundation
import Logging

/// A logger for tests: quiet unless `ARENA_TEST_LOG_LEVEL` asks for more.
public func makeTestLogger(_ label: String) -> Logger {
    var logger = Logger(label: label)
    logger.logLevel = ProcessInfo.processInfo.environment["ARENA_TEST_LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0) } ?? .warning
    return logger
}
