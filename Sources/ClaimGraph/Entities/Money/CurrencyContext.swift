/// The currency each family word ("dlrs", "francs", "cts") stands for in one document.
///
/// The first cue of a family in the document's first sentence (a Reuters
/// headline, a news lead) decides it: under "CANADIAN MONEY SUPPLY RISES IN
/// WEEK" every bare "dlrs" is Canadian, as Reuters writes. Without a cue the
/// family's default from `money-currency-contexts.tsv` holds, which may depend
/// on the document's year. Explicit units ("U.S. dlrs", "C$") never ask.
struct CurrencyContext {
    private var codes: [String]

    /// Reads the cues of `document`, whose tokens have the word `ids`.
    init(document: Document, ids: [Int32], lexicon: MoneyLexicon) {
        var decided = [String?](repeating: nil, count: lexicon.families.count)
        if let first = document.sentences.first {
            var index = first.tokens.lowerBound
            while index < first.tokens.upperBound {
                if let cue = lexicon.cues.longestMatch(ids: ids, tokens: document.tokens, from: index, end: first.tokens.upperBound) {
                    if decided[cue.value.family] == nil { decided[cue.value.family] = cue.value.code }
                    index = cue.end
                } else {
                    index += 1
                }
            }
        }
        let year = document.date?.year
        codes = decided.enumerated().map { family, code in
            code ?? lexicon.defaultCode(family: family, year: year)
        }
    }

    /// The ISO 4217 code of a unit's currency in this document.
    func code(of currency: CurrencyUnit.Currency) -> String {
        switch currency {
        case .code(let code): code
        case .family(let family): codes[family]
        }
    }
}
