/// The scores of a system against gold over a set of documents.
///
/// See ``Evaluator`` for the exact match rules.
public struct EvaluationReport: Sendable, Hashable {
    /// The entity labels scored, in report order.
    public var labels: [EntityLabel]
    /// The number of documents scored.
    public var documents: Int = 0
    /// Strict counts (same span, same label) per label.
    public var strict: [EntityLabel: MatchCounts] = [:]
    /// Lenient counts (overlapping span, same label, one-to-one) per label.
    public var lenient: [EntityLabel: MatchCounts] = [:]
    /// MONEY value accuracy (amount, currency and qualifier equal) over strict matches.
    public var moneyValues = Accuracy()
    /// DATE value accuracy (timex equal) over strict matches.
    public var dateValues = Accuracy()
    /// Claim counts under the claim match rule.
    public var claims = MatchCounts()
    /// Time accuracy over matched claims.
    public var claimTimes = Accuracy()
    /// Every false positive, false negative and wrong value, in document order.
    public var errors: [EvaluationError] = []

    /// Creates an empty report for `labels`.
    public init(labels: [EntityLabel]) {
        self.labels = labels
    }

    /// Strict counts summed over ``labels`` (micro-average).
    public var strictMicro: MatchCounts { labels.reduce(MatchCounts()) { $0 + (strict[$1] ?? MatchCounts()) } }
    /// Lenient counts summed over ``labels`` (micro-average).
    public var lenientMicro: MatchCounts { labels.reduce(MatchCounts()) { $0 + (lenient[$1] ?? MatchCounts()) } }
}
