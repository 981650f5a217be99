import ArgumentParser
import Foundation

#if canImport(Glibc)
import Glibc
#endif

struct Down: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Stop a deployment started with `arena up --detach`.")

    @Option(help: "The data folder the deployment runs from.")
    var data: String = ".arena"

    func run() async throws {
        let layout = try DataLayout(root: self.data)
        guard let pid = layout.runningPID() else {
            print("No deployment is running from \(layout.root).")
            return
        }
        kill(pid, SIGTERM)
        let deadline = ContinuousClock.now + .seconds(90)
        while kill(pid, 0) == 0 && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(100)) }
        if kill(pid, 0) == 0 {
            printError("the deployment (pid \(pid)) did not stop within 90 s; see \(layout.logFile("up"))")
            throw ExitCode(1)
        }
        print("Stopped the deployment (pid \(pid)).")
    }
}
