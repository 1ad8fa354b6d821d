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

    /// The labels the claim rules name, read once per entity: comparing
    /// ``EntityLabel``s compares strings, and the rules ask for labels often.
    enum EntityKind: UInt8 {
        case org, person, money, date, product
        /// Any other label (a user's own tagger's).
        case other

        init(_ label: EntityLabel) {
            switch label {
            case .org: self = .org
            case .person: self = .person
            case .money: self = .money
            case .date: self = .date
            case .product: self = .product
            default: self = .other
            }
        }
    }

    /// What the rules ask of a token besides its word id.
    private struct TokenFacts {
        /// The entity covering the token, -1 for none.
        var entity: Int32 = -1
        /// Whether the token ends in a possessive "'s" that is not part of a listed word.
        var isPossessive = false
    }

    /// What the rules ask of an entity.
    private struct EntityFacts {
        /// The tokens the entity covers in its sentence.
        var tokens: Range<Int> = 0..<0
        /// The kind of the entity's label.
        var kind: EntityKind
    }

    /// The sentence's index in the document.
    private(set) var sentence = 0
    /// The sentence's tokens (document token indices).
    private(set) var tokens: Range<Int> = 0..<0
    /// The entities inside the sentence (document entity indices).
    private(set) var entities: Range<Int> = 0..<0
    /// Every phrase found, in order of their first token.
    private(set) var matches: [Match] = []
    private let tokenFacts: [TokenFacts]
    private let entityFacts: [EntityFacts]
    /// The entities of each sentence.
    private let sentenceEntities: [Range<Int>]
    /// The vocabulary id of every token of the document (of its stem for a
    /// possessive), -1 for words no phrase uses.
    private let words: [Int32]
    /// The document's tokens and sentences and the lexicon's phrases, held
    /// here so that loading a sentence copies nothing out of its caller.
    private let documentTokens: [Token]
    private let documentSentences: [Sentence]
    private let trie: PhraseTrie<[Int32]>

    /// Notes the word ids of the document's tokens, whose ids in the index
    /// `stageWords` shares are `sharedWords`, and the entity each covers.
    init(document: Document, lexicon: ClaimLexicon, words stageWords: StageWords, sharedWords: [SharedWords.TokenWord]) {
        let count = sharedWords.count
        var tokenFacts = [TokenFacts](repeating: TokenFacts(), count: count)
        let words = sharedWords.withUnsafeBufferPointer { sharedWords in
            tokenFacts.withUnsafeMutableBufferPointer { facts in
                stageWords.withOwnIDs { ownIDs in
                    [Int32](unsafeUninitializedCapacity: count) { words, initialized in
                        for index in 0..<count {
                            let shared = sharedWords[index]
                            var word = ownIDs[shared.word]
                            // A word the lexicon lacks may be a possessive of one it has.
                            if word < 0, shared.endsInApostropheS {
                                facts[index].isPossessive = true
                                word = ownIDs[shared.stem]
                            }
                            words[index] = word
                        }
                        initialized = count
                    }
                }
            }
        }
        var entityFacts = document.entities.map { EntityFacts(kind: EntityKind($0.label)) }
        sentenceEntities = Self.findEntities(of: document, tokenFacts: &tokenFacts, entityFacts: &entityFacts)
        self.words = words
        self.tokenFacts = tokenFacts
        self.entityFacts = entityFacts
        documentTokens = document.tokens
        documentSentences = document.sentences
        trie = lexicon.trie
    }

    /// Notes the entity of every token and the tokens of every entity, and
    /// returns the entities of every sentence, each sentence reading only the
    /// entities that start in it.
    private static func findEntities(of document: Document, tokenFacts: inout [TokenFacts],
                                     entityFacts: inout [EntityFacts]) -> [Range<Int>] {
        var ofSentence: [Range<Int>] = []
        ofSentence.reserveCapacity(document.sentences.count)
        var previousEnd = Int32.min
        var nextEntity = 0
        document.entities.withUnsafeBufferPointer { entities in
            document.tokens.withUnsafeBufferPointer { tokens in
                tokenFacts.withUnsafeMutableBufferPointer { ofToken in
                    entityFacts.withUnsafeMutableBufferPointer { ofEntity in
                        for sentence in document.sentences {
                            // Sentences come in text order: the entities before the previous
                            // sentence's end start before this one, so the search goes on from there.
                            var firstEntity = nextEntity
                            if sentence.start >= previousEnd {
                                while firstEntity < entities.count, entities[firstEntity].start < sentence.start { firstEntity += 1 }
                            } else {
                                firstEntity = document.entityInsertionIndex(for: sentence.start)
                            }
                            previousEnd = sentence.end
                            var lastEntity = firstEntity
                            while lastEntity < entities.count, entities[lastEntity].start < sentence.end {
                                ofEntity[lastEntity].tokens = sentence.tokens.upperBound..<sentence.tokens.upperBound
                                lastEntity += 1
                            }
                            nextEntity = lastEntity
                            ofSentence.append(firstEntity..<lastEntity)
                            // A token belongs to the first entity that does not end before it,
                            // if they overlap; the tokens between entities are searched, not read.
                            var cursor = sentence.tokens.lowerBound
                            for entity in firstEntity..<lastEntity {
                                let (start, end) = (entities[entity].start, entities[entity].end)
                                let first = firstToken(in: cursor..<sentence.tokens.upperBound, of: tokens) { $0.end > start }
                                cursor = first
                                while cursor < sentence.tokens.upperBound, tokens[cursor].start < end {
                                    ofToken[cursor].entity = Int32(entity)
                                    cursor += 1
                                }
                                if cursor > first { ofEntity[entity].tokens = first..<cursor }
                            }
                        }
                    }
                }
            }
        }
        return ofSentence
    }

    /// The first token of `range` for which `isReached` holds, which holds
    /// for every token after one it holds for.
    private static func firstToken(in range: Range<Int>, of tokens: UnsafeBufferPointer<Token>,
                                   where isReached: (Token) -> Bool) -> Int {
        var (low, high) = (range.lowerBound, range.upperBound)
        while low < high {
            let middle = (low + high) / 2
            if isReached(tokens[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
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
        let value = tokenFacts[token].entity
        return value < 0 ? nil : Int(value)
    }

    /// The tokens an entity of this sentence covers.
    func tokens(of entity: Int) -> Range<Int> { entityFacts[entity].tokens }

    /// The kind of an entity's label.
    func kind(of entity: Int) -> EntityKind { entityFacts[entity].kind }

    /// The vocabulary id of `token` (of its stem for a possessive), or -1.
    func word(_ token: Int) -> Int32 { words[token] }

    /// Whether `token` ends in a possessive "'s" that is not part of a listed word.
    func isPossessive(_ token: Int) -> Bool { tokenFacts[token].isPossessive }

    /// The function-word class of `token`, if it is a function word.
    func wordClass(_ token: Int, _ lexicon: ClaimLexicon) -> ClaimLexicon.WordClass? {
        tokenFacts[token].entity < 0 ? lexicon.wordClass(words[token]) : nil
    }

    /// Finds every phrase that starts at a token outside an entity and ends
    /// before the next entity.
    private mutating func findMatches() {
        matches.removeAll(keepingCapacity: true)
        // Local copies: the closure below appends to `matches`, so it holds
        // `self` exclusively while the loop reads the others.
        let (trie, words, documentTokens, sentenceTokens) = (self.trie, self.words, self.documentTokens, self.tokens)
        let tokenFacts = self.tokenFacts
        tokenFacts.withUnsafeBufferPointer { facts in
            var limit = sentenceTokens.lowerBound
            for start in sentenceTokens where facts[start].entity < 0 && trie.startsPhrase(words[start]) {
                if limit <= start {
                    limit = start + 1
                    while limit < sentenceTokens.upperBound, facts[limit].entity < 0 { limit += 1 }
                }
                trie.forEachMatch(ids: words, tokens: documentTokens, from: start, end: limit) { end, cues in
                    for cue in cues { matches.append(Match(start: start, end: end, cue: cue)) }
                }
            }
        }
    }
}
