/// The abbreviations that end in a period without ending a sentence, and the
/// words that, after such an abbreviation, show that a new sentence began anyway.
///
/// Loaded from `abbreviations.tsv` and `sentence-starters.tsv` in a lexicon directory.
public struct Abbreviations: Sendable {
    /// When an abbreviation's period also ends the sentence.
    public enum Kind: UInt8, Sendable {
        /// Never: "Dr. Jones", "No. 7", "Jan. 5".
        case never
        /// When a capitalized word follows: "... Holdings Ltd. Net proceeds".
        case beforeCapital
        /// Only when a sentence starter follows: "the U.S. Senate" goes on,
        /// "in the U.S. The company" ends.
        case beforeStarter
    }

    private var entries = Vocabulary(foldsCase: false)
    private var kinds: [Kind] = []
    private var starters = Vocabulary(foldsCase: false)

    /// Creates an empty list.
    public init() {}

    /// Loads the lists from a lexicon directory.
    public init(directory: LexiconDirectory) throws(ClaimGraphError) {
        let table = try directory.table("abbreviations.tsv", minFields: 2, maxFields: 2)
        for row in table.rows {
            guard row.fields[0].hasSuffix("."), let kind = Self.kind(named: row.fields[1]) else {
                throw .malformedLexicon(file: table.source, line: row.line, column: nil,
                                        reason: "expected an abbreviation ending in '.' and 'never', 'capital' or 'starter'")
            }
            add(row.fields[0], kind: kind)
        }
        for row in try directory.table("sentence-starters.tsv", minFields: 1, maxFields: 1).rows {
            starters.insert(row.fields[0])
        }
    }

    /// Adds an abbreviation, such as "Dr." or "Inc.".
    public mutating func add(_ abbreviation: String, kind: Kind) {
        let id = entries.insert(abbreviation)
        if Int(id) == kinds.count { kinds.append(kind) } else { kinds[Int(id)] = kind }
    }

    /// Adds a word that begins sentences, such as "The".
    public mutating func addSentenceStarter(_ word: String) {
        starters.insert(word)
    }

    /// The kind of the abbreviation spelled by `units` (period included), or nil.
    func kind(of units: ArraySlice<UInt16>) -> Kind? {
        entries.id(of: units).map { kinds[Int($0)] }
    }

    /// Whether `units` is a word that usually begins a sentence.
    func isSentenceStarter(_ units: ArraySlice<UInt16>) -> Bool {
        starters.id(of: units) != nil
    }

    private static func kind(named name: String) -> Kind? {
        switch name {
        case "never": .never
        case "capital": .beforeCapital
        case "starter": .beforeStarter
        default: nil
        }
    }
}
