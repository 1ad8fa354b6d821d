import Foundation
@testable import ClaimGraph

/// Entities written by hand for claim tests, so that claim rules can be tested
/// apart from the taggers.
///
/// Inline markup: `[[Meta|ORG]]`, `[[Meta Platforms Inc|ORG|Meta]]` (canonical),
/// `[[up to $72 billion|MONEY|72000000000 USD upTo]]` (amount, currency,
/// qualifier, rate period), `[[this year|DATE|2025]]` (timex),
/// `[[Behemoth|PRODUCT]]`.
enum HandEntities {
    /// The text without markup and the entities the markup marks (UTF-16 offsets).
    static func parse(_ marked: String) -> (text: String, entities: [Entity]) {
        var text = ""
        var entities: [Entity] = []
        var rest = Substring(marked)
        while let open = rest.range(of: "[[") {
            text += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "]]") else { break }
            let fields = rest[open.upperBound..<close.lowerBound].split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            let start = Int32(text.utf16.count)
            text += fields[0]
            entities.append(entity(EntityLabel(fields[1]), start: start, end: Int32(text.utf16.count),
                                   surface: fields[0], value: fields.count > 2 ? fields[2] : nil))
            rest = rest[close.upperBound...]
        }
        text += rest
        return (text, entities)
    }

    /// An entity with the value written in `value` (see the type's markup).
    static func entity(_ label: EntityLabel, start: Int32, end: Int32, surface: String, value: String?) -> Entity {
        var entity = Entity(label: label, start: start, end: end, rule: "test.hand")
        switch label {
        case .org, .person:
            entity.canonical = value ?? surface
        case .money:
            let parts = (value ?? "").split(separator: " ").map(String.init)
            var money = MoneyValue(amount: Decimal(string: parts.first ?? "0") ?? 0, currency: parts.count > 1 ? parts[1] : "USD")
            for part in parts.dropFirst(2) {
                if let qualifier = MoneyQualifier(rawValue: part) { money.qualifier = qualifier }
                if let per = RatePeriod(rawValue: part) { money.per = per }
            }
            entity.money = money
        case .date:
            entity.date = dateValue(value ?? "XXXX")
        default:
            break
        }
        return entity
    }

    /// A date value for a TIMEX3 string, its grain read off its shape and, for
    /// a calendar year, quarter, month or day, the interval it covers.
    static func dateValue(_ timex: String) -> DateValue {
        let parts = timex.split(separator: "-").map(String.init)
        let year = parts.first.flatMap { $0.count == 4 ? Int($0) : nil }
        var value = DateValue(timex: timex, grain: .reference)
        if timex.hasPrefix("P") && !timex.hasSuffix("_REF") {
            value.grain = .duration
        } else if let year, parts.count == 1 {
            value = DateValue(timex: timex, start: CalendarDate(year: year, month: 1, day: 1), end: CalendarDate(year: year, month: 12, day: 31), grain: .year)
        } else if let year, parts.count == 2, parts[1].hasPrefix("Q"), let quarter = Int(parts[1].dropFirst()) {
            let last = quarter * 3
            value = DateValue(timex: timex, start: CalendarDate(year: year, month: last - 2, day: 1),
                              end: CalendarDate(year: year, month: last, day: CalendarDate.daysIn(month: last, year: year)), grain: .quarter)
        } else if let year, parts.count == 2, let month = Int(parts[1]) {
            value = DateValue(timex: timex, start: CalendarDate(year: year, month: month, day: 1),
                              end: CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year)), grain: .month)
        } else if let year, parts.count == 3, let month = Int(parts[1]), let day = Int(parts[2]) {
            let date = CalendarDate(year: year, month: month, day: day)
            value = DateValue(timex: timex, start: date, end: date, grain: .day)
        } else if parts.count == 2, ["FA", "SP", "SU", "WI"].contains(parts[1]) {
            value.grain = .season
        }
        return value
    }

    /// A segmented document with the given entities, ready for the claim stage.
    static func document(id: String, text: String, entities: [Entity], date: CalendarDate? = nil,
                         organization: String? = nil) throws -> Document {
        var document = Document(id: id, text: text, date: date, organization: organization)
        try Segmenter().segment(&document)
        for entity in entities { document.add(entity) }
        return document
    }
}
