import Foundation

/// The lexicons the name stage reads: a gazetteer of known organizations,
/// people and products, and the cue words its rules look for (given names,
/// titles, designators, contexts, places, common and non-name words).
struct NameLexicon: Sendable {
    /// Known names: companies.tsv, organizations.tsv, products.tsv, people.tsv, then the user's gazetteers.
    let gazetteer: Gazetteer
    /// Cue words and phrases, matched ignoring case; the classes of phrase `i` are `cueClasses[i]`.
    let cues: PhraseMatcher
    let cueClasses: [NameCue]
    /// What the lexicons say about each vocabulary id, read once per token of a document.
    let words: [Word]

    /// What the lexicons say about one word.
    struct Word: Sendable {
        /// The classes of the cue phrase made of this word alone.
        var cue: NameCue = []
        /// The union of the classes of the cue phrases that begin with it.
        var cueStart: NameCue = []
        /// Whether a gazetteer phrase begins with it.
        var startsName = false
    }

    init(directory: LexiconDirectory, gazetteers: [Gazetteer]) throws(ClaimGraphError) {
        let nonNames = try directory.table("non-names.tsv", minFields: 2, maxFields: 2)
        var known = try Gazetteer.names(in: directory)
        for gazetteer in gazetteers {
            try known.add(gazetteer)
        }
        gazetteer = known

        var phrases = [String]()
        var classes = [NameCue]()
        func add(_ phrase: String, _ cue: NameCue) {
            phrases.append(phrase)
            classes.append(cue)
        }
        for file in ["given-names.tsv", "given-names-extra.tsv"] {
            for row in try directory.table(file, minFields: 1, maxFields: 1).rows { add(row.fields[0], .givenName) }
        }
        for row in try directory.table("surnames.tsv", minFields: 1, maxFields: 1).rows { add(row.fields[0], .surname) }
        for row in try directory.table("common-words.tsv", minFields: 1, maxFields: 1).rows { add(row.fields[0], .commonWord) }
        for row in try directory.table("sentence-starters.tsv", minFields: 1, maxFields: 1).rows { add(row.fields[0], .starter) }
        try Self.read(directory.table("places.tsv", minFields: 2, maxFields: 2), into: add) { kind in
            kind == "nationality" ? .nationality : ["country", "state", "city", "region"].contains(kind) ? .place : nil
        }
        try Self.read(directory.table("titles.tsv", minFields: 2, maxFields: 2), into: add) { kind in
            switch kind {
            case "honorific": .honorific
            case "title", "role": .title
            default: nil
            }
        }
        try Self.read(directory.table("org-designators.tsv", minFields: 2, maxFields: 2), into: add) { kind in
            switch kind {
            case "legal": .legalDesignator
            case "suffix": .suffixDesignator
            case "head": .head
            case "office": .office
            default: nil
            }
        }
        try Self.read(nonNames, into: add) { kind in
            switch kind {
            case "never": .never
            case "stop": .stop
            case "generic": .generic
            default: nil
            }
        }
        let contexts = try directory.table("name-contexts.tsv", minFields: 3, maxFields: 3)
        for row in contexts.rows {
            let cue: NameCue? = switch (row.fields[1], row.fields[2]) {
            case ("ORG", "before"): .orgFollows
            case ("ORG", "after"): .orgPrecedes
            case ("PERSON", "before"): .personFollows
            case ("PERSON", "after"): .personPrecedes
            case ("NAME", "before"): .nameFollows
            case ("NAME", "after"): .namePrecedes
            default: nil
            }
            guard let cue else {
                throw .malformedLexicon(file: contexts.source, line: row.line, column: nil,
                                        reason: "expected the label ORG, PERSON or NAME and the side 'before' or 'after'")
            }
            add(row.fields[0], cue)
        }

        // The cues share the gazetteer's token ids, so that one look-up per token serves both.
        var matcher = PhraseMatcher(vocabulary: known.matcher.vocabulary)
        let segmenter = try Segmenter()
        var merged = [NameCue]()
        for (phrase, cue) in zip(matcher.insert(phrases, segmenter: segmenter), classes) {
            guard let phrase else { continue }
            if Int(phrase) == merged.count { merged.append(cue) } else { merged[Int(phrase)].formUnion(cue) }
        }
        // Every token of every document is looked up in the cues' vocabulary.
        matcher.indexShortKeys()
        var words = (0..<Int32(matcher.vocabulary.count)).map { id in
            Word(cue: matcher.singleTokenPhrase(withID: id).map { merged[Int($0)] } ?? [], startsName: known.matcher.startsPhrase(withID: id))
        }
        for (phrase, first) in matcher.firstTokens.enumerated() { words[Int(first)].cueStart.formUnion(merged[phrase]) }
        cues = matcher
        cueClasses = merged
        self.words = words
    }

    /// Reads a `phrase<TAB>kind` file whose kinds `cue(for:)` maps to cues.
    private static func read(_ table: LexiconTable, into add: (String, NameCue) -> Void,
                             cue: (String) -> NameCue?) throws(ClaimGraphError) {
        for row in table.rows {
            guard let found = cue(row.fields[1]) else {
                throw .malformedLexicon(file: table.source, line: row.line, column: row.fields[0].count + 2,
                                        reason: "unknown kind '\(row.fields[1])'")
            }
            add(row.fields[0], found)
        }
    }

    /// The bundled name lexicons' entries (see ``Gazetteer/names(in:)``).
    static func entries(in directory: LexiconDirectory) throws(ClaimGraphError) -> [Gazetteer.Entry] {
        // Words that are never names alone are entries without a label, which keep any rule off them.
        let suppressed = try directory.table("non-names.tsv", minFields: 2, maxFields: 2).rows
            .filter { $0.fields[1] == "never" }.map { Gazetteer.Entry(phrase: $0.fields[0], label: nil) }
        return try organizationEntries(directory.table("companies.tsv", minFields: 2, maxFields: 3))
            + organizationEntries(directory.table("organizations.tsv", minFields: 2, maxFields: 4))
            + productEntries(directory.table("products.tsv", minFields: 2, maxFields: 3))
            + personEntries(directory.table("people.tsv", minFields: 1, maxFields: 2))
            + suppressed
    }

    /// Entries of organizations.tsv and companies.tsv:
    /// `canonical<TAB>kind<TAB>aliases<TAB>descriptions`, lists separated by " | ".
    static func organizationEntries(_ table: LexiconTable) -> [Gazetteer.Entry] {
        table.rows.flatMap { row in
            let canonical = row.fields[0]
            let aliases = row.fields.count > 2 ? Self.list(row.fields[2]) : []
            let descriptions = row.fields.count > 3 ? Self.list(row.fields[3]) : []
            return ([canonical] + aliases).map { Gazetteer.Entry(phrase: $0, label: .org, canonical: canonical) }
                + descriptions.map { Gazetteer.Entry(phrase: $0, label: .orgDescription, canonical: canonical) }
        }
    }

    /// Entries of products.tsv: `canonical<TAB>kind<TAB>aliases`.
    static func productEntries(_ table: LexiconTable) -> [Gazetteer.Entry] {
        table.rows.flatMap { row in
            ([row.fields[0]] + (row.fields.count > 2 ? Self.list(row.fields[2]) : [])).map {
                Gazetteer.Entry(phrase: $0, label: .product, canonical: row.fields[0])
            }
        }
    }

    /// Entries of people.tsv: `canonical<TAB>aliases`.
    static func personEntries(_ table: LexiconTable) -> [Gazetteer.Entry] {
        table.rows.flatMap { row in
            ([row.fields[0]] + (row.fields.count > 1 ? Self.list(row.fields[1]) : [])).map {
                Gazetteer.Entry(phrase: $0, label: .person, canonical: row.fields[0])
            }
        }
    }

    private static func list(_ field: String) -> [String] {
        field.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
