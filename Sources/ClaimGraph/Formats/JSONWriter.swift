/// A small, fast JSON writer into a byte buffer, for the output path where
/// Foundation's `JSONEncoder` is too slow.
///
/// It writes exactly what it is told (no pretty printing, keys in call order)
/// and escapes strings per RFC 8259; lone surrogates become U+FFFD.
public struct JSONWriter: Sendable {
    /// The bytes written so far (UTF-8), copied out of the buffer: read them
    /// once a record is complete.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: buffer.base, count: count)) }
    /// Every write reserves room for its worst case and then stores through
    /// one pointer: appending to an array byte by byte, or through
    /// `append(addingCapacity:)` and a closure, costs several times more.
    private var buffer: Buffer
    private var count = 0
    private var needsComma = false

    /// Creates an empty writer.
    public init() {
        buffer = Buffer(capacity: 0)
    }

    /// Creates an empty writer with room for `capacity` bytes, so that a
    /// record of about that size is written without growing the buffer.
    public init(capacity: Int) {
        buffer = Buffer(capacity: max(0, capacity))
    }

    /// The output as a string.
    public var string: String { String(decoding: UnsafeBufferPointer(start: buffer.base, count: count), as: UTF8.self) }

    /// Empties the buffer, keeping its storage.
    public mutating func reset() {
        count = 0
        needsComma = false
    }

    /// Appends a newline, ending a JSONL record.
    public mutating func newline() {
        reserve(1)[0] = 0x0A
        count += 1
        needsComma = false
    }

    /// Opens an object (`{`), as a value or as the value of `key`.
    public mutating func beginObject(_ key: String? = nil) {
        withName(key) { $0.open($1, 0x7B) }
    }

    /// Closes an object.
    public mutating func endObject() { close(0x7D) }

    /// Opens an array (`[`), as a value or as the value of `key`.
    public mutating func beginArray(_ key: String? = nil) {
        withName(key) { $0.open($1, 0x5B) }
    }

    /// Closes an array.
    public mutating func endArray() { close(0x5D) }

    /// Writes a string value.
    public mutating func string(_ value: String, key: String? = nil) {
        withName(key) { $0.string(value, name: $1) }
    }

    /// Writes a string value from UTF-16 code units (a slice of a document).
    public mutating func string(utf16 value: ArraySlice<UInt16>, key: String? = nil) {
        withName(key) { writer, name in
            value.withUnsafeBufferPointer { writer.string(utf16: $0, name: name) }
        }
    }

    /// Writes an integer value.
    public mutating func number(_ value: Int, key: String? = nil) {
        withName(key) { $0.number(value, name: $1) }
    }

    /// Writes a number already in JSON form ("72000000000", "0.34").
    public mutating func number(literal: String, key: String? = nil) {
        withName(key) { $0.raw(literal, name: $1) }
    }

    /// Writes a floating-point value, shortest round-trip form.
    public mutating func number(_ value: Double, key: String? = nil) {
        withName(key) { $0.number(value, name: $1) }
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool, key: String? = nil) {
        withName(key) { $0.bool(value, name: $1) }
    }

    /// Writes `null`.
    public mutating func null(key: String? = nil) {
        withName(key) { $0.raw("null", name: $1) }
    }

    /// Runs `body` with `key` as a member ``Name``, its UTF-8 read in place.
    private mutating func withName(_ key: String?, _ body: (inout JSONWriter, Name) -> Void) {
        guard let key else { return body(&self, .none) }
        Self.withUTF8(key) { body(&self, .string($0)) }
    }
}

// MARK: Members named at compile time

extension JSONWriter {
    /// A member name fixed when the code is compiled, encoded once (quoted,
    /// with its colon) so that writing it is three stores: no escaping pass
    /// and no `String` to read, which a `key: String` costs on every member.
    ///
    ///     static var start: JSONWriter.Key { JSONWriter.Key("start") }
    ///     json.number(12, key: .start)   // "start":12
    struct Key: Sendable {
        /// The most bytes an encoded name takes, and how many are copied.
        static let capacity = 24

        /// `"name":` in the first `count` bytes, the rest zero.
        private let encoded: (UInt64, UInt64, UInt64)
        /// The length of `"name":`.
        let count: Int

        /// Encodes `name`, which must be at most 21 bytes and need no
        /// escape (no quote, backslash or control character).
        // Inline, a key made from a literal folds to constants: declared as
        // `static var name: Key { Key("name") }`, it costs neither this loop
        // nor the `swift_once` of a `static let`.
        @inline(__always)
        init(_ name: StaticString) {
            let utf8 = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
            precondition(utf8.count + 3 <= Self.capacity, "JSON key too long: \(name)")
            var encoded: (UInt64, UInt64, UInt64) = (0, 0, 0)
            withUnsafeMutableBytes(of: &encoded) { bytes in
                bytes[0] = 0x22
                for (offset, byte) in utf8.enumerated() {
                    precondition(byte >= 0x20 && byte != 0x22 && byte != 0x5C, "JSON key needs escaping: \(name)")
                    bytes[1 + offset] = byte
                }
                bytes[utf8.count + 1] = 0x22
                bytes[utf8.count + 2] = 0x3A
            }
            self.encoded = encoded
            self.count = utf8.count + 3
        }

        /// Copies all ``capacity`` bytes, one fixed-size copy whatever the
        /// name; returns ``count``, the bytes that count.
        func write(into output: UnsafeMutablePointer<UInt8>) -> Int {
            withUnsafeBytes(of: encoded) { UnsafeMutableRawPointer(output).copyMemory(from: $0.baseAddress!, byteCount: Self.capacity) }
            return count
        }
    }

    /// Opens an object (`{`) as the value of `key`.
    mutating func beginObject(_ key: Key) { open(.key(key), 0x7B) }

    /// Opens an array (`[`) as the value of `key`.
    mutating func beginArray(_ key: Key) { open(.key(key), 0x5B) }

    /// Writes a string value.
    mutating func string(_ value: String, key: Key) { string(value, name: .key(key)) }

    /// Writes a string value from UTF-16 code units, such as a range of a document's text.
    mutating func string(utf16 value: UnsafeBufferPointer<UInt16>, key: Key) { string(utf16: value, name: .key(key)) }

    /// Writes a string made of a one-letter prefix and a non-negative
    /// integer ("e12"), without making the string first.
    mutating func string(prefix: Unicode.Scalar, number: Int, key: Key) {
        precondition(prefix.isASCII && prefix.value >= 0x20 && prefix != "\"" && prefix != "\\", "the prefix must need no escape")
        let output = beginMember(.key(key), valueAtMost: 3 + Self.maxIntegerCount)
        output[0] = 0x22
        output[1] = UInt8(prefix.value)
        let digits = Self.writeInteger(number, into: output + 2)
        output[2 + digits] = 0x22
        count += 3 + digits
    }

    /// Writes an integer value.
    mutating func number(_ value: Int, key: Key) { number(value, name: .key(key)) }

    /// Writes a number already in JSON form ("72000000000", "0.34").
    mutating func number(literal: String, key: Key) { raw(literal, name: .key(key)) }

    /// Writes a floating-point value, shortest round-trip form.
    mutating func number(_ value: Double, key: Key) { number(value, name: .key(key)) }

    /// Writes `true` or `false`.
    mutating func bool(_ value: Bool, key: Key) { bool(value, name: .key(key)) }

    /// Writes `null`.
    mutating func null(key: Key) { raw("null", name: .key(key)) }
}

// MARK: Writing a member through one reservation

extension JSONWriter {
    /// How a member is named: not at all (an array element or a top-level
    /// value), by an encoded ``Key``, or by UTF-8 still to be quoted and escaped.
    private enum Name {
        case none
        case key(Key)
        case string(UnsafeBufferPointer<UInt8>)

        /// The most bytes the name, quoted and followed by its colon, takes.
        var maxCount: Int {
            switch self {
            case .none: 0
            case .key: Key.capacity
            case .string(let utf8): JSONWriter.maxQuotedCount(utf8.count) + 1
            }
        }

        /// Writes the name, quoted, and its colon; returns the bytes written.
        func write(into output: UnsafeMutablePointer<UInt8>) -> Int {
            switch self {
            case .none:
                return 0
            case .key(let key):
                return key.write(into: output)
            case .string(let utf8):
                let quoted = JSONWriter.quote(utf8, into: output)
                output[quoted] = 0x3A
                return quoted + 1
            }
        }
    }

    private mutating func open(_ name: Name, _ bracket: UInt8) {
        beginMember(name, valueAtMost: 1)[0] = bracket
        count += 1
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        reserve(1)[0] = bracket
        count += 1
        needsComma = true
    }

    private mutating func string(_ value: String, name: Name) {
        Self.withUTF8(value) { utf8 in
            let output = beginMember(name, valueAtMost: Self.maxQuotedCount(utf8.count))
            count += Self.quote(utf8, into: output)
        }
    }

    private mutating func string(utf16 value: UnsafeBufferPointer<UInt16>, name: Name) {
        let output = beginMember(name, valueAtMost: Self.maxQuotedCount(value.count))
        count += Self.quote(utf16: value, into: output)
    }

    private mutating func number(_ value: Int, name: Name) {
        let output = beginMember(name, valueAtMost: Self.maxIntegerCount)
        count += Self.writeInteger(value, into: output)
    }

    private mutating func number(_ value: Double, name: Name) {
        if value.isFinite { raw(value.description, name: name) } else { raw("null", name: name) }
    }

    private mutating func bool(_ value: Bool, name: Name) {
        raw(value ? "true" : "false", name: name)
    }

    /// Writes UTF-8 as it is (numbers, literals) as a member.
    private mutating func raw(_ text: StaticString, name: Name) {
        let length = text.utf8CodeUnitCount
        beginMember(name, valueAtMost: length).update(from: text.utf8Start, count: length)
        count += length
    }

    /// Writes UTF-8 as it is (numbers, literals) as a member.
    private mutating func raw(_ text: String, name: Name) {
        Self.withUTF8(text) { utf8 in
            let output = beginMember(name, valueAtMost: utf8.count)
            if let base = utf8.baseAddress { output.update(from: base, count: utf8.count) }
            count += utf8.count
        }
    }

    /// Writes the comma before a value when one is due and the value's name,
    /// having reserved room for them and `maxCount` bytes of value; returns
    /// where the value goes. The caller stores it there and adds its length
    /// to `count`.
    // Forced inline, like `reserve`: as calls they cost more than the few
    // stores they make.
    @inline(__always)
    private mutating func beginMember(_ name: Name, valueAtMost maxCount: Int) -> UnsafeMutablePointer<UInt8> {
        let output = reserve(1 + name.maxCount + maxCount)
        // Stored whether or not a comma is due, so that no branch decides
        // it: when none is, what follows overwrites it or it lies past the
        // bytes kept.
        output[0] = 0x2C
        var written = needsComma ? 1 : 0
        needsComma = true
        written += name.write(into: output + written)
        count += written
        return output + written
    }

    /// Makes room for `maxCount` more bytes, without writing them, and
    /// returns where they go: valid until the next reservation.
    @inline(__always)
    private mutating func reserve(_ maxCount: Int) -> UnsafeMutablePointer<UInt8> {
        if !isKnownUniquelyReferenced(&buffer) || buffer.capacity - count < maxCount {
            grow(toHold: count + maxCount)
        }
        return buffer.base + count
    }

    /// Moves the bytes to a buffer of their own with room for `minimumCapacity`,
    /// at least double the old one so that appending stays linear.
    private mutating func grow(toHold minimumCapacity: Int) {
        let grown = Buffer(capacity: Swift.max(minimumCapacity, 2 * buffer.capacity, 256))
        grown.base.update(from: buffer.base, count: count)
        buffer = grown
    }

    /// A writer's bytes, shared by copies of the writer until one of them
    /// writes: a write first moves the bytes to a buffer of their own unless
    /// the writer holds the only reference (`isKnownUniquelyReferenced`), as
    /// `Array` does. So no buffer is written while another thread can read
    /// it, hence `@unchecked Sendable`.
    private final class Buffer: @unchecked Sendable {
        let base: UnsafeMutablePointer<UInt8>
        let capacity: Int

        init(capacity: Int) {
            base = .allocate(capacity: capacity)
            self.capacity = capacity
        }

        deinit {
            base.deallocate()
        }
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
        if copyIfPlain(utf8, to: output + 1) {
            output[1 + utf8.count] = 0x22
            return utf8.count + 2
        }
        var written = 1
        for byte in utf8 {
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
        if copyIfPlainASCII(units, to: output + 1) {
            output[1 + units.count] = 0x22
            return units.count + 2
        }
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

    // Most strings written (names, rules, labels, dates) are short and need
    // no escape: the two functions below copy such a string a word at a
    // time, the last word overlapping the one before, instead of testing it
    // byte by byte. Escape tests are byte-wise, so words are used in memory
    // order, never byte-swapped.

    /// Copies `utf8` when it is at least four bytes and none needs an escape;
    /// returns whether it did (having perhaps written some bytes when it did not).
    private static func copyIfPlain(_ utf8: UnsafeBufferPointer<UInt8>, to output: UnsafeMutablePointer<UInt8>) -> Bool {
        let count = utf8.count
        guard count >= 4, let base = UnsafeRawPointer(utf8.baseAddress) else { return false }
        let target = UnsafeMutableRawPointer(output)
        if count < 8 {
            let first = base.loadUnaligned(as: UInt32.self)
            let last = base.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            if JSONBytes.needsEscape(UInt64(first) | UInt64(last) << 32) { return false }
            target.storeBytes(of: first, as: UInt32.self)
            target.storeBytes(of: last, toByteOffset: count - 4, as: UInt32.self)
            return true
        }
        var index = 0
        while index < count {
            let start = Swift.min(index, count - 8)
            let word = base.loadUnaligned(fromByteOffset: start, as: UInt64.self)
            if JSONBytes.needsEscape(word) { return false }
            target.storeBytes(of: word, toByteOffset: start, as: UInt64.self)
            index = start + 8
        }
        return true
    }

    /// Copies `units` as bytes when there are at least four, all ASCII and
    /// none needing an escape; returns whether it did (having perhaps written
    /// some bytes when it did not).
    private static func copyIfPlainASCII(_ units: UnsafeBufferPointer<UInt16>, to output: UnsafeMutablePointer<UInt8>) -> Bool {
        let count = units.count
        guard count >= 4, let base = UnsafeRawPointer(units.baseAddress) else { return false }
        let target = UnsafeMutableRawPointer(output)
        var index = 0
        while index < count {
            let start = Swift.min(index, count - 4)
            let block = base.loadUnaligned(fromByteOffset: 2 * start, as: UInt64.self)
            if block & 0xFF80_FF80_FF80_FF80 != 0 { return false }
            let bytes = unsafeBitCast(SIMD4<UInt8>(truncatingIfNeeded: unsafeBitCast(block, to: SIMD4<UInt16>.self)), to: UInt32.self)
            if JSONBytes.needsEscape(UInt64(bytes) | UInt64(bytes) << 32) { return false }
            target.storeBytes(of: bytes, toByteOffset: start, as: UInt32.self)
            index = start + 4
        }
        return true
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
        var sign = 0
        if value < 0 {
            output[0] = 0x2D
            sign = 1
        }
        var magnitude = value.magnitude
        var digits = 1
        var limit: UInt = 10
        // 10^20 overflows: twenty digits are the most there can be.
        while digits < 20, magnitude >= limit {
            digits += 1
            limit &*= 10
        }
        // Written from the end, two digits per division.
        let pairs: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
        var position = output + sign + digits
        while magnitude >= 10 {
            let pair = 2 * Int(magnitude % 100)
            magnitude /= 100
            position -= 2
            position[0] = pairs.utf8Start[pair]
            position[1] = pairs.utf8Start[pair + 1]
        }
        if position > output + sign {
            position[-1] = 0x30 + UInt8(truncatingIfNeeded: magnitude)
        }
        return sign + digits
    }
}
