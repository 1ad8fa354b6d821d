/// A parsed JSON value.
///
/// ClaimGraph parses its JSONL input itself, so that an error can name the
/// exact column and one bad line never stops the stream.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A number, kept as its exact literal text ("72000000000", "4.0675").
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The member `key` of an object, or nil.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { members[key] } else { nil }
    }

    /// The string, if this is a string.
    public var stringValue: String? {
        if case .string(let value) = self { value } else { nil }
    }

    /// The integer value, if this is a number without fraction.
    public var intValue: Int? {
        if case .number(let literal) = self { Int(literal) } else { nil }
    }

    /// The value as a Double, if this is a number.
    public var doubleValue: Double? {
        if case .number(let literal) = self { Double(literal) } else { nil }
    }

    /// The elements, if this is an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { elements } else { nil }
    }

    /// Parses one JSON text from UTF-8 bytes.
    ///
    /// - Throws: ``JSONValue/SyntaxError`` with the 1-based column (in characters) of the problem.
    public static func parse(_ bytes: some Collection<UInt8>) throws(SyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: Array(bytes))
        return try parser.parseDocument()
    }

    /// A JSON syntax error: what was wrong and at which character of the input.
    public struct SyntaxError: Error, Sendable, Hashable {
        /// What was expected or found.
        public var reason: String
        /// The 1-based column, counted in characters (Unicode scalars).
        public var column: Int
    }
}

struct JSONParser {
    let bytes: [UInt8]
    var position = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func parseDocument() throws(JSONValue.SyntaxError) -> JSONValue {
        skipSpace()
        let value = try parseValue(depth: 0)
        skipSpace()
        if position < bytes.count { throw error("unexpected text after the JSON value") }
        return value
    }

    private mutating func parseValue(depth: Int) throws(JSONValue.SyntaxError) -> JSONValue {
        guard depth < 512 else { throw error("nesting too deep") }
        guard position < bytes.count else { throw error("unexpected end of input") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth)
        case UInt8(ascii: "["): return try parseArray(depth: depth)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expect("true"); return .bool(true)
        case UInt8(ascii: "f"): try expect("false"); return .bool(false)
        case UInt8(ascii: "n"): try expect("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error("unexpected character")
        }
    }

    private mutating func parseObject(depth: Int) throws(JSONValue.SyntaxError) -> JSONValue {
        position += 1
        var members = [String: JSONValue]()
        skipSpace()
        if peek(UInt8(ascii: "}")) { position += 1; return .object(members) }
        while true {
            skipSpace()
            guard peek(UInt8(ascii: "\"")) else { throw error("expected a string key") }
            let key = try parseString()
            skipSpace()
            guard peek(UInt8(ascii: ":")) else { throw error("expected ':' after the key") }
            position += 1
            skipSpace()
            members[key] = try parseValue(depth: depth + 1)
            skipSpace()
            if peek(UInt8(ascii: ",")) { position += 1; continue }
            if peek(UInt8(ascii: "}")) { position += 1; return .object(members) }
            throw error("expected ',' or '}' in the object")
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONValue.SyntaxError) -> JSONValue {
        position += 1
        var elements = [JSONValue]()
        skipSpace()
        if peek(UInt8(ascii: "]")) { position += 1; return .array(elements) }
        while true {
            skipSpace()
            elements.append(try parseValue(depth: depth + 1))
            skipSpace()
            if peek(UInt8(ascii: ",")) { position += 1; continue }
            if peek(UInt8(ascii: "]")) { position += 1; return .array(elements) }
            throw error("expected ',' or ']' in the array")
        }
    }

    /// Decodes a string straight into UTF-8: escapes are rare in keys and
    /// sparse in texts ("\\n" between paragraphs), so whole runs are copied.
    private mutating func parseString() throws(JSONValue.SyntaxError) -> String {
        position += 1
        let start = position
        var runStart = position
        var unescaped: [UInt8]?
        while true {
            skipUnescapedBytes()
            guard position < bytes.count else { throw error("unterminated string") }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let string: String?
                if unescaped == nil {
                    string = String(validating: bytes[start..<position], as: UTF8.self)
                } else {
                    unescaped!.append(contentsOf: bytes[runStart..<position])
                    string = String(validating: unescaped!, as: UTF8.self)
                }
                guard let string else {
                    // Escapes are ASCII: the first bad byte of the raw string is the bad input.
                    let bad = start + (UTF8Validation.firstInvalidByte(in: bytes[start..<position]) ?? 0)
                    throw JSONValue.SyntaxError(reason: "invalid UTF-8 at byte \(bad + 1)", column: column(of: bad))
                }
                position += 1
                return string
            }
            if byte < 0x20 { throw error("control character in a string (escape it)") }
            if unescaped == nil {
                unescaped = []
                unescaped!.reserveCapacity(bytes.count - start)
            }
            unescaped!.append(contentsOf: bytes[runStart..<position])
            position += 1
            try appendEscape(to: &unescaped!)
            runStart = position
        }
    }

    /// Moves past the bytes a string holds as they are: anything but a quote,
    /// a backslash or a control character.
    private mutating func skipUnescapedBytes() {
        position = bytes.withUnsafeBufferPointer { buffer in
            var index = position
            while index < buffer.count {
                let byte = buffer[index]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                index += 1
            }
            return index
        }
    }

    /// Appends the UTF-8 of the escape after a backslash; a `\\u` escape of a
    /// lone surrogate becomes U+FFFD.
    private mutating func appendEscape(to utf8: inout [UInt8]) throws(JSONValue.SyntaxError) {
        guard position < bytes.count else { throw error("unterminated escape") }
        let escape = bytes[position]
        position += 1
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
        case UInt8(ascii: "b"): utf8.append(0x08)
        case UInt8(ascii: "f"): utf8.append(0x0C)
        case UInt8(ascii: "n"): utf8.append(0x0A)
        case UInt8(ascii: "r"): utf8.append(0x0D)
        case UInt8(ascii: "t"): utf8.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try parseHex4()
            var scalar = Unicode.Scalar(unit)
            if unit & 0xFC00 == 0xD800, position + 6 <= bytes.count,
               bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
                let resume = position
                position += 2
                let low = try parseHex4()
                if low & 0xFC00 == 0xDC00 {
                    scalar = Unicode.Scalar(0x10000 + (UInt32(unit) - 0xD800) << 10 + (UInt32(low) - 0xDC00))
                } else {
                    position = resume
                }
            }
            utf8.append(contentsOf: UTF8.encode(scalar ?? "\u{FFFD}")!)
        default:
            position -= 1
            throw error("invalid escape")
        }
    }

    private mutating func parseHex4() throws(JSONValue.SyntaxError) -> UInt16 {
        guard position + 4 <= bytes.count else { throw error("incomplete \\u escape") }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt16
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt16(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt16(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt16(byte - UInt8(ascii: "A") + 10)
            default: throw error("invalid hex digit in \\u escape")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private mutating func parseNumber() throws(JSONValue.SyntaxError) -> JSONValue {
        let start = position
        if peek(UInt8(ascii: "-")) { position += 1 }
        guard digits() > 0 else { throw error("expected a digit") }
        if peek(UInt8(ascii: ".")) {
            position += 1
            guard digits() > 0 else { throw error("expected a digit after '.'") }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            position += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { position += 1 }
            guard digits() > 0 else { throw error("expected a digit in the exponent") }
        }
        return .number(String(decoding: bytes[start..<position], as: UTF8.self))
    }

    private mutating func digits() -> Int {
        let start = position
        while position < bytes.count, bytes[position] &- UInt8(ascii: "0") < 10 { position += 1 }
        return position - start
    }

    private mutating func expect(_ word: String) throws(JSONValue.SyntaxError) {
        let start = position
        for byte in word.utf8 {
            guard position < bytes.count, bytes[position] == byte else {
                position = start
                throw error("expected a JSON value")
            }
            position += 1
        }
    }

    private func peek(_ byte: UInt8) -> Bool { position < bytes.count && bytes[position] == byte }

    private mutating func skipSpace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
    }

    private func error(_ reason: String) -> JSONValue.SyntaxError {
        JSONValue.SyntaxError(reason: reason, column: column(of: position))
    }

    /// The 1-based character column of a byte offset: bytes that start a scalar.
    private func column(of offset: Int) -> Int {
        bytes.prefix(min(offset, bytes.count)).reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }
}
