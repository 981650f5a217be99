import ArenaShared
import Testing

@testable import Judge

/// A language whose toolchain is missing is reported unavailable, with the reason, and
/// judging it is refused cleanly (never a crash).
@Suite struct ToolchainsTests {
    @Test func aMissingToolchainIsUnavailableWithTheReason() async throws {
        var language = try #require(LanguageTable.language(.go))
        language.requiredFiles = ["/nonexistent/bin/go"]
        let toolchains = await Toolchains.probe([language, try #require(LanguageTable.language(.c))])
        #expect(!toolchains.isAvailable(.go))
        #expect(toolchains.version(of: .go).contains("not installed (/nonexistent/bin/go missing)"))
        #expect(toolchains.isAvailable(.c))
        #expect(toolchains.version(of: .c).contains("gcc"))

        let judge = SubmissionJudge(toolchains: toolchains, cache: CompileCache(directory: "/nonexistent"))
        try await withWorker(index: 7) { worker in
            await #expect(throws: JudgeError.languageUnavailable(.go, toolchains.version(of: .go))) {
                _ = try await judge.judge(source: "package main", language: .go, problem: aPlusB, on: worker)
            }
        }
    }
}
