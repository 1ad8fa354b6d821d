/// The public entry point: segments a text and runs the entity and claim
/// stages over it.
///
/// `Pipeline()` loads the lexicons that ship with ClaimGraph; nothing needs
/// configuring. A pipeline is immutable and `Sendable`: share one across
/// threads, and give each thread a ``Worker`` for batches.
///
///     let pipeline = try Pipeline()
///     let document = try pipeline.process(Document(id: "a1", text: text, date: CalendarDate("2025-05-15")))
///     for entity in document.entities { print(entity.label, document.text(in: entity.range)) }
public struct Pipeline: Sendable {
    /// The stages that run after segmentation, in order.
    public var stages: [any PipelineStage]
    /// The lexicon directory the default stages were loaded from.
    public let lexicons: LexiconDirectory
    let prototypes: BreakIteratorPrototypes
    let abbreviations: Abbreviations

    /// Creates the default pipeline from the lexicons in `lexicons`, with the
    /// user's gazetteers added to the name lexicons (their entries replace
    /// bundled ones for the same words).
    ///
    ///     let pipeline = try Pipeline(gazetteers: [Gazetteer(contentsOf: URL(fileURLWithPath: "my-companies.tsv"))])
    public init(lexicons: LexiconDirectory = .bundled, gazetteers: [Gazetteer] = []) throws(ClaimGraphError) {
        self.lexicons = lexicons
        self.prototypes = try BreakIteratorPrototypes()
        self.abbreviations = try Abbreviations(directory: lexicons)
        self.stages = try Self.defaultStages(lexicons: lexicons, gazetteers: gazetteers)
    }

    /// The names of the stages, in order: ["money", "date", ...].
    public var stageNames: [String] { stages.map(\.name) }

    /// Removes the stages with the given names.
    public mutating func disable(_ names: String...) {
        disable(names)
    }

    /// Removes the stages with the given names.
    public mutating func disable(_ names: [String]) {
        stages.removeAll { names.contains($0.name) }
    }

    /// Runs the pipeline over one document.
    public func process(_ document: Document) throws(ClaimGraphError) -> Document {
        var document = document
        try makeWorker().process(&document)
        return document
    }

    /// Creates a worker: the per-thread state (ICU iterators) of this pipeline.
    public func makeWorker() throws(ClaimGraphError) -> Worker {
        try Worker(pipeline: self)
    }

    static func defaultStages(lexicons: LexiconDirectory, gazetteers: [Gazetteer] = []) throws(ClaimGraphError) -> [any PipelineStage] {
        // Compiling the name lexicons is most of start-up: it runs on another
        // core while this one builds the other stages. Errors are reported
        // in stage order, as if the stages were built one after the other.
        let names = BackgroundTask {
            Result { () throws(ClaimGraphError) in try NameTagger(lexicons: lexicons, gazetteers: gazetteers) }
        }
        var money = try MoneyTagger(lexicons: lexicons)
        var date = try DateTagger(lexicons: lexicons)
        let claimStage = Result { () throws(ClaimGraphError) in try ClaimStage(lexicons: lexicons) }
        let nameStage = try names.value().get()
        var claims = try claimStage.get()
        // Each token is looked up once for the three stages, not once in each.
        let shared = SharedWords(merging: [money.words.own, date.words.own, claims.words.own])
        money.words = money.words.sharing(shared)
        date.words = date.words.sharing(shared)
        claims.words = claims.words.sharing(shared)
        return [money, date, nameStage, claims]
    }

    /// One thread's instance of a pipeline. Not thread-safe; cheap to make.
    public final class Worker {
        /// The pipeline this worker runs.
        public let pipeline: Pipeline
        /// The worker's segmenter.
        public let segmenter: Segmenter

        init(pipeline: Pipeline) throws(ClaimGraphError) {
            self.pipeline = pipeline
            self.segmenter = try Segmenter(prototypes: pipeline.prototypes, abbreviations: pipeline.abbreviations)
        }

        /// Segments the document and runs every stage over it.
        public func process(_ document: inout Document) {
            segmenter.segment(&document)
            for stage in pipeline.stages {
                stage.process(&document)
            }
        }
    }
}
