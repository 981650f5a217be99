import Foundation
import Logging
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// `bits/stdc++.h` precompiled once per host and C++ standard (as Codeforces does): most
/// C++ solutions include it, and parsing it dominates their compile time (about 2 s of
/// a 2.3 s compile here). The headers are built on the host from the system's own
/// header, trusted input, into a shared cache folder that every container binds
/// read-only; `g++ -I<dir>` finds `bits/stdc++.h.gch` before the header, and silently
/// falls back to the header when the PCH does not match the flags.
public enum PrecompiledHeaders {
    public static let directory = "/var/cache/arena-judge/pch"
    public static let standards = ["gnu++17", "gnu++20"]

    /// The `-I` folder for a standard's PCH.
    public static func includeDirectory(_ standard: String) -> String { "\(Self.directory)/\(standard)" }

    /// One preparation per process: pools that start together (the edges of a test
    /// deployment, of `arena up`) wait for the same compile instead of each starting two.
    private static let preparation = Mutex<Task<Void, Never>?>(nil)

    /// Builds what is missing (a few seconds each, once per host and compiler version).
    /// Failure is not fatal: C++ still compiles, only slower.
    public static func prepare(logger: Logger) async {
        let task = Self.preparation.withLock { running in
            if let running { return running }
            let started = Task {
                await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                    DispatchQueue.global().async {
                        Self.prepareBlocking(logger: logger)
                        continuation.resume()
                    }
                }
            }
            running = started
            return started
        }
        await task.value
    }

    private static func prepareBlocking(logger: Logger) {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/g++"),
            let header = Self.systemHeader()
        else { return }
        guard mkdirParents(Self.directory) == 0 else {
            logger.warning("cannot create the precompiled-header folder", metadata: ["folder": "\(Self.directory)"])
            return
        }
        // One compile per host: other processes (each edge of `arena up`, a test's child
        // binaries) wait here, then find the stamp written and skip. On a cold host a dozen
        // concurrent compiles of the same header took minutes on two cores.
        let lock = open("\(Self.directory)/.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        if lock >= 0 {
            while flock(lock, LOCK_EX) != 0 && errno == EINTR {}
        }
        defer {
            if lock >= 0 {
                flock(lock, LOCK_UN)
                close(lock)
            }
        }
        for standard in Self.standards {
            let target = "\(Self.includeDirectory(standard))/bits/stdc++.h.gch"
            let stamp = target + ".source"
            // Rebuilt when the compiler's header changes (a gcc upgrade moves it).
            if FileManager.default.fileExists(atPath: target),
                (try? String(contentsOfFile: stamp, encoding: .utf8)) == header
            {
                continue
            }
            let folder = (target as NSString).deletingLastPathComponent
            guard mkdirParents(folder) == 0 else {
                logger.warning("cannot create the precompiled-header folder", metadata: ["folder": "\(folder)"])
                return
            }
            let staging = "\(target).\(UUID().uuidString).tmp"
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/g++")
            process.arguments = ["-std=\(standard)", "-O2", "-x", "c++-header", header, "-o", staging]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            do {
                try process.run()
                process.waitUntilExit()
            } catch {
                logger.warning("cannot precompile bits/stdc++.h", metadata: ["error": "\(error)"])
                return
            }
            guard process.terminationStatus == 0, rename(staging, target) == 0 else {
                unlink(staging)
                logger.warning("precompiling bits/stdc++.h failed", metadata: ["standard": "\(standard)"])
                continue
            }
            chmod(target, 0o644)
            try? header.write(toFile: stamp, atomically: true, encoding: .utf8)
            logger.info("precompiled bits/stdc++.h", metadata: ["standard": "\(standard)"])
        }
    }

    /// The compiler's own `bits/stdc++.h` (e.g. /usr/include/x86_64-linux-gnu/c++/12/bits/stdc++.h).
    static func systemHeader() -> String? {
        let root = "/usr/include"
        let triples = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).filter { $0.contains("linux-gnu") }.sorted()
        for triple in triples {
            let versions = ((try? FileManager.default.contentsOfDirectory(atPath: "\(root)/\(triple)/c++")) ?? [])
                .sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }
            for version in versions {
                let path = "\(root)/\(triple)/c++/\(version)/bits/stdc++.h"
                if FileManager.default.fileExists(atPath: path) { return path }
            }
        }
        return nil
    }
}
