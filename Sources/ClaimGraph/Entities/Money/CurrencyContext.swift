/// The currency each family word ("dlrs", "francs", "cts") stands for in one
/// document, as Evaluation/GUIDELINES.md decides it.
///
/// An amount that names its currency ("905 mln Swiss francs", "40 mln
/// Canadian dlrs") sets its family's currency for the bare words after it
/// ("1.06 billion francs" is CHF). Before any such amount, the first cue of a
/// family in the document's first sentence (a Reuters headline, a news lead)
/// decides: under "CANADIAN MONEY SUPPLY RISES IN WEEK" every bare "dlrs" is
/// Canadian. Without either, the family's default from
/// `money-currency-families.tsv` holds, which may depend on the document's year.
struct CurrencyContext {
    private var codes: [CurrencyCode]

    /// Reads the cues of `document`, whose tokens have the word `ids`.
    /// Borrows its arguments: copying the document costs more than reading the cues.
    init(document: borrowing Document, ids: borrowing [Int32], lexicon: borrowing MoneyLexicon) {
        var decided = [CurrencyCode?](repeating: nil, count: lexicon.families.count)
        if let first = document.sentences.first {
            // Taken out of the lexicon once: read through the class for every token, it is retained each time.
            let cues = lexicon.cues
            var index = first.tokens.lowerBound
            while index < first.tokens.upperBound {
                guard let cue = cues.longestMatch(ids: ids, tokens: document.tokens, from: index, end: first.tokens.upperBound) else {
                    index += 1
                    continue
                }
                let endsName = cue.value.kind == .name && index > first.tokens.lowerBound
                    && Self.continuesName(before: index, document: document, ids: ids, lexicon: lexicon)
                if !endsName, decided[cue.value.family] == nil { decided[cue.value.family] = cue.value.code }
                index = cue.end
            }
        }
        let year = document.date?.year
        codes = decided.enumerated().map { family, code in
            code ?? lexicon.defaultCode(family: family, year: year)
        }
    }

    /// Whether the token before `index` makes a place name there part of an
    /// organization's name: a capitalized word ("FORD CANADA") or "of" ("Bank of Canada").
    private static func continuesName(before index: Int, document: Document, ids: [Int32], lexicon: MoneyLexicon) -> Bool {
        let previous = document.tokens[index - 1]
        if previous.kind == .word && previous.flags.contains(.capitalized) { return true }
        return lexicon.roles.longestMatch(ids: ids, tokens: document.tokens, from: index - 1, end: index)?.value.contains(.of) ?? false
    }

    /// Records an amount in `unit`: a unit that names a family's currency
    /// ("Swiss francs") decides that family for the amounts after it.
    mutating func note(_ unit: CurrencyUnit, lexicon: MoneyLexicon) {
        if case .code(let code) = unit.currency, let family = lexicon.familyOfCode[code] {
            codes[family] = code
        }
    }

    /// The ISO 4217 code of a unit's currency in this document.
    func code(of currency: CurrencyUnit.Currency) -> String {
        switch currency {
        case .code(let code): code.description
        case .family(let family): codes[family].description
        }
    }
}
