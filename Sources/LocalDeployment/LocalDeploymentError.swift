/// Why a local server could not be prepared or started, with what to do about it.
public enum LocalDeploymentError: Error, CustomStringConvertible {
    case missingTool(String)
    case launchFailed(executable: String, reason: String)
    case commandFailed(command: String, output: String)
    case notReady(name: String, logTail: String)
    case noFreePort

    public var description: String {
        switch self {
        case .missingTool(let tool):
            "\(tool) is not installed; run `bash infra/install.sh` (installs PostgreSQL, Redis and the C libraries)"
        case .launchFailed(let executable, let reason): "could not start \(executable): \(reason)"
        case .commandFailed(let command, let output): "`\(command)` failed:\n\(output)"
        case .notReady(let name, let logTail): "\(name) did not become ready; last log lines:\n\(logTail)"
        case .noFreePort: "no free loopback port could be found"
        }
    }
}
