/// Tests on eight bytes of JSON string content at once, read as one word:
/// most strings need no escape, and finding that out a word at a time costs
/// a fraction of a byte-by-byte loop.
enum JSONBytes {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Reads eight bytes at `pointer`, first byte lowest.
    static func word(at pointer: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
    }

    /// Whether any of the eight bytes is a quote, a backslash or a control
    /// character: the bytes a JSON string must escape.
    static func needsEscape(_ word: UInt64) -> Bool {
        // Three tests "is some byte below a limit": a byte below 0x20, a
        // byte equal to 0x22 or 0x5C (after XOR, a byte below 1). Each is
        // `(x - limits) & ~x & highBits`, exact: a byte only borrows from
        // the next when it is itself below the limit, and bytes from 0x80 up
        // are masked out by `~x`. XOR with an ASCII byte keeps the high bit,
        // so `~word` masks all three and one branch answers them together.
        let control = word &- ones &* 0x20
        let quote = (word ^ (ones &* 0x22)) &- ones
        let backslash = (word ^ (ones &* 0x5C)) &- ones
        return (control | quote | backslash) & ~word & highBits != 0
    }

    /// Whether all eight bytes are ASCII.
    static func isASCII(_ word: UInt64) -> Bool { word & highBits == 0 }
}
