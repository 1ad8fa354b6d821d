/// A trie over word ids that finds every listed phrase starting at a token,
/// in time proportional to the phrase length and independent of how many
/// phrases are listed.
///
/// Words are interned in a case-folding ``Vocabulary``; a phrase such as
/// "pre-tax profit" is split the way the segmenter splits text ("pre", "-",
/// "tax", "profit"), so it matches the document's tokens one for one.
struct PhraseTrie: Sendable {
    /// The words of every phrase, case-folded.
    private(set) var vocabulary = Vocabulary(foldsCase: true)
    /// Child links keyed by `node << 32 | word`.
    private var children: [UInt64: Int32] = [:]
    /// The values stored at each node (node 0 is the root).
    private var values: [[Int32]] = [[]]

    /// Adds `value` for the phrase spelled by `words`.
    mutating func insert(_ words: [String], value: Int32) {
        var node: Int32 = 0
        for word in words {
            let id = vocabulary.insert(word)
            let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
            if let child = children[key] {
                node = child
            } else {
                let child = Int32(values.count)
                values.append([])
                children[key] = child
                node = child
            }
        }
        if !values[Int(node)].contains(value) { values[Int(node)].append(value) }
    }

    /// The id of `word`, adding it to the vocabulary if it is new.
    mutating func intern(_ word: String) -> Int32 { vocabulary.insert(word) }

    /// Adds `value` for `phrase`, split into words like the segmenter splits text.
    mutating func insert(phrase: String, value: Int32) {
        insert(Self.words(of: phrase), value: value)
    }

    /// The node reached from `node` by `word`, or nil.
    func child(of node: Int32, word: Int32) -> Int32? {
        guard word >= 0 else { return nil }
        return children[UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))]
    }

    /// The values of the phrase that ends at `node`.
    func values(at node: Int32) -> [Int32] { values[Int(node)] }

    /// Splits a phrase into the words the segmenter would make of it: runs of
    /// letters and digits (with inner apostrophes and periods, as in "don't"
    /// and "U.S."), and each other character on its own.
    static func words(of phrase: String) -> [String] {
        var words = [String]()
        for piece in phrase.split(whereSeparator: \.isWhitespace) {
            var current = ""
            let characters = Array(piece)
            for (index, character) in characters.enumerated() {
                let inner = (character == "'" || character == "’" || character == ".")
                    && !current.isEmpty && index + 1 < characters.count && characters[index + 1].isLetter
                if character.isLetter || character.isNumber || inner || (character == "." && current.contains(".")) {
                    current.append(character)
                } else {
                    if !current.isEmpty { words.append(current) }
                    current = ""
                    words.append(String(character))
                }
            }
            if !current.isEmpty { words.append(current) }
        }
        return words
    }
}
