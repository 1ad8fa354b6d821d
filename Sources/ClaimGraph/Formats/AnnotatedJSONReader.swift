/// Reads entities and claims from one JSONL record in ClaimGraph's output
/// format, so that gold data in JSONL and any tool's predictions (spaCy's,
/// ours) can be scored by the same code:
///
///     {"id": "a1", "entities": [{"id": "e1", "label": "ORG", "start": 0, "end": 4,
///                                "canonical": "Meta", "rule": "lexicon.org"},
///                               {"id": "e2", "label": "MONEY", "start": 26, "end": 37,
///                                "value": {"amount": 72000000000, "currency": "USD", "qualifier": "upTo"}}],
///      "claims": [{"subject": "e1", "predicate": "capex", "object": "e2", "time": null,
///                  "modality": "planned", "trigger": {"start": 5, "end": 10}}]}
///
/// Offsets are code points, end-exclusive. Only `start`, `end` and `label`
/// are required of an entity; `id` defaults to "e1", "e2", ... in array order,
/// `rule` to "system". A claim needs `predicate`; `subject`, `object` and
/// `time` name entity ids (an `object` may also be a `{"start", "end"}` literal).
struct AnnotatedJSONReader {
    /// Problems found, each naming the source and line.
    private(set) var problems: [ClaimGraphError] = []
    private let source: String
    private let line: Int

    /// Reads `record`'s entities and claims into `document`, replacing any it had.
    init(record: JSONValue, into document: inout Document, source: String, line: Int) {
        self.source = source
        self.line = line
        let scalarCount = document.text.unicodeScalars.count
        var read: [(id: String, entity: Entity)] = []
        for (position, item) in (record["entities"]?.arrayValue ?? []).enumerated() {
            let place = "entity \(position + 1)"
            guard let start = item["start"]?.intValue, let end = item["end"]?.intValue,
                  let label = item["label"]?.stringValue else {
                report("\(place) needs integer start and end and a string label")
                continue
            }
            guard 0 <= start, start < end, end <= scalarCount else {
                report("\(place): span \(start)-\(end) is not inside the text (0-\(scalarCount), start before end)")
                continue
            }
            var entity = Entity(label: EntityLabel(label),
                                start: Int32(document.utf16Offset(codePoint: start)),
                                end: Int32(document.utf16Offset(codePoint: end)),
                                rule: item["rule"]?.stringValue ?? "system")
            if let text = item["text"]?.stringValue, text != document.text(in: entity.range) {
                report("\(place): span \(start)-\(end) covers '\(document.text(in: entity.range))', not '\(text)' (offsets must be code points)")
                continue
            }
            var fields = Self.stringFields(item["value"])
            if let canonical = item["canonical"]?.stringValue { fields["canonical"] = canonical }
            if !fields.isEmpty {
                do {
                    try AnnotationValues.apply(fields, to: &entity)
                } catch {
                    report("\(place) (\(label) '\(document.text(in: entity.range))'): \(error.reason)")
                }
            }
            read.append((item["id"]?.stringValue ?? Document.entityID(position), entity))
        }
        let order = read.indices.sorted { (read[$0].entity.start, read[$0].entity.end, $0) < (read[$1].entity.start, read[$1].entity.end, $1) }
        var index: [String: Int] = [:]
        for (newIndex, oldIndex) in order.enumerated() { index[read[oldIndex].id] = newIndex }
        document.entities = order.map { read[$0].entity }
        document.claims = (record["claims"]?.arrayValue ?? []).enumerated().compactMap { position, item in
            claim(item, position: position, index: index, document: document)
        }
    }

    /// A value object's members as strings, as brat notes would give them.
    private static func stringFields(_ value: JSONValue?) -> [String: String] {
        guard case .object(let members)? = value else { return [:] }
        var fields: [String: String] = [:]
        for (key, member) in members {
            switch member {
            case .string(let string): fields[key] = string
            case .number(let literal): fields[key] = literal
            case .bool(true): fields[key] = "yes"
            default: continue
            }
        }
        return fields
    }

    private mutating func claim(_ item: JSONValue, position: Int, index: [String: Int], document: Document) -> Claim? {
        let place = "claim \(position + 1)"
        guard let predicate = item["predicate"]?.stringValue else {
            report("\(place) needs a string predicate")
            return nil
        }
        func entity(_ role: String) -> (found: Bool, index: Int?) {
            switch item[role] {
            case nil, .null?: return (true, nil)
            case .string(let id)?: return index[id].map { (true, $0) } ?? (false, nil)
            default: return (false, nil)
            }
        }
        let subject = entity("subject")
        let time = entity("time")
        var object: ClaimObject?
        if case .object = item["object"], let range = codePointRange(item["object"], document: document) {
            object = .literal(range)
        } else {
            let found = entity("object")
            guard found.found else {
                report("\(place): object is neither an entity id of this record nor a {start, end} span")
                return nil
            }
            object = found.index.map(ClaimObject.entity)
        }
        guard subject.found, time.found else {
            report("\(place): subject and time must be entity ids of this record or null")
            return nil
        }
        var modality = Modality.asserted
        if let name = item["modality"]?.stringValue {
            guard let parsed = Modality(rawValue: name) else {
                report("\(place): modality '\(name)' is not one of \(Modality.allCases.map(\.rawValue).joined(separator: ", "))")
                return nil
            }
            modality = parsed
        }
        let anchor = subject.index.map { document.entities[$0].range } ?? 0..<0
        let trigger = codePointRange(item["trigger"], document: document) ?? Int32(anchor.lowerBound)..<Int32(anchor.upperBound)
        return Claim(subject: subject.index, impliedSubject: item["impliedSubject"]?.stringValue,
                     predicate: predicate, object: object, time: time.index,
                     negated: item["negated"] == .bool(true), modality: modality, sentence: 0,
                     trigger: trigger, rule: item["rule"]?.stringValue ?? "system", confidence: item["confidence"]?.doubleValue ?? 1)
    }

    /// The UTF-16 range of a `{"start", "end"}` object in code points, if it lies inside the text.
    private func codePointRange(_ value: JSONValue?, document: Document) -> Range<Int32>? {
        guard let start = value?["start"]?.intValue, let end = value?["end"]?.intValue, 0 <= start, start <= end,
              document.utf16Offset(codePoint: end) <= document.utf16.count else { return nil }
        return Int32(document.utf16Offset(codePoint: start))..<Int32(document.utf16Offset(codePoint: end))
    }

    private mutating func report(_ reason: String) {
        problems.append(.malformedInput(source: source, line: line, column: nil, reason: reason))
    }
}
