/// A statement that someone did, plans or is said to do something: who
/// (subject), what (predicate), for how much or to what (object), and when.
///
/// Entity references are indices into the document's ``Document/entities``.
public struct Claim: Sendable, Hashable {
    /// The entity the claim is about (an ORG or PERSON), if the text names one.
    public var subject: Int?
    /// The organization the claim is about when the text leaves it unnamed
    /// (a filing's "we"), taken from ``Document/organization``.
    public var impliedSubject: String?
    /// The normalized predicate name from the predicate lexicon: "capex", "delay".
    public var predicate: String
    /// What the claim is about or how much.
    public var object: ClaimObject?
    /// The DATE entity the claim belongs to.
    public var time: Int?
    /// How the amount and the time are qualified ("up to", "a year", "or later").
    public var qualifiers: ClaimQualifiers
    /// Who says so ("people familiar with the matter"), as a UTF-16 range.
    public var attribution: Range<Int32>?
    /// Whether the text says the claim did not happen.
    public var negated: Bool
    /// Whether the claim is asserted, planned, expected or reported.
    public var modality: Modality
    /// The index of the evidence sentence in ``Document/sentences``.
    public var sentence: Int
    /// The words that express the predicate ("capital expenditures"), UTF-16.
    public var trigger: Range<Int32>
    /// The id of the rule that made the claim.
    public var rule: String
    /// How sure the rule is, from 0 to 1 (see the claims documentation).
    public var confidence: Double

    /// Creates a claim.
    public init(subject: Int?, impliedSubject: String? = nil, predicate: String, object: ClaimObject?,
                time: Int?, qualifiers: ClaimQualifiers = ClaimQualifiers(), attribution: Range<Int32>? = nil, negated: Bool = false,
                modality: Modality = .asserted, sentence: Int, trigger: Range<Int32>,
                rule: String, confidence: Double) {
        self.subject = subject
        self.impliedSubject = impliedSubject
        self.predicate = predicate
        self.object = object
        self.time = time
        self.qualifiers = qualifiers
        self.attribution = attribution
        self.negated = negated
        self.modality = modality
        self.sentence = sentence
        self.trigger = trigger
        self.rule = rule
        self.confidence = confidence
    }
}

/// The object of a claim: an entity, or a literal where no entity fits.
public enum ClaimObject: Sendable, Hashable {
    /// An index into the document's entities.
    case entity(Int)
    /// Words of the text, as a UTF-16 range, that no entity covers.
    case literal(Range<Int32>)
}

/// How a claim is put: as fact, as a plan, as an expectation or as hearsay.
public enum Modality: String, Sendable, Hashable, CaseIterable {
    /// Said as fact: "Meta reported revenue of ...".
    case asserted
    /// A stated intention: "plans to spend", "will", "agreed to".
    case planned
    /// A forecast: "expects", "could", "is likely to".
    case expected
    /// Hearsay: "according to people familiar with the matter".
    case reported
}
