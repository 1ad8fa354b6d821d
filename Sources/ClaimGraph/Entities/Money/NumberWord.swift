/// A spelled number from `number-words.tsv`: "two", "twenty", "hundred", "a".
struct NumberWord: Sendable, Hashable {
    /// The part a word plays in a spelled number.
    enum Role: String, Sendable, Hashable {
        /// Zero to nineteen.
        case unit
        /// Twenty to ninety, which may take a unit: "twenty-five".
        case tens
        /// Multiplies what came before: "two hundred".
        case hundred
        /// "a", "an": one, but only before a scale word ("a billion dollars").
        case article
        /// An inexact count, only before a scale word and read as at least its
        /// value: "several million dollars".
        case vague
    }

    /// The word's value.
    var value: Int
    /// The part it plays.
    var role: Role
}
