/// The pipeline stage that tags money amounts (MONEY) and says what they
/// mean: "up to $72 billion" is 72000000000 USD, up to.
///
/// Spans follow OntoNotes 5.0 (Evaluation/GUIDELINES.md): qualifiers and rate
/// periods belong to the span ("north of $64 billion a year"), per-share
/// prices stop at the amount ("$5 a share" -> "$5"), a range is one span
/// ("between $60 billion and $65 billion", "$60-65 billion"). A number without
/// a currency in its own words is no amount ("11 of the 14", "5.93 mln bags").
/// The rules and their words are data: `money-currencies.tsv`,
/// `money-currency-families.tsv`, `money-currency-contexts.tsv`,
/// `money-scales.tsv`, `money-phrases.tsv` and `number-words.tsv`; bare
/// "dlrs" or "francs" take their currency from the document (see the
/// decided cases of Evaluation/GUIDELINES.md). Each entity's `rule` names the form that matched:
/// `money.symbol` ("$72 billion"), `money.code` ("USD 5 million"),
/// `money.unit-word` ("72 billion dollars"), `money.reuters-unit` ("13.5
/// billion dlrs", "286p"), `money.range`, `money.vague` ("billions of dollars",
/// "several million dollars": at least 2000000000 and 3000000).
public struct MoneyTagger: PipelineStage {
    /// The stage's name, "money".
    public let name = "money"
    let lexicon: MoneyLexicon
    /// The lexicon's words, looked up in an index the pipeline may share with other stages.
    var words: StageWords

    /// Creates the tagger from the money lexicons in `lexicons`.
    public init(lexicons: LexiconDirectory = .bundled) throws(ClaimGraphError) {
        let segmenter = try Segmenter(abbreviations: Abbreviations(directory: lexicons))
        lexicon = try MoneyLexicon(directory: lexicons, segmenter: segmenter)
        words = StageWords(lexicon.vocabulary.words)
    }

    /// Adds a MONEY entity for every money expression in the document.
    public func process(_ document: inout Document) {
        let ids = words.ids(of: &document)
        let reader = MoneyReader(lexicon: lexicon, tokens: document.tokens, text: document.utf16, ids: ids)
        var context: CurrencyContext?
        var found = [Entity]()
        var index = 0
        while index < document.tokens.count {
            guard reader.mayStart(at: index), let match = reader.match(at: index) else {
                index += 1
                continue
            }
            var currencies = context ?? CurrencyContext(document: document, ids: ids, lexicon: lexicon)
            currencies.note(match.unit, lexicon: lexicon)
            context = currencies
            let value = MoneyValue(amount: match.amount, currency: currencies.code(of: match.unit.currency),
                                   qualifier: match.qualifier, min: match.min, max: match.max, per: match.per)
            found.append(Entity(label: .money, start: document.tokens[index].start, end: document.tokens[match.end - 1].end,
                                rule: match.rule.rawValue, money: value))
            index = match.end
        }
        for entity in found { document.add(entity) }
    }
}
