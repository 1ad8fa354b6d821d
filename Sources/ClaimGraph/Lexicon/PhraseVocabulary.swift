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
    /// One bit per (length, first letter, last letter) shape that some word
    /// has: most tokens of a text have none of these shapes and are passed
    /// over without hashing them.
    private var shapes = [UInt64](repeating: 0, count: 64)

    /// Splits `phrase` as the segmenter splits text and interns its words.
    mutating func steps(of phrase: String, segmenter: Segmenter) -> [Step] {
        var document = Document(id: "", text: phrase)
        segmenter.segment(&document)
        return document.tokens.enumerated().map { index, token in
            longestWord = max(longestWord, token.length)
            let units = document.utf16[token.range]
            let shape = Self.shape(of: units)
            shapes[shape >> 6] |= 1 << UInt64(shape & 63)
            let word = words.insert(Array(units))
            return Step(word: word, touchesPrevious: index > 0 && !token.flags.contains(.spaceBefore))
        }
    }

    /// The word id of `word`, or nil.
    func id(of word: String) -> Int32? { words.id(of: word) }

    /// The word id of each token of `document`, -1 for tokens no phrase uses.
    func wordIDs(of document: Document) -> [Int32] {
        let text = document.utf16
        return document.tokens.map { token in
            guard token.length <= longestWord else { return -1 }
            let units = text[token.range]
            let shape = Self.shape(of: units)
            guard shapes[shape >> 6] & (1 << UInt64(shape & 63)) != 0 else { return -1 }
            return words.id(of: units) ?? -1
        }
    }

    /// A 12-bit digest of a word's length and case-folded first and last units.
    private static func shape(of units: ArraySlice<UInt16>) -> Int {
        let first = Int(Vocabulary.fold(units[units.startIndex]))
        let last = Int(Vocabulary.fold(units[units.endIndex - 1]))
        return (units.count &* 977 &+ first &* 31 &+ last) & 4095
    }
}
