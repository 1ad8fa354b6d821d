/// The money tagger's rule data: currencies, scales, qualifiers, rate periods
/// and spelled numbers, loaded from the lexicon files and compiled into
/// phrase tries over one shared vocabulary.
///
/// Files: `money-currencies.tsv`, `money-currency-families.tsv`, `money-currency-contexts.tsv`,
/// `money-scales.tsv`, `money-phrases.tsv`, `number-words.tsv` (Lexicons/README.md
/// describes their fields).
///
/// A class so that the reader and currency context made for every document
/// share it: copying its many arrays cost more than reading a short story.
final class MoneyLexicon: Sendable {
    /// A currency family's default: its code, for documents dated up to `until` if set.
    struct FamilyDefault: Sendable, Hashable {
        var until: Int?
        var code: CurrencyCode
    }

    let vocabulary: PhraseVocabulary
    let prefixUnits: PhraseTrie<CurrencyUnit>
    let suffixUnits: PhraseTrie<CurrencyUnit>
    let qualifiers: PhraseTrie<MoneyQualifier>
    let periods: PhraseTrie<RatePeriod>
    let roles: PhraseTrie<MoneyPhraseRoles>
    let scales: PhraseTrie<MoneyScale>
    let numbers: PhraseTrie<NumberWord>
    /// Context cues: a word that decides a family's currency ("Canadian" -> dollar CAD).
    let cues: PhraseTrie<CurrencyCue>
    /// The family names, indexed by ``CurrencyUnit/Currency/family(_:)``.
    let families: [String]
    /// Each family's defaults, in file order.
    let defaults: [[FamilyDefault]]
    /// The family each code of a family belongs to: CAD and USD to "dollar", CHF to "franc".
    let familyOfCode: [CurrencyCode: Int]
    /// Whether a word id may begin a money amount: a qualifier, sign, currency
    /// symbol, spelled number, "between" or plural scale.
    let startsAmount: [Bool]
    /// Whether a word id may begin a currency unit ("$", "US", "dlrs"), which
    /// every money expression holds.
    let startsUnit: [Bool]

    /// Loads the money lexicons from `directory`, splitting phrases with `segmenter`.
    init(directory: LexiconDirectory, segmenter: Segmenter) throws(ClaimGraphError) {
        var vocabulary = PhraseVocabulary()
        var prefixUnits = PhraseTrie<CurrencyUnit>()
        var suffixUnits = PhraseTrie<CurrencyUnit>()
        var qualifiers = PhraseTrie<MoneyQualifier>()
        var periods = PhraseTrie<RatePeriod>()
        var roles = PhraseTrie<MoneyPhraseRoles>()
        var scales = PhraseTrie<MoneyScale>()
        var numbers = PhraseTrie<NumberWord>()
        var cues = PhraseTrie<CurrencyCue>()
        var families: [String] = []
        var defaults: [[FamilyDefault]] = []
        var familyOfCode: [CurrencyCode: Int] = [:]
        var starters = Set<Int32>()
        var unitStarters = Set<Int32>()

        let familyTable = try directory.table("money-currency-families.tsv", minFields: 2, maxFields: 3)
        for row in familyTable.rows {
            let fields = row.fields
            let until = fields.count == 3 ? Int(fields[2]) : nil
            guard let code = CurrencyCode(fields[1]), fields.count == 2 || until != nil else {
                throw .malformedLexicon(file: familyTable.source, line: row.line, column: nil,
                                        reason: "expected family, ISO code, optional year")
            }
            let index = families.firstIndex(of: fields[0]) ?? {
                families.append(fields[0])
                defaults.append([])
                return families.count - 1
            }()
            defaults[index].append(FamilyDefault(until: until, code: code))
            familyOfCode[code] = index
        }
        if let missing = defaults.firstIndex(where: { !$0.contains { $0.until == nil } }) {
            throw .malformedLexicon(file: familyTable.source, line: 1, column: nil,
                                    reason: "currency family '\(families[missing])' has no row without a year")
        }

        let currencies = try directory.table("money-currencies.tsv", minFields: 5, maxFields: 6)
        for row in currencies.rows {
            let fields = row.fields
            guard let power = Self.powerOfTen(fields[3]),
                  let rule = MoneyRule(rawValue: "money." + fields[4]), rule != .range, rule != .vague,
                  fields.count == 5 || fields[5] == "glued",
                  let currency = Self.currency(named: fields[2], families: families) else {
                throw .malformedLexicon(file: currencies.source, line: row.line, column: nil,
                                        reason: "expected phrase, prefix|suffix, ISO code or a family of money-currency-families.tsv, multiplier (1, 0.01, ...), symbol|code|unit-word|reuters-unit, optional 'glued'")
            }
            let unit = CurrencyUnit(currency: currency, power: power, rule: rule, mustTouchNumber: fields.count == 6)
            let steps = try Self.steps(of: fields[0], in: currencies, row: row, segmenter: segmenter, vocabulary: &vocabulary)
            unitStarters.insert(steps[0].word)
            switch fields[1] {
            case "prefix":
                prefixUnits.insert(steps, value: unit)
                starters.insert(steps[0].word)
            case "suffix":
                suffixUnits.insert(steps, value: unit)
            default:
                throw .malformedLexicon(file: currencies.source, line: row.line, column: nil, reason: "position must be 'prefix' or 'suffix'")
            }
        }

        let contexts = try directory.table("money-currency-contexts.tsv", minFields: 4, maxFields: 4)
        for row in contexts.rows {
            let fields = row.fields
            guard let family = families.firstIndex(of: fields[1]), let code = CurrencyCode(fields[2]),
                  let kind = CurrencyCue.Kind(rawValue: fields[3]) else {
                throw .malformedLexicon(file: contexts.source, line: row.line, column: nil,
                                        reason: "expected cue, a family of money-currency-families.tsv, ISO code, adjective|name")
            }
            cues.insert(try Self.steps(of: fields[0], in: contexts, row: row, segmenter: segmenter, vocabulary: &vocabulary),
                        value: CurrencyCue(family: family, code: code, kind: kind))
            familyOfCode[code] = family
        }

        let scaleTable = try directory.table("money-scales.tsv", minFields: 3, maxFields: 3)
        for row in scaleTable.rows {
            guard let power = Int(row.fields[1]), let kind = MoneyScale.Kind(rawValue: row.fields[2]) else {
                throw .malformedLexicon(file: scaleTable.source, line: row.line, column: nil,
                                        reason: "expected word, power of ten, word|glued|plural")
            }
            let steps = try Self.steps(of: row.fields[0], in: scaleTable, row: row, segmenter: segmenter, vocabulary: &vocabulary)
            scales.insert(steps, value: MoneyScale(power: power, kind: kind))
            if kind == .plural { starters.insert(steps[0].word) }
        }

        let phrases = try directory.table("money-phrases.tsv", minFields: 2, maxFields: 3)
        var roleSets: [[PhraseVocabulary.Step]: MoneyPhraseRoles] = [:]
        for row in phrases.rows {
            let fields = row.fields
            let steps = try Self.steps(of: fields[0], in: phrases, row: row, segmenter: segmenter, vocabulary: &vocabulary)
            let value = fields.count == 3 ? fields[2] : ""
            switch fields[1] {
            case "qualifier":
                guard let qualifier = MoneyQualifier(rawValue: value), qualifier != .exact, qualifier != .range else {
                    throw .malformedLexicon(file: phrases.source, line: row.line, column: nil,
                                            reason: "a qualifier needs a value: about, atLeast, moreThan, atMost, lessThan or upTo")
                }
                qualifiers.insert(steps, value: qualifier)
                starters.insert(steps[0].word)
            case "per":
                guard let period = RatePeriod(rawValue: value) else {
                    throw .malformedLexicon(file: phrases.source, line: row.line, column: nil,
                                            reason: "a period needs a value: year, quarter, month, week or day")
                }
                periods.insert(steps, value: period)
            default:
                guard let role = MoneyPhraseRoles.names[fields[1]], fields.count == 2 else {
                    throw .malformedLexicon(file: phrases.source, line: row.line, column: nil,
                                            reason: "unknown role '\(fields[1])' or a value where none is taken")
                }
                roleSets[steps, default: []].insert(role)
                if role == .negative || role == .between { starters.insert(steps[0].word) }
            }
        }
        for (steps, roleSet) in roleSets { roles.insert(steps, value: roleSet) }

        let numberTable = try directory.table("number-words.tsv", minFields: 3, maxFields: 3)
        for row in numberTable.rows {
            guard let value = Int(row.fields[1]), let role = NumberWord.Role(rawValue: row.fields[2]) else {
                throw .malformedLexicon(file: numberTable.source, line: row.line, column: nil,
                                        reason: "expected word, value, unit|tens|hundred|article")
            }
            let steps = try Self.steps(of: row.fields[0], in: numberTable, row: row, segmenter: segmenter, vocabulary: &vocabulary)
            numbers.insert(steps, value: NumberWord(value: value, role: role))
            starters.insert(steps[0].word)
        }

        var startsAmount = Array(repeating: false, count: vocabulary.words.count)
        for word in starters { startsAmount[Int(word)] = true }
        var startsUnit = Array(repeating: false, count: vocabulary.words.count)
        for word in unitStarters { startsUnit[Int(word)] = true }
        self.vocabulary = vocabulary
        self.prefixUnits = prefixUnits
        self.suffixUnits = suffixUnits
        self.qualifiers = qualifiers
        self.periods = periods
        self.roles = roles
        self.scales = scales
        self.numbers = numbers
        self.cues = cues
        self.families = families
        self.defaults = defaults
        self.familyOfCode = familyOfCode
        self.startsAmount = startsAmount
        self.startsUnit = startsUnit
    }

    /// The currency code a family stands for in a document dated in `year`,
    /// when no cue decides it.
    func defaultCode(family: Int, year: Int?) -> CurrencyCode {
        let choices = defaults[family]
        if let year, let dated = choices.first(where: { $0.until.map { year <= $0 } ?? false }) {
            return dated.code
        }
        return choices.first { $0.until == nil }!.code
    }

    /// An ISO code, or the index of one of `families`; nil for a name that is neither.
    private static func currency(named name: String, families: [String]) -> CurrencyUnit.Currency? {
        if let code = CurrencyCode(name) { return .code(code) }
        return families.firstIndex(of: name).map { .family($0) }
    }

    /// The power of ten a multiplier such as "1", "0.01" or "1000" writes, or nil.
    private static func powerOfTen(_ text: String) -> Int? {
        if text.hasPrefix("0.") {
            let digits = text.dropFirst(2)
            guard digits.last == "1", digits.dropLast().allSatisfy({ $0 == "0" }) else { return nil }
            return -digits.count
        }
        guard text.first == "1", text.dropFirst().allSatisfy({ $0 == "0" }) else { return nil }
        return text.count - 1
    }

    private static func steps(of phrase: String, in table: LexiconTable, row: LexiconTable.Row, segmenter: Segmenter,
                              vocabulary: inout PhraseVocabulary) throws(ClaimGraphError) -> [PhraseVocabulary.Step] {
        let steps = vocabulary.steps(of: phrase, segmenter: segmenter)
        guard !steps.isEmpty else {
            throw .malformedLexicon(file: table.source, line: row.line, column: 1, reason: "the phrase has no words")
        }
        return steps
    }
}
