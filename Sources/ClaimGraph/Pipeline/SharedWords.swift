/// The words of several stages in one ``WordIndex``, so that a pipeline looks
/// each token of a document up once for all of them rather than once per stage.
///
/// A stage keeps its own word ids (its tries and tables are built on them)
/// and reads a document's words through its ``StageWords``: the first stage
/// to ask looks every token up in the shared index and leaves the ids on the
/// document (``Document/sharedWords``); every later stage sharing the index
/// reuses them, turning each shared id into its own with one read of a flat
/// table. ``Pipeline`` makes its money, date and claim stages share one; a
/// stage built on its own shares an index with no other.
final class SharedWords: Sendable {
    /// One token's ids in the shared index.
    struct TokenWord: Sendable {
        /// The id of the whole token, -1 if the index lacks it.
        var word: Int32
        /// For a token that ends in "'s" (see ``SharedWords/endsInApostropheS(_:)``),
        /// the id of the token without it, -2 if the index lacks that;
        /// for any other token, `word`. So a token ends in "'s" exactly when
        /// `stem != word`, which spares the stages reading its text again.
        var stem: Int32

        /// Whether the token ends in "'s".
        var endsInApostropheS: Bool { stem != word }
    }

    /// The shared ids of a document's tokens and the index that gave them.
    struct Layer: Sendable {
        let owner: SharedWords
        let words: [TokenWord]
    }

    /// The words of every stage that shares this index.
    let index: WordIndex

    /// Creates a shared index of the words in `index`.
    init(index: WordIndex) {
        self.index = index
    }

    /// Creates a shared index of the words of all of `indexes`.
    convenience init(merging indexes: [WordIndex]) {
        var union = WordIndex()
        for index in indexes {
            index.forEachWord { _, word in union.insert(word) }
        }
        self.init(index: union)
    }

    /// The ids of every token of `document`, looked up only if no stage
    /// sharing this index has done so since the document was segmented.
    func words(of document: inout Document) -> [TokenWord] {
        if let layer = document.sharedWords, layer.owner === self { return layer.words }
        let words = lookUp(document)
        document.sharedWords = Layer(owner: self, words: words)
        return words
    }

    /// The one loop over every token for all the stages sharing the index.
    private func lookUp(_ document: Document) -> [TokenWord] {
        guard !document.tokens.isEmpty else { return [] }
        return document.utf16.withUnsafeBufferPointer { text in
            document.tokens.withUnsafeBufferPointer { tokens in
                [TokenWord](unsafeUninitializedCapacity: tokens.count) { words, count in
                    for index in tokens.indices {
                        let token = tokens[index]
                        let units = UnsafeBufferPointer(start: text.baseAddress! + Int(token.start), count: Int(token.end &- token.start))
                        let word = self.index.id(of: units)
                        var stem = word
                        if Self.endsInApostropheS(units) {
                            stem = self.index.id(of: UnsafeBufferPointer(rebasing: units.dropLast(2)))
                            if stem < 0 { stem = -2 }
                        }
                        words[index] = TokenWord(word: word, stem: stem)
                    }
                    count = tokens.count
                }
            }
        }
    }

    /// Whether a token ends in "'s" or "’s" after at least one other unit.
    static func endsInApostropheS<Units: BidirectionalCollection<UInt16>>(_ units: Units) -> Bool {
        guard units.count > 2 else { return false }
        let last = units[units.index(units.endIndex, offsetBy: -1)]
        let apostrophe = units[units.index(units.endIndex, offsetBy: -2)]
        return (last == 0x73 || last == 0x53) && (apostrophe == 0x27 || apostrophe == 0x2019)
    }
}

/// One stage's words: its own ``WordIndex``, the ``SharedWords`` it looks
/// tokens up in, and the way from the shared ids back to its own.
struct StageWords: Sendable {
    /// The stage's words, with the ids its tables are built on.
    let own: WordIndex
    /// The index the stage looks tokens up in.
    let shared: SharedWords
    /// The stage's id of every shared id, stored at the shared id + 2 so
    /// that -1 and -2 (no word, see ``SharedWords/TokenWord``) map to -1 without a test.
    private let ownIDs: [Int32]

    /// The words of a stage that shares its index with no other.
    init(_ own: WordIndex) {
        self.own = own
        shared = SharedWords(index: own)
        ownIDs = [-1, -1] + (0..<Int32(own.count))
    }

    /// The same words, looked up in `shared`, which must hold them all.
    func sharing(_ shared: SharedWords) -> StageWords {
        var ownIDs = [Int32](repeating: -1, count: shared.index.count + 2)
        own.forEachWord { id, word in
            let sharedID = shared.index.id(of: word)
            precondition(sharedID >= 0, "a shared word index lacks a word of its stage")
            ownIDs[Int(sharedID) + 2] = id
        }
        return StageWords(own: own, shared: shared, ownIDs: ownIDs)
    }

    private init(own: WordIndex, shared: SharedWords, ownIDs: [Int32]) {
        self.own = own
        self.shared = shared
        self.ownIDs = ownIDs
    }

    /// The shared ids of every token of `document` (see ``SharedWords/words(of:)``).
    func sharedWords(of document: inout Document) -> [SharedWords.TokenWord] {
        shared.words(of: &document)
    }

    /// The stage's id of every token of `document`, -1 for words it lacks.
    func ids(of document: inout Document) -> [Int32] {
        let words = shared.words(of: &document)
        return withOwnIDs { ownIDs in
            [Int32](unsafeUninitializedCapacity: words.count) { ids, count in
                for (index, word) in words.enumerated() { ids[index] = ownIDs[word.word] }
                count = words.count
            }
        }
    }

    /// Calls `body` with the map from shared ids to the stage's own, for a
    /// loop over every token: it reads the table without a bounds check.
    func withOwnIDs<Result>(_ body: (OwnIDs) throws -> Result) rethrows -> Result {
        try ownIDs.withUnsafeBufferPointer { try body(OwnIDs(table: $0)) }
    }

    /// The map from shared ids to a stage's own, valid inside ``withOwnIDs(_:)`` only.
    struct OwnIDs {
        let table: UnsafeBufferPointer<Int32>

        /// The stage's id of the shared id `word` (-1 and -2 map to -1).
        @inline(__always)
        subscript(word: Int32) -> Int32 { table[Int(word) &+ 2] }
    }
}
