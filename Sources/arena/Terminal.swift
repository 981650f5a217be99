import ArgumentParser
import Foundation
import Judge

func printError(_ text: String, terminator: String = "\n") {
    FileHandle.standardError.write(Data((text + terminator).utf8))
}

/// A fresh private work folder for a judge this command starts (`mkdtemp`, 0700).
func privateWorkDirectory(_ prefix: String) throws -> String {
    do {
        return try SandboxConfiguration.privateDirectory(prefix: prefix)
    } catch {
        printError("\(error)")
        throw ExitCode(1)
    }
}

/// Prints without buffering, so a detached run's log shows progress as it happens.
func say(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}
