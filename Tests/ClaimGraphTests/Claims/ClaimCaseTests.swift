import Foundation
import Testing
@testable import ClaimGraph

/// The claim case table (Cases/claims.tsv): real sentences with their
/// entities marked by hand and the claims a reader finds in them.
@Suite struct ClaimCaseTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var line: Int
        var source: String
        var date: CalendarDate?
        var organization: String?
        var markedText: String
        var expected: [String]

        var testDescription: String { "claims.tsv:\(line) \(source): \(markedText.prefix(60))" }
    }

    static let cases: [Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Cases/claims.tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var cases: [Case] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5 else {
                cases.append(Case(line: index + 1, source: "malformed", markedText: String(line), expected: ["5 fields"]))
                continue
            }
            let expected = fields[4] == "-" ? [] : fields[4].components(separatedBy: " ; ")
            cases.append(Case(line: index + 1, source: fields[0], date: CalendarDate(fields[1]),
                              organization: fields[2] == "-" ? nil : fields[2], markedText: fields[3], expected: expected))
        }
        return cases
    }()

    static let stage = try? ClaimStage(lexicons: .bundled)

    @Test func tableHasEnoughCases() {
        #expect(Self.cases.count >= 100)
        #expect(Self.cases.filter(\.expected.isEmpty).count >= 20)
    }

    /// The claim stage alone, on the hand-marked entities.
    @Test(arguments: cases)
    func claimsFromMarkedEntities(_ testCase: Case) throws {
        let (text, entities) = HandEntities.parse(testCase.markedText)
        var document = try HandEntities.document(id: testCase.source, text: text, entities: entities,
                                                 date: testCase.date, organization: testCase.organization)
        try #require(Self.stage).process(&document)
        let lines = document.claims.map { ClaimDescription.describe($0, in: document) }
        #expect(lines == testCase.expected)
    }

    static let pipeline = try? Pipeline()

    /// The claim with its subject and time left out: what the claim rules
    /// decide whichever tagger named the subject and the date.
    static func core(_ line: String) -> String {
        let fields = line.split(separator: "|", omittingEmptySubsequences: false)
        return ([fields[0], fields[2], fields[4]] + fields.dropFirst(5)).joined(separator: "|")
    }

    /// The whole pipeline on the plain text: the taggers' entities instead of
    /// the marked ones. Subjects and times are compared in the test above;
    /// here canonical names and date values are the taggers' own, and a row
    /// also differs where a tagger misses a name in an isolated sentence, so
    /// the test asks that most rows agree and lists the ones that do not.
    @Test(.enabled(if: pipeline?.stageNames.contains("names") == true, "needs the entity taggers"))
    func claimsThroughThePipelineMostlyAgree() throws {
        let pipeline = try #require(Self.pipeline)
        var disagreements: [String] = []
        for testCase in Self.cases {
            let (text, _) = HandEntities.parse(testCase.markedText)
            let document = try pipeline.process(Document(id: testCase.source, text: text, date: testCase.date,
                                                         organization: testCase.organization))
            let lines = document.claims.map { Self.core(ClaimDescription.describe($0, in: document)) }
            if lines != testCase.expected.map(Self.core) {
                disagreements.append("claims.tsv:\(testCase.line): \(lines) != \(testCase.expected.map(Self.core))")
            }
        }
        let agreement = 1 - Double(disagreements.count) / Double(max(Self.cases.count, 1))
        #expect(agreement >= 0.8, "\(disagreements.joined(separator: "\n"))")
    }
}
