import Foundation
import Testing
@testable import ClaimGraph

/// Loading the claim lexicons: every predicate of the guidelines is there, and
/// a malformed line is an error naming its file and line.
@Suite struct ClaimLexiconTests {
    static let lexiconFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/ClaimGraph/Lexicons")

    @Test func everyGuidelinePredicateHasWords() throws {
        let lexicon = try ClaimLexicon(directory: .bundled)
        let names = Set(lexicon.predicates.map(\.name))
        for predicate in ["capex", "investment", "spending", "revenue", "profit", "loss", "expense", "assets", "debt", "loan",
                          "dividend", "valuation", "funding", "acquisition", "sale", "stake", "fine", "payment", "budget",
                          "price", "release", "delay", "departure", "appointment", "hire", "layoff"] {
            #expect(names.contains(predicate), "\(predicate)")
        }
        #expect(lexicon.pricePredicate != nil && lexicon.stakePredicate != nil)
    }

    /// Word ids come from a table of short ASCII words and from the vocabulary
    /// for the others; either way a token gets its word's id, whatever its
    /// case, its apostrophe or where it stands in the text.
    @Test func tokensGetTheIDsOfTheirWords() throws {
        let lexicon = try ClaimLexicon(directory: .bundled)
        var document = Document(id: "t", text: "THE Company’s Capital Expenditures rose, it's said; Respectively zzz Of")
        try Segmenter().segment(&document)
        let ids = StageWords(lexicon.vocabulary.words).ids(of: &document)
        for (token, id) in zip(document.tokens, ids) {
            #expect(id == (lexicon.vocabulary.words.vocabulary.id(of: document.utf16[token.range]) ?? -1), "\(document.text(of: token))")
        }
        #expect(ids[0] == lexicon.keywords.the && ids[0] >= 0)
        #expect(ids.last == lexicon.keywords.of && lexicon.keywords.of >= 0)
        #expect(ids.contains(lexicon.keywords.respectively))
    }

    /// A copy of the shipped lexicons with one file replaced.
    static func folder(replacing name: String, with text: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claim-lexicons-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in try FileManager.default.contentsOfDirectory(atPath: lexiconFolder.path) where file.hasSuffix(".tsv") {
            try FileManager.default.copyItem(at: lexiconFolder.appendingPathComponent(file), to: folder.appendingPathComponent(file))
        }
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        return folder
    }

    @Test(arguments: [
        ("predicates.tsv", "# comment\ncapex\tfigure\tcapex\tORG\tMONEY\t-\ncapex\tshape\tcapex\tORG\tMONEY\t-\n", 3),
        ("predicates.tsv", "release\tevent\trelease\tORG\tPRODUCT\tsoon\n", 1),
        ("predicates.tsv", "capex\tfigure\tcapex\tORG\tPRODUCT\t-\n", 1),
        ("modality-cues.tsv", "plans to\tplanned\nwill\tsurely\n", 2),
        ("attribution-cues.tsv", "said\tstatement\tbehind\n", 1),
        ("phrase-words.tsv", "the\tdeterminer\nof the\tpreposition\n", 2),
        ("claim-rules.tsv", "claims.event\thigh\tevents\n", 1),
    ])
    func malformedLinesAreErrorsWithFileAndLine(file: String, text: String, line: Int) throws {
        let folder = try Self.folder(replacing: file, with: text)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect {
            _ = try ClaimLexicon(directory: .folder(folder))
        } throws: { error in
            guard case .malformedLexicon(let source, let errorLine, _, _)? = error as? ClaimGraphError else { return false }
            return source.hasSuffix(file) && errorLine == line
        }
    }

    @Test func everyRuleNeedsAConfidence() throws {
        let folder = try Self.folder(replacing: "claim-rules.tsv", with: "claims.event\t0.7\tevents\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: ClaimGraphError.self) { try ClaimLexicon(directory: .folder(folder)) }
    }
}
