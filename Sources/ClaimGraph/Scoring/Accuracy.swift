/// How many of a set of scored items were right: value accuracy over matched
/// entities, time accuracy over matched claims.
public struct Accuracy: Sendable, Hashable {
    /// Items judged right.
    public var correct: Int
    /// Items judged.
    public var total: Int

    /// Creates an accuracy count.
    public init(correct: Int = 0, total: Int = 0) {
        self.correct = correct
        self.total = total
    }

    /// correct / total, or nil when nothing was judged.
    public var value: Double? { total == 0 ? nil : Double(correct) / Double(total) }

    /// Counts one more item.
    public mutating func record(_ isCorrect: Bool) {
        total += 1
        if isCorrect { correct += 1 }
    }
}
