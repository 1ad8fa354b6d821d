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

    /// Parses the whole input as one JSON value, from its first byte
    /// whatever was read before.
    mutating func parseDocument() throws(JSONValue.SyntaxError) -> JSONValue {
        position = 0
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
        var isASCII = true
        while true {
            isASCII = skipUnescapedBytes() && isASCII
            guard position < bytes.count else { throw error("unterminated string") }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let string: String?
                if unescaped == nil, isASCII {
                    // ASCII needs no validation: decoding it cannot repair anything,
                    // and from a buffer it takes the fast path the generic
                    // `String(validating:)` over a slice does not.
                    string = bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<position]), as: UTF8.self) }
                } else if unescaped == nil {
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
            unescaped!.append(contentsOf: UTF8.encode(try parseEscapedScalar())!)
            runStart = position
        }
    }

    /// Moves past the bytes a string holds as they are: anything but a quote,
    /// a backslash or a control character. Returns whether they were all ASCII.
    private mutating func skipUnescapedBytes() -> Bool {
        let start = position
        var highBits: UInt8 = 0
        position = bytes.withUnsafeBufferPointer { buffer in
            var index = start
            var words: UInt64 = 0
            while index + 8 <= buffer.count {
                let word = JSONBytes.word(at: buffer.baseAddress! + index)
                if JSONBytes.needsEscape(word) { break }
                words |= word
                index += 8
            }
            highBits = JSONBytes.isASCII(words) ? 0 : 0x80
            while index < buffer.count {
                let byte = buffer[index]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                highBits |= byte
                index += 1
            }
            return index
        }
        return highBits < 0x80
    }

    /// Decodes the escape after a backslash; a `\\u` escape of a lone
    /// surrogate is U+FFFD.
    private mutating func parseEscapedScalar() throws(JSONValue.SyntaxError) -> Unicode.Scalar {
        guard position < bytes.count else { throw error("unterminated escape") }
        let escape = bytes[position]
        position += 1
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return Unicode.Scalar(escape)
        case UInt8(ascii: "b"): return "\u{8}"
        case UInt8(ascii: "f"): return "\u{C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
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
            return scalar ?? "\u{FFFD}"
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

    /// Parses a whole line that is a JSON object with a string member
    /// `"text"`, decoding the text straight into UTF-16 (what a ``Document``
    /// holds) instead of making a `String` first, and keeping of the other
    /// members only those a document reads (a later duplicate key overrides
    /// an earlier one, as in a parsed object). Nil for anything else, errors
    /// and escaped keys included: the general parser then says what is wrong,
    /// or reads what this does not.
    mutating func parseTextRecord() -> TextRecord? {
        skipSpace()
        guard peek(UInt8(ascii: "{")) else { return nil }
        position += 1
        var record = TextRecord()
        var text: DecodedUTF16?
        while true {
            skipSpace()
            guard peek(UInt8(ascii: "\"")), let key = try? parseString() else { return nil }
            skipSpace()
            guard peek(UInt8(ascii: ":")) else { return nil }
            position += 1
            skipSpace()
            if key == "text" {
                guard peek(UInt8(ascii: "\"")), let decoded = parseStringAsUTF16() else { return nil }
                text = decoded
            } else {
                guard let value = try? parseValue(depth: 1) else { return nil }
                switch key {
                case "id": record.id = value
                case "date": record.date = value
                case "org": record.organization = value
                default: break
                }
            }
            skipSpace()
            if peek(UInt8(ascii: ",")) { position += 1; continue }
            guard peek(UInt8(ascii: "}")) else { return nil }
            position += 1
            break
        }
        skipSpace()
        guard position == bytes.count, let text else { return nil }
        record.text = text
        return record
    }

    /// A JSONL document record as ``parseTextRecord()`` reads it: the text
    /// and the members `id`, `date` and `org` when present.
    struct TextRecord {
        var text = DecodedUTF16(units: [], trailingSurrogates: [])
        var id: JSONValue?
        var date: JSONValue?
        var organization: JSONValue?
    }

    /// A JSON string decoded into UTF-16, with the offsets of its trailing surrogates.
    struct DecodedUTF16 {
        var units: [UInt16]
        var trailingSurrogates: [Int32]
    }

    /// Decodes the string at `position` (its opening quote) into UTF-16 in
    /// one pass: unescaping, validating and transcoding. Nil when it is not
    /// a valid JSON string of valid UTF-8.
    private mutating func parseStringAsUTF16() -> DecodedUTF16? {
        position += 1
        var trailingSurrogates = [Int32]()
        var valid = true
        // No UTF-8 sequence or escape is shorter than its UTF-16.
        let units = [UInt16](unsafeUninitializedCapacity: bytes.count - position) { units, count in
            var output = 0
            while true {
                output += widenPlainASCII(into: units, at: output)
                guard position < bytes.count else {
                    valid = false
                    break
                }
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") {
                    position += 1
                    break
                }
                let scalar: UInt32
                if byte == UInt8(ascii: "\\") {
                    position += 1
                    guard let escaped = try? parseEscapedScalar() else {
                        valid = false
                        break
                    }
                    scalar = escaped.value
                } else if byte < 0x80 {
                    guard byte >= 0x20 else {
                        valid = false
                        break
                    }
                    scalar = UInt32(byte)
                    position += 1
                } else {
                    guard let decoded = parseUTF8Sequence() else {
                        valid = false
                        break
                    }
                    scalar = decoded
                }
                output += Document.store(scalar, in: units, at: output, trailingSurrogates: &trailingSurrogates)
            }
            count = output
        }
        return valid ? DecodedUTF16(units: units, trailingSurrogates: trailingSurrogates) : nil
    }

    /// Copies the run of plain ASCII at `position` (no quote, backslash or
    /// control character) into `units`, eight bytes at a time; returns the
    /// number of units written. The few bytes after the run are left to the caller.
    private mutating func widenPlainASCII(into units: UnsafeMutableBufferPointer<UInt16>, at output: Int) -> Int {
        let start = position
        let end = bytes.withUnsafeBufferPointer { input in
            var index = start
            while index + 8 <= input.count {
                let block = JSONBytes.word(at: input.baseAddress! + index)
                guard JSONBytes.isASCII(block), !JSONBytes.needsEscape(block) else { break }
                Document.widenASCII(block, into: units, at: output + index - start)
                index += 8
            }
            return index
        }
        position = end
        return end - start
    }

    /// Decodes the multi-byte UTF-8 sequence at `position` and moves past it;
    /// nil if it is not well-formed (overlong, surrogate, beyond U+10FFFF, cut short).
    private mutating func parseUTF8Sequence() -> UInt32? {
        let lead = bytes[position]
        let length: Int
        var scalar: UInt32
        // The range of the second byte; later ones are always 0x80...0xBF.
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF:
            length = 2
            scalar = UInt32(lead & 0x1F)
        case 0xE0...0xEF:
            length = 3
            scalar = UInt32(lead & 0x0F)
            if lead == 0xE0 { secondRange = 0xA0...0xBF } else if lead == 0xED { secondRange = 0x80...0x9F }
        case 0xF0...0xF4:
            length = 4
            scalar = UInt32(lead & 0x07)
            if lead == 0xF0 { secondRange = 0x90...0xBF } else if lead == 0xF4 { secondRange = 0x80...0x8F }
        default:
            return nil
        }
        guard position + length <= bytes.count, secondRange.contains(bytes[position + 1]) else { return nil }
        for offset in 1..<length {
            let byte = bytes[position + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        position += length
        return scalar
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
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private func error(_ reason: String) -> JSONValue.SyntaxError {
        JSONValue.SyntaxError(reason: reason, column: column(of: position))
    }

    /// The 1-based character column of a byte offset: bytes that start a scalar.
    private func column(of offset: Int) -> Int {
        bytes.prefix(min(offset, bytes.count)).reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }
}
