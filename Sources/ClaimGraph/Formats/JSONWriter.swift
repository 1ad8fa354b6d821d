/// A small, fast JSON writer into a byte buffer, for the output path where
/// Foundation's `JSONEncoder` is too slow.
///
/// It writes exactly what it is told (no pretty printing, keys in call order)
/// and escapes strings per RFC 8259; lone surrogates become U+FFFD.
public struct JSONWriter: Sendable {
    /// The bytes written so far (UTF-8), copied out of the buffer: read them
    /// once a record is complete.
    public var bytes: [UInt8] { Array(storage[..<count]) }
    /// The written bytes followed by zeros up to the capacity. Every write
    /// reserves room for its worst case and then stores through one pointer:
    /// appending to an array byte by byte costs several times more.
    private var storage: [UInt8]
    private var count = 0
    private var needsComma = false

    /// Creates an empty writer.
    public init() {
        storage = []
    }

    /// Creates an empty writer with room for `capacity` bytes, so that a
    /// record of about that size is written without growing the buffer.
    public init(capacity: Int) {
        storage = [UInt8](repeating: 0, count: max(0, capacity))
    }

    /// The output as a string.
    public var string: String { String(decoding: storage[..<count], as: UTF8.self) }

    /// Empties the buffer, keeping its storage.
    public mutating func reset() {
        count = 0
        needsComma = false
    }

    /// Appends a newline, ending a JSONL record.
    public mutating func newline() {
        write(atMost: 1) { output in
            output[0] = 0x0A
            return 1
        }
        needsComma = false
    }

    /// Opens an object (`{`), as a value or as the value of `key`.
    public mutating func beginObject(_ key: String? = nil) { open(key, 0x7B) }
    /// Closes an object.
    public mutating func endObject() { close(0x7D) }
    /// Opens an array (`[`), as a value or as the value of `key`.
    public mutating func beginArray(_ key: String? = nil) { open(key, 0x5B) }
    /// Closes an array.
    public mutating func endArray() { close(0x5D) }

    /// Writes a string value.
    public mutating func string(_ value: String, key: String? = nil) {
        Self.withUTF8(value) { utf8 in
            member(key, atMost: Self.maxQuotedCount(utf8.count)) { Self.quote(utf8, into: $0) }
        }
    }

    /// Writes a string value from UTF-16 code units (a slice of a document).
    public mutating func string(utf16 value: ArraySlice<UInt16>, key: String? = nil) {
        value.withUnsafeBufferPointer { units in
            member(key, atMost: Self.maxQuotedCount(units.count)) { Self.quote(utf16: units, into: $0) }
        }
    }

    /// Writes a string made of a prefix and a non-negative integer ("e12"),
    /// without making the string first.
    mutating func string(prefix: String, number: Int, key: String? = nil) {
        Self.withUTF8(prefix) { utf8 in
            member(key, atMost: Self.maxQuotedCount(utf8.count) + Self.maxIntegerCount) { output in
                let quoted = Self.quote(utf8, into: output)
                let digits = Self.writeInteger(number, into: output + quoted - 1)
                output[quoted - 1 + digits] = 0x22
                return quoted + digits
            }
        }
    }

    /// Writes an integer value.
    public mutating func number(_ value: Int, key: String? = nil) {
        member(key, atMost: Self.maxIntegerCount) { Self.writeInteger(value, into: $0) }
    }

    /// Writes a number already in JSON form ("72000000000", "0.34").
    public mutating func number(literal: String, key: String? = nil) {
        raw(literal, key: key)
    }

    /// Writes a floating-point value, shortest round-trip form.
    public mutating func number(_ value: Double, key: String? = nil) {
        raw(value.isFinite ? value.description : "null", key: key)
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool, key: String? = nil) {
        raw(value ? "true" : "false", key: key)
    }

    /// Writes `null`.
    public mutating func null(key: String? = nil) {
        raw("null", key: key)
    }

    private mutating func open(_ key: String?, _ bracket: UInt8) {
        member(key, atMost: 1) { output in
            output[0] = bracket
            return 1
        }
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        write(atMost: 1) { output in
            output[0] = bracket
            return 1
        }
        needsComma = true
    }

    /// Writes the comma before a value when one is due, the value's key, and
    /// then the value itself with `value`, which writes at most `maxCount`
    /// bytes: one reservation for all three.
    private mutating func member(_ key: String?, atMost maxCount: Int, _ value: (UnsafeMutablePointer<UInt8>) -> Int) {
        let comma = needsComma
        needsComma = true
        guard let key else {
            write(atMost: maxCount + 1) { output in
                if comma { output[0] = 0x2C }
                let written = comma ? 1 : 0
                return written + value(output + written)
            }
            return
        }
        Self.withUTF8(key) { utf8 in
            write(atMost: Self.maxQuotedCount(utf8.count) + 2 + maxCount) { output in
                var written = 0
                if comma {
                    output[0] = 0x2C
                    written = 1
                }
                written += Self.quote(utf8, into: output + written)
                output[written] = 0x3A
                written += 1
                return written + value(output + written)
            }
        }
    }

    /// Writes UTF-8 as it is (numbers, literals) as a member.
    private mutating func raw(_ text: String, key: String?) {
        Self.withUTF8(text) { utf8 in
            member(key, atMost: utf8.count) { output in
                if let base = utf8.baseAddress { output.update(from: base, count: utf8.count) }
                return utf8.count
            }
        }
    }

    /// Reserves room for `maxCount` more bytes and lets `body` store into it;
    /// `body` returns how many bytes it wrote.
    private mutating func write(atMost maxCount: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        let start = count
        if start + maxCount > storage.count {
            storage.append(contentsOf: repeatElement(0, count: max(start + maxCount, 2 * storage.count, 256) - storage.count))
        }
        count = start + storage.withUnsafeMutableBufferPointer { body($0.baseAddress! + start) }
    }

    /// Runs `body` on the string's UTF-8, contiguous (a native or small string's own storage).
    private static func withUTF8<Result>(_ string: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = string.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(string.utf8).withUnsafeBufferPointer(body)
    }

    // MARK: Encoding into a reserved buffer

    private static let maxIntegerCount = 20

    /// The most bytes a quoted string of `count` input units can take: six
    /// for a control character (`\u001f`), at most three for any other unit.
    private static func maxQuotedCount(_ count: Int) -> Int { 6 * count + 2 }

    /// Writes `utf8` quoted and escaped; returns the bytes written.
    private static func quote(_ utf8: UnsafeBufferPointer<UInt8>, into output: UnsafeMutablePointer<UInt8>) -> Int {
        output[0] = 0x22
        var written = 1
        var index = 0
        if let base = utf8.baseAddress {
            while index + 8 <= utf8.count {
                let word = JSONBytes.word(at: base + index)
                if JSONBytes.needsEscape(word) { break }
                UnsafeMutableRawPointer(output + written).storeBytes(of: word.littleEndian, as: UInt64.self)
                index += 8
                written += 8
            }
        }
        while index < utf8.count {
            let byte = utf8[index]
            index += 1
            if byte >= 0x20, byte != 0x22, byte != 0x5C {
                output[written] = byte
                written += 1
            } else {
                written += escape(byte, into: output + written)
            }
        }
        output[written] = 0x22
        return written + 1
    }

    /// Writes UTF-16 as quoted, escaped UTF-8; returns the bytes written.
    private static func quote(utf16 units: UnsafeBufferPointer<UInt16>, into output: UnsafeMutablePointer<UInt8>) -> Int {
        output[0] = 0x22
        var written = 1
        var index = 0
        while index < units.count {
            let unit = units[index]
            index += 1
            if unit < 0x80 {
                if unit >= 0x20, unit != 0x22, unit != 0x5C {
                    output[written] = UInt8(truncatingIfNeeded: unit)
                    written += 1
                } else {
                    written += escape(UInt8(truncatingIfNeeded: unit), into: output + written)
                }
                continue
            }
            var scalar = UInt32(unit)
            if unit & 0xF800 == 0xD800 {
                if unit < 0xDC00, index < units.count, units[index] & 0xFC00 == 0xDC00 {
                    scalar = 0x10000 + (scalar - 0xD800) << 10 + (UInt32(units[index]) - 0xDC00)
                    index += 1
                } else {
                    scalar = 0xFFFD
                }
            }
            written += encode(scalar, into: output + written)
        }
        output[written] = 0x22
        return written + 1
    }

    /// Writes the escape of a quote, a backslash or a control character.
    private static func escape(_ byte: UInt8, into output: UnsafeMutablePointer<UInt8>) -> Int {
        output[0] = 0x5C
        let short: UInt8
        switch byte {
        case 0x22: short = 0x22
        case 0x5C: short = 0x5C
        case 0x0A: short = 0x6E
        case 0x0D: short = 0x72
        case 0x09: short = 0x74
        case 0x08: short = 0x62
        case 0x0C: short = 0x66
        default:
            let hex: StaticString = "0123456789abcdef"
            output[1] = 0x75
            output[2] = 0x30
            output[3] = 0x30
            output[4] = hex.utf8Start[Int(byte >> 4)]
            output[5] = hex.utf8Start[Int(byte & 0xF)]
            return 6
        }
        output[1] = short
        return 2
    }

    /// Writes the UTF-8 of a non-ASCII scalar.
    private static func encode(_ scalar: UInt32, into output: UnsafeMutablePointer<UInt8>) -> Int {
        if scalar < 0x800 {
            output[0] = UInt8(truncatingIfNeeded: 0xC0 | scalar >> 6)
            output[1] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            return 2
        }
        if scalar < 0x10000 {
            output[0] = UInt8(truncatingIfNeeded: 0xE0 | scalar >> 12)
            output[1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
            output[2] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            return 3
        }
        output[0] = UInt8(truncatingIfNeeded: 0xF0 | scalar >> 18)
        output[1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 12 & 0x3F)
        output[2] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
        output[3] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
        return 4
    }

    /// Writes an integer in decimal; returns the bytes written.
    private static func writeInteger(_ value: Int, into output: UnsafeMutablePointer<UInt8>) -> Int {
        var written = 0
        if value < 0 {
            output[0] = 0x2D
            written = 1
        }
        let magnitude = value.magnitude
        var digits = 1
        var rest = magnitude / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        var remaining = magnitude
        for position in (written..<(written + digits)).reversed() {
            output[position] = UInt8(truncatingIfNeeded: 0x30 + remaining % 10)
            remaining /= 10
        }
        return written + digits
    }
}
