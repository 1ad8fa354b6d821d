/// An error ClaimGraph reports: what went wrong and where, by file, line and column.
public enum ClaimGraphError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Bytes that are not UTF-8, at a byte offset of a file or stream.
    case invalidUTF8(source: String, line: Int?, byteOffset: Int)
    /// A line of input that does not follow its format: a JSONL document, a
    /// brat annotation, a row of a corpus table.
    case malformedInput(source: String, line: Int, column: Int?, reason: String)
    /// A lexicon line that does not follow its file's format.
    case malformedLexicon(file: String, line: Int, column: Int?, reason: String)
    /// A file that could not be read.
    case unreadableFile(path: String, reason: String)
    /// ICU failed to open a service (a missing locale or data file).
    case icuFailure(operation: String, code: String)
    /// A value that does not parse, such as a `--date` that is not YYYY-MM-DD.
    case invalidValue(name: String, value: String, reason: String)

    public var description: String {
        switch self {
        case let .invalidUTF8(source, line, byteOffset):
            let at = line.map { "line \($0), " } ?? ""
            return "\(source): \(at)byte \(byteOffset): invalid UTF-8"
        case let .malformedInput(source, line, column, reason):
            return "\(source):\(line)\(column.map { ":\($0)" } ?? ""): \(reason)"
        case let .malformedLexicon(file, line, column, reason):
            return "\(file):\(line)\(column.map { ":\($0)" } ?? ""): \(reason)"
        case let .unreadableFile(path, reason):
            return "\(path): \(reason)"
        case let .icuFailure(operation, code):
            return "ICU could not \(operation): \(code)"
        case let .invalidValue(name, value, reason):
            return "invalid \(name) '\(value)': \(reason)"
        }
    }
}
