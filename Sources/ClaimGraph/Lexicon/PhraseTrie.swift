/// A trie of lexicon phrases over word ids that finds the longest phrase
/// starting at a token: an array read for its first token and a hash lookup
/// for each further one, however many phrases it holds.
///
/// Phrases are token sequences as the ``Segmenter`` splits them, each token
/// a word id of a shared ``PhraseVocabulary``. Where a phrase has no space between two
/// tokens ("US$", "C$"), the text must not either; where it has one ("north
/// of"), the text may or may not. A phrase never spans a line break.
struct PhraseTrie<Value: Sendable>: Sendable {
    /// The first step of every phrase, by word id: most lookups end here, so
    /// they cost an array read rather than a hash.
    private var roots: [Int32] = []
    private var edges = IDTable()
    private var values: [Value?] = []

    /// Whether the trie holds no phrase.
    var isEmpty: Bool { roots.isEmpty }

    /// Adds a phrase; a later value for the same phrase replaces the earlier.
    mutating func insert(_ steps: [PhraseVocabulary.Step], value: Value) {
        guard let first = steps.first else { return }
        let word = Int(first.word)
        if word >= roots.count { roots += repeatElement(-1, count: word + 1 - roots.count) }
        if roots[word] < 0 {
            roots[word] = Int32(values.count)
            values.append(nil)
        }
        var node = roots[word]
        for step in steps.dropFirst() {
            let key = Self.key(node, step.word, touching: step.touchesPrevious)
            let next = edges[key]
            if next >= 0 {
                node = next
            } else {
                node = Int32(values.count)
                values.append(nil)
                edges.insert(key, id: node)
            }
        }
        values[Int(node)] = value
    }

    /// Whether some phrase starts with the word `word` (a word id, or -1):
    /// most tokens start none, and this tells so without a walk.
    func startsPhrase(_ word: Int32) -> Bool {
        word >= 0 && Int(word) < roots.count && roots[Int(word)] >= 0
    }

    /// The longest phrase that starts at token `start`: the index just past
    /// its last token and its value.
    ///
    /// - Parameters:
    ///   - ids: The word id of every token (-1 for tokens outside the vocabulary).
    ///   - tokens: The document's tokens, for spacing and line breaks.
    ///   - end: The token index the phrase must not reach.
    func longestMatch(ids: [Int32], tokens: [Token], from start: Int, end: Int? = nil) -> (end: Int, value: Value)? {
        var best: (end: Int, value: Value)?
        forEachMatch(ids: ids, tokens: tokens, from: start, end: end) { best = ($0, $1) }
        return best
    }

    /// Calls `body` with every phrase that starts at token `start`, shortest
    /// first: the index just past its last token and its value.
    func forEachMatch(ids: [Int32], tokens: [Token], from start: Int, end: Int? = nil, _ body: (Int, Value) -> Void) {
        let limit = end ?? tokens.count
        guard start < limit else { return }
        guard startsPhrase(ids[start]) else { return }
        var node = roots[Int(ids[start])]
        if let value = values[Int(node)] { body(start + 1, value) }
        var index = start + 1
        while index < limit {
            let word = ids[index]
            if word < 0 { break }
            let flags = tokens[index].flags
            if flags.contains(.lineBreakBefore) { break }
            let touching = !flags.contains(.spaceBefore)
            var next = touching ? edges[Self.key(node, word, touching: true)] : -1
            if next < 0 { next = edges[Self.key(node, word, touching: false)] }
            guard next >= 0 else { break }
            node = next
            index += 1
            if let value = values[Int(node)] { body(index, value) }
        }
    }

    /// The key of the edge from `node` by `word`; the top bit keeps it from
    /// being 0, which ``IDTable`` reserves (node and word ids are below 2^31).
    private static func key(_ node: Int32, _ word: Int32, touching: Bool) -> UInt64 {
        1 << 63 | UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word)) << 1 | (touching ? 1 : 0)
    }
}
