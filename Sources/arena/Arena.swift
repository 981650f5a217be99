import ArgumentParser

/// The operator's and player's entry point.
@main
struct Arena: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "arena",
        abstract: "CodeArena: competitive programming and live coding matches, edge nodes in every region plus one core.",
        subcommands: [
            Up.self, Down.self, CoreCommand.self, EdgeCommand.self, Regions.self, Problems.self, JudgeCommand.self,
            Login.self, Logout.self, Submit.self, Watch.self,
        ]
    )
}
