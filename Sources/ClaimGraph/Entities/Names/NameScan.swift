/// One document's pass of the name stage: what the lexicons say about each
/// token, and the rules that propose ORG and PERSON spans from it.
///
/// Capitalization is the main evidence, so two places where every word is
/// capitalized get special care: the first word of a sentence (a name only
/// when it is not a common word, or other evidence says so) and ALL-CAPS
/// lines such as Reuters headlines (``shouting``), where only the lexicons
/// and the names found in the body are looked for.
struct NameScan {
    let lexicon: NameLexicon
    let document: Document
    let tokens: [Token]
    let text: [UInt16]
    /// Gazetteer vocabulary ids, cue vocabulary ids, and each token's one-word cues.
    let ids: [Int32]
    let cueIDs: [Int32]
    let cue: [NameCue]
    /// Tokens on an ALL-CAPS line.
    let shouting: [Bool]
    /// Tokens that begin a sentence or a line, or follow an opening quote that does.
    let initial: [Bool]
    /// Tokens an earlier stage has tagged (money, dates).
    let taken: [Bool]
    /// The end (exclusive) of each token's sentence.
    let sentenceEnd: [Int]
    var candidates: [NameCandidate] = []

    init(document: Document, lexicon: NameLexicon) {
        self.lexicon = lexicon
        self.document = document
        tokens = document.tokens
        text = document.utf16
        ids = lexicon.gazetteer.matcher.ids(in: document)
        let cueIDs = lexicon.cues.ids(in: document)
        self.cueIDs = cueIDs
        cue = tokens.indices.map { index in
            lexicon.cues.singleTokenPhrase(at: index, ids: cueIDs, in: document).map { lexicon.cueClasses[Int($0)] } ?? []
        }
        var sentenceEnd = [Int](repeating: 0, count: document.tokens.count)
        var initial = [Bool](repeating: false, count: document.tokens.count)
        for sentence in document.sentences {
            for index in sentence.tokens { sentenceEnd[index] = sentence.tokens.upperBound }
            if !sentence.tokens.isEmpty { initial[sentence.tokens.lowerBound] = true }
        }
        for index in document.tokens.indices {
            let token = document.tokens[index]
            if token.flags.contains(.lineBreakBefore) || index == 0 { initial[index] = true }
            if index > 0, initial[index - 1], document.tokens[index - 1].kind == .punctuation || document.tokens[index - 1].kind == .symbol {
                initial[index] = true
            }
        }
        self.sentenceEnd = sentenceEnd
        self.initial = initial
        shouting = Self.shoutingLines(document.tokens)
        var taken = [Bool](repeating: false, count: document.tokens.count)
        var entity = 0
        for index in document.tokens.indices {
            let token = document.tokens[index]
            while entity < document.entities.count, document.entities[entity].end <= token.start { entity += 1 }
            if entity < document.entities.count, document.entities[entity].start < token.end { taken[index] = true }
        }
        self.taken = taken
    }

    /// Marks the tokens of lines written in capitals: lines whose words of two
    /// or more letters are nearly all ALL-CAPS.
    static func shoutingLines(_ tokens: [Token]) -> [Bool] {
        var shouting = [Bool](repeating: false, count: tokens.count)
        var lineStart = 0
        while lineStart < tokens.count {
            var lineEnd = lineStart + 1
            while lineEnd < tokens.count, !tokens[lineEnd].flags.contains(.lineBreakBefore) { lineEnd += 1 }
            var words = 0
            var capitals = 0
            for token in tokens[lineStart..<lineEnd] where token.kind == .word && token.length > 1 {
                words += 1
                if token.flags.contains(.allCaps) { capitals += 1 }
            }
            if words > 0, capitals * 5 >= words * 4 {
                for index in lineStart..<lineEnd { shouting[index] = true }
            }
            lineStart = lineEnd
        }
        return shouting
    }

    // MARK: Token tests

    func has(_ index: Int, _ wanted: NameCue) -> Bool { !cue[index].isDisjoint(with: wanted) }

    func isCapitalized(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.kind == .word && (token.flags.contains(.capitalized) || token.flags.contains(.allCaps))
    }

    /// Whether the token is a capitalized word that can be part of a name.
    func isNameWord(_ index: Int) -> Bool {
        guard isCapitalized(index), !shouting[index], !taken[index], !has(index, .stop) else { return false }
        // A common word opening a sentence is capitalized for the sentence, not as a name.
        return !initial[index] || !has(index, .commonWord) || has(index, [.generic, .givenName, .surname, .designator])
    }

    /// "J." or "P": a capital letter alone, with or without its period.
    func isInitial(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.flags.contains(.capitalized), !shouting[index], !has(index, .stop) else { return false }
        return token.length == 1 || (token.length == 2 && token.flags.contains(.abbreviation))
    }

    func isPossessive(_ index: Int) -> Bool {
        lexicon.cues.possessiveStem(of: tokens[index], in: text) != nil
    }

    func unit(_ index: Int) -> UInt16 { text[Int(tokens[index].start)] }

    func isText(_ index: Int, _ word: String) -> Bool {
        text[tokens[index].range].elementsEqual(word.utf16)
    }

    func isLowercaseText(_ index: Int, among words: [String]) -> Bool {
        let units = text[tokens[index].range]
        return words.contains { units.elementsEqual($0.utf16) }
    }

    /// The index after a word and the words glued to it by hyphens ("Shwartz-Ziv", "Coca-Cola").
    func glueEnd(_ index: Int, limit: Int) -> Int {
        var end = index + 1
        while end + 1 < limit, Self.isHyphen(unit(end)), tokens[end].length == 1,
              !tokens[end].flags.contains(.spaceBefore), !tokens[end + 1].flags.contains(.spaceBefore),
              tokens[end + 1].kind == .word || tokens[end + 1].kind == .number {
            end += 2
        }
        return end
    }

    static func isHyphen(_ unit: UInt16) -> Bool { unit == 0x2D || unit == 0x2010 || unit == 0x2011 }

    /// The UTF-16 end of a span of tokens, before a possessive ending.
    func endOffset(_ range: Range<Int>) -> Int32 {
        let last = tokens[range.upperBound - 1]
        return isPossessive(range.upperBound - 1) ? last.end - 2 : last.end
    }

    // MARK: Runs of name words

    /// The words of a person's name from `start`: capitalized words, initials
    /// and particles ("de", "van"), at most four words; a possessive ends it.
    func personRun(from start: Int, limit: Int) -> Range<Int>? {
        var index = start
        var words = 0
        while index < limit, words < 4 {
            if isInitial(index) {
                index += 1
                words += 1
                continue
            }
            if isNameWord(index), !has(index, [.never, .designator, .place, .nationality]) || (words > 0 && has(index, .surname)) {
                let end = glueEnd(index, limit: limit)
                words += 1
                index = end
                if isPossessive(end - 1) { break }
                continue
            }
            if words > 0, index + 1 < limit, isLowercaseText(index, among: Self.particles), isNameWord(index + 1) {
                index += 1
                continue
            }
            break
        }
        return words > 0 && !isInitial(index - 1) ? start..<index : nil
    }

    static let particles = ["de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "ter", "le", "la", "bin", "al", "dos", "das", "y"]
    static let orgConnectors = ["&", "and", "of", "de", "des", "du", "la", "le", "del", "der", "et", "y", "for", "on"]

    /// The words of an organization's name that end just before `end`:
    /// capitalized words and the connectors between them ("Gulf Resources &
    /// Chemical", "Cable and Wireless"). Nationalities end it when `stopsAtNationality`.
    /// A possessive word ends the run unless it comes right before a legal form ("McDonald's Corp").
    func orgRunBackward(endingBefore end: Int, lowerBound: Int, stopsAtNationality: Bool) -> Range<Int>? {
        var start = end
        var index = end - 1
        var words = 0
        while index >= lowerBound, words < 8 {
            if isNameWord(index) || isInitial(index) {
                if isPossessive(index), index < end - 1 || end >= tokens.count || !has(end, .legalDesignator) { break }
                if stopsAtNationality, has(index, .nationality) { break }
                words += 1
                start = index
                index -= 1
                continue
            }
            if Self.isHyphen(unit(index)), tokens[index].length == 1, !tokens[index].flags.contains(.spaceBefore),
               index > lowerBound, start == index + 1, isNameWord(index - 1) {
                index -= 1
                continue
            }
            if index > lowerBound, start == index + 1, isNameWord(index - 1) || isInitial(index - 1), connectorJoins(index, start: start, end: end) {
                index -= 1
                continue
            }
            break
        }
        return words > 0 ? start..<end : nil
    }

    /// Whether the connector at `index` lies inside the name that runs from
    /// `start` to `end`: "&" always; "and" when one word follows it ("Cable
    /// and Wireless", not "Chrysler and American Motors Corp"); "of" after an
    /// organization noun ("Bank of Boston Corp"); foreign articles ("Lyonnaise des Eaux").
    func connectorJoins(_ index: Int, start: Int, end: Int) -> Bool {
        let token = tokens[index]
        if token.length == 1, unit(index) == 0x26 { return true }
        if isText(index, "and") {
            // "Cable and Wireless Plc", "London and Scottish Marine Oil Plc" (opening its sentence),
            // but not "Sugarman and Giant Group Ltd" nor "Chrysler and American Motors Corp".
            return (glueEnd(start, limit: end) >= end - 1 || initial[index - 1]) && !startsKnownName(before: index)
        }
        if isText(index, "of") || isText(index, "for") || isText(index, "on") { return has(index - 1, .head) }
        return isLowercaseText(index, among: ["de", "des", "du", "la", "le", "del", "der", "et", "y"])
    }

    /// Whether a lexicon name ends just before `index`.
    func startsKnownName(before index: Int) -> Bool {
        var start = index - 1
        while start >= 0, index - start <= 4 {
            if let match = gazetteerMatch(at: start), match.tokens.upperBound == index { return true }
            start -= 1
        }
        return false
    }

    /// The words of an organization's name from `start`: capitalized words
    /// with "&", "and" and "of" between them.
    func orgRunForward(from start: Int, limit: Int) -> Range<Int>? {
        var index = start
        var end = start
        while index < limit, index - start < 10 {
            if isNameWord(index) || isInitial(index) {
                index = glueEnd(index, limit: limit)
                end = index
                if isPossessive(index - 1) { break }
                continue
            }
            if end == index, index + 1 < limit, end > start, isNameWord(index + 1),
               unit(index) == 0x26 || isLowercaseText(index, among: ["and", "de", "des", "du", "la", "et"]) || (isText(index, "of") && has(index - 1, .head)) {
                index += 1
                continue
            }
            break
        }
        return end > start ? start..<end : nil
    }

    /// Whether every word of the span is a place, a nationality, a common or a non-name word.
    func isOnlyNonNames(_ range: Range<Int>) -> Bool {
        range.allSatisfy { !isCapitalized($0) || has($0, [.place, .nationality, .never, .commonWord, .stop, .title, .honorific]) }
    }

    // MARK: Lexicon look-ups

    func gazetteerMatch(at index: Int) -> PhraseMatcher.Match? {
        lexicon.gazetteer.matcher.longestMatch(at: index, limit: sentenceEnd[index], ids: ids, in: document,
                                               checksCase: true, relaxesCase: shouting[index])
    }

    func cueMatch(at index: Int, limit: Int? = nil) -> (match: PhraseMatcher.Match, cue: NameCue)? {
        guard let match = lexicon.cues.longestMatch(at: index, limit: limit ?? sentenceEnd[index], ids: cueIDs, in: document, checksCase: false) else {
            return nil
        }
        return (match, lexicon.cueClasses[Int(match.phrase)])
    }
}
