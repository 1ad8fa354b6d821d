/// A small, fast JSON writer into a byte buffer, for the output path where
/// Foundation's `JSONEncoder` is too slow.
///
/// It writes exactly what it is told (no pretty printing, keys in call order)
/// and escapes strings per RFC 8259; lone surrogates become U+FFFD.
public struct JSONWriter: Sendable {
    /// The bytes written so far (UTF-8).
    public private(set) var bytes: [UInt8] = []
    private var needsComma = false

    /// Creates an empty writer.
    public init() {}

    /// Creates an empty writer with room for `capacity` bytes, so that a
    /// record of about that size is written without growing the buffer.
    public init(capacity: Int) {
        bytes.reserveCapacity(capacity)
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
        bytes.append(0x0A)
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
        separate(key)
        quote(value)
    }

    /// Writes a string value from UTF-16 code units (a slice of a document).
    public mutating func string(utf16 value: ArraySlice<UInt16>, key: String? = nil) {
        separate(key)
        bytes.append(0x22)
        value.withUnsafeBufferPointer { units in
            var index = 0
            while index < units.count {
                let unit = units[index]
                index += 1
                if unit < 0x80 {
                    if unit >= 0x20, unit != 0x22, unit != 0x5C {
                        bytes.append(UInt8(unit))
                    } else {
                        appendEscaped(Unicode.Scalar(UInt8(unit)))
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
                bytes.append(contentsOf: UTF8.encode(Unicode.Scalar(scalar)!)!)
            }
        }
        bytes.append(0x22)
    }

    /// Writes an integer value.
    public mutating func number(_ value: Int, key: String? = nil) {
        separate(key)
        appendInteger(value)
    }

    /// Writes a number already in JSON form ("72000000000", "0.34").
    public mutating func number(literal: String, key: String? = nil) {
        separate(key)
        bytes.append(contentsOf: literal.utf8)
    }

    /// Writes a floating-point value, shortest round-trip form.
    public mutating func number(_ value: Double, key: String? = nil) {
        separate(key)
        if value.isFinite { bytes.append(contentsOf: value.description.utf8) } else { bytes.append(contentsOf: "null".utf8) }
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool, key: String? = nil) {
        separate(key)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// Writes `null`.
    public mutating func null(key: String? = nil) {
        separate(key)
        bytes.append(contentsOf: "null".utf8)
    }

    private mutating func open(_ key: String?, _ bracket: UInt8) {
        separate(key)
        bytes.append(bracket)
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        needsComma = true
    }

    private mutating func separate(_ key: String?) {
        if needsComma { bytes.append(0x2C) }
        needsComma = true
        if let key {
            quote(key)
            bytes.append(0x3A)
        }
    }

    private mutating func quote(_ string: String) {
        bytes.append(0x22)
        var string = string
        string.withUTF8 { utf8 in
            if !utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
                bytes.append(contentsOf: utf8)
                return
            }
            for byte in utf8 {
                if byte < 0x20 || byte == 0x22 || byte == 0x5C {
                    appendEscaped(Unicode.Scalar(byte))
                } else {
                    bytes.append(byte)
                }
            }
        }
        bytes.append(0x22)
    }

    private mutating func appendEscaped(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
        case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
        case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
        case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
        case 0x08: bytes.append(contentsOf: [0x5C, 0x62])
        case 0x0C: bytes.append(contentsOf: [0x5C, 0x66])
        case 0..<0x20:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(scalar.value >> 4)], hex[Int(scalar.value & 0xF)]])
        default:
            bytes.append(contentsOf: UTF8.encode(scalar)!)
        }
    }

    private mutating func appendInteger(_ value: Int) {
        if value < 0 { bytes.append(0x2D) }
        let magnitude = value.magnitude
        var scale: UInt = 1
        while magnitude / scale >= 10 { scale *= 10 }
        repeat {
            bytes.append(UInt8(truncatingIfNeeded: 0x30 + magnitude / scale % 10))
            scale /= 10
        } while scale > 0
    }
}
