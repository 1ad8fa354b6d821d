/// A scale word from `money-scales.tsv`: "billion" is ten to the ninth.
struct MoneyScale: Sendable, Hashable {
    /// How a scale word may be used.
    enum Kind: String, Sendable, Hashable {
        /// After a number, touching it or not: "72 billion", "1.2bn".
        case word
        /// Only touching the number: "$72B", "£5m".
        case glued
        /// Without a number, before "of" and a currency: "billions of dollars".
        case plural
    }

    /// The power of ten the scale multiplies by.
    var power: Int
    /// How the word may be used.
    var kind: Kind
}
