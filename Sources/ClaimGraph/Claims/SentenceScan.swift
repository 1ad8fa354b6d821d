/// One sentence as the claim rules read it: each token's entity, word id and
/// function-word class, and every lexicon phrase that starts at a token.
///
/// One scan is made per document (word ids and the entities of tokens are
/// looked up once for the whole text) and reused for all its sentences, so
/// reading a sentence allocates nothing once the buffers have grown.
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
    /// The entity covering each token of the document, -1 for none.
    private let entityOfToken: [Int32]
    /// The tokens each entity covers in its sentence.
    private let entityTokens: [Range<Int>]
    /// The entities of each sentence.
    private let sentenceEntities: [Range<Int>]
    /// The vocabulary id of every token of the document (of its stem for a
    /// possessive), -1 for words no phrase uses.
    private let words: [Int32]
    private let possessives: [Bool]
    /// The document's tokens and sentences and the lexicon's phrases, held
    /// here so that loading a sentence copies nothing out of its caller.
    private let documentTokens: [Token]
    private let documentSentences: [Sentence]
    private let trie: PhraseTrie<[Int32]>

    /// Looks up the word ids of the document's tokens and the entity each covers.
    init(document: Document, lexicon: ClaimLexicon) {
        var words = lexicon.vocabulary.wordIDs(of: document)
        var possessives = [Bool](repeating: false, count: words.count)
        document.utf16.withUnsafeBufferPointer { text in
            for (index, token) in document.tokens.enumerated() where words[index] < 0 {
                let units = UnsafeBufferPointer(rebasing: text[token.range])
                guard Self.endsInApostropheS(units) else { continue }
                possessives[index] = true
                words[index] = lexicon.vocabulary.id(of: UnsafeBufferPointer(rebasing: units.dropLast(2)))
            }
        }
        self.words = words
        self.possessives = possessives
        (entityOfToken, entityTokens, sentenceEntities) = Self.entities(of: document)
        documentTokens = document.tokens
        documentSentences = document.sentences
        trie = lexicon.trie
    }

    /// The entity of every token, the tokens of every entity and the entities of
    /// every sentence, each sentence reading only the entities that start in it.
    private static func entities(of document: Document) -> (ofToken: [Int32], tokens: [Range<Int>], ofSentence: [Range<Int>]) {
        let entities = document.entities
        let tokens = document.tokens
        var ofToken = [Int32](repeating: -1, count: tokens.count)
        var tokensOfEntity = [Range<Int>](repeating: 0..<0, count: entities.count)
        var ofSentence: [Range<Int>] = []
        ofSentence.reserveCapacity(document.sentences.count)
        for sentence in document.sentences {
            let firstEntity = document.entityInsertionIndex(for: sentence.start)
            var lastEntity = firstEntity
            while lastEntity < entities.count, entities[lastEntity].start < sentence.end {
                tokensOfEntity[lastEntity] = sentence.tokens.upperBound..<sentence.tokens.upperBound
                lastEntity += 1
            }
            ofSentence.append(firstEntity..<lastEntity)
            var entity = firstEntity
            for tokenIndex in sentence.tokens {
                guard entity < lastEntity else { break }
                let token = tokens[tokenIndex]
                while entity < lastEntity, entities[entity].end <= token.start { entity += 1 }
                guard entity < lastEntity, entities[entity].start < token.end else { continue }
                ofToken[tokenIndex] = Int32(entity)
                let lower = tokensOfEntity[entity].isEmpty ? tokenIndex : tokensOfEntity[entity].lowerBound
                tokensOfEntity[entity] = lower..<tokenIndex + 1
            }
        }
        return (ofToken, tokensOfEntity, ofSentence)
    }

    /// Reads sentence `index` of the document.
    mutating func load(_ index: Int) {
        sentence = index
        tokens = documentSentences[index].tokens
        entities = sentenceEntities[index]
        findMatches()
    }

    /// The entity covering `token`, if any.
    func entity(at token: Int) -> Int? {
        let value = entityOfToken[token]
        return value < 0 ? nil : Int(value)
    }

    /// The tokens an entity of this sentence covers.
    func tokens(of entity: Int) -> Range<Int> { entityTokens[entity] }

    /// The vocabulary id of `token` (of its stem for a possessive), or -1.
    func word(_ token: Int) -> Int32 { words[token] }

    /// Whether `token` ends in a possessive "'s" that is not part of a listed word.
    func isPossessive(_ token: Int) -> Bool { possessives[token] }

    /// The function-word class of `token`, if it is a function word.
    func wordClass(_ token: Int, _ lexicon: ClaimLexicon) -> ClaimLexicon.WordClass? {
        entityOfToken[token] < 0 ? lexicon.wordClass(words[token]) : nil
    }

    /// Finds every phrase that starts at a token outside an entity and ends
    /// before the next entity.
    private mutating func findMatches() {
        matches.removeAll(keepingCapacity: true)
        var limit = tokens.lowerBound
        for start in tokens where entityOfToken[start] < 0 && trie.startsPhrase(words[start]) {
            if limit <= start {
                limit = start + 1
                while limit < tokens.upperBound, entityOfToken[limit] < 0 { limit += 1 }
            }
            trie.forEachMatch(ids: words, tokens: documentTokens, from: start, end: limit) { end, cues in
                for cue in cues { matches.append(Match(start: start, end: end, cue: cue)) }
            }
        }
    }

    /// Whether a token ends in "'s" or "’s".
    static func endsInApostropheS<Units: BidirectionalCollection<UInt16>>(_ units: Units) -> Bool {
        guard units.count > 2 else { return false }
        let last = units[units.index(units.endIndex, offsetBy: -1)]
        let apostrophe = units[units.index(units.endIndex, offsetBy: -2)]
        return (last == 0x73 || last == 0x53) && (apostrophe == 0x27 || apostrophe == 0x2019)
    }
}
