import Testing
@testable import ClaimGraph

/// Stages that share one word index read the same ids as with their own, and
/// the tokens are looked up once per document, not once per stage.
@Suite struct SharedWordsTests {
    static func index(_ words: [String]) -> WordIndex {
        var index = WordIndex()
        for word in words { index.insert(Array(word.utf16)) }
        return index
    }

    static let text = "Meta’s CAPEX rose to $72 billion; Siemens's unit, the Zürich-based Wertpapierbörse and 🚀 Meta said.\r\nOf"

    @Test func sharedIDsAreEachStagesOwn() throws {
        let money = Self.index(["$", "billion", "dlrs", "meta"])
        let claims = Self.index(["meta", "capex", "rose", "of", "wertpapierbörse", "siemens", "said"])
        let shared = SharedWords(merging: [money, claims])
        var document = Document(id: "t", text: Self.text)
        try Segmenter().segment(&document)
        for own in [money, claims] {
            let alone = StageWords(own)
            let sharing = alone.sharing(shared)
            var copy = document
            #expect(sharing.ids(of: &document) == alone.ids(of: &copy))
            let ids = sharing.ids(of: &document)
            for (token, id) in zip(document.tokens, ids) {
                let units = Array(document.utf16[token.range])
                #expect(id == units.withUnsafeBufferPointer { own.id(of: $0) }, "\(document.text(of: token))")
            }
        }
        let texts = document.tokens.map { document.text(of: $0) }
        let claimIDs = StageWords(claims).sharing(shared).ids(of: &document)
        #expect(claimIDs[texts.firstIndex(of: "Wertpapierbörse")!] >= 0)
        #expect(claimIDs[texts.firstIndex(of: "Of")!] >= 0)
    }

    @Test func possessivesKeepTheirStem() throws {
        let shared = SharedWords(merging: [Self.index(["meta", "siemens"])])
        var document = Document(id: "t", text: Self.text)
        try Segmenter().segment(&document)
        let words = shared.words(of: &document)
        let texts = document.tokens.map { document.text(of: $0) }
        let meta = words[texts.firstIndex(of: "Meta’s")!]
        #expect(meta.endsInApostropheS && meta.stem == shared.index.id(of: "meta"))
        #expect(words[texts.firstIndex(of: "Siemens's")!].stem == shared.index.id(of: "siemens"))
        #expect(!words[texts.firstIndex(of: "unit")!].endsInApostropheS)
    }

    /// The first stage leaves the ids on the document for the others; a
    /// document segmented again loses them.
    @Test func idsAreLookedUpOncePerSegmentation() throws {
        let shared = SharedWords(merging: [Self.index(["meta"])])
        let segmenter = try Segmenter()
        var document = Document(id: "t", text: Self.text)
        segmenter.segment(&document)
        #expect(document.sharedWords == nil)
        _ = shared.words(of: &document)
        #expect(document.sharedWords?.owner === shared)
        segmenter.segment(&document)
        #expect(document.sharedWords == nil)
    }
}
