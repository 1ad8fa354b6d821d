/// The "names" stage: tags organizations (ORG) and people (PERSON), and
/// products (PRODUCT) a lexicon lists, and gives every ORG and PERSON the
/// canonical name of what it refers to.
///
/// Evidence, strongest first: the gazetteer (bundled lexicons and the user's
/// own), organization designators and nouns ("Corp", "University"), titles
/// ("Chief Executive Mark Zuckerberg"), appositions, Reuters tickers, given
/// names, context words ("a spokesman for X"), and last "X said". Of
/// overlapping proposals the longest wins, then the strongest. Mentions that
/// repeat a name found elsewhere in the document (a surname, a short form,
/// initials, the headline's capitals) take its label and canonical name.
struct NameTagger: PipelineStage {
    let name = "names"
    let lexicon: NameLexicon

    init(lexicons: LexiconDirectory, gazetteers: [Gazetteer]) throws(ClaimGraphError) {
        lexicon = try NameLexicon(directory: lexicons, gazetteers: gazetteers)
    }

    func process(_ document: inout Document) {
        guard !document.tokens.isEmpty else { return }
        let scan = NameScan(document: document, lexicon: lexicon)
        let entities = scan.names()
        for entity in entities {
            document.add(entity)
        }
    }
}
