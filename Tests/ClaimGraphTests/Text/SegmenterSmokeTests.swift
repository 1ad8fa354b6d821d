import Testing
@testable import ClaimGraph

@Test func segmenterKeepsAbbreviationsInsideSentences() throws {
    var document = Document(id: "t", text: "Dr. Jones met the U.S. Senate. Meta Platforms Inc. said so.")
    try Segmenter().segment(&document)
    #expect(document.sentences.map { document.text(in: $0.range) } == ["Dr. Jones met the U.S. Senate.", "Meta Platforms Inc. said so."])
}
