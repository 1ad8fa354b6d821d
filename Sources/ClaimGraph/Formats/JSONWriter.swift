/// A small, fast JSON writer into a byte buffer, for the output path where
/// Foundation's `JSONEncoder` is too slow.
///
/// It writes exactly what it is told (no pretty printing, keys in call order)
/// and escapes strings per RFC 8259; lone surrogates become U+FFFD.
public struct JSONWriter: Sendable {
    /// The bytes written so far (UTF-8): read them once a record is complete.
    public private(set) var bytes: [UInt8] = []
    private var needsComma = false

    /// Creates an empty writer.
    public init() {}

    /// Creates an empty writer with room for `capacity` bytes, so that a
    /// record of about that size is written without growing the buffer.
    public init(capacity: Int) {
        bytes.reserveCapacity(max(0, capacity))
    }

    /// The output as a string.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Empties the buffer, keeping its storage.
    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
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
    ///     static let start = JSONWriter.Key("start")
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
        member(.key(key), atMost: 3 + Self.maxIntegerCount) { output in
            output[0] = 0x22
            output[1] = UInt8(prefix.value)
            let digits = Self.writeInteger(number, into: output + 2)
            output[2 + digits] = 0x22
            return 3 + digits
        }
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
        member(name, atMost: 1) { output in
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

    private mutating func string(_ value: String, name: Name) {
        Self.withUTF8(value) { utf8 in
            member(name, atMost: Self.maxQuotedCount(utf8.count)) { Self.quote(utf8, into: $0) }
        }
    }

    private mutating func string(utf16 value: UnsafeBufferPointer<UInt16>, name: Name) {
        member(name, atMost: Self.maxQuotedCount(value.count)) { Self.quote(utf16: value, into: $0) }
    }

    private mutating func number(_ value: Int, name: Name) {
        member(name, atMost: Self.maxIntegerCount) { Self.writeInteger(value, into: $0) }
    }

    private mutating func number(_ value: Double, name: Name) {
        if value.isFinite { raw(value.description, name: name) } else { raw("null", name: name) }
    }

    private mutating func bool(_ value: Bool, name: Name) {
        raw(value ? "true" : "false", name: name)
    }

    /// Writes UTF-8 as it is (numbers, literals) as a member.
    private mutating func raw(_ text: StaticString, name: Name) {
        let count = text.utf8CodeUnitCount
        member(name, atMost: count) { output in
            output.update(from: text.utf8Start, count: count)
            return count
        }
    }

    /// Writes UTF-8 as it is (numbers, literals) as a member.
    private mutating func raw(_ text: String, name: Name) {
        Self.withUTF8(text) { utf8 in
            member(name, atMost: utf8.count) { output in
                if let base = utf8.baseAddress { output.update(from: base, count: utf8.count) }
                return utf8.count
            }
        }
    }

    /// Writes the comma before a value when one is due, the value's name, and
    /// then the value itself with `value`, which writes at most `maxCount`
    /// bytes: one reservation for all three.
    // Forced inline, like `write`: a call that takes a closure costs more
    // than the few stores it makes.
    @inline(__always)
    private mutating func member(_ name: Name, atMost maxCount: Int, _ value: (UnsafeMutablePointer<UInt8>) -> Int) {
        let comma = needsComma
        needsComma = true
        write(atMost: 1 + name.maxCount + maxCount) { output in
            // Stored whether or not a comma is due, so that no branch decides
            // it: when none is, what follows overwrites it or it lies past the
            // bytes kept.
            output[0] = 0x2C
            let written = comma ? 1 : 0
            let named = written + name.write(into: output + written)
            return named + value(output + named)
        }
    }

    /// Reserves room for `maxCount` more bytes, without writing them, and
    /// lets `body` store into it; `body` returns how many bytes it wrote.
    @inline(__always)
    private mutating func write(atMost maxCount: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        bytes.append(addingCapacity: maxCount) { span in
            span.withUnsafeMutableBufferPointer { buffer, initializedCount in
                initializedCount = body(buffer.baseAddress!)
            }
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
        if let base = units.baseAddress {
            // Eight units at a time while they are plain ASCII, the bulk of names and amounts.
            while index + 8 <= units.count {
                let block = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD8<UInt16>.self)
                if any(block .>= 0x80) { break }
                let narrow = unsafeBitCast(SIMD8<UInt8>(truncatingIfNeeded: block), to: UInt64.self)
                if JSONBytes.needsEscape(UInt64(littleEndian: narrow)) { break }
                UnsafeMutableRawPointer(output + written).storeBytes(of: narrow, as: UInt64.self)
                index += 8
                written += 8
            }
        }
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
        var sign = 0
        if value < 0 {
            output[0] = 0x2D
            sign = 1
        }
        var magnitude = value.magnitude
        var digits = 1
        var rest = magnitude
        while rest >= 10 {
            digits += 1
            rest /= 10
        }
        // Written from the last digit back.
        var position = output + sign + digits
        repeat {
            position -= 1
            position.pointee = UInt8(truncatingIfNeeded: 0x30 + magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        return sign + digits
    }
}
