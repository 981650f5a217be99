import ArenaShared
import Testing
@testable import Matches

@Suite("Source tokens for Sabotage")
struct SourceTokensTests {
    @Test func pythonDropsCommentsAndSpacingButKeepsStrings() {
        let tokens = SourceTokens.tokens("x = 'a # not a comment'  # a comment\nprint( x )\n\"\"\"doc\nstring\"\"\"\n", language: .python3)
        #expect(tokens == ["x", "=", "'a # not a comment'", "print", "(", "x", ")", "\"\"\"doc\nstring\"\"\""])
        #expect(SourceTokens.tokens("s = r'\\d+' + f\"{x}\"", language: .python3) == ["s", "=", "r'\\d+'", "+", "f\"{x}\""])
        #expect(SourceTokens.tokens("n = 3.14 + 2", language: .pypy3) == ["n", "=", "3.14", "+", "2"])
    }

    @Test func cFamilyDropsBothCommentKinds() {
        let source = "int main() { /* block\n comment */ return 0; // line\n}\nchar *s = \"// kept\";"
        #expect(SourceTokens.tokens(source, language: .cpp17) == [
            "int", "main", "(", ")", "{", "return", "0", ";", "}", "char", "*", "s", "=", "\"// kept\"", ";",
        ])
        #expect(SourceTokens.tokens("a -- comment\nb", language: .haskell) == ["a", "b"])
    }

    @Test func distanceCountsTokenEditsWithinALimit() {
        let a = ["a", "+", "b"]
        #expect(SourceTokens.distance(a, a, limit: 0) == 0)
        #expect(SourceTokens.distance(a, ["a", "-", "b"], limit: 3) == 1)
        #expect(SourceTokens.distance(a, ["a", "+", "b", "+", "1"], limit: 3) == 2)
        #expect(SourceTokens.distance(a, ["a", "+", "b", "+", "1"], limit: 1) == nil)
        #expect(SourceTokens.distance([], ["x"], limit: 1) == 1)
        #expect(SourceTokens.distance(Array(repeating: "x", count: 400), Array(repeating: "y", count: 400), limit: 12) == nil)
    }
}
