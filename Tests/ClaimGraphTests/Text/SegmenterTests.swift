import Foundation
import Testing
@testable import ClaimGraph

@Suite struct SegmenterTests {
    /// Segmenters are per thread and parameterized cases run in parallel: one each.
    func segmented(_ text: String) throws -> Document {
        var document = Document(id: "case", text: text)
        try Segmenter().segment(&document)
        return document
    }

    @Test(arguments: CaseTable.load("tokens.tsv"))
    func tokens(_ row: Case) throws {
        try #require(row.fields.count == 2, "expected text and tokens")
        let document = try segmented(row.fields[0])
        let expected = row.fields[1].components(separatedBy: " | ")
        #expect(document.tokens.map(document.text(of:)) == expected)
    }

    @Test(arguments: CaseTable.load("sentences.tsv"))
    func sentences(_ row: Case) throws {
        try #require(row.fields.count == 2, "expected text and sentences")
        let document = try segmented(row.fields[0])
        let expected = row.fields[1].isEmpty ? [] : row.fields[1].components(separatedBy: " || ")
        #expect(document.sentences.map { document.text(in: $0.range) } == expected)
    }

    @Test func tokenKindsFollowICUAndOurClasses() throws {
        let document = try segmented("Meta’s $72B “plan” 🚀 1,200.50 東京 +")
        let kinds = document.tokens.map(\.kind)
        #expect(kinds == [.word, .currencySymbol, .number, .word, .punctuation, .word, .punctuation, .symbol, .number, .ideographic, .symbol])
    }

    @Test func numberGluedToScaleIsMarked() throws {
        let document = try segmented("$72B and 3bn")
        let glued = document.tokens.filter { $0.flags.contains(.gluedToNext) }.map(document.text(of:))
        #expect(glued == ["72", "3"])
    }

    @Test func flagsDescribeSpacingAndShape() throws {
        let document = try segmented("IBM said\nMeta-parent")
        let flags = document.tokens.map(\.flags)
        #expect(flags[0].contains(.allCaps) && flags[0].contains(.capitalized))
        #expect(flags[1].contains(.spaceBefore) && !flags[1].contains(.capitalized))
        #expect(flags[2].contains(.lineBreakBefore))
        #expect(!flags[3].contains(.spaceBefore), "the hyphen is glued to Meta")
    }

    @Test func emptyAndBlankTextHaveNoTokensOrSentences() throws {
        for text in ["", " ", "\r\n\r\n", "\t"] {
            let document = try segmented(text)
            #expect(document.tokens.isEmpty)
            #expect(document.sentences.isEmpty)
        }
    }

    /// The seed article: no sentence ends inside an abbreviation, and closing
    /// quotation marks stay with the sentence they end.
    @Test func seedArticleSplitsCleanly() throws {
        let url = CaseTable.projectRoot.appendingPathComponent("Corpus/dev/seed-000_55fdc2a4d40c986d.txt")
        let document = try segmented(String(contentsOf: url, encoding: .utf8))
        #expect(document.sentences.count > 40)
        for sentence in document.sentences {
            let text = document.text(in: sentence.range)
            let first = text.unicodeScalars.first!
            #expect(!["”", "’", ")", ",", "."].contains(String(first)), "sentence starts with closing punctuation: \(text)")
            let lastToken = document.tokens[sentence.tokens.upperBound - 1]
            if lastToken.flags.contains(.abbreviation) {
                Issue.record("sentence ends in an abbreviation: \(text)")
            }
        }
        let sentenceTexts = document.sentences.map { document.text(in: $0.range) }
        #expect(sentenceTexts.contains("It’s not."))
        #expect(sentenceTexts.contains("Now, it’s been delayed to fall or later.”"))
        #expect(sentenceTexts.contains("“Meta is delaying the release of its “Behemoth” AI model due to concerns about its capabilities.”"))
    }

    /// Sentences and tokens partition the text: in order, inside the text,
    /// and every token belongs to exactly one sentence.
    @Test func sentencesCoverEveryTokenOnce() throws {
        let url = CaseTable.projectRoot.appendingPathComponent("Corpus/dev/seed-000_55fdc2a4d40c986d.txt")
        let document = try segmented(String(contentsOf: url, encoding: .utf8))
        var next = 0
        for sentence in document.sentences {
            #expect(sentence.tokens.lowerBound == next)
            #expect(sentence.start == document.tokens[sentence.tokens.lowerBound].start)
            #expect(sentence.end == document.tokens[sentence.tokens.upperBound - 1].end)
            next = sentence.tokens.upperBound
        }
        #expect(next == document.tokens.count)
        #expect(zip(document.tokens, document.tokens.dropFirst()).allSatisfy { $0.end <= $1.start })
    }
}
