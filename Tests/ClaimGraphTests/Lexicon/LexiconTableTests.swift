import Testing
@testable import ClaimGraph

@Suite struct LexiconTableTests {
    @Test func readsRowsWithTheirLineNumbersSkippingCommentsAndBlankLines() throws {
        let text = "# abbreviations\nInc.\tsuffix\n\n  \t \nDr.\tprefix\n"
        let table = try LexiconTable(text: text, source: "test.tsv", minFields: 2, maxFields: 2)
        #expect(table.rows.map(\.fields) == [["Inc.", "suffix"], ["Dr.", "prefix"]])
        #expect(table.rows.map(\.line) == [2, 5])
    }

    @Test func splitsCRLFLines() throws {
        let table = try LexiconTable(text: "Meta\tORG\r\nAlphabet\tORG\r\n", source: "crlf.tsv", minFields: 2, maxFields: 2)
        #expect(table.rows.map(\.fields) == [["Meta", "ORG"], ["Alphabet", "ORG"]])
    }

    @Test func trimsSpacesAroundFieldsButKeepsInnerOnes() throws {
        let table = try LexiconTable(text: "  Meta Platforms \t\u{A0}ORG\u{2009}\nZoë  Ángel\n", source: "t.tsv")
        #expect(table.rows.map(\.fields) == [["Meta Platforms", "ORG"], ["Zoë  Ángel"]])
    }

    @Test func namesTheLineOfAWrongFieldCount() {
        #expect(throws: ClaimGraphError.malformedLexicon(file: "t.tsv", line: 3, column: nil,
                                                         reason: "expected 2 tab-separated fields, found 3")) {
            try LexiconTable(text: "a\tb\n# c\nd\te\tf\n", source: "t.tsv", minFields: 2, maxFields: 2)
        }
    }

    @Test func namesTheColumnOfAnEmptyRequiredField() {
        #expect(throws: ClaimGraphError.malformedLexicon(file: "t.tsv", line: 1, column: 6, reason: "field 2 is empty")) {
            try LexiconTable(text: "Meta\t \tx\n", source: "t.tsv", minFields: 2)
        }
    }
}
