import Testing
@testable import ClaimGraph

@Suite struct WordIndexTests {
    /// The fast front finds what the vocabulary finds, in any case and with
    /// either apostrophe, whichever of the two the lexicon word was written with.
    @Test func agreesWithItsVocabulary() {
        var index = WordIndex()
        var vocabulary = Vocabulary(foldsCase: true)
        for word in ["a", "dlrs", "Swiss", "eight-ch", "ninechars", "café", "meta’s", "US$", "-", "o’brien", "d'or"] {
            index.insert(Array(word.utf16))
            vocabulary.insert(word)
        }
        for word in ["A", "DLRS", "swiss", "EIGHT-CH", "ninechars", "CAFÉ", "Meta's", "us$", "-", "O'Brien", "O’BRIEN",
                     "D’Or", "dlr", "swis", "b", "ninechar", "€"] {
            let units = Array(word.utf16)
            let found = units.withUnsafeBufferPointer { index.id(of: $0) }
            #expect(found == vocabulary.id(of: word) ?? -1, "\(word)")
            #expect(found >= 0 || ["dlr", "swis", "b", "ninechar", "€"].contains(word), "\(word)")
        }
    }
}
