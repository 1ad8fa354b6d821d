/// The words the claim rules read: predicates and their trigger words, the
/// modality, negation and attribution cues, the words that refer back to
/// entities, the function words that bound noun phrases, and each rule's base
/// confidence.
///
/// Loaded from `predicates.tsv`, `modality-cues.tsv`, `negation-cues.tsv`,
/// `attribution-cues.tsv`, `references.tsv`, `phrase-words.tsv` and
/// `claim-rules.tsv`; every phrase of every file goes into one ``PhraseTrie``,
/// split by the ``Segmenter`` as documents are, so one walk per token finds them all.
///
/// A class, so that each document's extractor shares it rather than copying
/// (and retaining) every table.
final class ClaimLexicon: Sendable {
    /// How a predicate's words connect to the claim's object.
    enum Frame: String, Sendable {
        /// A noun phrase naming a money figure: "capital expenditures".
        case figure
        /// A verb whose object is an amount: "spend".
        case action
        /// Words joining the subject to an entity: "acquire", "delaying".
        case event
    }

    /// One row of `predicates.tsv`.
    struct Predicate: Sendable {
        var name: String
        var frame: Frame
        var subjectLabels: [EntityLabel]
        var objectLabels: [EntityLabel]
        var needsObject: Bool
        var needsTime: Bool
    }

    /// What a modality cue does to a claim.
    enum ModalityEffect: String, Sendable {
        case planned, expected
        case noClaim = "no-claim"
    }

    /// Where an attribution cue's speaker is named.
    enum SpeakerPosition: String, Sendable {
        case after, before, `self`, none
    }

    /// What a reference word refers to.
    enum Referent: String, Sendable {
        case org, person, product, any, filer
    }

    /// The class of a function word (`phrase-words.tsv`).
    enum WordClass: String, Sendable {
        case determiner, preposition, conjunction, be, link, verb, adverb, pronoun, common, partitive, unit
    }

    /// What a phrase in the trie is.
    enum Cue: Sendable {
        /// A predicate's words; `dropsLastWord` when the phrase ends in a
        /// preposition that introduces the object ("release of") and is not
        /// part of the trigger.
        case trigger(predicate: Int, dropsLastWord: Bool)
        case modality(ModalityEffect)
        case negation(negates: Bool)
        case attribution(hearsay: Bool, speaker: SpeakerPosition)
        /// A word that refers back; `isNoun` for "company"-like nouns that
        /// refer only after "the", "this" or "that".
        case reference(Referent, isNoun: Bool)
    }

    /// Vocabulary ids of the few words the rules' grammar names directly.
    struct Keywords: Sendable {
        var of: Int32 = -1, `in`: Int32 = -1, `for`: Int32 = -1, by: Int32 = -1, to: Int32 = -1, at: Int32 = -1
        var from: Int32 = -1, and: Int32 = -1, or: Int32 = -1, the: Int32 = -1, this: Int32 = -1, that: Int32 = -1
        var a: Int32 = -1, per: Int32 = -1, share: Int32 = -1, later: Int32 = -1, earlier: Int32 = -1
        var earliest: Int32 = -1, latest: Int32 = -1, respectively: Int32 = -1, vs: Int32 = -1, compared: Int32 = -1
        var on: Int32 = -1, against: Int32 = -1, versus: Int32 = -1, below: Int32 = -1, above: Int32 = -1, than: Int32 = -1, pct: Int32 = -1, percent: Int32 = -1
    }

    /// The words of every phrase; a token's id here is its key into `trie`.
    let vocabulary: PhraseVocabulary
    /// Every phrase, with the indices into `cues` of what it is.
    let trie: PhraseTrie<[Int32]>
    let keywords: Keywords
    let cues: [Cue]
    let predicates: [Predicate]
    /// The predicate name of figure words that make no claim ("share price").
    static let noClaim = "none"

    /// The "price" predicate, made for the amount an acquisition or sale is "for".
    let pricePredicate: Int?
    /// The "stake" event predicate, for "acquired six pct of TRE".
    let stakePredicate: Int?
    private let classes: [WordClass?]
    /// Each rule's base confidence, by rule id.
    let ruleConfidence: [String: Double]

    /// Loads every claim lexicon from `directory`.
    init(directory: LexiconDirectory) throws(ClaimGraphError) {
        let segmenter = try Segmenter(abbreviations: Abbreviations(directory: directory))
        var vocabulary = PhraseVocabulary()
        var cues: [Cue] = []
        var keywords = Keywords()
        var classes: [WordClass?] = []
        var predicates: [Predicate] = []
        var pricePredicate: Int?
        var stakePredicate: Int?
        var phrases: [[PhraseVocabulary.Step]: [Int32]] = [:]
        func add(_ phrase: String, _ cue: Cue) -> [PhraseVocabulary.Step] {
            let steps = vocabulary.steps(of: phrase, segmenter: segmenter)
            cues.append(cue)
            phrases[steps, default: []].append(Int32(cues.count - 1))
            return steps
        }
        func intern(_ word: String) -> Int32 {
            vocabulary.steps(of: word, segmenter: segmenter).first?.word ?? -1
        }
        for (path, word) in [(\Keywords.of, "of"), (\.`in`, "in"), (\.`for`, "for"), (\.by, "by"), (\.to, "to"), (\.at, "at"),
                             (\.from, "from"), (\.and, "and"), (\.or, "or"), (\.the, "the"), (\.this, "this"), (\.that, "that"),
                             (\.a, "a"), (\.per, "per"), (\.share, "share"), (\.later, "later"), (\.earlier, "earlier"),
                             (\.earliest, "earliest"), (\.latest, "latest"), (\.respectively, "respectively"), (\.vs, "vs"),
                             (\.compared, "compared"), (\.on, "on"), (\.against, "against"), (\.versus, "versus"),
                             (\.below, "below"), (\.above, "above"), (\.than, "than"), (\.pct, "pct"),
                             (\.percent, "percent")] as [(WritableKeyPath<Keywords, Int32>, String)] {
            keywords[keyPath: path] = intern(word)
        }
        let words = try directory.table("phrase-words.tsv", minFields: 2, maxFields: 2)
        var wordClasses: [(Int32, WordClass)] = []
        for row in words.rows {
            guard let wordClass = WordClass(rawValue: row.fields[1]) else {
                throw Self.error(words, row, "unknown class '\(row.fields[1])'")
            }
            let steps = vocabulary.steps(of: row.fields[0], segmenter: segmenter)
            guard steps.count == 1 else { throw Self.error(words, row, "expected one word, found '\(row.fields[0])'") }
            wordClasses.append((steps[0].word, wordClass))
        }
        for (id, wordClass) in wordClasses {
            while classes.count <= Int(id) { classes.append(nil) }
            classes[Int(id)] = wordClass
        }
        let predicateTable = try directory.table("predicates.tsv", minFields: 6, maxFields: 6)
        for row in predicateTable.rows {
            let predicate = try Self.predicate(row, in: predicateTable)
            predicates.append(predicate)
            let index = predicates.count - 1
            if predicate.name == "price", predicate.frame == .figure, pricePredicate == nil { pricePredicate = index }
            if predicate.name == "stake", predicate.frame == .event, stakePredicate == nil { stakePredicate = index }
            for phrase in row.fields[2].split(separator: ",") {
                let words = phrase.split(separator: " ")
                guard let last = words.last else { throw Self.error(predicateTable, row, "empty phrase in '\(row.fields[2])'") }
                let drops = words.count > 1 && Self.wordClass(vocabulary.words.id(of: String(last)) ?? -1, in: classes) == .preposition
                _ = add(String(phrase), .trigger(predicate: index, dropsLastWord: drops))
            }
        }
        try Self.loadCues(try directory.table("modality-cues.tsv", minFields: 2, maxFields: 2), add: add) { fields in
            ModalityEffect(rawValue: fields[1]).map { .modality($0) }
        }
        try Self.loadCues(try directory.table("negation-cues.tsv", minFields: 2, maxFields: 2), add: add) { fields in
            switch fields[1] {
            case "negated": .negation(negates: true)
            case "none": .negation(negates: false)
            default: nil
            }
        }
        try Self.loadCues(try directory.table("attribution-cues.tsv", minFields: 3, maxFields: 3), add: add) { fields in
            guard fields[1] == "hearsay" || fields[1] == "statement", let speaker = SpeakerPosition(rawValue: fields[2]) else { return nil }
            return .attribution(hearsay: fields[1] == "hearsay", speaker: speaker)
        }
        try Self.loadCues(try directory.table("references.tsv", minFields: 3, maxFields: 3), add: add) { fields in
            guard let referent = Referent(rawValue: fields[1]), fields[2] == "pronoun" || fields[2] == "noun" else { return nil }
            return .reference(referent, isNoun: fields[2] == "noun")
        }
        var trie = PhraseTrie<[Int32]>()
        for (steps, values) in phrases { trie.insert(steps, value: values) }
        var ruleConfidence: [String: Double] = [:]
        let rules = try directory.table("claim-rules.tsv", minFields: 3, maxFields: 3)
        for row in rules.rows {
            guard let confidence = Double(row.fields[1]), (0...1).contains(confidence) else {
                throw Self.error(rules, row, "confidence must be a number from 0 to 1")
            }
            ruleConfidence[row.fields[0]] = confidence
        }
        if let missing = ClaimRule.allCases.first(where: { ruleConfidence[$0.rawValue] == nil }) {
            throw .malformedLexicon(file: rules.source, line: rules.rows.last?.line ?? 1, column: nil,
                                    reason: "rule '\(missing.rawValue)' has no row")
        }
        self.vocabulary = vocabulary
        self.trie = trie
        self.keywords = keywords
        self.cues = cues
        self.predicates = predicates
        self.pricePredicate = pricePredicate
        self.stakePredicate = stakePredicate
        self.classes = classes
        self.ruleConfidence = ruleConfidence
    }

    /// The class of the word with vocabulary id `id`, if it is a function word.
    func wordClass(_ id: Int32) -> WordClass? { Self.wordClass(id, in: classes) }

    private static func wordClass(_ id: Int32, in classes: [WordClass?]) -> WordClass? {
        id >= 0 && Int(id) < classes.count ? classes[Int(id)] : nil
    }

    /// The base confidence of `rule`.
    func confidence(_ rule: ClaimRule) -> Double { ruleConfidence[rule.rawValue] ?? 0 }

    private static func predicate(_ row: LexiconTable.Row, in table: LexiconTable) throws(ClaimGraphError) -> Predicate {
        let fields = row.fields
        guard let frame = Frame(rawValue: fields[1]) else { throw Self.error(table, row, "unknown frame '\(fields[1])'") }
        let subjects = fields[3].split(separator: " ").map { EntityLabel(String($0)) }
        let objects = fields[4] == "-" ? [] : fields[4].split(separator: " ").map { EntityLabel(String($0)) }
        let needs = fields[5] == "-" ? [] : fields[5].split(separator: " ").map(String.init)
        guard needs.allSatisfy({ $0 == "object" || $0 == "time" }) else {
            throw Self.error(table, row, "needs must be 'object', 'time', both, or '-'")
        }
        guard frame == .event || objects == [.money] else {
            throw Self.error(table, row, "figure and action rows take a MONEY object")
        }
        return Predicate(name: fields[0], frame: frame, subjectLabels: subjects, objectLabels: objects,
                         needsObject: needs.contains("object"), needsTime: needs.contains("time"))
    }

    private static func loadCues(_ table: LexiconTable, add: (String, Cue) -> [PhraseVocabulary.Step],
                                 _ cue: ([String]) -> Cue?) throws(ClaimGraphError) {
        for row in table.rows {
            guard let value = cue(row.fields) else {
                throw Self.error(table, row, "unknown value in '\(row.fields.dropFirst().joined(separator: "\t"))'")
            }
            _ = add(row.fields[0], value)
        }
    }

    private static func error(_ table: LexiconTable, _ row: LexiconTable.Row, _ reason: String) -> ClaimGraphError {
        .malformedLexicon(file: table.source, line: row.line, column: nil, reason: reason)
    }
}
