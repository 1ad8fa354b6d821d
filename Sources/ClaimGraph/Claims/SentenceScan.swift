/// One sentence as the claim rules read it: each token's entity, word id and
/// function-word class, and every lexicon phrase that starts at a token.
///
/// One scan is made per document (word ids are looked up once for the whole
/// text) and reused for all its sentences, so reading a sentence allocates
/// nothing once the buffers have grown.
struct SentenceScan {
    /// A lexicon phrase found in the sentence: tokens `start..<end` spell cue `cue`.
    struct Match {
        var start: Int
        var end: Int
        var cue: Int32
    }

    /// The sentence's index in the document.
    private(set) var sentence = 0
    /// The sentence's tokens (document token indices).
    private(set) var tokens: Range<Int> = 0..<0
    /// The entities inside the sentence (document entity indices).
    private(set) var entities: Range<Int> = 0..<0
    /// Every phrase found, in order of their first token.
    private(set) var matches: [Match] = []
    private var entityOfToken: [Int32] = []
    private var entityTokens: [Range<Int>] = []
    /// The vocabulary id of every token of the document (of its stem for a
    /// possessive), -1 for words no phrase uses.
    private let words: [Int32]
    private let possessives: [Bool]

    /// Looks up the word ids of the document's tokens.
    init(document: Document, lexicon: ClaimLexicon) {
        var words = lexicon.vocabulary.wordIDs(of: document)
        var possessives = [Bool](repeating: false, count: words.count)
        for (index, token) in document.tokens.enumerated() where words[index] < 0 {
            let units = document.utf16[token.range]
            guard Self.endsInApostropheS(units) else { continue }
            possessives[index] = true
            words[index] = lexicon.vocabulary.words.id(of: units.dropLast(2)) ?? -1
        }
        self.words = words
        self.possessives = possessives
    }

    /// Reads sentence `index` of `document`.
    mutating func load(_ index: Int, of document: Document, lexicon: ClaimLexicon) {
        sentence = index
        let range = document.sentences[index]
        tokens = range.tokens
        let firstEntity = document.entityInsertionIndex(for: range.start)
        var lastEntity = firstEntity
        while lastEntity < document.entities.count, document.entities[lastEntity].start < range.end { lastEntity += 1 }
        entities = firstEntity..<lastEntity

        entityOfToken.removeAll(keepingCapacity: true)
        entityTokens.removeAll(keepingCapacity: true)
        entityTokens.append(contentsOf: repeatElement(tokens.upperBound..<tokens.upperBound, count: entities.count))
        var entity = firstEntity
        for tokenIndex in tokens {
            let token = document.tokens[tokenIndex]
            while entity < lastEntity, document.entities[entity].end <= token.start { entity += 1 }
            if entity < lastEntity, document.entities[entity].start < token.end {
                entityOfToken.append(Int32(entity))
                let slot = entity - firstEntity
                let lower = entityTokens[slot].isEmpty ? tokenIndex : entityTokens[slot].lowerBound
                entityTokens[slot] = lower..<tokenIndex + 1
            } else {
                entityOfToken.append(-1)
            }
        }
        findMatches(document, lexicon)
    }

    /// The entity covering `token`, if any.
    func entity(at token: Int) -> Int? {
        let value = entityOfToken[token - tokens.lowerBound]
        return value < 0 ? nil : Int(value)
    }

    /// The tokens an entity of this sentence covers.
    func tokens(of entity: Int) -> Range<Int> { entityTokens[entity - entities.lowerBound] }

    /// The vocabulary id of `token` (of its stem for a possessive), or -1.
    func word(_ token: Int) -> Int32 { words[token] }

    /// Whether `token` ends in a possessive "'s" that is not part of a listed word.
    func isPossessive(_ token: Int) -> Bool { possessives[token] }

    /// The function-word class of `token`, if it is a function word.
    func wordClass(_ token: Int, _ lexicon: ClaimLexicon) -> ClaimLexicon.WordClass? {
        entityOfToken[token - tokens.lowerBound] < 0 ? lexicon.wordClass(words[token]) : nil
    }

    /// Finds every phrase that starts at a token outside an entity and ends
    /// before the next entity.
    private mutating func findMatches(_ document: Document, _ lexicon: ClaimLexicon) {
        matches.removeAll(keepingCapacity: true)
        var limit = tokens.lowerBound
        for start in tokens where entityOfToken[start - tokens.lowerBound] < 0 {
            if limit <= start {
                limit = start + 1
                while limit < tokens.upperBound, entityOfToken[limit - tokens.lowerBound] < 0 { limit += 1 }
            }
            lexicon.trie.forEachMatch(ids: words, tokens: document.tokens, from: start, end: limit) { end, cues in
                for cue in cues { matches.append(Match(start: start, end: end, cue: cue)) }
            }
        }
    }

    /// Whether a token ends in "'s" or "’s".
    static func endsInApostropheS(_ units: ArraySlice<UInt16>) -> Bool {
        guard units.count > 2 else { return false }
        let last = units[units.endIndex - 1]
        let apostrophe = units[units.endIndex - 2]
        return (last == 0x73 || last == 0x53) && (apostrophe == 0x27 || apostrophe == 0x2019)
    }
}
