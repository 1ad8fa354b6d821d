/// A faster front for a case-folding ``Vocabulary``, used by the money and
/// date taggers to give every token of a document its word id.
///
/// Most tokens of a text have a shape (length, first and last letter) that
/// no word of the vocabulary has, and are passed over on that alone. Most
/// others are ASCII words of at most eight letters: such a token, case
/// folded, packs into one `UInt64`, which is found with one multiply and a
/// probe of a small table rather than by hashing it unit by unit; the rest go
/// to the vocabulary. The ids are the vocabulary's.
struct PackedWordIndex: Sendable {
    private let vocabulary: Vocabulary
    private var shapes = WordShapes()
    /// The packed keys, 0 for an empty slot (a packed word is never 0).
    private var keys: [UInt64]
    private var ids: [Int32]
    private let shift: UInt64
    /// The length of the vocabulary's longest word: longer tokens are not looked up.
    private let longest: Int

    /// Indexes the words of `vocabulary`, which must fold case.
    init(_ vocabulary: Vocabulary) {
        precondition(vocabulary.foldsCase, "packed keys fold ASCII case")
        self.vocabulary = vocabulary
        var capacity = 16
        var bits: UInt64 = 4
        while capacity < vocabulary.count * 4 {
            capacity *= 2
            bits += 1
        }
        shift = 64 - bits
        keys = Array(repeating: 0, count: capacity)
        ids = Array(repeating: -1, count: capacity)
        longest = (0..<Int32(vocabulary.count)).map { vocabulary.key($0).utf16.count }.max() ?? 0
        for id in 0..<Int32(vocabulary.count) {
            let units = Array(vocabulary.key(id).utf16)
            shapes.insert(units)
            let packed = units.withUnsafeBufferPointer { Self.pack($0) }
            guard let packed else { continue }
            var slot = slot(of: packed)
            while keys[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = packed
            ids[slot] = id
        }
    }

    /// The word id of the UTF-16 `units`, or -1 if the vocabulary lacks them.
    @inline(__always)
    func id(of units: UnsafeBufferPointer<UInt16>) -> Int32 {
        guard !units.isEmpty, shapes.mayContain(units) else { return -1 }
        return lookUp(units)
    }

    /// The word id of `units`, whose shape some word of the vocabulary has, or -1.
    private func lookUp(_ units: UnsafeBufferPointer<UInt16>) -> Int32 {
        if let packed = Self.pack(units) {
            let mask = keys.count - 1
            var slot = slot(of: packed)
            while true {
                let key = keys[slot]
                if key == packed { return ids[slot] }
                if key == 0 { return -1 }
                slot = (slot + 1) & mask
            }
        }
        guard units.count <= longest else { return -1 }
        return vocabulary.id(of: units) ?? -1
    }

    /// The word id of every token of `document`, -1 for words the vocabulary lacks.
    func ids(of document: Document) -> [Int32] {
        document.utf16.withUnsafeBufferPointer { text in
            document.tokens.withUnsafeBufferPointer { tokens in
                [Int32](unsafeUninitializedCapacity: tokens.count) { ids, count in
                    for (index, token) in tokens.enumerated() {
                        ids[index] = id(of: UnsafeBufferPointer(rebasing: text[token.range]))
                    }
                    count = tokens.count
                }
            }
        }
    }

    private func slot(of packed: UInt64) -> Int {
        Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// One to eight non-NUL ASCII units, folded as the vocabulary folds them,
    /// a byte each; nil for anything else.
    private static func pack(_ units: UnsafeBufferPointer<UInt16>) -> UInt64? {
        guard !units.isEmpty, units.count <= 8 else { return nil }
        var packed: UInt64 = 0
        for unit in units {
            guard unit &- 1 < 0x7F else { return nil }
            let folded = unit &- 0x41 < 26 ? unit | 0x20 : unit
            packed = packed << 8 | UInt64(folded)
        }
        return packed
    }
}
