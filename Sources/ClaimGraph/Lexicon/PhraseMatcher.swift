/// A trie of token sequences over ``Vocabulary`` ids: finds the longest
/// phrase that starts at a token, at a cost that depends on the length of the
/// match, never on the number of phrases.
///
/// Phrases are tokenized by the same ``Segmenter`` as documents, so "J.P.
/// Morgan", "Facebook-parent" and "Inc." split the same way on both sides.
/// Keys fold case; each phrase keeps its spelling so that a match can be
/// checked against it: a capitalized word matches itself or its ALL-CAPS
/// form ("Meta", "META", not "meta"), a lowercase word matches in any case.
/// A possessive ending ("Meta's", "Meta’s", one ICU token) may close a
/// match, and an abbreviation's period is optional ("Inc" matches "Inc.").
struct PhraseMatcher: Sendable {
    /// A phrase found in a document.
    struct Match: Sendable, Hashable {
        /// The phrase's index, in insertion order of distinct phrases.
        var phrase: Int32
        /// The document tokens the match covers.
        var tokens: Range<Int>
        /// The UTF-16 offset where the match ends: before a possessive ending.
        var end: Int32
    }

    private(set) var vocabulary = Vocabulary(foldsCase: true)
    /// The trie's edges: children of the root by token id, the others in an
    /// open-addressing table keyed by (node, token id).
    private var rootChildren: [Int32] = []
    private var edges = EdgeTable()
    private var phraseOfNode: [Int32] = [-1]
    /// Each phrase's spellings: its tokens' UTF-16 keys, flattened, and where each token ends.
    private var spellings: [[Spelling]] = []

    private struct Spelling: Sendable, Equatable {
        var units: [UInt16]
        var tokenEnds: [Int32]
    }

    /// Creates an empty matcher whose token ids start as `vocabulary`'s: two
    /// matchers that share a vocabulary read one array of document ids.
    init(vocabulary: Vocabulary = Vocabulary(foldsCase: true)) {
        self.vocabulary = vocabulary
    }

    /// The number of distinct phrases.
    var count: Int { spellings.count }

    /// Adds a phrase given as its tokens' keys (see ``key(of:in:)``) and
    /// returns its index; a phrase whose folded tokens equal an earlier one
    /// shares its index and adds its spelling ("Llama", "LLaMA").
    @discardableResult
    mutating func insert(_ tokens: [ArraySlice<UInt16>]) -> Int32 {
        precondition(!tokens.isEmpty)
        var node: Int32 = 0
        for token in tokens {
            let id = vocabulary.insert(Array(token))
            if let child = child(of: node, id) {
                node = child
                continue
            }
            let child = Int32(phraseOfNode.count)
            phraseOfNode.append(-1)
            if node == 0 {
                if rootChildren.count <= Int(id) { rootChildren += repeatElement(-1, count: Int(id) + 1 - rootChildren.count) }
                rootChildren[Int(id)] = child
            } else {
                edges.insert(Self.edge(node, id), child)
            }
            node = child
        }
        var spelling = Spelling(units: [], tokenEnds: [])
        for token in tokens {
            spelling.units.append(contentsOf: token)
            spelling.tokenEnds.append(Int32(spelling.units.count))
        }
        let existing = phraseOfNode[Int(node)]
        if existing >= 0 {
            if !spellings[Int(existing)].contains(spelling) { spellings[Int(existing)].append(spelling) }
            return existing
        }
        let phrase = Int32(spellings.count)
        phraseOfNode[Int(node)] = phrase
        spellings.append([spelling])
        return phrase
    }

    /// The index of the phrase made of exactly these token keys, case folded.
    func phrase(of tokens: [ArraySlice<UInt16>]) -> Int32? {
        var node: Int32 = 0
        for token in tokens {
            guard let id = vocabulary.id(of: token), let child = child(of: node, id) else { return nil }
            node = child
        }
        return phraseOfNode[Int(node)] >= 0 ? phraseOfNode[Int(node)] : nil
    }

    /// Each token's vocabulary id, or -1 for a word no phrase contains.
    func ids(in document: Document) -> [Int32] {
        document.utf16.withUnsafeBufferPointer { text in
            document.tokens.map { token in
                var end = Int(token.end)
                if token.flags.contains(.abbreviation), token.length > 1, text[end - 1] == 0x2E { end -= 1 }
                return vocabulary.id(of: UnsafeBufferPointer(rebasing: text[Int(token.start)..<end])) ?? -1
            }
        }
    }

    /// The child of `node` along the token id `id`.
    @inline(__always)
    private func child(of node: Int32, _ id: Int32) -> Int32? {
        if node == 0 {
            guard Int(id) < rootChildren.count else { return nil }
            let child = rootChildren[Int(id)]
            return child >= 0 ? child : nil
        }
        return edges[Self.edge(node, id)]
    }

    /// The phrase made of the one token at `index`, if any.
    func singleTokenPhrase(at index: Int, ids: [Int32], in document: Document) -> Int32? {
        if ids[index] >= 0, let node = child(of: 0, ids[index]), phraseOfNode[Int(node)] >= 0 {
            return phraseOfNode[Int(node)]
        }
        guard let stem = possessiveStem(of: document.tokens[index], in: document.utf16),
              let id = vocabulary.id(of: stem), let node = child(of: 0, id) else { return nil }
        return phraseOfNode[Int(node)] >= 0 ? phraseOfNode[Int(node)] : nil
    }

    /// The longest phrase starting at token `start` and ending before token
    /// `limit`. With `checksCase`, spelling must agree as described above;
    /// `relaxesCase` accepts any case (for ALL-CAPS headlines). `ids` are the
    /// document's token ids (``ids(in:)``), or nil to look up only the tokens
    /// the walk reaches.
    func longestMatch(at start: Int, limit: Int, ids: [Int32]?, in document: Document,
                      checksCase: Bool, relaxesCase: Bool = false) -> Match? {
        let tokens = document.tokens
        let text = document.utf16
        var node: Int32 = 0
        var index = start
        var best: Match?
        while index < limit {
            let token = tokens[index]
            if index > start, token.flags.contains(.lineBreakBefore) { break }
            let id = ids?[index] ?? vocabulary.id(of: Self.key(of: token, in: text)) ?? -1
            if id >= 0, let child = child(of: node, id) {
                node = child
                index += 1
                let phrase = phraseOfNode[Int(node)]
                if phrase >= 0, !checksCase || relaxesCase || spellingAgrees(phrase, tokens: start..<index, in: document, possessive: false) {
                    best = Match(phrase: phrase, tokens: start..<index, end: token.end)
                }
                continue
            }
            if let stem = possessiveStem(of: token, in: text), let id = vocabulary.id(of: stem),
               let child = child(of: node, id) {
                let phrase = phraseOfNode[Int(child)]
                if phrase >= 0, !checksCase || relaxesCase || spellingAgrees(phrase, tokens: start..<(index + 1), in: document, possessive: true) {
                    best = Match(phrase: phrase, tokens: start..<(index + 1), end: token.end - 2)
                }
            }
            break
        }
        return best
    }

    private func spellingAgrees(_ phrase: Int32, tokens range: Range<Int>, in document: Document, possessive: Bool) -> Bool {
        spellings[Int(phrase)].contains { spelling in
            var start = 0
            for (offset, index) in range.enumerated() {
                let token = document.tokens[index]
                var units = Self.key(of: token, in: document.utf16)
                if possessive, index == range.upperBound - 1 { units = units.dropLast(2) }
                let expected = spelling.units[start..<Int(spelling.tokenEnds[offset])]
                start = Int(spelling.tokenEnds[offset])
                if units.elementsEqual(expected) || token.flags.contains(.allCaps) { continue }
                if expected.contains(where: { $0 &- 0x41 < 26 || (0xC0...0xDE).contains($0) }) { return false }
            }
            return true
        }
    }

    /// The part of a token that phrases are keyed on: the token without the
    /// period of an abbreviation, so that "Inc." and "Inc" are one key.
    static func key(of token: Token, in text: [UInt16]) -> ArraySlice<UInt16> {
        let units = text[token.range]
        if token.flags.contains(.abbreviation), token.length > 1, units.last == 0x2E { return units.dropLast() }
        return units
    }

    /// The token without its possessive ending "'s" or "’s", if it has one.
    func possessiveStem(of token: Token, in text: [UInt16]) -> ArraySlice<UInt16>? {
        guard token.kind == .word, token.length > 2 else { return nil }
        let end = Int(token.end)
        let apostrophe = text[end - 2]
        guard apostrophe == 0x27 || apostrophe == 0x2019, text[end - 1] == 0x73 || text[end - 1] == 0x53 else { return nil }
        return text[Int(token.start)..<(end - 2)]
    }

    private static func edge(_ node: Int32, _ id: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
    }
}

/// An open-addressing hash table from trie edges to child nodes: flat
/// arrays and a multiplicative hash, cheaper per look-up than `Dictionary`.
private struct EdgeTable: Sendable {
    private static let empty = UInt64.max
    private var keys = [UInt64](repeating: EdgeTable.empty, count: 64)
    private var values = [Int32](repeating: -1, count: 64)
    private var count = 0

    subscript(key: UInt64) -> Int32? {
        let mask = keys.count - 1
        var slot = Self.slot(key, mask: mask)
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == Self.empty { return nil }
            slot = (slot + 1) & mask
        }
    }

    mutating func insert(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var slot = Self.slot(key, mask: mask)
        while keys[slot] != Self.empty && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == Self.empty { count += 1 }
        keys[slot] = key
        values[slot] = value
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt64](repeating: Self.empty, count: oldKeys.count * 2)
        values = [Int32](repeating: -1, count: oldKeys.count * 2)
        count = 0
        for (key, value) in zip(oldKeys, oldValues) where key != Self.empty { insert(key, value) }
    }

    private static func slot(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
