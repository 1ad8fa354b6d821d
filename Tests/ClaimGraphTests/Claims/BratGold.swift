import Foundation
@testable import ClaimGraph

/// The hand-labeled entities of a corpus document (brat standoff), with their
/// values, so that claim rules can be tested on gold entities.
enum BratGold {
    /// The corpus folder, found from this file's path.
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus")

    /// The document `name` of `split` with its gold ORG, PERSON, MONEY, DATE and
    /// PRODUCT entities (UTF-16 offsets) and its date and organization from
    /// `documents.tsv`.
    static func document(_ name: String, split: String = "dev") throws -> Document {
        let folder = corpus.appendingPathComponent(split)
        let text = try String(contentsOf: folder.appendingPathComponent(name + ".txt"), encoding: .utf8)
        let annotations = try String(contentsOf: folder.appendingPathComponent(name + ".ann"), encoding: .utf8)
        var spans: [String: (label: String, start: Int, end: Int, text: String)] = [:]
        var notes: [String: [String: String]] = [:]
        for line in annotations.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if line.hasPrefix("T"), fields.count >= 3 {
                let info = fields[1].split(separator: " ")
                guard info.count == 3, let start = Int(info[1]), let end = Int(info[2]) else { continue }
                spans[fields[0]] = (String(info[0]), start, end, fields[2])
            } else if line.hasPrefix("#"), fields.count >= 3 {
                let target = String(fields[1].split(separator: " ").last ?? "")
                notes[target] = keyValues(fields[2])
            }
        }
        let scalars = Array(text.unicodeScalars)
        func utf16Offset(_ codePoint: Int) -> Int32 {
            Int32(scalars[..<codePoint].reduce(0) { $0 + $1.utf16.count })
        }
        var entities: [Entity] = []
        for (id, span) in spans where ["ORG", "PERSON", "MONEY", "DATE", "PRODUCT"].contains(span.label) {
            let note = notes[id] ?? [:]
            var entity = Entity(label: EntityLabel(span.label), start: utf16Offset(span.start), end: utf16Offset(span.end), rule: "gold")
            switch entity.label {
            case .org, .person: entity.canonical = note["canonical"] ?? span.text
            case .money:
                var money = MoneyValue(amount: Decimal(string: note["amount"] ?? "0") ?? 0, currency: note["currency"] ?? "USD")
                money.qualifier = note["qualifier"].flatMap(MoneyQualifier.init(rawValue:)) ?? .exact
                money.per = note["per"].flatMap(RatePeriod.init(rawValue:))
                entity.money = money
            case .date: entity.date = HandEntities.dateValue(note["timex"] ?? "XXXX")
            default: break
            }
            entities.append(entity)
        }
        let (date, organization) = try metadata(name)
        return try HandEntities.document(id: name, text: text, entities: entities.sorted { $0.start < $1.start },
                                         date: date, organization: organization)
    }

    /// "amount=72000000000 currency=USD", where the `canonical=` value may hold spaces.
    private static func keyValues(_ note: String) -> [String: String] {
        if note.hasPrefix("canonical=") { return ["canonical": String(note.dropFirst("canonical=".count))] }
        var values: [String: String] = [:]
        for pair in note.split(separator: " ") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { values[String(parts[0])] = String(parts[1]) }
        }
        return values
    }

    private static func metadata(_ name: String) throws -> (CalendarDate?, String?) {
        let table = try String(contentsOf: corpus.appendingPathComponent("documents.tsv"), encoding: .utf8)
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if fields.count > 3, fields[0] == name {
                return (CalendarDate(fields[2]), fields[3].isEmpty ? nil : fields[3])
            }
        }
        return (nil, nil)
    }
}
