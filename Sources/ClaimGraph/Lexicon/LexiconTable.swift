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
        // "\r\n" is one Character in Swift, so CRLF lines are split on it as well as on "\n".
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map(Self.trimmed)
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

    /// The field without white space around it. (Foundation's
    /// `trimmingCharacters` bridges each field to NSString, which made loading
    /// the name lexicons several times slower.)
    private static func trimmed(_ field: Substring) -> String {
        let scalars = field.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        return String(scalars[start..<end])
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
