/// Questions the claim rules ask about single tokens and noun phrases.
extension ClaimExtractor {
    /// Whether `token` is the single character `unit`.
    func isCharacter(_ token: Int, _ unit: UInt16) -> Bool {
        let range = document.tokens[token].range
        return range.count == 1 && document.utf16[range.lowerBound] == unit
    }

    /// Whether `token` is a quotation mark.
    func isQuote(_ token: Int) -> Bool {
        let range = document.tokens[token].range
        guard range.count == 1 else { return false }
        switch document.utf16[range.lowerBound] {
        case 0x22, 0x27, 0x201C, 0x201D, 0x2018, 0x2019, 0xAB, 0xBB: return true
        default: return false
        }
    }

    /// Whether `token` ends a clause: a semicolon, a colon or a dash between words.
    func isClauseBreak(_ token: Int) -> Bool {
        isCharacter(token, 0x3B) || isCharacter(token, 0x3A) || isCharacter(token, 0x2014)
    }

    /// Whether `token` is the word `keyword` (a vocabulary id from ``ClaimLexicon/Keywords``).
    func isWord(_ token: Int, _ keyword: Int32) -> Bool {
        scan.entity(at: token) == nil && scan.word(token) == keyword && !scan.isPossessive(token)
    }

    /// The function-word class of `token`.
    func wordClass(_ token: Int) -> ClaimLexicon.WordClass? { scan.wordClass(token, lexicon) }

    /// Whether `token` may be part of a noun phrase: a word or number outside
    /// any entity that is not a function word.
    func isNominal(_ token: Int) -> Bool {
        guard scan.entity(at: token) == nil else { return false }
        switch document.tokens[token].kind {
        case .word, .number: break
        default: return false
        }
        switch wordClass(token) {
        case nil, .common?, .partitive?, .unit?: return true
        default: return false
        }
    }

    /// Whether `token` ends in "-ed": after a noun it starts a modifier
    /// ("assets measured at fair value"), before one it is part of the phrase
    /// ("deferred tax assets").
    func isPastParticiple(_ token: Int) -> Bool {
        let units = document.utf16[document.tokens[token].range]
        return units.count > 3 && units.suffix(2).elementsEqual("ed".utf16)
    }

    /// Whether `token` introduces a comparison with another period or amount:
    /// "from", "against", "compared", "versus", "below", "above", "than".
    func isComparison(_ token: Int) -> Bool {
        let keywords = lexicon.keywords
        return [keywords.from, keywords.against, keywords.versus, keywords.vs, keywords.compared, keywords.below, keywords.above,
                keywords.than].contains(scan.word(token)) && scan.entity(at: token) == nil
    }

    /// Whether `token` is a word ending in "-ing" ("maturing", "excluding").
    func isPresentParticiple(_ token: Int) -> Bool {
        let units = document.utf16[document.tokens[token].range]
        return units.count > 4 && units.suffix(3).elementsEqual("ing".utf16)
    }

    /// Whether `token` joins two parts of a noun phrase: a hyphen or a slash.
    func isJoiner(_ token: Int) -> Bool {
        isCharacter(token, 0x2D) || isCharacter(token, 0x2F) || isCharacter(token, 0x26)
    }

    /// The first token of the noun phrase whose last word is `head`: the words
    /// before it that may modify it ("net defined benefit pension plan", "capital
    /// and exploration"), up to a determiner, a function word or an entity.
    func phraseStart(head: Int) -> Int {
        var start = head
        let floor = max(scan.tokens.lowerBound, head - 8)
        while start > floor {
            let previous = start - 1
            if isNominal(previous), !scan.isPossessive(previous) {
                start = previous
            } else if previous > floor, isJoiner(previous) || (isWord(previous, lexicon.keywords.and) && start < head),
                      isNominal(previous - 1), !scan.isPossessive(previous - 1) {
                start = previous - 1
            } else {
                break
            }
        }
        return start
    }

    /// The noun phrase that starts at `start` (after any determiners): its
    /// tokens, ending at its last noun-like word; nil if none starts there.
    func phrase(startingAt start: Int) -> Range<Int>? {
        var first = start
        while first < scan.tokens.upperBound, wordClass(first) == .determiner { first += 1 }
        // "comprised of", "based on": a participle before a preposition starts no noun phrase.
        if first + 1 < scan.tokens.upperBound, isPastParticiple(first), wordClass(first + 1) == .preposition { return nil }
        var end = first
        let ceiling = min(scan.tokens.upperBound, first + 10)
        while end < ceiling {
            if isNominal(end), end == first || !isPastParticiple(end) {
                end += 1
                if scan.isPossessive(end - 1) { return nil }
            } else if end > first, end + 1 < ceiling, isJoiner(end), isNominal(end + 1) {
                end += 2
            } else if let listed = listedFigure(startingAt: first), listed > end {
                // "capital and exploration expenditures": a listed phrase may hold "and".
                end = listed
            } else if end > first, end + 1 < ceiling, wordClass(end - 1) == .partitive, isWord(end, lexicon.keywords.of) {
                // "current portion of long-term debt": the figure is what the portion is of.
                end += 1
                while end < ceiling, wordClass(end) == .determiner { end += 1 }
            } else {
                break
            }
        }
        let hasWord = (first..<end).contains { document.tokens[$0].kind == .word && document.tokens[$0].length > 1 }
        guard end > first, isNominal(end - 1), hasWord, !isSplitPossessive(at: end) else { return nil }
        return first..<end
    }

    /// Whether `token` starts a possessive ending written apart: "the Company ’s provision".
    func isSplitPossessive(at token: Int) -> Bool {
        token + 1 < scan.tokens.upperBound && isQuote(token) && isCharacter(token + 1, 0x73)
    }

    /// The end of the longest listed figure phrase that starts at `token`.
    func listedFigure(startingAt token: Int) -> Int? {
        scan.matches.last { match in
            guard match.start == token, case .trigger(let predicate, _) = lexicon.cues[Int(match.cue)] else { return false }
            return lexicon.predicates[predicate].frame == .figure
        }?.end
    }

    /// Whether an entity stands where a sentence's subject stands: not right
    /// after a preposition, inside parentheses, or a ticker in angle brackets
    /// after a name ("a unit of Meta", "(UBAF)", "Jaguar Plc <JAGR.L>"); Reuters
    /// also brackets whole names ("<Prudential Corporation Plc>, which ...").
    func isSubjectPosition(_ entity: Int) -> Bool {
        let first = scan.tokens(of: entity).lowerBound
        guard first > scan.tokens.lowerBound else { return true }
        var previous = first - 1
        while previous > scan.tokens.lowerBound, wordClass(previous) == .determiner { previous -= 1 }
        // "in CB and CIB": a name joined to one after a preposition stands where that one stands.
        while previous > scan.tokens.lowerBound, isWord(previous, lexicon.keywords.and) || isWord(previous, lexicon.keywords.or) || isCharacter(previous, 0x2C),
              let joined = scan.entity(at: previous - 1), label(joined) == label(entity) {
            previous = scan.tokens(of: joined).lowerBound - 1
            if previous < scan.tokens.lowerBound { return true }
        }
        if wordClass(previous) == .preposition || isCharacter(previous, 0x28) { return false }
        if isCharacter(previous, 0x3C) { return previous == scan.tokens.lowerBound || scan.entity(at: previous - 1) == nil }
        return true
    }

    /// The label of an entity.
    func label(_ entity: Int) -> EntityLabel { document.entities[entity].label }

    /// The kind of an entity's label, for the labels the rules name: cheaper
    /// to compare than the label.
    func kind(_ entity: Int) -> SentenceScan.EntityKind { scan.kind(of: entity) }
}
