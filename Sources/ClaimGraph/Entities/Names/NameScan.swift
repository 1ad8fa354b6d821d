/// One document's pass of the name stage: what the lexicons say about each
/// token, and the rules that propose ORG and PERSON spans from it.
///
/// Capitalization is the main evidence, so two places where every word is
/// capitalized get special care: the first word of a sentence (a name only
/// when it is not a common word, or other evidence says so) and ALL-CAPS
/// lines such as Reuters headlines (``Marks/shouting``), where only the lexicons
/// and the names found in the body are looked for.
///
/// A class, not a struct: its rules read the large lexicon and document
/// fields on every token, and as a struct the profile showed those fields
/// copied and released around its method calls; a class passes one reference.
final class NameScan {
    let lexicon: NameLexicon
    let document: Document
    let tokens: [Token]
    let text: [UInt16]
    /// Each token's id in the vocabulary the gazetteer and the cues share, and its one-word cues.
    let ids: PhraseMatcher.TokenIDs
    /// What the rules need to know of each token, in one array: one
    /// allocation per document instead of one per property.
    let marks: [Marks]
    var candidates: [NameCandidate] = []

    /// What the lexicons and the document's layout say about one token.
    struct Marks {
        /// The classes of the one-word cue phrase the token is.
        var cue: NameCue = []
        /// The classes of the cue phrases that may begin at the token, and
        /// whether a gazetteer phrase may: most tokens begin no name and no cue
        /// that a rule looks for, and the matchers are not asked about them.
        var cueStarts: NameCue = []
        var startsName = false
        /// On an ALL-CAPS line.
        var shouting = false
        /// Begins a sentence or a line, or follows an opening quote that does.
        var initial = false
        /// Tagged by an earlier stage (money, dates).
        var taken = false
        /// The end (exclusive) of the token's sentence.
        var sentenceEnd = 0
    }

    init(document: Document, lexicon: NameLexicon) {
        self.lexicon = lexicon
        self.document = document
        tokens = document.tokens
        text = document.utf16
        let ids = lexicon.cues.ids(in: document)
        self.ids = ids
        let tokens = document.tokens
        var marks = [Marks](repeating: Marks(), count: tokens.count)
        let words = lexicon.words
        for index in tokens.indices {
            let id = ids.ids[index]
            let stem = ids.stems[index]
            // A token in no phrase (id and stem -1, one in ten) has no cue.
            guard id >= 0 || stem >= 0 else { continue }
            let word = id >= 0 ? words[Int(id)] : NameLexicon.Word()
            let stemWord = stem >= 0 ? words[Int(stem)] : NameLexicon.Word()
            // A one-word cue phrase has classes: the word's own, if it is one, else its stem's.
            marks[index].cue = word.cue.isEmpty ? stemWord.cue : word.cue
            marks[index].startsName = word.startsName || stemWord.startsName
            marks[index].cueStarts = word.cueStart.union(stemWord.cueStart)
        }
        for sentence in document.sentences {
            for index in sentence.tokens { marks[index].sentenceEnd = sentence.tokens.upperBound }
            if !sentence.tokens.isEmpty { marks[sentence.tokens.lowerBound].initial = true }
        }
        for index in tokens.indices {
            let token = tokens[index]
            if token.flags.contains(.lineBreakBefore) || index == 0 { marks[index].initial = true }
            if index > 0, marks[index - 1].initial, tokens[index - 1].kind == .punctuation || tokens[index - 1].kind == .symbol {
                marks[index].initial = true
            }
        }
        Self.markShoutingLines(tokens, in: &marks)
        var entity = 0
        for index in tokens.indices {
            let token = tokens[index]
            while entity < document.entities.count, document.entities[entity].end <= token.start { entity += 1 }
            if entity < document.entities.count, document.entities[entity].start < token.end { marks[index].taken = true }
        }
        self.marks = marks
    }

    /// Marks the tokens of lines written in capitals: lines whose words of two
    /// or more letters are nearly all ALL-CAPS.
    static func markShoutingLines(_ tokens: [Token], in marks: inout [Marks]) {
        var lineStart = 0
        while lineStart < tokens.count {
            // One pass finds the line's end and counts its words.
            var lineEnd = lineStart
            var words = 0
            var capitals = 0
            repeat {
                let token = tokens[lineEnd]
                if token.kind == .word, token.length > 1 {
                    words += 1
                    if token.flags.contains(.allCaps) { capitals += 1 }
                }
                lineEnd += 1
            } while lineEnd < tokens.count && !tokens[lineEnd].flags.contains(.lineBreakBefore)
            if words > 0, capitals * 5 >= words * 4 {
                for index in lineStart..<lineEnd { marks[index].shouting = true }
            }
            lineStart = lineEnd
        }
    }

    // MARK: Token tests

    func has(_ index: Int, _ wanted: NameCue) -> Bool { !marks[index].cue.isDisjoint(with: wanted) }

    @inline(__always)
    func isCapitalized(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.kind == .word && (token.flags.contains(.capitalized) || token.flags.contains(.allCaps))
    }

    /// Whether the token is a capitalized word that can be part of a name.
    func isNameWord(_ index: Int) -> Bool {
        guard isCapitalized(index), !marks[index].shouting, !marks[index].taken, !has(index, .stop) else { return false }
        // A common word opening a sentence is capitalized for the sentence, not as a name.
        guard marks[index].initial else { return true }
        return !has(index, .starter) && (!has(index, .commonWord) || has(index, [.generic, .givenName, .surname, .designator]))
    }

    /// "J." or "P": a capital letter alone, with or without its period.
    func isInitial(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.flags.contains(.capitalized), !marks[index].shouting, !has(index, .stop) else { return false }
        return token.length == 1 || (token.length == 2 && token.flags.contains(.abbreviation))
    }

    func isPossessive(_ index: Int) -> Bool {
        PhraseMatcher.possessiveStem(of: tokens[index], in: text) != nil
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
            if isNameWord(index), !has(index, [.never, .designator, .place, .nationality, .generic]) || (words > 0 && has(index, .surname)) {
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
    /// Lowercase words inside foreign organizations' names ("Lyonnaise des Eaux", "Banco do Brasil").
    static let foreignConnectors = ["de", "des", "du", "do", "da", "di", "del", "der", "la", "le", "et", "y"]
    /// Words after an organization noun that lead to the rest of its name ("Center for Data Science").
    static let headConnectors = ["for", "on"] + foreignConnectors
    static let articles = ["a", "an", "the"]
    /// Words after a quoted person's name that attach it to an organization ("said X of Y").
    static let attributionLinks = ["of", "at", "with"]
    static let pronouns = ["it", "its", "he", "she", "his", "her"]
    static let thingPronouns = ["it", "its"]
    static let nameSuffixes = ["Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"]

    /// The words of an organization's name that end just before `end`:
    /// capitalized words and the connectors between them ("Gulf Resources &
    /// Chemical", "Cable and Wireless"). Nationalities end it when `stopsAtNationality`.
    /// A possessive word ends the run unless it comes right before a legal form ("McDonald's Corp"),
    /// and so does a title ("Deputy Assistant Treasury Secretary"). With `opensSentences`, a
    /// common word opening the sentence may begin the name ("Independent Air Holdings Inc").
    func orgRunBackward(endingBefore end: Int, lowerBound: Int, stopsAtNationality: Bool, opensSentences: Bool = false) -> Range<Int>? {
        var start = end
        var index = end - 1
        var words = 0
        while index >= lowerBound, words < 8 {
            let opensName = opensSentences && marks[index].initial && isCapitalized(index) && !marks[index].shouting && !marks[index].taken
                && !has(index, [.starter, .stop, .never])
            if isNameWord(index) || isInitial(index) || opensName {
                if isPossessive(index), index < end - 1 || end >= tokens.count || !has(end, .legalDesignator) { break }
                if stopsAtNationality, has(index, .nationality) { break }
                if has(index, [.title, .honorific]), !has(index, .designator) { break }
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
            // "Samuel Montagu and Co Ltd", "Cable and Wireless Plc", "Sumitomo Trust and Banking Co Ltd",
            // "London and Scottish Marine Oil Plc" (opening its sentence); not "Chrysler and American
            // Motors Corp", "Sugarman and Giant Group Ltd" nor "Minister Jean-Pascal Delamuraz and National Bank".
            // A place before "and" is its own name unless a legal form ends the whole ("London and Scottish Marine Oil Plc").
            guard !startsKnownName(before: index), end < tokens.count && has(end, .legalDesignator) || !endsPlace(before: index) else { return false }
            if (start..<end).allSatisfy({ has($0, .legalDesignator) }) { return true }
            var first = index - 1
            while first > 0, !has(first - 1, [.title, .honorific, .nationality]),
                  isNameWord(first - 1) || isInitial(first - 1) || (Self.isHyphen(unit(first - 1)) && !tokens[first - 1].flags.contains(.spaceBefore)) {
                first -= 1
            }
            let isPerson = has(first, .givenName) && glueEnd(first, limit: index) == first + 1 && first + 1 < index
            return !isPerson && (glueEnd(start, limit: end) >= end - 1 || marks[index - 1].initial)
        }
        if isText(index, "of") || isText(index, "for") || isText(index, "on") { return has(index - 1, .head) }
        return isLowercaseText(index, among: Self.foreignConnectors)
    }

    /// Whether a place's name ends just before `index` ("the Soviet Union and Banque ...").
    func endsPlace(before index: Int) -> Bool {
        (max(0, index - 3)..<index).contains { start in
            guard let (match, found) = cueMatch(at: start, limit: index) else { return false }
            return match.tokens.upperBound == index && !found.isDisjoint(with: [.place, .nationality])
        }
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
            // "Chairman of General Motors Roger Smith said": a person's name ends the organization's.
            if index > start, has(index, .givenName), index + 1 < limit, isNameWord(index + 1), !has(index + 1, .designator) { break }
            if isNameWord(index) || isInitial(index) {
                index = glueEnd(index, limit: limit)
                end = index
                if isPossessive(index - 1) { break }
                continue
            }
            // "Trade and Industry", "Applied Economic and Social Research"; not "First City National Bank
            // of Houston and First City Energy Finance Co", where a second organization's name follows.
            var next = index + 1
            while next < limit, isNameWord(next), !has(next, .designator) { next += 1 }
            let andJoins = isText(index, "and") && !(next < limit && isNameWord(next) && has(next, .designator))
            if end == index, index + 1 < limit, end > start, isNameWord(index + 1),
               unit(index) == 0x26 || andJoins || isLowercaseText(index, among: Self.foreignConnectors)
                || (isText(index, "of") && has(index - 1, [.head, .office])) {
                index += 1
                continue
            }
            break
        }
        return end > start ? start..<end : nil
    }

    /// The words of a person's name that end just before `end`: name words,
    /// initials and particles, back to a title ("Minister of Mines and Energy
    /// Subroto" is "Subroto").
    func personRunBackward(endingBefore end: Int, lowerBound: Int) -> Range<Int>? {
        var start = end
        while start > lowerBound, end - start < 5 {
            let index = start - 1
            let isCommon = has(index, .commonWord) && !has(index, [.surname, .givenName])
            if (isNameWord(index) && !isCommon) || isInitial(index) || (Self.isHyphen(unit(index)) && !tokens[index].flags.contains(.spaceBefore))
                || (start < end && isLowercaseText(index, among: Self.particles)) {
                if index < end - 1, isPossessive(index) { break }
                start = index
                continue
            }
            break
        }
        while start < end, !isNameWord(start), !isInitial(start) { start += 1 }
        // A known person's name ending here is the whole name ("... and Energy Subroto").
        for index in start..<end {
            if let match = gazetteerMatch(at: index), match.tokens.upperBound == end,
               lexicon.gazetteer.entries[Int(match.phrase)].label == .person {
                return index..<end
            }
        }
        return start < end ? withoutLeadingTitles(start..<end) : nil
    }

    /// The span without the titles at its start or running into it: "Finance
    /// Secretary Jaime Ongpin" and "(Chancellor of the) Exchequer Nigel
    /// Lawson" are "Jaime Ongpin" and "Nigel Lawson"; nil when only titles remain.
    func withoutLeadingTitles(_ range: Range<Int>) -> Range<Int>? {
        var start = range.lowerBound
        var index = max(0, range.lowerBound - 4)
        while index < range.upperBound {
            if let (match, found) = cueMatch(at: index, limit: range.upperBound), !found.isDisjoint(with: .personTitle),
               match.tokens.upperBound > start {
                index = match.tokens.upperBound
                start = index
            } else {
                index += 1
            }
        }
        return start < range.upperBound ? start..<range.upperBound : nil
    }

    /// Whether no word of the span is a name by itself: each is a place, a
    /// nationality, a common, generic or non-name word, or an initial.
    func isOnlyNonNames(_ range: Range<Int>) -> Bool {
        range.allSatisfy {
            !isCapitalized($0) || isInitial($0) || has($0, [.place, .nationality, .never, .commonWord, .stop, .title, .honorific, .generic, .designator])
        }
    }

    // MARK: Lexicon look-ups

    @inline(__always)
    func gazetteerMatch(at index: Int) -> PhraseMatcher.Match? {
        guard marks[index].startsName else { return nil }
        return lexicon.gazetteer.matcher.longestMatch(at: index, limit: marks[index].sentenceEnd, ids: ids, in: document,
                                               checksCase: true, relaxesCase: marks[index].shouting)
    }

    func cueMatch(at index: Int, limit: Int? = nil) -> (match: PhraseMatcher.Match, cue: NameCue)? {
        guard !marks[index].cueStarts.isEmpty, let match = lexicon.cues.longestMatch(at: index, limit: limit ?? marks[index].sentenceEnd, ids: ids, in: document, checksCase: false) else {
            return nil
        }
        return (match, lexicon.cueClasses[Int(match.phrase)])
    }
}
