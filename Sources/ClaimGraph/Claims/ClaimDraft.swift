/// A claim while its rules are still filling it in: token ranges instead of
/// character offsets, and objects that may be products not yet tagged.
struct ClaimDraft {
    /// What the claim's object is, before product names become entities.
    enum Object: Equatable {
        /// An entity of the document.
        case entity(Int)
        /// A product name the claim rules found (token range), to be tagged PRODUCT.
        case product(Range<Int>)
    }

    /// The row of `predicates.tsv`, or nil for a "metric" claim.
    var predicate: Int?
    var rule: ClaimRule
    /// The tokens that express the predicate.
    var trigger: Range<Int>
    /// The tokens of the trigger and the object together: the claim's core, which
    /// modality and negation cues are read up to.
    var core: Range<Int>
    var subject: Int?
    var impliedSubject: String?
    /// How sure the subject is, from 0 to 1: 1 when the sentence names it.
    var subjectFactor: Double = 1
    var object: Object?
    /// Whether the object is another event rather than an entity: "delaying the release".
    var hasEventObject = false
    var time: Int?
    var qualifiers = ClaimQualifiers()
    var passive = false

    /// The object's entity index, when the object is an entity.
    var objectEntity: Int? {
        if case .entity(let index)? = object { return index }
        return nil
    }
}
