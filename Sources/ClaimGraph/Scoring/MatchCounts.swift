/// True positives, false positives and false negatives of one comparison,
/// and the precision, recall and F1 they give.
///
/// Precision is TP / (TP + FP), recall TP / (TP + FN), F1 their harmonic mean,
/// 2·TP / (2·TP + FP + FN). A ratio whose denominator is zero is undefined
/// (nil), not 0: precision with no predictions, recall with no gold, and F1
/// when both are empty. (seqeval and nervaluate print 0 there; nil keeps
/// "nothing to score" apart from "scored and all wrong".)
public struct MatchCounts: Sendable, Hashable {
    /// System items that match a gold item.
    public var truePositives: Int
    /// System items that match none.
    public var falsePositives: Int
    /// Gold items that no system item matches.
    public var falseNegatives: Int

    /// Creates counts.
    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// TP / (TP + FP), or nil without predictions.
    public var precision: Double? { ratio(truePositives, truePositives + falsePositives) }
    /// TP / (TP + FN), or nil without gold items.
    public var recall: Double? { ratio(truePositives, truePositives + falseNegatives) }
    /// 2·TP / (2·TP + FP + FN), or nil when there is neither gold nor prediction.
    public var f1: Double? { ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives) }

    /// The number of gold items: TP + FN.
    public var gold: Int { truePositives + falseNegatives }
    /// The number of system items: TP + FP.
    public var predicted: Int { truePositives + falsePositives }

    /// Adds two counts, as micro-averaging does.
    public static func + (lhs: MatchCounts, rhs: MatchCounts) -> MatchCounts {
        MatchCounts(truePositives: lhs.truePositives + rhs.truePositives,
                    falsePositives: lhs.falsePositives + rhs.falsePositives,
                    falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
    }

    /// Adds `rhs` to `lhs`.
    public static func += (lhs: inout MatchCounts, rhs: MatchCounts) { lhs = lhs + rhs }

    private func ratio(_ numerator: Int, _ denominator: Int) -> Double? {
        denominator == 0 ? nil : Double(numerator) / Double(denominator)
    }
}
