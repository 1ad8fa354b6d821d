import Foundation
import Testing
@testable import ClaimGraph

/// One row of Cases/names-org.tsv or Cases/names-person.tsv: a sentence, a
/// span of it, and the label a reader decided it has.
struct NameCase: Sendable, CustomTestStringConvertible {
    let text: String
    let span: String
    /// "ORG", "PERSON", "PRODUCT", or "none" (neither ORG nor PERSON).
    let expected: String
    /// Why the tagger gets the row wrong today, if it does.
    let knownIssue: String?
    let line: Int

    var testDescription: String { "line \(line): \(span) → \(expected)" }

    static func load(_ file: String) -> [NameCase] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Cases/\(file)").standardized
        let table = try! LexiconTable(contentsOf: url, minFields: 3, maxFields: 4)
        return table.rows.map { row in
            NameCase(text: row.fields[0], span: row.fields[1], expected: row.fields[2],
                     knownIssue: row.fields.count > 3 ? row.fields[3] : nil, line: row.line)
        }
    }

    /// Runs the default pipeline and checks the span's label.
    func check(with pipeline: Pipeline) throws {
        let document = try pipeline.process(Document(id: "case", text: text))
        let range = try #require(text.range(of: span), "the span is not in the text")
        let start = text.utf16.distance(from: text.startIndex, to: range.lowerBound)
        let utf16Range = start..<(start + span.utf16.count)
        let names = document.entities.filter { $0.label == .org || $0.label == .person }
        if expected == "none" {
            let found = names.filter { $0.overlaps(utf16Range) }.map { "\($0.label) \(document.text(in: $0.range))" }
            #expect(found.isEmpty, "\(span) tagged \(found)")
        } else {
            let found = document.entities.filter { $0.overlaps(utf16Range) }.map { "\($0.label) \(document.text(in: $0.range))" }
            #expect(document.entities.contains { $0.range == utf16Range && $0.label.rawValue == expected },
                    "expected \(expected) \(span), found \(found)")
        }
    }
}

enum NameCaseTests {
    static let pipeline = try! Pipeline()

    static func run(_ row: NameCase) throws {
        if let issue = row.knownIssue {
            try withKnownIssue(Comment(rawValue: issue)) { try row.check(with: pipeline) }
        } else {
            try row.check(with: pipeline)
        }
    }
}

@Test(arguments: NameCase.load("names-org.tsv"))
func organizationCase(_ row: NameCase) throws {
    try NameCaseTests.run(row)
}

@Test(arguments: NameCase.load("names-person.tsv"))
func personCase(_ row: NameCase) throws {
    try NameCaseTests.run(row)
}
