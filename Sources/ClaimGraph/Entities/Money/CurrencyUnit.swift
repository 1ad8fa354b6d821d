/// A word or symbol that money is counted in, from `money-currencies.tsv`:
/// "$", "dlrs", "Swiss francs", "cts".
struct CurrencyUnit: Sendable, Hashable {
    /// Which currency the unit belongs to.
    enum Currency: Sendable, Hashable {
        /// A fixed ISO 4217 code: "US$" is always USD.
        case code(String)
        /// A family resolved per document: "dlrs" is CAD in a Canadian story (see ``CurrencyContext``).
        case family(Int)
    }

    /// The currency the unit belongs to.
    var currency: Currency
    /// What one unit is worth in the currency, as a power of ten: 0, or -2
    /// for cents and pence.
    var power: Int
    /// The id of the rule that reports amounts in this unit: "money.symbol", "money.reuters-unit".
    var rule: String
    /// Whether the unit must touch its number ("286p").
    var mustTouchNumber: Bool
}
