/// The words of a set of lexicon phrases, shared by the ``PhraseTrie``s built
/// from them, so that each token of a document is looked up once.
struct PhraseVocabulary: Sendable {
    /// One token of a phrase: its word id and whether it touches the token before it.
    struct Step: Sendable, Hashable {
        var word: Int32
        var touchesPrevious: Bool
    }

    /// The words, indexed for looking up every token of a document.
    private(set) var words = WordIndex()

    /// Splits `phrase` as the segmenter splits text and interns its words.
    mutating func steps(of phrase: String, segmenter: Segmenter) -> [Step] {
        var document = Document(id: "", text: phrase)
        segmenter.segment(&document)
        return document.tokens.enumerated().map { index, token in
            let word = words.insert(Array(document.utf16[token.range]))
            return Step(word: word, touchesPrevious: index > 0 && !token.flags.contains(.spaceBefore))
        }
    }

    /// The word id of `word`, or nil.
    func id(of word: String) -> Int32? { words.id(of: word) }
}
