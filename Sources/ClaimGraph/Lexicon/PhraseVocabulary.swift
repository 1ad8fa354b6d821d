/// The words of a set of lexicon phrases, shared by the ``PhraseTrie``s built
/// from them, so that each token of a document is looked up once.
struct PhraseVocabulary: Sendable {
    /// One token of a phrase: its word id and whether it touches the token before it.
    struct Step: Sendable, Hashable {
        var word: Int32
        var touchesPrevious: Bool
    }

    private(set) var words = Vocabulary(foldsCase: true)
    private var longestWord = 0

    /// Splits `phrase` as the segmenter splits text and interns its words.
    mutating func steps(of phrase: String, segmenter: Segmenter) -> [Step] {
        var document = Document(id: "", text: phrase)
        segmenter.segment(&document)
        return document.tokens.enumerated().map { index, token in
            longestWord = max(longestWord, token.length)
            let word = words.insert(Array(document.utf16[token.range]))
            return Step(word: word, touchesPrevious: index > 0 && !token.flags.contains(.spaceBefore))
        }
    }

    /// The word id of `units`, or nil.
    func id(of units: String) -> Int32? { words.id(of: units) }

    /// The word id of each token of `document`, -1 for numbers and words no phrase uses.
    func wordIDs(of document: Document) -> [Int32] {
        document.tokens.map { token in
            guard token.kind != .number, token.length <= longestWord else { return -1 }
            return words.id(of: document.utf16[token.range]) ?? -1
        }
    }
}
