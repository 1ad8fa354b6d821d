/// The "date" pipeline stage: tags DATE entities (absolute and relative
/// dates, periods and durations) with rules over the tokens, each with its
/// TIMEX3 value resolved against the document's date.
///
/// The words come from `dates.tsv`; the grammar is ``DateParser``. Spans
/// follow the OntoNotes conventions of Evaluation/GUIDELINES.md. A date that
/// overlaps an entity an earlier stage added (a MONEY amount) is dropped.
struct DateTagger: PipelineStage {
    let name = "date"
    let lexicon: DateLexicon
    /// The lexicon's words, looked up in an index the pipeline may share with other stages.
    var words: StageWords

    /// Loads the date lexicon from a lexicon directory.
    init(lexicons: LexiconDirectory) throws(ClaimGraphError) {
        lexicon = try DateLexicon(directory: lexicons)
        words = StageWords(lexicon.vocabulary)
    }

    func process(_ document: inout Document) {
        let sharedWords = words.sharedWords(of: &document)
        let parser = DateParser(document: document, lexicon: lexicon, words: words, sharedWords: sharedWords)
        for parse in parser.parse(document.sentences) {
            document.add(parser.entity(for: parse))
        }
    }
}
