/// A tagged span of a document: its label, the rule that made it and, where
/// the label has one, its normalized value.
public struct Entity: Sendable, Hashable {
    /// The entity's label.
    public var label: EntityLabel
    /// The UTF-16 offset of the first code unit.
    public var start: Int32
    /// The UTF-16 offset past the last code unit.
    public var end: Int32
    /// The id of the rule or lexicon that made the entity, such as "lexicon.org".
    public var rule: String
    /// For ORG and PERSON: the name of the entity this mention refers to.
    public var canonical: String?
    /// For MONEY: the amount the words mean.
    public var money: MoneyValue?
    /// For DATE: the period the words mean.
    public var date: DateValue?

    /// Creates an entity.
    public init(label: EntityLabel, start: Int32, end: Int32, rule: String,
                canonical: String? = nil, money: MoneyValue? = nil, date: DateValue? = nil) {
        self.label = label
        self.start = start
        self.end = end
        self.rule = rule
        self.canonical = canonical
        self.money = money
        self.date = date
    }

    /// The entity's UTF-16 range.
    public var range: Range<Int> { Int(start)..<Int(end) }

    /// Whether the entity shares at least one code unit with `range`.
    public func overlaps(_ range: Range<Int>) -> Bool { self.range.overlaps(range) }
}
