import Foundation
import Testing

/// A row of a case table: where the case came from and its fields.
struct Case: CustomTestStringConvertible, Sendable {
    /// The file and line, so a failing row names itself.
    let location: String
    /// Who the text comes from ("S" the seed, "R145" a Reuters NEWID, "E" an edge case).
    let source: String
    /// The remaining fields, unescaped (\n, \r, \t).
    let fields: [String]

    var testDescription: String { "\(location) [\(source)] \(fields.first ?? "")" }
}

/// Case tables: TSV files in Tests/ClaimGraphTests/Cases, one case a line,
/// `#` comments, the first field naming the case's source.
enum CaseTable {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Cases")

    /// The rows of `name`, with escapes in the fields undone.
    static func load(_ name: String) -> [Case] {
        guard let text = try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) else {
            return [Case(location: name, source: "missing", fields: ["case table \(name) cannot be read"])]
        }
        var cases = [Case]()
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { unescape(String($0)) }
            cases.append(Case(location: "\(name):\(index + 1)", source: fields[0], fields: Array(fields.dropFirst())))
        }
        return cases
    }

    static func unescape(_ field: String) -> String {
        field.replacingOccurrences(of: "\\r", with: "\r")
            .replacingOccurrences(of: "\\n", with: "\n")
            .replacingOccurrences(of: "\\t", with: "\t")
    }

    /// The project's root folder, for tests over Corpus/ and shared texts.
    static let projectRoot = directory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
