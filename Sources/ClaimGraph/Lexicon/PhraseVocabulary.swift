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
    /// The id of every word of at most eight units that fold to ASCII, by its
    /// packed units (``packedKey(_:)``): most tokens of a text are such words,
    /// and one multiply and compare finds them where `words` hashes unit by unit.
    private var shortWords = IDTable()

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
            let key = units.withContiguousStorageIfAvailable(Self.packedKey) ?? 0
            if key != 0 { shortWords.insert(key, id: word) }
            return Step(word: word, touchesPrevious: index > 0 && !token.flags.contains(.spaceBefore))
        }
    }

    /// The word id of `word`, or nil.
    func id(of word: String) -> Int32? { words.id(of: word) }

    /// The word id of the UTF-16 `units` (case-folded), or -1.
    func id(of units: UnsafeBufferPointer<UInt16>) -> Int32 {
        guard !units.isEmpty, units.count <= longestWord else { return -1 }
        let key = Self.packedKey(units)
        if key != 0 { return shortWords[key] }
        let shape = Self.shape(of: units)
        guard shapes[shape >> 6] & (1 << UInt64(shape & 63)) != 0 else { return -1 }
        return words.id(of: units) ?? -1
    }

    /// The word id of each token of `document`, -1 for tokens no phrase uses.
    func wordIDs(of document: Document) -> [Int32] {
        let tokens = document.tokens
        return [Int32](unsafeUninitializedCapacity: tokens.count) { ids, count in
            document.utf16.withUnsafeBufferPointer { text in
                for (index, token) in tokens.enumerated() {
                    ids[index] = id(of: UnsafeBufferPointer(rebasing: text[token.range]))
                }
            }
            count = tokens.count
        }
    }

    /// A 12-bit digest of a word's length and case-folded first and last units.
    private static func shape<Units: Collection<UInt16>>(of units: Units) -> Int {
        let first = Int(Vocabulary.fold(units[units.startIndex]))
        let last = Int(Vocabulary.fold(units[units.index(units.startIndex, offsetBy: units.count - 1)]))
        return (units.count &* 977 &+ first &* 31 &+ last) & 4095
    }

    /// The case-folded units of a word of one to eight units, one byte each,
    /// the first in the lowest byte; 0 when a unit does not fold to ASCII or the
    /// word is longer. No unit is 0, so no two words share a key. This is
    /// ``Vocabulary/fold(_:)`` for the units it keeps, four units at a time
    /// where the word has four or more.
    private static func packedKey(_ units: UnsafeBufferPointer<UInt16>) -> UInt64 {
        let count = units.count
        guard count <= 8 else { return 0 }
        if count >= 4, let base = units.baseAddress {
            // The first four units and the last four, which overlap for fewer than eight.
            let raw = UnsafeRawPointer(base)
            let first = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            let last = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 2 * (count - 4), as: UInt64.self))
            if let head = packedASCII(first), let tail = packedASCII(last) {
                return head | tail << (8 * UInt64(count - 4))
            }
        }
        var key: UInt64 = 0
        var index = count
        while index > 0 {
            index -= 1
            var unit = units[index]
            if unit &- 1 >= 0x7F {
                guard unit == 0x2019 else { return 0 }
                unit = 0x27
            }
            key = key << 8 | UInt64(unit &- 0x41 < 26 ? unit | 0x20 : unit)
        }
        return key
    }

    /// Four UTF-16 units (the first in the low lane) lowercased and packed into
    /// four bytes, or nil unless each is from 1 to 0x7F.
    private static func packedASCII(_ lanes: UInt64) -> UInt64? {
        let high: UInt64 = 0x8000_8000_8000_8000
        let ones: UInt64 = 0x0001_0001_0001_0001
        // A lane above 0x7F, or a lane of 0 (the subtraction borrows from its top bit).
        guard lanes & 0xFF80_FF80_FF80_FF80 == 0, (lanes &- ones) & ~lanes & high == 0 else { return nil }
        // Lanes are below 0x80, so adding stays within each lane: bit 7 is set from 'A' on, and from '[' on.
        let upper = (lanes &+ 0x003F_003F_003F_003F) & ~(lanes &+ 0x0025_0025_0025_0025) & 0x0080_0080_0080_0080
        let folded = lanes | upper >> 2
        return folded & 0xFF | folded >> 8 & 0xFF00 | folded >> 16 & 0xFF_0000 | folded >> 24 & 0xFF00_0000
    }
}
