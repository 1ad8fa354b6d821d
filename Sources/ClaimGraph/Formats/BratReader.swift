/// Reads a brat standoff annotation file (`NAME.ann`) over its text
/// (`NAME.txt`) into a document with entities and claims, as
/// Evaluation/GUIDELINES.md describes the format:
///
///     T1	ORG 0 4	Meta
///     #1	AnnotatorNotes T1	canonical=Meta
///     T2	Trigger 141 161	capital expenditures
///     E1	Trigger:T2 Subject:T1 Object:T3 Time:T4
///     A1	Predicate E1 capex
///     A2	Modality E1 planned
///     A3	Negated E1
///
/// Every problem is collected (not only the first), each naming the file and
/// line, so that a corpus check reports them all at once. Entities get the
/// brat id ("T12") as their rule and claims the event id ("E3"), so that
/// error listings point back to the annotation.
struct BratReader {
    /// The document with its gold entities (in text order) and claims.
    private(set) var document: Document
    /// Everything that did not parse or does not agree with the text, in line order.
    var problems: [ClaimGraphError] { found.sorted { $0.line < $1.line }.map(\.problem) }

    private var found: [(line: Int, problem: ClaimGraphError)] = []

    private let source: String
    private let scalars: [Unicode.Scalar]
    /// Text-bound annotations by id: entities and triggers.
    private var spans: [String: Span] = [:]
    private var events: [String: Event] = [:]
    private var seenIDs: Set<String> = []

    private struct Span {
        var label: EntityLabel
        var start: Int
        var end: Int
        var line: Int
        var fields: [String: String] = [:]
        var notesLine: Int?
    }

    private struct Event {
        var line: Int
        var roles: [String: String]
        var predicate: String?
        var modality: Modality?
        var negated = false
    }

    static let triggerLabel = "Trigger"
    static let roles: Set<String> = ["Trigger", "Subject", "Object", "Time"]

    /// Parses `annotations` over `text`; `source` names the .ann file in problems.
    init(text: String, annotations: String, source: String, id: String,
         date: CalendarDate? = nil, organization: String? = nil) {
        self.source = source
        self.scalars = Array(text.unicodeScalars)
        self.document = Document(id: id, text: text, date: date, organization: organization)
        var lineNumber = 0
        var deferred: [(line: Int, fields: [Substring])] = []
        // "\r\n" is one Character in Swift, so it is a separator of its own.
        for line in annotations.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard let id = fields.first, !id.isEmpty else {
                report(lineNumber, "expected an annotation id such as T1 at the start of the line")
                continue
            }
            guard seenIDs.insert(String(id)).inserted else {
                report(lineNumber, "duplicate annotation id \(id)")
                continue
            }
            switch id.first {
            case "T": readSpan(fields, line: lineNumber)
            case "#", "E", "A": deferred.append((lineNumber, fields))
            default: report(lineNumber, "unsupported annotation '\(id)': expected T, #, E or A lines")
            }
        }
        // Notes, events and attributes may refer to annotations on later lines.
        for (line, fields) in deferred where fields[0].first == "#" { readNote(fields, line: line) }
        for (line, fields) in deferred where fields[0].first == "E" { readEvent(fields, line: line) }
        for (line, fields) in deferred where fields[0].first == "A" { readAttribute(fields, line: line) }
        buildEntitiesAndClaims()
    }

    private mutating func report(_ line: Int, _ reason: String) {
        found.append((line, .malformedInput(source: source, line: line, column: nil, reason: reason)))
    }

    private mutating func readSpan(_ fields: [Substring], line: Int) {
        guard fields.count == 3 else {
            report(line, "a T line needs three tab-separated fields (id, 'LABEL START END', text), found \(fields.count)")
            return
        }
        if fields[1].contains(";") {
            report(line, "discontinuous span '\(fields[1])' is not supported: split it into separate annotations")
            return
        }
        let parts = fields[1].split(separator: " ")
        guard parts.count == 3, let start = Int(parts[1]), let end = Int(parts[2]) else {
            report(line, "expected 'LABEL START END', found '\(fields[1])'")
            return
        }
        guard 0 <= start, start < end, end <= scalars.count else {
            report(line, "span \(start)-\(end) is not inside the text (0-\(scalars.count), start before end)")
            return
        }
        let covered = String(String.UnicodeScalarView(scalars[start..<end]))
        guard covered == fields[2] else {
            report(line, "span \(start)-\(end) covers '\(covered)', not '\(fields[2])'")
            return
        }
        spans[String(fields[0])] = Span(label: EntityLabel(String(parts[0])), start: start, end: end, line: line)
    }

    private mutating func readNote(_ fields: [Substring], line: Int) {
        let head = fields.count > 1 ? fields[1].split(separator: " ") : []
        guard fields.count == 3, head.count == 2, head[0] == "AnnotatorNotes" else {
            report(line, "a # line must be '#N<TAB>AnnotatorNotes T<N><TAB>key=value ...'")
            return
        }
        let target = String(head[1])
        guard var span = spans[target] else {
            report(line, "note for \(target), which is not an entity of this file")
            return
        }
        if let earlier = span.notesLine {
            report(line, "second note for \(target) (the first is on line \(earlier))")
            return
        }
        do {
            span.fields = try Self.keyValuePairs(fields[2])
        } catch {
            report(line, error.reason)
            return
        }
        span.notesLine = line
        spans[target] = span
    }

    /// Splits "amount=72 currency=USD" into pairs; a word without '=' continues
    /// the previous value ("canonical=Mark Zuckerberg").
    static func keyValuePairs(_ text: Substring) throws(AnnotationValues.Problem) -> [String: String] {
        var pairs: [String: String] = [:]
        var lastKey: String?
        for word in text.split(separator: " ") {
            if let equals = word.firstIndex(of: "=") {
                let key = String(word[..<equals])
                guard !key.isEmpty else { throw AnnotationValues.Problem(reason: "'\(word)' has no key before '='") }
                guard pairs[key] == nil else { throw AnnotationValues.Problem(reason: "'\(key)=' given twice") }
                pairs[key] = String(word[word.index(after: equals)...])
                lastKey = key
            } else if let key = lastKey {
                pairs[key]! += " " + word
            } else {
                throw AnnotationValues.Problem(reason: "expected key=value, found '\(word)'")
            }
        }
        return pairs
    }

    private mutating func readEvent(_ fields: [Substring], line: Int) {
        guard fields.count == 2 else {
            report(line, "an E line needs two tab-separated fields (id, 'Trigger:T1 Subject:T2 ...'), found \(fields.count)")
            return
        }
        var roles: [String: String] = [:]
        for argument in fields[1].split(separator: " ") {
            let pair = argument.split(separator: ":", maxSplits: 1)
            guard pair.count == 2 else {
                report(line, "expected ROLE:ID, found '\(argument)'")
                return
            }
            let role = String(pair[0])
            let target = String(pair[1])
            guard Self.roles.contains(role) else {
                report(line, "unknown role '\(role)' (expected Trigger, Subject, Object or Time)")
                return
            }
            guard roles[role] == nil else {
                report(line, "role \(role) given twice")
                return
            }
            guard let span = spans[target] else {
                report(line, "\(role) \(target) is not an entity of this file")
                return
            }
            let isTrigger = span.label.rawValue == Self.triggerLabel
            switch role {
            case "Trigger" where !isTrigger,
                 "Subject" where span.label != .org && span.label != .person,
                 "Time" where span.label != .date,
                 "Object" where isTrigger || span.label == .date:
                report(line, "\(role) \(target) is a \(span.label), which cannot be a claim's \(role.lowercased())")
                return
            default:
                roles[role] = target
            }
        }
        guard roles["Trigger"] != nil else {
            report(line, "a claim needs a Trigger: role")
            return
        }
        events[String(fields[0])] = Event(line: line, roles: roles)
    }

    private mutating func readAttribute(_ fields: [Substring], line: Int) {
        let parts = fields.count == 2 ? fields[1].split(separator: " ") : []
        guard parts.count >= 2 else {
            report(line, "an A line must be 'A<N><TAB>NAME E<N> [VALUE]'")
            return
        }
        let target = String(parts[1])
        guard var event = events[target] else {
            report(line, "attribute for \(target), which is not a claim of this file")
            return
        }
        switch (parts[0], parts.count) {
        case ("Predicate", 3) where event.predicate == nil:
            event.predicate = String(parts[2])
        case ("Modality", 3) where event.modality == nil:
            guard let modality = Modality(rawValue: String(parts[2])) else {
                report(line, "modality '\(parts[2])' is not one of \(Modality.allCases.map(\.rawValue).joined(separator: ", "))")
                return
            }
            event.modality = modality
        case ("Negated", 2) where !event.negated:
            event.negated = true
        case ("Predicate", _), ("Modality", _), ("Negated", _):
            report(line, "\(parts[0]) given twice for \(target), or with the wrong number of values")
            return
        default:
            report(line, "unknown attribute '\(parts[0])' (expected Predicate, Modality or Negated)")
            return
        }
        events[target] = event
    }

    private mutating func buildEntitiesAndClaims() {
        let entityIDs = spans.keys
            .filter { spans[$0]!.label.rawValue != Self.triggerLabel }
            .sorted { (spans[$0]!.start, spans[$0]!.end, spans[$0]!.line) < (spans[$1]!.start, spans[$1]!.end, spans[$1]!.line) }
        var index: [String: Int] = [:]
        var entities: [Entity] = []
        for id in entityIDs {
            let span = spans[id]!
            var entity = Entity(label: span.label,
                                start: Int32(document.utf16Offset(codePoint: span.start)),
                                end: Int32(document.utf16Offset(codePoint: span.end)), rule: id)
            if let notesLine = span.notesLine {
                do {
                    try AnnotationValues.apply(span.fields, to: &entity)
                } catch {
                    report(notesLine, "\(id): \(error.reason)")
                }
            }
            index[id] = entities.count
            entities.append(entity)
        }
        document.entities = entities
        for pair in document.overlappingEntities() {
            let earlier = spans[entities[pair.earlier].rule]!
            let later = spans[entities[pair.later].rule]!
            report(later.line, "\(entities[pair.later].rule) (\(later.start)-\(later.end)) overlaps \(entities[pair.earlier].rule) (\(earlier.start)-\(earlier.end)) of the same label \(later.label) on line \(earlier.line)")
        }
        var claims: [Claim] = []
        for (id, event) in events.sorted(by: { $0.value.line < $1.value.line }) {
            guard let predicate = event.predicate, let modality = event.modality else {
                report(event.line, "claim \(id) needs a Predicate and a Modality attribute")
                continue
            }
            let trigger = spans[event.roles["Trigger"]!]!
            claims.append(Claim(
                subject: event.roles["Subject"].flatMap { index[$0] },
                predicate: predicate,
                object: event.roles["Object"].flatMap { index[$0] }.map(ClaimObject.entity),
                time: event.roles["Time"].flatMap { index[$0] },
                negated: event.negated, modality: modality, sentence: 0,
                trigger: Int32(document.utf16Offset(codePoint: trigger.start))..<Int32(document.utf16Offset(codePoint: trigger.end)),
                rule: id, confidence: 1))
        }
        document.claims = claims
    }
}
