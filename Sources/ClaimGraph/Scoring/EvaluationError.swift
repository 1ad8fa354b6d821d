/// One mistake of a system against gold: a false positive, a false negative
/// or a wrong value, with the words and sentence it concerns and the system
/// rule involved.
public struct EvaluationError: Sendable, Hashable {
    /// What kind of mistake.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A system entity or claim that matches no gold one (strictly, for entities).
        case falsePositive = "FP"
        /// A gold entity or claim that no system one matches.
        case falseNegative = "FN"
        /// A strictly matched entity whose value differs, or a matched claim whose time differs.
        case wrongValue = "VALUE"
    }

    /// The kind of mistake.
    public var kind: Kind
    /// The document's id.
    public var documentID: String
    /// The entity label ("MONEY"), or "claim".
    public var label: String
    /// The code point offset where the words start (a claim's trigger).
    public var start: Int
    /// The code point offset past the words.
    public var end: Int
    /// The words: the entity's text, or the claim's trigger.
    public var text: String
    /// The sentence that holds the words, white space runs folded to one space.
    public var sentence: String
    /// The system rule that made the entity or claim, if one is involved: for
    /// a false negative, the rule of a system entity overlapping it, if any.
    public var rule: String?
    /// What went wrong: the overlapping gold entity of a boundary error, the
    /// two values, a claim's subject, predicate and object.
    public var detail: String

    /// Creates an error record.
    public init(kind: Kind, documentID: String, label: String, start: Int, end: Int, text: String,
                sentence: String, rule: String?, detail: String) {
        self.kind = kind
        self.documentID = documentID
        self.label = label
        self.start = start
        self.end = end
        self.text = text
        self.sentence = sentence
        self.rule = rule
        self.detail = detail
    }
}
