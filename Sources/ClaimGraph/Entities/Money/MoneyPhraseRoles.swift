/// What a word around a money amount does, from the `role` column of
/// `money-phrases.tsv` (the roles that carry no value of their own).
struct MoneyPhraseRoles: OptionSet, Sendable, Hashable {
    let rawValue: UInt8

    /// A sign word: "minus 876 mln dlrs".
    static let negative = MoneyPhraseRoles(rawValue: 1 << 0)
    /// Opens a range: "between".
    static let between = MoneyPhraseRoles(rawValue: 1 << 1)
    /// Closes a "between" range: "and".
    static let and = MoneyPhraseRoles(rawValue: 1 << 2)
    /// Joins two amounts into a range: "to", "-".
    static let range = MoneyPhraseRoles(rawValue: 1 << 3)
    /// Makes "X to Y" a change, two amounts: "rose", "from".
    static let change = MoneyPhraseRoles(rawValue: 1 << 4)
    /// Links a plural scale to its currency: "of".
    static let of = MoneyPhraseRoles(rawValue: 1 << 5)
    /// After a period phrase, makes it a date: "a year earlier".
    static let notPer = MoneyPhraseRoles(rawValue: 1 << 6)
    /// A number and unit that only look like money: "1080p" is a video resolution, not pence.
    static let notMoney = MoneyPhraseRoles(rawValue: 1 << 7)

    static let names: [String: MoneyPhraseRoles] = [
        "negative": .negative, "between": .between, "and": .and, "range": .range,
        "change": .change, "of": .of, "not-per": .notPer, "not-money": .notMoney,
    ]
}
