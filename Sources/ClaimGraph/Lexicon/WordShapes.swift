/// A set of word shapes (length and first and last unit, folded as a
/// case-folding ``Vocabulary`` folds them) that answers "may this token be
/// one of the words?" without hashing the token: a word's own shape is always
/// in the set, while most other tokens' shapes are not.
struct WordShapes: Sendable {
    /// One bit per 12-bit shape digest.
    private var bits = [UInt64](repeating: 0, count: 64)

    /// Adds the shape of a non-empty word.
    mutating func insert(_ word: UnsafeBufferPointer<UInt16>) {
        let shape = Self.shape(of: word)
        bits[shape >> 6] |= 1 << UInt64(shape & 63)
    }

    /// Whether the non-empty `units` may be a word of the set.
    @inline(__always)
    func mayContain(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        let shape = Self.shape(of: units)
        return bits[shape >> 6] & (1 << UInt64(shape & 63)) != 0
    }

    @inline(__always)
    private static func shape(of units: UnsafeBufferPointer<UInt16>) -> Int {
        let first = Int(Vocabulary.fold(units[0]))
        let last = Int(Vocabulary.fold(units[units.count - 1]))
        return (units.count &* 977 &+ first &* 31 &+ last) & 4095
    }
}
