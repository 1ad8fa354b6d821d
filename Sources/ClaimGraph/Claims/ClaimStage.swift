/// The pipeline stage that turns a document's entities into claims: who is
/// said to have done what, for how much, when, and according to whom.
///
/// It reads only the document's tokens, sentences and entities (labels,
/// ranges, canonical names, money and date values), so it works after any
/// entity taggers, including a user's own. Product names it finds as the
/// objects of releases and delays are added as PRODUCT entities (rule
/// "claims.product"), as the annotation guidelines label PRODUCT only where a
/// claim needs it.
///
///     let stage = try ClaimStage(lexicons: .bundled)
///     stage.process(&document)   // document.claims filled
public struct ClaimStage: PipelineStage {
    /// The stage's name in ``Pipeline/stageNames``: "claims".
    public let name = "claims"
    let lexicon: ClaimLexicon
    /// The lexicon's words, looked up in an index the pipeline may share with other stages.
    var words: StageWords

    /// Loads the claim lexicons (`predicates.tsv` and the cue lists) from `lexicons`.
    public init(lexicons: LexiconDirectory) throws(ClaimGraphError) {
        lexicon = try ClaimLexicon(directory: lexicons)
        words = StageWords(lexicon.vocabulary.words)
    }

    /// Replaces the document's claims with the ones its sentences make.
    public func process(_ document: inout Document) {
        let sharedWords = words.sharedWords(of: &document)
        var extractor = ClaimExtractor(document: document, lexicon: lexicon, words: words, sharedWords: sharedWords)
        let results = extractor.run()
        var products: [Int32] = []
        for result in results {
            if let range = result.product,
               document.add(Entity(label: .product, start: range.lowerBound, end: range.upperBound, rule: "claims.product")) {
                products.append(range.lowerBound)
            }
        }
        products.sort()
        // Entities added above shift the indices of the ones after them.
        func shifted(_ index: Int, in original: [Entity]) -> Int {
            let start = original[index].start
            var low = 0
            var high = products.count
            while low < high {
                let middle = (low + high) / 2
                if products[middle] < start { low = middle + 1 } else { high = middle }
            }
            return index + low
        }
        let original = extractor.document.entities
        document.claims = results.compactMap { result in
            var claim = result.claim
            claim.subject = claim.subject.map { shifted($0, in: original) }
            claim.time = claim.time.map { shifted($0, in: original) }
            if case .entity(let index)? = claim.object {
                claim.object = .entity(shifted(index, in: original))
            } else if let range = result.product {
                let index = document.entityInsertionIndex(for: range.lowerBound)
                guard index < document.entities.count, document.entities[index].range == Int(range.lowerBound)..<Int(range.upperBound) else { return nil }
                claim.object = .entity(index)
            }
            return claim
        }
    }
}
