import ArenaShared
import Foundation
import Matches

/// Plagiarism detection at the scale of a popular problem: 10,000 accepted submissions,
/// each fingerprinted (winnowing) and compared with every earlier one that shares a
/// fingerprint (an inverted index, as the core's GIN index does). The programs are the
/// library's ~100 reference solutions with identifiers renamed at random (so each appears
/// about 100 times, and most of those pairs are copies by construction), plus one in twenty
/// a renamed copy of an earlier submission: a worst case for the number of candidates.
enum PlagiarismBench {
    static func run(submissions count: Int = 10_000) throws -> (rows: [Row], notes: [String]) {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let problems = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("problems").path).sorted()
        let bases = problems.compactMap { try? String(contentsOfFile: root.appendingPathComponent("problems/\($0)/submissions/accepted/reference.cpp").path, encoding: .utf8) }
        var random = SystemRandomNumberGenerator()
        let names = ["a", "b", "x", "y", "cnt", "res", "ans", "tmp", "val", "idx", "acc", "cur"]
        func disguise(_ source: String) -> String {
            var text = source
            for word in ["n", "m", "i", "j", "k", "ans", "res", "sum", "best", "total"] where Bool.random(using: &random) {
                text = text.replacingOccurrences(of: " \(word) ", with: " \(names.randomElement(using: &random)!)_\(word) ")
            }
            return "// submission \(UInt32.random(in: 0...UInt32.max, using: &random))\n" + text
        }
        var sources: [String] = []
        sources.reserveCapacity(count)
        for index in 0..<count {
            let copy = index > 0 && index % 20 == 0
            sources.append(disguise(copy ? sources[Int.random(in: 0..<index, using: &random)] : bases[index % bases.count]))
        }

        let rssBefore = MatchBench.residentKiB()
        let clock = ContinuousClock()
        var prints: [SourceFingerprint] = []
        prints.reserveCapacity(count)
        let fingerprintStart = clock.now
        for source in sources { prints.append(SourceFingerprint(source, language: .cpp17)) }
        let fingerprinting = clock.now - fingerprintStart

        var postings: [Int64: [Int32]] = [:]
        var flagged = 0
        var compared = 0
        let compareStart = clock.now
        for (index, print) in prints.enumerated() {
            var sharedWith: [Int32: Int] = [:]
            for hash in Set(print.hashes) { for other in postings[hash] ?? [] { sharedWith[other, default: 0] += 1 } }
            // Only candidates with enough shared fingerprints get the full comparison, at most
            // `candidateLimit` of them (the core's limit per new submission), most shared first.
            let candidates = sharedWith.filter { $0.value >= FingerprintComparison.minimumShared }.sorted { $0.value > $1.value }.prefix(200)
            for (other, _) in candidates {
                compared += 1
                if FingerprintComparison(prints[Int(other)], print, withRegions: false).isSuspicious { flagged += 1 }
            }
            for hash in Set(print.hashes) { postings[hash, default: []].append(Int32(index)) }
        }
        let comparing = clock.now - compareStart
        let rssAfter = MatchBench.residentKiB()
        let fingerprints = prints.reduce(0) { $0 + $1.hashes.count }
        return (
            [
                Row(name: "plagiarism: fingerprint \(count) C++ submissions", single: fingerprinting, throughput: Double(count) / fingerprinting.seconds),
                Row(name: "plagiarism: compare each with all earlier (index)", single: comparing, throughput: Double(count) / comparing.seconds),
                Self.proofOfWork(),
            ],
            [
                "plagiarism: \(fingerprints) fingerprints (\(fingerprints / count) per program), \(compared) full comparisons, \(flagged) pairs flagged, "
                    + "RSS +\((rssAfter - rssBefore) / 1024) MiB for sources, fingerprints and index"
            ]
        )
    }

    /// What a sign-up's proof of work costs the Swift client (the CLI) at the default 16 bits:
    /// 40 fresh challenges, each solved from nonce 0.
    static func proofOfWork(challenges: Int = 40) -> Row {
        let clock = ContinuousClock()
        var times: [Duration] = []
        let all = clock.now
        for index in 0..<challenges {
            let challenge = SignUpChallenge(challenge: "v1.0.bench\(index)\(UUID().uuidString).16.x", difficulty: 16, expiresAt: Date())
            let start = clock.now
            _ = ProofOfWork.solve(challenge)
            times.append(clock.now - start)
        }
        return Row(name: "sign-up proof of work, 16 bits (CLI solve)", latencies: times, throughput: Double(challenges) / (clock.now - all).seconds)
    }
}
