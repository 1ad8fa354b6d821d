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

    /// A document's tokens as vocabulary ids, looked up once by ``ids(in:)``
    /// and shared by the matchers of one vocabulary.
    struct TokenIDs: Sendable {
        /// Each token's id (of its ``key(of:in:)``), or -1 for a word no phrase contains.
        var ids: [Int32]
        /// The id of each possessive token's stem ("meta" of "Meta's"), or -1.
        var stems: [Int32]
    }

    private(set) var vocabulary: Vocabulary
    /// For a matcher that extends a larger vocabulary's ids (``init(extending:)``):
    /// that vocabulary's size, the id its own vocabulary's ids start from.
    private var extendedCount: Int32 = 0
    private var extends = false
    /// The trie's edges: children of the root by token id, the others in an
    /// open-addressing table keyed by (node, token id). A matcher that
    /// extends a vocabulary keeps the root's edges in the table too.
    private var rootChildren: [Int32] = []
    private var edges = IDTable()
    private var phraseOfNode: [Int32] = [-1]
    /// Whether a node has children: a walk that reaches a leaf stops without looking up the next token.
    private var hasChildren: [Bool] = [false]
    /// Each phrase's first token id.
    private(set) var firstTokens: [Int32] = []
    /// A 128-bit Bloom filter of the shapes (``shape(of:)``) of the phrases'
    /// first tokens: a walk without document ids would hash every token it
    /// starts at, and most tokens have a shape no first token has.
    private var firstShapes: (low: UInt64, high: UInt64) = (0, 0)
    /// Each phrase's spellings, as a list through `spellings` that starts at
    /// `firstSpelling[phrase]`: flat arrays, so that a phrase costs no allocation of its own.
    private var firstSpelling: [Int32] = []
    private var spellings: [Spelling] = []
    /// The spellings' tokens' UTF-16 keys, one after the other.
    private var spellingUnits: [UInt16] = []
    /// Where each token of a spelling ends in `spellingUnits`.
    private var spellingTokenEnds: [Int32] = []

    private struct Spelling: Sendable {
        /// The spelling's units in `spellingUnits`, and its tokens' ends in `spellingTokenEnds`.
        var units: Range<Int32>
        var tokenEnds: Range<Int32>
        /// The phrase's next spelling, or -1.
        var next: Int32
    }

    /// Creates an empty matcher whose token ids start as `vocabulary`'s: two
    /// matchers that share a vocabulary read one array of document ids.
    init(vocabulary: Vocabulary = Vocabulary(foldsCase: true)) {
        self.vocabulary = vocabulary
    }

    /// Creates an empty matcher for a few phrases keyed by the ids of a
    /// vocabulary of `count` words, which its caller gives (``insert(_:ids:)``,
    /// ``TokenIDs``); the words that vocabulary lacks (id -1) the matcher keys
    /// itself, with ids from `count` up. A document's name forms are keyed so
    /// by the lexicon ids its tokens have already, and only the few words the
    /// lexicons lack are hashed again; the root's edges go to the edge table,
    /// as an array of them would be as long as the vocabulary.
    init(extending count: Int) {
        vocabulary = Vocabulary(foldsCase: true)
        extendedCount = Int32(count)
        extends = true
    }

    /// Makes room for `phrases` phrases of `tokens` tokens and `units` UTF-16
    /// units in all, so that a small matcher filled phrase by phrase (a
    /// document's name forms) does not regrow its arrays at every doubling.
    mutating func reserveCapacity(phrases: Int, tokens: Int, units: Int) {
        // A matcher that extends a vocabulary keys only the few words that one lacks itself, and has no root array.
        if !extends {
            vocabulary.reserveCapacity(keys: tokens, units: units)
            rootChildren.reserveCapacity(tokens)
        }
        phraseOfNode.reserveCapacity(tokens + 1)
        hasChildren.reserveCapacity(tokens + 1)
        firstSpelling.reserveCapacity(phrases)
        spellings.reserveCapacity(phrases)
        spellingUnits.reserveCapacity(units)
        spellingTokenEnds.reserveCapacity(tokens)
    }

    /// Speeds up ``ids(in:)`` for a matcher every document is looked up in
    /// (see ``Vocabulary/indexShortKeys()``).
    mutating func indexShortKeys() {
        vocabulary.indexShortKeys()
    }

    /// The number of distinct phrases.
    var count: Int { firstSpelling.count }

    /// Adds a phrase given as its tokens' keys (see ``key(of:in:)``) and
    /// returns its index; a phrase whose folded tokens equal an earlier one
    /// shares its index and adds its spelling ("Llama", "LLaMA").
    @discardableResult
    mutating func insert(_ tokens: [ArraySlice<UInt16>]) -> Int32 {
        insert(tokens[...])
    }

    /// Adds a phrase given as a slice of its tokens' keys: a document's name
    /// forms are slices of one name's keys, and an array for each would cost an allocation.
    @discardableResult
    mutating func insert(_ tokens: ArraySlice<ArraySlice<UInt16>>) -> Int32 {
        insert(tokens, ids: nil)
    }

    /// Adds a phrase to a matcher that extends a vocabulary (``init(extending:)``),
    /// given as its tokens' keys and their ids in that vocabulary, -1 for a
    /// word it lacks; returns the phrase's index as ``insert(_:)-([ArraySlice<UInt16>])`` does.
    @discardableResult
    mutating func insert(_ tokens: ArraySlice<ArraySlice<UInt16>>, ids: ArraySlice<Int32>) -> Int32 {
        precondition(extends && tokens.count == ids.count)
        return insert(tokens, ids: Optional(ids))
    }

    private mutating func insert(_ tokens: ArraySlice<ArraySlice<UInt16>>, ids: ArraySlice<Int32>?) -> Int32 {
        precondition(!tokens.isEmpty)
        let shape = Self.shape(of: tokens[tokens.startIndex])
        if shape < 64 { firstShapes.low |= 1 << shape } else { firstShapes.high |= 1 << (shape - 64) }
        var node: Int32 = 0
        var first: Int32 = -1
        for (offset, token) in tokens.enumerated() {
            var id = ids.map { $0[$0.startIndex + offset] } ?? -1
            if id < 0 { id = extendedCount + vocabulary.insert(token) }
            if first < 0 { first = id }
            if let child = child(of: node, id) {
                node = child
                continue
            }
            let child = Int32(phraseOfNode.count)
            phraseOfNode.append(-1)
            hasChildren.append(false)
            hasChildren[Int(node)] = true
            if node == 0, !extends {
                if rootChildren.count <= Int(id) { rootChildren += repeatElement(-1, count: Int(id) + 1 - rootChildren.count) }
                rootChildren[Int(id)] = child
            } else {
                edges.insert(Self.edge(node, id), id: child)
            }
            node = child
        }
        let existing = phraseOfNode[Int(node)]
        if existing >= 0 {
            var spelling = firstSpelling[Int(existing)]
            while spelling >= 0 {
                if spells(spelling, tokens) { return existing }
                spelling = spellings[Int(spelling)].next
            }
            addSpelling(tokens, next: firstSpelling[Int(existing)])
            firstSpelling[Int(existing)] = Int32(spellings.count - 1)
            return existing
        }
        let phrase = Int32(firstSpelling.count)
        phraseOfNode[Int(node)] = phrase
        addSpelling(tokens, next: -1)
        firstSpelling.append(Int32(spellings.count - 1))
        firstTokens.append(first)
        return phrase
    }

    private mutating func addSpelling(_ tokens: ArraySlice<ArraySlice<UInt16>>, next: Int32) {
        let unitStart = Int32(spellingUnits.count)
        let endStart = Int32(spellingTokenEnds.count)
        for token in tokens {
            // From a buffer, the append is a copy; from a slice, the profile showed a generic loop.
            token.withUnsafeBufferPointer { spellingUnits.append(contentsOf: $0) }
            spellingTokenEnds.append(Int32(spellingUnits.count) - unitStart)
        }
        spellings.append(Spelling(units: unitStart..<Int32(spellingUnits.count), tokenEnds: endStart..<Int32(spellingTokenEnds.count), next: next))
    }

    /// Whether spelling `index` is exactly these tokens' keys.
    private func spells(_ index: Int32, _ tokens: ArraySlice<ArraySlice<UInt16>>) -> Bool {
        let spelling = spellings[Int(index)]
        guard spelling.tokenEnds.count == tokens.count else { return false }
        var start = Int(spelling.units.lowerBound)
        for (offset, token) in tokens.enumerated() {
            let end = Int(spelling.units.lowerBound) + Int(spellingTokenEnds[Int(spelling.tokenEnds.lowerBound) + offset])
            guard spellingUnits[start..<end].elementsEqual(token) else { return false }
            start = end
        }
        return true
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

    /// The index of the phrase made of exactly the document's tokens in
    /// `range`, the last one without its possessive ending if it has one; `ids`
    /// are the document's ids in the vocabulary the matcher extends (``init(extending:)``).
    func phrase(of range: Range<Int>, ids: TokenIDs, in document: Document) -> Int32? {
        let tokens = document.tokens
        let text = document.utf16
        var node: Int32 = 0
        for index in range {
            let token = tokens[index]
            let stem = index == range.upperBound - 1 ? Self.possessiveStem(of: token, in: text) : nil
            var id = stem == nil ? ids.ids[index] : ids.stems[index]
            if id < 0 { id = ownID(of: stem.map { text[$0] } ?? Self.key(of: token, in: text)) }
            guard id >= 0, let child = child(of: node, id) else { return nil }
            node = child
        }
        return phraseOfNode[Int(node)] >= 0 ? phraseOfNode[Int(node)] : nil
    }

    /// The id of `key` in the matcher's own vocabulary, or -1.
    private func ownID(of key: ArraySlice<UInt16>) -> Int32 {
        // A document's name forms often have no word the lexicons lack.
        guard vocabulary.count > 0, let id = vocabulary.id(of: key) else { return -1 }
        return extendedCount + id
    }

    /// Each token's vocabulary id, and each possessive token's stem id.
    func ids(in document: Document) -> TokenIDs {
        let tokens = document.tokens
        var stems = [Int32](repeating: -1, count: tokens.count)
        let ids = [Int32](unsafeUninitializedCapacity: tokens.count) { ids, initialized in
            vocabulary.withReader { reader in
                document.utf16.withUnsafeBufferPointer { text in
                    for (index, token) in tokens.enumerated() {
                        var end = Int(token.end)
                        if token.flags.contains(.abbreviation), token.length > 1, text[end - 1] == 0x2E { end -= 1 }
                        ids[index] = reader.id(of: UnsafeBufferPointer(rebasing: text[Int(token.start)..<end])) ?? -1
                        if let stem = Self.possessiveStem(of: token, in: text) {
                            stems[index] = reader.id(of: UnsafeBufferPointer(rebasing: text[stem])) ?? -1
                        }
                    }
                }
            }
            initialized = tokens.count
        }
        return TokenIDs(ids: ids, stems: stems)
    }

    /// The child of `node` along the token id `id`.
    @inline(__always)
    private func child(of node: Int32, _ id: Int32) -> Int32? {
        if node == 0, !extends {
            guard Int(id) < rootChildren.count else { return nil }
            let child = rootChildren[Int(id)]
            return child >= 0 ? child : nil
        }
        let child = edges[Self.edge(node, id)]
        return child >= 0 ? child : nil
    }

    /// Whether some phrase begins with the token at `index`: a cheap test
    /// that spares most tokens the walk of ``longestMatch(at:limit:ids:in:checksCase:relaxesCase:)``.
    @inline(__always)
    func startsPhrase(at index: Int, ids: TokenIDs) -> Bool {
        startsPhrase(withID: ids.ids[index]) || startsPhrase(withID: ids.stems[index])
    }

    /// Whether some phrase begins with the vocabulary id `id` (-1 for none).
    @inline(__always)
    func startsPhrase(withID id: Int32) -> Bool {
        id >= 0 && child(of: 0, id) != nil
    }

    /// The phrase made of the one token whose vocabulary id is `id`, if any.
    func singleTokenPhrase(withID id: Int32) -> Int32? {
        guard id >= 0, let node = child(of: 0, id), phraseOfNode[Int(node)] >= 0 else { return nil }
        return phraseOfNode[Int(node)]
    }

    /// The longest phrase starting at token `start` and ending before token
    /// `limit`. With `checksCase`, spelling must agree as described above;
    /// `relaxesCase` accepts any case (for ALL-CAPS headlines). `ids` are the
    /// document's token ids (``ids(in:)``), or nil to look up only the tokens
    /// the walk reaches.
    @inline(__always)
    func longestMatch(at start: Int, limit: Int, ids: TokenIDs?, in document: Document,
                      checksCase: Bool, relaxesCase: Bool = false) -> Match? {
        // Inlined: most calls end at the tests of the first token, and a call
        // copied the caller's document when it was a class's property (the name stage's).
        if let ids {
            if startsPhrase(at: start, ids: ids) { return walk(from: start, limit: limit, ids: ids, in: document, checksCase: checksCase, relaxesCase: relaxesCase) }
            // A matcher that extends the ids keys the words they lack itself, if it has any:
            // a token they lack may still start a phrase.
            guard extends, vocabulary.count > 0,
                  ids.ids[start] < 0 || ids.stems[start] < 0 && Self.possessiveStem(of: document.tokens[start], in: document.utf16) != nil else {
                return nil
            }
        }
        if !mayStartPhrase(document.tokens[start], in: document.utf16) {
            assert(walk(from: start, limit: limit, ids: ids, in: document, checksCase: checksCase, relaxesCase: relaxesCase) == nil,
                   "a phrase starts with a token whose shape no first token has")
            return nil
        }
        return walk(from: start, limit: limit, ids: ids, in: document, checksCase: checksCase, relaxesCase: relaxesCase)
    }

    /// Whether the token's key or its possessive stem has the shape of a
    /// phrase's first token: false means no phrase starts with the token.
    private func mayStartPhrase(_ token: Token, in text: [UInt16]) -> Bool {
        let key = Self.key(of: token, in: text)
        if hasFirstShape(Self.shape(of: key)) { return true }
        guard let stem = Self.possessiveStem(of: token, in: text) else { return false }
        return hasFirstShape(Self.shape(of: text[stem]))
    }

    private func hasFirstShape(_ shape: Int) -> Bool {
        (shape < 64 ? firstShapes.low >> shape : firstShapes.high >> (shape - 64)) & 1 != 0
    }

    /// A number below 128 from a key's length and first unit, as the
    /// vocabulary folds it: keys the vocabulary takes as one have one shape.
    private static func shape(of key: ArraySlice<UInt16>) -> Int {
        guard let first = key.first else { return 0 }
        return (Int(Vocabulary.fold(first)) &* 31 &+ key.count) & 127
    }

    /// The walk of ``longestMatch(at:limit:ids:in:checksCase:relaxesCase:)``, without its tests of the first token.
    private func walk(from start: Int, limit: Int, ids: TokenIDs?, in document: Document,
                      checksCase: Bool, relaxesCase: Bool) -> Match? {
        let tokens = document.tokens
        let text = document.utf16
        var node: Int32 = 0
        var index = start
        var best: Match?
        while index < limit {
            let token = tokens[index]
            if index > start, token.flags.contains(.lineBreakBefore) { break }
            var id = ids?.ids[index] ?? -1
            if id < 0, ids == nil || extends { id = ownID(of: Self.key(of: token, in: text)) }
            if id >= 0, let child = child(of: node, id) {
                node = child
                index += 1
                let phrase = phraseOfNode[Int(node)]
                if phrase >= 0, !checksCase || relaxesCase || spellingAgrees(phrase, tokens: start..<index, in: document, possessive: false) {
                    best = Match(phrase: phrase, tokens: start..<index, end: token.end)
                }
                if !hasChildren[Int(node)] { break }
                continue
            }
            var stem = ids?.stems[index] ?? -1
            if stem < 0, ids == nil || extends, let range = Self.possessiveStem(of: token, in: text) { stem = ownID(of: text[range]) }
            if stem >= 0, let child = child(of: node, stem) {
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
        // Buffers, not slices: the profile showed a retain, a release and a generic comparison per token.
        document.tokens.withUnsafeBufferPointer { tokens in
            document.utf16.withUnsafeBufferPointer { text in
                spellingUnits.withUnsafeBufferPointer { units in
                    spellingTokenEnds.withUnsafeBufferPointer { tokenEnds in
                        var next = firstSpelling[Int(phrase)]
                        while next >= 0 {
                            let spelling = spellings[Int(next)]
                            if Self.agrees(spelling, tokens: range, of: tokens, text: text, units: units, tokenEnds: tokenEnds,
                                           possessive: possessive) {
                                return true
                            }
                            next = spelling.next
                        }
                        return false
                    }
                }
            }
        }
    }

    /// Whether the tokens in `range` are spelled as `spelling`, whose units
    /// and token ends are in `units` and `tokenEnds`, as described for ``PhraseMatcher``.
    private static func agrees(_ spelling: Spelling, tokens range: Range<Int>, of tokens: UnsafeBufferPointer<Token>,
                               text: UnsafeBufferPointer<UInt16>, units: UnsafeBufferPointer<UInt16>,
                               tokenEnds: UnsafeBufferPointer<Int32>, possessive: Bool) -> Bool {
        var start = Int(spelling.units.lowerBound)
        for index in range {
            let token = tokens[index]
            let end = Int(spelling.units.lowerBound) + Int(tokenEnds[Int(spelling.tokenEnds.lowerBound) + index - range.lowerBound])
            let expected = UnsafeBufferPointer(rebasing: units[start..<end])
            start = end
            if token.flags.contains(.allCaps) { continue }
            var keyEnd = Int(token.end)
            if token.flags.contains(.abbreviation), token.length > 1, text[keyEnd - 1] == 0x2E { keyEnd -= 1 }
            if possessive, index == range.upperBound - 1 { keyEnd -= 2 }
            if UnsafeBufferPointer(rebasing: text[Int(token.start)..<keyEnd]).elementsEqual(expected) { continue }
            if expected.contains(where: { $0 &- 0x41 < 26 || (0xC0...0xDE).contains($0) }) { return false }
        }
        return true
    }

    /// The part of a token that phrases are keyed on: the token without the
    /// period of an abbreviation, so that "Inc." and "Inc" are one key.
    static func key(of token: Token, in text: [UInt16]) -> ArraySlice<UInt16> {
        let units = text[token.range]
        if token.flags.contains(.abbreviation), token.length > 1, units.last == 0x2E { return units.dropLast() }
        return units
    }

    /// The UTF-16 range of the token without its possessive ending "'s" or "’s", if it has one.
    static func possessiveStem<Text: RandomAccessCollection<UInt16>>(of token: Token, in text: Text) -> Range<Int>? where Text.Index == Int {
        guard token.kind == .word, token.length > 2 else { return nil }
        let end = Int(token.end)
        let apostrophe = text[end - 2]
        guard apostrophe == 0x27 || apostrophe == 0x2019, text[end - 1] == 0x73 || text[end - 1] == 0x53 else { return nil }
        return Int(token.start)..<(end - 2)
    }

    /// The key of the edge from `node` by `id`: never 0, which ``IDTable``
    /// reserves, as the top bit is set (nodes stay below 2^31).
    private static func edge(_ node: Int32, _ id: Int32) -> UInt64 {
        1 << 63 | UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
    }
}
