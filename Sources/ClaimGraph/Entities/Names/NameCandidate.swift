/// A span one name rule proposes; the stage keeps the longest, then the
/// strongest, of overlapping proposals.
struct NameCandidate: Sendable {
    /// The tokens the name covers.
    var tokens: Range<Int>
    /// The UTF-16 offsets of the name: from its first token to before a possessive ending.
    var start: Int32
    var end: Int32
    /// The label, or nil for words that must stay unnamed (a place, a ticker, a suppressed phrase).
    var label: EntityLabel?
    /// The rule id written in the output.
    var rule: String
    /// The canonical name a lexicon gives.
    var canonical: String?
    /// How much the rule's evidence weighs against another of the same length.
    var priority: Priority

    /// The canonical name of a gazetteer entry (bundled or the user's), nil for a rule's proposal.
    var gazetteerCanonical: String? {
        // Most rules start with neither letter, and a byte costs less than `hasPrefix`.
        guard let first = rule.utf8.first, first == UInt8(ascii: "l") || first == UInt8(ascii: "g") else { return nil }
        return rule.hasPrefix("lexicon.") || rule.hasPrefix("gazetteer.") ? canonical : nil
    }

    /// The weight of a rule's evidence.
    enum Priority: Int, Comparable {
        /// "X said": the words alone decide between PERSON and ORG.
        case weak
        /// A given name, a context word.
        case context
        /// An apposition, a ticker, an alias of a name seen earlier.
        case strong
        /// A designator, an organization noun, a title.
        case form
        /// A lexicon entry, a place, a ticker symbol.
        case lexicon

        static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rawValue < rhs.rawValue }
    }
}
