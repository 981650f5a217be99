import Foundation
/// One line of the benchmark table.
struct Row {
    var name: String
    var p50: Duration?
    var p99: Duration?
    var throughput: Double?
    var single: Duration?

    init(name: String, latencies: [Duration], throughput: Double) {
        let sorted = latencies.sorted()
        self.name = name
        self.p50 = sorted[sorted.count / 2]
        self.p99 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.99))]
        self.throughput = throughput
    }

    init(name: String, single: Duration, throughput: Double? = nil) {
        self.name = name
        self.single = single
        self.throughput = throughput
    }

    static func table(_ rows: [Row]) -> String {
        func ms(_ duration: Duration?) -> String {
            guard let duration else { return "" }
            return String(format: "%.2f", duration.seconds * 1000)
        }
        let header = ["scenario", "p50 ms", "p99 ms", "once ms", "per second"]
        let body = rows.map { row in
            [row.name, ms(row.p50), ms(row.p99), ms(row.single), row.throughput.map { String(format: "%.0f", $0) } ?? ""]
        }
        let widths = header.indices.map { column in ([header] + body).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == 0 ? cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[index] - cell.count) + cell
            }.joined(separator: " | ")
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "-|-")
        return ([line(header), rule] + body.map(line)).joined(separator: "\n")
    }
}

extension Duration {
    var seconds: Double { Double(self.components.seconds) + Double(self.components.attoseconds) / 1e18 }
}
