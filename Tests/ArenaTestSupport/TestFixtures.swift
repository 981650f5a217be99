import ArenaShared

/// Inputs shared by several test targets.
public enum TestFixtures {
    public static func problem(_ slug: String, difficulty: Int = 1200, tags: [String] = ["graphs"]) -> ProblemInput {
        ProblemInput(
            slug: slug, title: "Title of \(slug)", statement: "Statement of \(slug)", difficulty: difficulty, tags: tags,
            tests: [TestCase(input: "1\n", output: "1\n", sample: true), TestCase(input: "2\n", output: "2\n", sample: false)])
    }
}
