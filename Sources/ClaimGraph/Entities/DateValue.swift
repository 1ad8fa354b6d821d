/// What a DATE entity means: a TIMEX3-style value and the interval it covers.
///
/// "this year" in a document dated 2025-05-15 is `timex` "2025", `start`
/// 2025-01-01, `end` 2025-12-31, `grain` ``DateGrain/year``. Without a document
/// date, relative expressions keep X parts ("XXXX") and no interval.
public struct DateValue: Sendable, Hashable {
    /// The TIMEX3 value: "2025", "2025-06", "2025-Q3", "2025-FA", "P2Y", "PAST_REF".
    public var timex: String
    /// The first day the expression covers, when it can be resolved.
    public var start: CalendarDate?
    /// The last day the expression covers (inclusive), when it can be resolved.
    public var end: CalendarDate?
    /// The unit the expression is stated in.
    public var grain: DateGrain
    /// Whether the expression names a fiscal period ("fiscal 2025").
    public var fiscal: Bool

    /// Creates a date value.
    public init(timex: String, start: CalendarDate? = nil, end: CalendarDate? = nil,
                grain: DateGrain, fiscal: Bool = false) {
        self.timex = timex
        self.start = start
        self.end = end
        self.grain = grain
        self.fiscal = fiscal
    }
}

/// The unit of a date expression.
public enum DateGrain: String, Sendable, Hashable, CaseIterable {
    case day, week, month, quarter, season, half, year, decade, century
    /// A length of time rather than a point: "two years", "30 days".
    case duration
    /// A vague reference to the past, present or future: "recently", "to date".
    case reference
}
