import Testing
@testable import ClaimGraph

@Suite struct VocabularyTests {
    /// Indexing the short keys changes no answer, for keys inserted before it or after.
    @Test func shortKeyIndexAgreesWithHashing() {
        var plain = Vocabulary(foldsCase: true)
        for word in ["a", "dlrs", "Swiss", "eight-ch", "ninechars", "café", "meta’s", "US$", "-"] { plain.insert(word) }
        var indexed = plain
        indexed.indexShortKeys()
        for word in ["Inc", "o'neil", "Zürich", "d’or"] {
            #expect(indexed.insert(word) == plain.insert(word), "\(word)")
        }
        for word in ["A", "DLRS", "swiss", "EIGHT-CH", "ninechars", "CAFÉ", "Meta's", "META’S", "us$", "-", "INC", "O’Neil",
                     "zÜrich", "D'OR", "d’or", "dlr", "swis", "b", "ninechar", "€", "inc."] {
            #expect(indexed.id(of: word) == plain.id(of: word), "\(word)")
        }
    }
}
