import Foundation

/// What a MONEY entity means: "up to $72 billion" is 72000000000 USD, up to.
public struct MoneyValue: Sendable, Hashable {
    /// The amount, exact, in units of the currency ("34 cts" is 0.34). For a
    /// range, the lower end.
    public var amount: Decimal
    /// The ISO 4217 currency code: "USD", "GBP", "CAD".
    public var currency: String
    /// How the amount is qualified.
    public var qualifier: MoneyQualifier
    /// For a range, its lower end.
    public var min: Decimal?
    /// For a range, its upper end.
    public var max: Decimal?
    /// For a rate such as "$64 billion a year", its period.
    public var per: RatePeriod?

    /// Creates a money value.
    public init(amount: Decimal, currency: String, qualifier: MoneyQualifier = .exact,
                min: Decimal? = nil, max: Decimal? = nil, per: RatePeriod? = nil) {
        self.amount = amount
        self.currency = currency
        self.qualifier = qualifier
        self.min = min
        self.max = max
        self.per = per
    }
}

/// How a money amount is qualified by the words before it.
public enum MoneyQualifier: String, Sendable, Hashable, CaseIterable {
    /// No qualifier: "$72 billion".
    case exact
    /// "about", "nearly", "approximately", "some".
    case about
    /// "at least".
    case atLeast
    /// "more than", "over", "north of", "above".
    case moreThan
    /// "at most", "no more than".
    case atMost
    /// "less than", "under", "below".
    case lessThan
    /// "up to".
    case upTo
    /// "between $60 billion and $65 billion", "$60-65 billion".
    case range
}

/// The period of a rate: "a year", "per quarter".
public enum RatePeriod: String, Sendable, Hashable, CaseIterable {
    case year, quarter, month, week, day
}
