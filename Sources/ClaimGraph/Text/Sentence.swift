/// A sentence: a UTF-16 range of a document and the tokens inside it.
public struct Sentence: Sendable, Hashable {
    /// The UTF-16 offset of the sentence's first code unit (white space excluded).
    public var start: Int32
    /// The UTF-16 offset just past the sentence's last non-space code unit.
    public var end: Int32
    /// The indices of the sentence's tokens in ``Document/tokens``.
    public var tokens: Range<Int>

    /// Creates a sentence.
    public init(start: Int32, end: Int32, tokens: Range<Int>) {
        self.start = start
        self.end = end
        self.tokens = tokens
    }

    /// The sentence's UTF-16 range.
    public var range: Range<Int> { Int(start)..<Int(end) }
}
