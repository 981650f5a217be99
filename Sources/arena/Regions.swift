import ArenaShared
import ArgumentParser

struct Regions: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Work with regions.yaml, the operator's description of the deployment.",
        subcommands: [Validate.self])

    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a regions.yaml and report every problem with its line and a fix; print a summary when valid.")

        @Argument(help: "Path of the file.")
        var file: String = "regions.yaml"

        func run() async throws {
            do {
                let configuration = try RegionsConfiguration.load(path: self.file)
                print("\(self.file): valid\n")
                print(configuration.summary)
            } catch {
                printError(error.description)
                throw ExitCode(1)
            }
        }
    }
}
