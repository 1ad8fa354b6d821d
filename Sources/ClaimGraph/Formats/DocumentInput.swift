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
        // The one copy of the line (none when it is an array already), which
        // both passes below read.
        var parser = JSONParser(bytes: Array(line))
        // The usual line, read in one pass with its text decoded straight to
        // UTF-16. Anything else goes through the general parser, which names
        // the error and its column.
        if let record = parser.parseTextRecord() {
            let fields = try Self.fields(source: source, lineNumber: lineNumber) { key in
                switch key {
                case "id": record.id
                case "date": record.date
                case "org": record.organization
                default: nil
                }
            }
            self.init(id: fields.id, utf16: record.text.units, trailingSurrogates: record.text.trailingSurrogates,
                      date: fields.date, organization: fields.organization)
            return
        }
        let value: JSONValue
        do {
            value = try parser.parseDocument()
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
        guard case .object(let members) = value else {
            throw .malformedInput(source: source, line: lineNumber, column: 1, reason: "expected a JSON object")
        }
        guard case .string(let text)? = members["text"] else {
            throw .malformedInput(source: source, line: lineNumber, column: nil, reason: "missing string field \"text\"")
        }
        let fields = try Self.fields(source: source, lineNumber: lineNumber) { members[$0] }
        self.init(id: fields.id, text: text, date: fields.date, organization: fields.organization)
    }

    /// The record's fields other than the text, from its members by key.
    private static func fields(source: String, lineNumber: Int, member: (String) -> JSONValue?) throws(ClaimGraphError)
        -> (id: String, date: CalendarDate?, organization: String?) {
        let id: String
        switch member("id") {
        case .string(let string)?: id = string
        case .number(let literal)?: id = literal
        case nil, .null?: id = "\(source):\(lineNumber)"
        default: throw .malformedInput(source: source, line: lineNumber, column: nil, reason: "field \"id\" must be a string or number")
        }
        var date: CalendarDate?
        if let dateValue = member("date"), dateValue != .null {
            guard let string = dateValue.stringValue, let parsed = CalendarDate(string) else {
                throw .malformedInput(source: source, line: lineNumber, column: nil, reason: "field \"date\" must be a YYYY-MM-DD string")
            }
            date = parsed
        }
        return (id, date, member("org")?.stringValue)
    }
}
