/// A word or symbol that money is counted in, from `money-currencies.tsv`:
/// "$", "dlrs", "Swiss francs", "cts".
///
/// Plain values with no references, like the reader's amounts and matches
/// that hold one: the reader copies those many times per match, and copies
/// holding a String were reference counted each time.
struct CurrencyUnit: Sendable, Hashable {
    /// Which currency the unit belongs to.
    enum Currency: Sendable, Hashable {
        /// A fixed ISO 4217 code: "US$" is always USD.
        case code(CurrencyCode)
        /// A family resolved per document: "dlrs" is CAD in a Canadian story (see ``CurrencyContext``).
        case family(Int)
    }

    /// The currency the unit belongs to.
    var currency: Currency
    /// What one unit is worth in the currency, as a power of ten: 0, or -2
    /// for cents and pence.
    var power: Int
    /// The rule that reports amounts in this unit: `money.symbol`, `money.reuters-unit`.
    var rule: MoneyRule
    /// Whether the unit must touch its number ("286p").
    var mustTouchNumber: Bool
}

/// An ISO 4217 code, its three capital letters packed in one integer.
struct CurrencyCode: Sendable, Hashable, CustomStringConvertible {
    private let packed: UInt32

    /// The code written `text`, or nil if it is not three capital ASCII letters.
    init?(_ text: String) {
        guard text.utf8.count == 3, text.utf8.allSatisfy({ $0 &- 0x41 < 26 }) else { return nil }
        packed = text.utf8.reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// The code's letters: "USD".
    var description: String {
        String(unsafeUninitializedCapacity: 3) { letters in
            for index in 0..<3 { letters[index] = UInt8(truncatingIfNeeded: packed >> UInt32(16 - 8 * index)) }
            return 3
        }
    }
}

/// The rule that found a money amount, as entities name it.
enum MoneyRule: String, Sendable, Hashable {
    /// "$72 billion".
    case symbol = "money.symbol"
    /// "USD 5 million".
    case code = "money.code"
    /// "72 billion dollars".
    case unitWord = "money.unit-word"
    /// "13.5 billion dlrs", "286p".
    case reutersUnit = "money.reuters-unit"
    /// "$60-65 billion", "between $60 billion and $65 billion".
    case range = "money.range"
    /// "billions of dollars", "several million dollars".
    case vague = "money.vague"
}
