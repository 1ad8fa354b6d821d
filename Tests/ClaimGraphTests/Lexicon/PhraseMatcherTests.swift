import Testing
@testable import ClaimGraph

struct PhraseMatcherTests {
    let segmenter = try! Segmenter()

    @Test func matchesPhrasesThatShareWords() {
        var matcher = PhraseMatcher()
        let indices = matcher.insert(["Morgan Stanley", "Morgan Stanley Group Inc", "J.P. Morgan", "Morgan"], segmenter: segmenter)
        #expect(indices == [0, 1, 2, 3])
        var document = Document(id: "m", text: "J.P. Morgan and Morgan Stanley Group Inc. and Morgan Stanley")
        segmenter.segment(&document)
        let ids = matcher.ids(in: document)
        var found = [Int32]()
        var index = 0
        while index < document.tokens.count {
            if let match = matcher.longestMatch(at: index, limit: document.tokens.count, ids: ids, in: document, checksCase: true) {
                found.append(match.phrase)
                index = match.tokens.upperBound
            } else {
                index += 1
            }
        }
        #expect(found == [2, 1, 0])
    }

    @Test func foldedDuplicatesShareAnIndexAndKeepBothSpellings() {
        var matcher = PhraseMatcher()
        let indices = matcher.insert(["Llama", "LLaMA", ""], segmenter: segmenter)
        #expect(indices == [0, 0, nil])
        var document = Document(id: "m", text: "Llama LLaMA llama")
        segmenter.segment(&document)
        let ids = matcher.ids(in: document)
        let matched = (0..<3).map { matcher.longestMatch(at: $0, limit: 3, ids: ids, in: document, checksCase: true) != nil }
        #expect(matched == [true, true, false])
    }
}
