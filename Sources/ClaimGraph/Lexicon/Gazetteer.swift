import Foundation

/// A list of names and the labels they carry, looked up in documents token
/// by token: a user's own organizations, people or products, in the spirit of
/// NaturalLanguage's `NLGazetteer`.
///
/// Add gazetteers to a pipeline with ``Pipeline/init(lexicons:gazetteers:)``:
/// their entries are matched before any name rule, and an entry replaces a
/// bundled entry with the same words. An entry without a label suppresses the
/// phrase: it is never tagged, by the lexicons or by the rules.
///
///     let drugs = try Gazetteer([EntityLabel("DRUG"): ["aspirin", "Lipitor"]])
///     let companies = try Gazetteer(entries: [.init(phrase: "Acme Widgets", label: .org, canonical: "Acme")])
///     let pipeline = try Pipeline(gazetteers: [drugs, companies])
///
/// Matching follows the words' case: a capitalized word also matches its
/// ALL-CAPS form ("Acme", "ACME"), a lowercase word matches any case. A
/// possessive ending may follow ("Acme's"), and "Inc" matches "Inc.".
public struct Gazetteer: Sendable {
    /// One phrase and what it names.
    public struct Entry: Sendable, Hashable {
        /// The words to find, such as "Meta Platforms".
        public var phrase: String
        /// The label to give them, or nil for words that are never to be tagged.
        public var label: EntityLabel?
        /// The name of what the phrase refers to ("Meta" for "Meta Platforms").
        public var canonical: String

        /// Creates an entry; the canonical name defaults to the phrase.
        public init(phrase: String, label: EntityLabel?, canonical: String? = nil) {
            self.phrase = phrase
            self.label = label
            self.canonical = canonical ?? phrase
        }
    }

    /// Where an entry was found in a document.
    public struct Match: Sendable, Hashable {
        /// The entry found.
        public var entry: Entry
        /// The UTF-16 range of the match, possessive ending excluded.
        public var range: Range<Int>
        /// The indices of the tokens the match covers.
        public var tokens: Range<Int>
    }

    /// The entries, one per distinct phrase, in the order they were added;
    /// a later entry for the same words replaced the earlier one.
    public private(set) var entries: [Entry] = []
    private(set) var matcher = PhraseMatcher()
    /// Each entry's rule id: "gazetteer.org", "gazetteer.drug" (a user's), "lexicon.org" (a bundled lexicon's).
    private(set) var rules: [String] = []
    private let rulePrefix: String

    /// Creates a gazetteer from entries.
    public init(entries: [Entry] = []) throws(ClaimGraphError) {
        try self.init(entries: entries, rulePrefix: "gazetteer.")
    }

    /// The names the lexicons in `directory` know: organizations, companies,
    /// people and products, and the words that are never names ("AI",
    /// "Capex"), as the "names" stage reads them. Match ids start "lexicon.".
    public static func names(in directory: LexiconDirectory = .bundled) throws(ClaimGraphError) -> Gazetteer {
        try Gazetteer(entries: NameLexicon.entries(in: directory), rulePrefix: "lexicon.")
    }

    /// Creates a gazetteer whose matches carry rule ids that start with `rulePrefix`.
    init(entries: [Entry], rulePrefix: String) throws(ClaimGraphError) {
        self.rulePrefix = rulePrefix
        try add(entries)
    }

    /// Creates a gazetteer from phrases grouped by label, as `NLGazetteer` does.
    public init(_ phrasesByLabel: [EntityLabel: [String]]) throws(ClaimGraphError) {
        let entries = phrasesByLabel.sorted { $0.key < $1.key }.flatMap { label, phrases in
            phrases.map { Entry(phrase: $0, label: label) }
        }
        try self.init(entries: entries)
    }

    /// Reads a gazetteer file: UTF-8 TSV, one entry a line,
    /// `phrase<TAB>label<TAB>canonical`, where the canonical name is optional
    /// and the label `none` means the phrase is never tagged.
    ///
    ///     Acme Widgets	ORG	Acme
    ///     Ford	none
    public init(contentsOf url: URL) throws(ClaimGraphError) {
        try self.init(table: LexiconTable(contentsOf: url, minFields: 2, maxFields: 3))
    }

    /// Reads a parsed gazetteer file (see ``init(contentsOf:)``).
    public init(table: LexiconTable) throws(ClaimGraphError) {
        var entries = [Entry]()
        for row in table.rows {
            let label = row.fields[1]
            guard !label.isEmpty, label.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "_" || $0 == "-" }) else {
                throw .malformedLexicon(file: table.source, line: row.line, column: row.fields[0].count + 2,
                                        reason: "the label '\(label)' is not a word such as ORG, PERSON or none")
            }
            let canonical = row.fields.count > 2 && !row.fields[2].isEmpty ? row.fields[2] : nil
            entries.append(Entry(phrase: row.fields[0], label: label.lowercased() == "none" ? nil : EntityLabel(label), canonical: canonical))
        }
        try self.init(entries: entries)
    }

    /// Adds entries; an entry for the same words as an earlier one replaces it.
    public mutating func add(_ newEntries: [Entry]) throws(ClaimGraphError) {
        try add(newEntries, rulePrefix: rulePrefix)
    }

    /// Adds another gazetteer's entries, which replace this one's for the same words.
    public mutating func add(_ other: Gazetteer) throws(ClaimGraphError) {
        try add(other.entries, rulePrefix: other.rulePrefix)
    }

    private mutating func add(_ newEntries: [Entry], rulePrefix: String) throws(ClaimGraphError) {
        guard !newEntries.isEmpty else { return }
        let segmenter = try Segmenter()
        let phrases = matcher.insert(newEntries.map(\.phrase), segmenter: segmenter)
        for (entry, phrase) in zip(newEntries, phrases) {
            guard let phrase else { continue }
            let rule = rulePrefix + (entry.label?.rawValue.lowercased() ?? "none")
            if Int(phrase) < entries.count {
                entries[Int(phrase)] = entry
                rules[Int(phrase)] = rule
            } else {
                entries.append(entry)
                rules.append(rule)
            }
        }
    }

    /// The entries found in a segmented document (one a ``Pipeline`` or
    /// ``Segmenter`` has processed), longest first, left to right, without overlaps.
    public func matches(in document: Document) -> [Match] {
        let ids = matcher.ids(in: document)
        var found = [Match]()
        var index = 0
        while index < document.tokens.count {
            if let match = matcher.longestMatch(at: index, limit: document.tokens.count, ids: ids, in: document, checksCase: true) {
                let start = Int(document.tokens[index].start)
                found.append(Match(entry: entries[Int(match.phrase)], range: start..<Int(match.end), tokens: match.tokens))
                index = match.tokens.upperBound
            } else {
                index += 1
            }
        }
        return found
    }
}
