/// The grammar of the DATE tagger: reads one document's date expressions
/// token by token, each rule a small recursive-descent function over
/// `document.tokens` and `document.utf16`.
///
/// At every token that may begin a date, every rule that can start there is
/// tried and the longest reading wins; reading then resumes after it, so
/// "more than two years" is read whole before "two years" could be. Words are
/// compared by their `dates.tsv` entry, looked up once per token; no token
/// is ever turned into a String. Rules never read across a sentence boundary.
///
/// A class, made for one document and used by one thread: the rules call
/// each other many times per token, and a struct this size would be copied
/// into every call made from the mutating reading loop.
final class DateParser {
    /// The units a duration or relative expression can be counted in.
    static let units: Set<DateGrain> = [.day, .week, .month, .quarter, .half, .year, .decade, .century]

    let lexicon: DateLexicon
    let text: [UInt16]
    let tokens: [Token]
    /// Each token's entry in the lexicon (a possessive 's set aside), or -1.
    let ids: [Int32]
    /// Each token's lexicon classes (empty for tokens not in the lexicon).
    let classes: [DateWord.Classes]
    var resolver: DateResolver
    /// The first token of the sentence being read.
    private(set) var sentenceStart = 0
    /// The index just past the sentence's last token.
    private(set) var limit = 0
    /// The year of the last date in this sentence that named one.
    private(set) var sentenceYear: Int?
    /// The last month or day read in this sentence: where it ended, its month and year.
    private(set) var lastMonth: (end: Int, month: Int, year: Int)?

    /// Reads `document`, whose tokens have the ids `sharedWords` in the index `words` shares.
    init(document: borrowing Document, lexicon: DateLexicon, words stageWords: StageWords, sharedWords: [SharedWords.TokenWord]) {
        self.lexicon = lexicon
        text = document.utf16
        tokens = document.tokens
        resolver = DateResolver(anchor: document.date)
        let count = document.tokens.count
        var classes = [DateWord.Classes]()
        // The one loop over every token of the stage: raw buffers spare it a
        // uniqueness and bounds check per write, and it writes both arrays
        // whole, so neither is filled first.
        ids = lexicon.words.withUnsafeBufferPointer { words in
            stageWords.withOwnIDs { ownIDs in
                sharedWords.withUnsafeBufferPointer { sharedWords in
                    document.tokens.withUnsafeBufferPointer { tokens in
                        [Int32](unsafeUninitializedCapacity: count) { ids, initialized in
                            classes = [DateWord.Classes](unsafeUninitializedCapacity: count) { classes, classified in
                                for index in 0..<count {
                                    // Words only, and a possessive by its stem (see isPossessive).
                                    let id = tokens[index].kind == .word ? ownIDs[sharedWords[index].stem] : -1
                                    ids[index] = id
                                    classes[index] = id >= 0 ? words[Int(id)].classes : []
                                }
                                classified = count
                            }
                            initialized = count
                        }
                    }
                }
            }
        }
        self.classes = classes
    }

    /// Reads every sentence and returns the dates found, in text order.
    func parse(_ sentences: [Sentence]) -> [DateParse] {
        var found = [DateParse]()
        for sentence in sentences {
            sentenceStart = sentence.tokens.lowerBound
            limit = sentence.tokens.upperBound
            sentenceYear = nil
            lastMonth = nil
            var index = sentenceStart
            while index < limit {
                // `mayStart` holds only while every rule begins with a word of the classes it
                // tests; a rule added later that does not would lose its dates here without a
                // sound, so debug builds run every rule where it skips.
                let mayStart = mayStart(index)
                assert(mayStart || longest(at: index) == nil, "a date rule reads a date where mayStart skips")
                guard mayStart, var parse = longest(at: index) else {
                    index += 1
                    continue
                }
                while true {
                    record(parse, in: &found)
                    guard let listed = listedYear(after: parse) else { break }
                    parse = listed
                }
                index = parse.end
            }
        }
        return found
    }

    /// The entity for a parse: its UTF-16 span without a final possessive 's.
    func entity(for parse: DateParse) -> Entity {
        let last = tokens[parse.end - 1]
        let end = last.end - (Self.isPossessive(last, in: text) ? 2 : 0)
        return Entity(label: .date, start: tokens[parse.start].start, end: end, rule: parse.rule.rawValue, date: parse.value)
    }

    private func record(_ parse: DateParse, in found: inout [DateParse]) {
        found.append(parse)
        if parse.rule == .periodEnded, parse.value.grain == .week { resolver.reportedWeekEnd = parse.value.end }
        if parse.value.grain == .month || parse.value.grain == .day, let start = parse.value.start {
            lastMonth = (parse.end, start.month, start.year)
        }
        // Anaphoric dates ("the prior year") speak of the reference year; they do not move it.
        if parse.value.grain != .duration, parse.value.grain != .reference, parse.rule != .anaphoric, let year = parse.year {
            resolver.referenceYear = year
            // Only a year the sentence is set in ("in 1986", "last year") places its other dates,
            // not one that labels something ("the 1988 budget", "base 1980").
            if `is`(parse.start - 1, .preposition) || parse.rule == .relativeYear { sentenceYear = year }
        }
    }

    /// Whether a date may begin at token `index`: a number, or a word of a
    /// class dates begin with, or "the" before a word of the lexicon or a
    /// number. A word that begins dates only as a count ("a", "two") needs a
    /// unit close after it, one that begins only a fixed phrase ("to date")
    /// the rest of the phrase. Most tokens fail here, before any rule runs.
    private func mayStart(_ index: Int) -> Bool {
        if tokens[index].kind == .number { return true }
        // Only words have ids, and the most common tokens have none.
        guard ids[index] >= 0 else { return tokens[index].kind != .word && isApostrophe(index) }
        if ids[index] == lexicon.grammar.the {
            let next = index + 1
            return next < limit && (ids[next] >= 0 || tokens[next].kind == .number || isApostrophe(next))
        }
        let starts = classes[index].intersection(DateWord.Classes.startsDate)
        guard !starts.isEmpty else { return false }
        guard starts.isSubset(of: [.article, .vague, .number, .phraseStart]) else { return true }
        if starts.contains(.phraseStart), lexicon.phrases[Int(ids[index])].contains(where: { matches($0.words, at: index) }) {
            return true
        }
        return starts != .phraseStart && unitAhead(index)
    }

    /// Whether a unit or period word lies in the nine tokens from `index`:
    /// the farthest a count reaches for its unit is "twenty-five to
    /// twenty-six-year", so a count with none there reads no date.
    private func unitAhead(_ index: Int) -> Bool {
        var next = index
        while next < limit && next <= index + 8 {
            if !classes[next].isDisjoint(with: [.anyUnit, .period]) { return true }
            next += 1
        }
        return false
    }

    /// The longest reading of any rule that starts at `index`.
    func longest(at index: Int) -> DateParse? {
        let qualifiedReading = `is`(index, [.qualifier, .phraseStart]) ? qualified(at: index) : nil
        guard let unqualified = longestUnqualified(at: index) else { return qualifiedReading }
        let best = qualifiedReading.map { $0.end > unqualified.end ? $0 : unqualified } ?? unqualified
        return possessedPeriod(after: best) ?? best
    }

    /// A year's quarter or half in the possessive: "last year's third
    /// quarter", "1986's second half" are one span.
    private func possessedPeriod(after parse: DateParse) -> DateParse? {
        guard parse.value.grain == .year, let year = parse.year else { return nil }
        var next = parse.end
        if isApostrophe(next), attached(next), attached(next + 1), inside(next + 1), text[Int(tokens[next + 1].start)] | 0x20 == 0x73,
           tokens[next + 1].length == 1 {
            next += 2
        } else if !Self.isPossessive(tokens[parse.end - 1], in: text) {
            return nil
        }
        guard let period = ordinalPeriod(at: next, year: year, fiscal: parse.value.fiscal) else { return nil }
        return DateParse(parse.start, period.end, period.value, period.rule)
    }

    /// The longest reading that does not start with a qualifier. Only the
    /// rules that can start with the token's kind or classes are tried.
    func longestUnqualified(at index: Int) -> DateParse? {
        guard inside(index) else { return nil }
        var best: DateParse?
        func consider(_ candidate: DateParse?) {
            if let candidate, candidate.end > best?.end ?? index { best = candidate }
        }
        let number = tokens[index].kind == .number
        let classes = classes[index]
        let count = number || !classes.isDisjoint(with: [.number, .article, .vague])
        let counts = count && unitAhead(index)
        // `unitAhead` holds only while no count reaches past nine tokens for its unit; a longer
        // rule added later would lose its dates here without a sound, so debug builds read them.
        assert(!count || counts || (duration(at: index, led: isLead(index - 1)) == nil
                                    && (!classes.isDisjoint(with: [.fiscal, .anyUnit, .ordinal]) || periodEnded(at: index) == nil)),
               "a count reads a date with no unit within nine tokens")
        if number || isApostrophe(index) || !classes.isDisjoint(with: DateWord.Classes.startsPoint) { consider(point(at: index)) }
        if ids[index] == lexicon.grammar.the { consider(determined(at: index)) }
        if classes.contains(.modifier) { consider(modified(at: index)) }
        if classes.contains(.position) { consider(positioned(at: index)) }
        if counts || !classes.isDisjoint(with: [.fiscal, .anyUnit, .ordinal]) { consider(periodEnded(at: index)) }
        if !classes.isDisjoint(with: [.fiscal, .calendar]) { consider(fiscal(at: index)) }
        if classes.contains(.phraseStart) { consider(phrase(at: index)) }
        if counts { consider(duration(at: index, led: isLead(index - 1))?.parse) }
        if classes.contains(.every) { consider(every(at: index)) }
        return best
    }

    /// A bare year listed after a day date shares its month and day:
    /// "December 31, 2020 and 2019" is 2020-12-31 and 2019-12-31; one listed
    /// after a fiscal year is a fiscal year: "fiscal 2021, 2020 and 2019".
    private func listedYear(after parse: DateParse) -> DateParse? {
        let fiscal = parse.value.fiscal && parse.value.grain == .year
        guard parse.listedDay != nil || fiscal else { return nil }
        var index = parse.end
        if isCharacter(index, 0x2C) { index += 1 }
        if isWord(index, lexicon.grammar.and) || isWord(index, lexicon.grammar.or) { index += 1 }
        guard index > parse.end, let year = yearNumber(at: index, in: 1000...2999), !isLawYear(at: index) else { return nil }
        guard let listed = parse.listedDay else {
            return DateParse(index, index + 1, resolver.year(year, fiscal: true), .enumeration)
        }
        let value = resolver.day(listed.day, month: listed.month, of: year) ?? resolver.year(year)
        return DateParse(index, index + 1, value, .enumeration, listedDay: listed)
    }

    // MARK: Tokens

    /// The lexicon entry of token `index`, if it is inside the sentence and listed.
    func word(_ index: Int) -> DateWord? {
        guard index >= sentenceStart, index < limit, ids[index] >= 0 else { return nil }
        return lexicon.words[Int(ids[index])]
    }

    /// Whether token `index` belongs to any of `classes`.
    func `is`(_ index: Int, _ classes: DateWord.Classes) -> Bool {
        index >= sentenceStart && index < limit && !self.classes[index].isDisjoint(with: classes)
    }

    func isWord(_ index: Int, _ id: Int32) -> Bool {
        index >= sentenceStart && index < limit && ids[index] == id
    }

    func inside(_ index: Int) -> Bool { index >= sentenceStart && index < limit }

    /// Whether token `index` follows the token before it with no space between.
    func attached(_ index: Int) -> Bool {
        index > sentenceStart && index < limit && !tokens[index].flags.contains(.spaceBefore)
    }

    func isCharacter(_ index: Int, _ unit: UInt16) -> Bool {
        inside(index) && tokens[index].length == 1 && text[Int(tokens[index].start)] == unit
    }

    /// A hyphen or dash glued to the tokens on both sides: "five-year", "30-59".
    func isGluedHyphen(_ index: Int) -> Bool {
        guard inside(index), tokens[index].length == 1, attached(index), attached(index + 1) else { return false }
        switch text[Int(tokens[index].start)] {
        case 0x2D, 0x2010, 0x2011, 0x2013: return true
        default: return false
        }
    }

    func isApostrophe(_ index: Int) -> Bool {
        isCharacter(index, 0x27) || isCharacter(index, 0x2019)
    }

    func isCapitalized(_ index: Int) -> Bool { inside(index) && tokens[index].flags.contains(.capitalized) }

    func isAllCaps(_ index: Int) -> Bool { inside(index) && tokens[index].flags.contains(.allCaps) }

    /// Whether the token's text ends with a period ("Jan.").
    func endsWithPeriod(_ index: Int) -> Bool { inside(index) && text[Int(tokens[index].end) - 1] == 0x2E }

    /// The value of a token of ASCII digits only (at most nine).
    func integer(_ index: Int) -> Int? {
        guard inside(index), tokens[index].kind == .number, tokens[index].length <= 9 else { return nil }
        var value = 0
        for unit in text[tokens[index].range] {
            guard unit &- 0x30 < 10 else { return nil }
            value = value * 10 + Int(unit - 0x30)
        }
        return value
    }

    /// The value of a number token with thousands separators or a decimal point ("1,000", "1.5").
    func decimal(_ index: Int) -> Double? {
        guard inside(index), tokens[index].kind == .number else { return nil }
        var whole = 0.0
        var scale = 0.0
        for unit in text[tokens[index].range] {
            if unit &- 0x30 < 10 {
                if scale > 0 { scale /= 10; whole += Double(unit - 0x30) * scale } else { whole = whole * 10 + Double(unit - 0x30) }
            } else if unit == 0x2E, scale == 0 {
                scale = 1
            } else if unit != 0x2C || scale > 0 {
                return nil
            }
        }
        return whole
    }

    /// Whether the word before `index` may lead an "a"/"an" duration ("for a year", "in a week").
    func isLead(_ index: Int) -> Bool {
        `is`(index, [.preposition, .qualifier])
    }

    /// Which way the word before a bare month, season or weekday points ("since May", "by fall").
    func cue(before index: Int) -> DateWord.Cue {
        guard let word = word(index - 1) else { return .none }
        if word.is(.preposition) { return word.cue }
        return .none
    }

    /// Whether the word at `index` may be a noun the date before it modifies
    /// ("the five-year plan"): a word, and not one that ends a date phrase
    /// (a function word, preposition, "ago", a month or weekday).
    func modifiesNoun(_ index: Int) -> Bool {
        guard inside(index), tokens[index].kind == .word else { return false }
        return !`is`(index, [.function, .shift, .preposition, .qualifier, .age, .anyMonth, .weekday])
    }

    /// Whether `token` is a word ending in a possessive "'s", the ending its
    /// stem is looked up without.
    static func isPossessive<Text: RandomAccessCollection<UInt16>>(_ token: Token, in text: Text) -> Bool where Text.Index == Int {
        token.kind == .word && SharedWords.endsInApostropheS(text[token.range])
    }
}
