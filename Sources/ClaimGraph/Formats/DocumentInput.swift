/// Reading documents from JSONL lines: `{"id", "text", "date"?, "org"?}`.
extension Document {
    /// Creates a document from one JSONL line.
    ///
    /// - Parameters:
    ///   - line: The line's UTF-8 bytes.
    ///   - source: The file name for error messages.
    ///   - lineNumber: The line's number for error messages and the default id.
    /// - Throws: ``ClaimGraphError/malformedInput(source:line:column:reason:)``
    ///   naming the line and column.
    public init(jsonLine line: some Collection<UInt8>, source: String, lineNumber: Int) throws(ClaimGraphError) {
        let value: JSONValue
        do {
            value = try JSONValue.parse(line)
        } catch {
            throw .malformedInput(source: source, line: lineNumber, column: error.column, reason: error.reason)
        }
        try self.init(json: value, source: source, lineNumber: lineNumber)
    }

    /// Creates a document from a parsed JSONL record, `{"id", "text", "date"?, "org"?}`.
    ///
    /// - Throws: ``ClaimGraphError/malformedInput(source:line:column:reason:)``
    ///   naming the line.
    public init(json value: JSONValue, source: String, lineNumber: Int) throws(ClaimGraphError) {
        guard case .object = value else {
            throw .malformedInput(source: source, line: lineNumber, column: 1, reason: "expected a JSON object")
        }
        guard let text = value["text"]?.stringValue else {
            throw .malformedInput(source: source, line: lineNumber, column: nil, reason: "missing string field \"text\"")
        }
        let id: String
        switch value["id"] {
        case .string(let string)?: id = string
        case .number(let literal)?: id = literal
        case nil, .null?: id = "\(source):\(lineNumber)"
        default: throw .malformedInput(source: source, line: lineNumber, column: nil, reason: "field \"id\" must be a string or number")
        }
        var date: CalendarDate?
        if let dateValue = value["date"], dateValue != .null {
            guard let string = dateValue.stringValue, let parsed = CalendarDate(string) else {
                throw .malformedInput(source: source, line: lineNumber, column: nil, reason: "field \"date\" must be a YYYY-MM-DD string")
            }
            date = parsed
        }
        self.init(id: id, text: text, date: date, organization: value["org"]?.stringValue)
    }
}
