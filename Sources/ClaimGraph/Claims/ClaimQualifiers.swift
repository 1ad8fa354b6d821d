/// How a claim's amount and time are qualified: "up to" an amount, "a year",
/// "fall or later".
///
/// The amount's qualifier and rate period are carried over from the MONEY
/// value, so that a claim graph shows them without looking up the entity.
public struct ClaimQualifiers: Sendable, Hashable {
    /// How the amount is qualified: `.upTo` for "up to $72 billion".
    public var amount: MoneyQualifier?
    /// The period of a rate: `.year` for "$64 billion a year".
    public var per: RatePeriod?
    /// How the time is qualified: `.orLater` for "fall or later".
    public var time: TimeQualifier?
    /// Whether the amount is per share: "earned 3.30 dlrs a share".
    public var perShare: Bool

    /// Creates qualifiers.
    public init(amount: MoneyQualifier? = nil, per: RatePeriod? = nil, time: TimeQualifier? = nil, perShare: Bool = false) {
        self.amount = amount
        self.per = per
        self.time = time
        self.perShare = perShare
    }
}

/// How the time of a claim is bounded by the words around its DATE.
public enum TimeQualifier: String, Sendable, Hashable, CaseIterable {
    /// "fall or later", "2026 at the earliest".
    case orLater
    /// "June or earlier", "by June", "2026 at the latest".
    case orEarlier
}
