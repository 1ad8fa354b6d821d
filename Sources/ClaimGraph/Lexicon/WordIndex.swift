/// A case-folding ``Vocabulary`` with a fast front, for giving every token of
/// a document its word id: the one per-token lookup of the money, date and
/// claim stages.
///
/// Most tokens of a text are ASCII words of at most eight letters, found by
/// their packed units (``Vocabulary/pack(_:)``) with one multiply and a probe
/// of a small table rather than by hashing them unit by unit. Of the others,
/// most have a shape (length, first and last letter) that no word of the
/// vocabulary has, and are passed over on that alone; the rest go to the
/// vocabulary. The ids are the vocabulary's.
struct WordIndex: Sendable {
    /// The words, with the ids the index returns.
    private(set) var vocabulary = Vocabulary(foldsCase: true)
    private var shapes = WordShapes()
    /// The id of every word that packs, by its packed units.
    private var shortWords = IDTable()
    /// The length of the longest word: longer tokens are not looked up.
    private var longest = 0

    /// Creates an empty index.
    init() {}

    /// The number of words.
    var count: Int { vocabulary.count }

    /// Adds the non-empty `word` if absent and returns its id.
    @discardableResult
    mutating func insert(_ word: [UInt16]) -> Int32 {
        word.withUnsafeBufferPointer { insert($0) }
    }

    /// Adds the non-empty `word` if absent and returns its id.
    @discardableResult
    mutating func insert(_ word: UnsafeBufferPointer<UInt16>) -> Int32 {
        let id = vocabulary.insert(word)
        shapes.insert(word)
        longest = max(longest, word.count)
        if let packed = Vocabulary.pack(word) { shortWords.insert(packed, id: id) }
        return id
    }

    /// Calls `body` with every word, case-folded, and its id, in id order.
    func forEachWord(_ body: (Int32, UnsafeBufferPointer<UInt16>) -> Void) {
        vocabulary.withReader { reader in
            for id in 0..<Int32(count) {
                body(id, UnsafeBufferPointer(rebasing: reader.units[Int(reader.bounds[Int(id)])..<Int(reader.bounds[Int(id) + 1])]))
            }
        }
    }

    /// The id of `word`, or nil.
    func id(of word: String) -> Int32? { vocabulary.id(of: word) }

    /// The word id of the UTF-16 `units`, or -1 if the vocabulary lacks them.
    @inline(__always)
    func id(of units: UnsafeBufferPointer<UInt16>) -> Int32 {
        if let packed = Vocabulary.pack(units) { return shortWords[packed] }
        guard !units.isEmpty, units.count <= longest, shapes.mayContain(units) else { return -1 }
        return vocabulary.id(of: units) ?? -1
    }
}
