import Testing
@testable import ClaimGraph

@Suite struct WordIndexTests {
    /// The packed front of the vocabulary finds what the vocabulary finds, in any case, and nothing else.
    @Test func agreesWithItsVocabulary() {
        var vocabulary = Vocabulary(foldsCase: true)
        for word in ["a", "dlrs", "Swiss", "eight-ch", "ninechars", "café", "meta’s", "US$", "-"] { vocabulary.insert(word) }
        let index = WordIndex(vocabulary)
        for word in ["A", "DLRS", "swiss", "EIGHT-CH", "ninechars", "CAFÉ", "Meta's", "us$", "-", "dlr", "swis", "b", "ninechar", "€"] {
            let units = Array(word.utf16)
            let found = units.withUnsafeBufferPointer { index.id(of: $0) }
            #expect(found == vocabulary.id(of: word) ?? -1, "\(word)")
        }
    }
}
