import ClaimGraph

/// One unit of `extract` work as read from the input, before any parsing: the
/// parsing, extraction and JSON writing all happen on a worker thread.
enum ExtractionInput: Sendable {
    /// A JSONL line, `{"id", "text", "date"?, "org"?}`.
    case jsonLine(bytes: [UInt8], source: String, line: Int)
    /// A whole plain-text file: one document.
    case text(bytes: [UInt8], source: String, id: String, date: CalendarDate?)

    /// The document's JSONL record (newline included) when `recordOptions`
    /// is given, else the processed document; or why it was skipped.
    func extract(with worker: Pipeline.Worker, recordOptions: Document.JSONOptions?) -> Result<ExtractionOutput, ClaimGraphError> {
        Result { () throws(ClaimGraphError) in
            var document = try document()
            worker.process(&document)
            guard let recordOptions else { return .document(document) }
            var json = JSONWriter(capacity: 4 * document.utf16.count + 256)
            document.writeJSON(to: &json, options: recordOptions)
            json.newline()
            return .record(json.bytes)
        }
    }

    private func document() throws(ClaimGraphError) -> Document {
        switch self {
        case let .jsonLine(bytes, source, line):
            return try Document(jsonLine: bytes, source: source, lineNumber: line)
        case let .text(bytes, source, id, date):
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw .invalidUTF8(source: source, line: nil, byteOffset: UTF8Validation.firstInvalidByte(in: bytes) ?? 0)
            }
            return Document(id: id, text: text, date: date)
        }
    }
}

/// What a worker hands back for one document.
enum ExtractionOutput: Sendable {
    /// The document's JSONL record, newline included.
    case record([UInt8])
    /// The processed document, for a claim graph.
    case document(Document)
}
