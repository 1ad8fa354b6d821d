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

    /// A date value for a TIMEX3 string, its grain read off its shape.
    static func dateValue(_ timex: String) -> DateValue {
        let grain: DateGrain
        if timex.hasPrefix("P") && timex != "PAST_REF" && timex != "PRESENT_REF" {
            grain = .duration
        } else if timex.hasSuffix("_REF") {
            grain = .reference
        } else if timex.contains("-Q") {
            grain = .quarter
        } else if ["-FA", "-SP", "-SU", "-WI"].contains(where: timex.hasSuffix) {
            grain = .season
        } else {
            switch timex.count {
            case 4: grain = .year
            case 7: grain = .month
            default: grain = .day
            }
        }
        return DateValue(timex: timex, grain: grain)
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
