import Foundation

/// Parsing the normalized values of hand-labeled entities, shared by the brat
/// (`amount=72000000000 currency=USD`) and JSONL (`"value": {...}`) readers.
enum AnnotationValues {
    /// A value that does not parse, with the reason.
    struct Problem: Error {
        var reason: String
    }

    /// The keys a value may have, by label; other keys are reported as typos.
    static let keys: [EntityLabel: Set<String>] = [
        .org: ["canonical"],
        .person: ["canonical"],
        .product: ["canonical"],
        .money: ["amount", "currency", "qualifier", "min", "max", "per"],
        .date: ["timex", "fiscal", "start", "end", "grain"],
    ]

    /// Fills the entity's canonical name or value from `fields`.
    static func apply(_ fields: [String: String], to entity: inout Entity) throws(Problem) {
        if let allowed = keys[entity.label], let unknown = fields.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw Problem(reason: "\(entity.label) does not take '\(unknown)=' (expected one of \(allowed.sorted().joined(separator: ", ")))")
        }
        switch entity.label {
        case .money: entity.money = try money(fields)
        case .date: entity.date = try date(fields)
        default:
            if let canonical = fields["canonical"] {
                guard !canonical.isEmpty else { throw Problem(reason: "empty canonical=") }
                entity.canonical = canonical
            }
        }
    }

    /// A MONEY value: amount (a plain decimal), currency (ISO 4217) and
    /// qualifier are required; min and max are required for a range.
    static func money(_ fields: [String: String]) throws(Problem) -> MoneyValue {
        guard let amountText = fields["amount"] else { throw Problem(reason: "MONEY needs amount=") }
        let amount = try decimal(amountText, key: "amount")
        guard let currency = fields["currency"] else { throw Problem(reason: "MONEY needs currency=") }
        guard currency.utf8.count == 3, currency.utf8.allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) else {
            throw Problem(reason: "currency '\(currency)' is not a three-letter ISO 4217 code")
        }
        guard let qualifierText = fields["qualifier"] else { throw Problem(reason: "MONEY needs qualifier=") }
        guard let qualifier = MoneyQualifier(rawValue: qualifierText) else {
            throw Problem(reason: "qualifier '\(qualifierText)' is not one of \(MoneyQualifier.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var value = MoneyValue(amount: amount, currency: currency, qualifier: qualifier)
        if let min = fields["min"] { value.min = try decimal(min, key: "min") }
        if let max = fields["max"] { value.max = try decimal(max, key: "max") }
        if qualifier == .range, value.min == nil || value.max == nil {
            throw Problem(reason: "a range needs min= and max=")
        }
        if let per = fields["per"] {
            guard let period = RatePeriod(rawValue: per) else {
                throw Problem(reason: "per '\(per)' is not one of \(RatePeriod.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            value.per = period
        }
        return value
    }

    /// A DATE value: a non-empty timex without spaces; fiscal=yes marks a fiscal period.
    static func date(_ fields: [String: String]) throws(Problem) -> DateValue {
        guard let timex = fields["timex"] else { throw Problem(reason: "DATE needs timex=") }
        guard !timex.isEmpty, !timex.contains(" ") else { throw Problem(reason: "timex '\(timex)' must be non-empty and without spaces") }
        var value = DateValue(timex: timex, grain: DateGrain(timex: timex))
        if let fiscal = fields["fiscal"] {
            guard fiscal == "yes" || fiscal == "true" else { throw Problem(reason: "fiscal must be 'yes', got '\(fiscal)'") }
            value.fiscal = true
        }
        if let start = fields["start"] {
            guard let day = CalendarDate(start) else { throw Problem(reason: "start '\(start)' is not YYYY-MM-DD") }
            value.start = day
        }
        if let end = fields["end"] {
            guard let day = CalendarDate(end) else { throw Problem(reason: "end '\(end)' is not YYYY-MM-DD") }
            value.end = day
        }
        if let grain = fields["grain"] {
            guard let parsed = DateGrain(rawValue: grain) else { throw Problem(reason: "grain '\(grain)' is not a date grain") }
            value.grain = parsed
        }
        return value
    }

    /// An exact decimal written plainly: digits, an optional fraction, no
    /// exponent and no thousands separators ("72000000000", "0.34").
    static func decimal(_ text: String, key: String) throws(Problem) -> Decimal {
        let unsigned = text.hasPrefix("-") ? text.dropFirst() : text[...]
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
              parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }),
              let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            throw Problem(reason: "\(key) '\(text)' is not a plain decimal number (digits, optional '.', no exponent or separators)")
        }
        return value
    }
}
