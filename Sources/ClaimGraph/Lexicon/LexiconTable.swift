import Foundation

/// The rows of one lexicon file: UTF-8, tab-separated, one entry a line.
///
/// Blank lines and lines starting with `#` are comments. Each row keeps its
/// line number so that later checks can name the file and line of a bad entry.
public struct LexiconTable: Sendable {
    /// One entry: its fields and the line it came from (1-based).
    public struct Row: Sendable {
        /// The tab-separated fields, trimmed of surrounding spaces.
        public var fields: [String]
        /// The line number in the file, starting at 1.
        public var line: Int
    }

    /// The file's name or path, as used in error messages.
    public var source: String
    /// The entries in file order.
    public var rows: [Row]

    /// Parses lexicon text; every row must have between `minFields` and
    /// `maxFields` fields.
    public init(text: String, source: String, minFields: Int = 1, maxFields: Int = .max) throws(ClaimGraphError) {
        self.source = source
        var rows = [Row]()
        var lineNumber = 0
        // Bytes, not Characters: Character-wise splitting is slow at start-up
        // for large gazetteers, and it never splits "\r\n", which is one Character.
        let bytes = Array(text.utf8)
        var lineStart = 0
        while lineStart <= bytes.count {
            let newline = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            defer { lineStart = newline + 1 }
            lineNumber += 1
            let line = bytes[lineStart..<(newline > lineStart && bytes[newline - 1] == 0x0D ? newline - 1 : newline)]
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) || line.first == UInt8(ascii: "#") { continue }
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false).map(Self.field)
            if fields.count < minFields || fields.count > maxFields {
                let expected = minFields == maxFields ? "\(minFields)" : "\(minFields) to \(maxFields == .max ? "any" : String(maxFields))"
                throw .malformedLexicon(file: source, line: lineNumber, column: nil,
                                        reason: "expected \(expected) tab-separated fields, found \(fields.count)")
            }
            if let empty = fields.prefix(minFields).firstIndex(where: \.isEmpty) {
                let column = fields.prefix(empty).reduce(1) { $0 + $1.count + 1 }
                throw .malformedLexicon(file: source, line: lineNumber, column: column, reason: "field \(empty + 1) is empty")
            }
            rows.append(Row(fields: fields, line: lineNumber))
        }
        self.rows = rows
    }

    /// The field without the white space around it. (Foundation's
    /// `trimmingCharacters` bridges each field to NSString, which made loading
    /// the name lexicons several times slower; most fields are trimmed here as bytes.)
    private static func field(_ bytes: ArraySlice<UInt8>) -> String {
        var field = bytes
        while let first = field.first, first == 0x20 || first &- 0x09 < 5 { field.removeFirst() }
        while let last = field.last, last == 0x20 || last &- 0x09 < 5 { field.removeLast() }
        guard (field.first ?? 0) >= 0x80 || (field.last ?? 0) >= 0x80 else { return String(decoding: field, as: UTF8.self) }
        let scalars = String(decoding: field, as: UTF8.self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }

    /// Reads and parses a lexicon file.
    public init(contentsOf url: URL, minFields: Int = 1, maxFields: Int = .max) throws(ClaimGraphError) {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .unreadableFile(path: url.path, reason: "cannot read the file")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw .invalidUTF8(source: url.path, line: nil, byteOffset: UTF8Validation.firstInvalidByte(in: data) ?? 0)
        }
        try self.init(text: text, source: url.path, minFields: minFields, maxFields: maxFields)
    }
}
