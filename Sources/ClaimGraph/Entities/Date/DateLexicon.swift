/// The words and fixed phrases of date expressions, loaded from `dates.tsv`.
///
/// Words are looked up straight from a document's UTF-16 text (case folded,
/// no allocation); multi-word qualifiers and phrases are indexed by their
/// first word, so matching never loops over the whole list.
///
/// A class so that the parser made for every document shares it: copying
/// its arrays into each parser cost more than a reference.
final class DateLexicon: Sendable {
    /// A multi-word entry: its word ids and what it means.
    struct Phrase: Sendable {
        enum Meaning: Sendable {
            case qualifier(DateWord.Qualifier)
            case reference(String)
        }
        var words: [Int32]
        var meaning: Meaning
    }

    /// The ids of the grammar words the parser compares tokens with.
    struct Grammar: Sendable {
        var the: Int32 = -1, of: Int32 = -1, to: Int32 = -1, or: Int32 = -1, and: Int32 = -1, `in`: Int32 = -1
        var come: Int32 = -1, up: Int32 = -1, ended: Int32 = -1, ending: Int32 = -1
        var more: Int32 = -1, less: Int32 = -1, so: Int32 = -1, longer: Int32 = -1, including: Int32 = -1, away: Int32 = -1
    }

    /// The words and phrases while the lexicon is read.
    private struct Entries {
        var vocabulary = WordIndex()
        var words: [DateWord] = []
        var phrases: [[Phrase]] = []

        mutating func wordID(_ word: String) -> Int32 {
            let id = vocabulary.insert(Array(word.utf16))
            if Int(id) == words.count {
                words.append(DateWord())
                phrases.append([])
            }
            return id
        }
    }

    /// The words, indexed for looking up every token of a document.
    let vocabulary: WordIndex
    let words: [DateWord]
    /// The phrases that start with each word, by word id.
    let phrases: [[Phrase]]
    let grammar: Grammar

    /// Loads `dates.tsv` from a lexicon directory.
    init(directory: LexiconDirectory) throws(ClaimGraphError) {
        var entries = Entries()
        func wordID(_ word: String) -> Int32 { entries.wordID(word) }
        grammar = Grammar(the: wordID("the"), of: wordID("of"), to: wordID("to"), or: wordID("or"), and: wordID("and"),
                          in: wordID("in"), come: wordID("come"), up: wordID("up"), ended: wordID("ended"),
                          ending: wordID("ending"), more: wordID("more"), less: wordID("less"), so: wordID("so"),
                          longer: wordID("longer"), including: wordID("including"), away: wordID("away"))
        let table = try directory.table("dates.tsv", minFields: 2, maxFields: 3)
        for row in table.rows {
            let value = row.fields.count > 2 ? row.fields[2] : ""
            let parts = row.fields[0].split(separator: " ").map(String.init)
            if parts.count > 1 {
                let meaning: Phrase.Meaning
                switch row.fields[1] {
                case "qualifier":
                    guard let qualifier = DateWord.Qualifier(rawValue: value) else {
                        throw Self.error(table, row, "unknown qualifier '\(value)'")
                    }
                    meaning = .qualifier(qualifier)
                case "phrase":
                    guard !value.isEmpty else { throw Self.error(table, row, "a phrase needs its TIMEX3 value") }
                    meaning = .reference(value)
                default:
                    throw Self.error(table, row, "only qualifier and phrase entries may have several words")
                }
                let ids = parts.map { wordID($0) }
                entries.words[Int(ids[0])].classes.insert(.phraseStart)
                entries.phrases[Int(ids[0])].append(Phrase(words: ids, meaning: meaning))
            } else {
                let id = wordID(parts[0])
                guard Self.add(class: row.fields[1], value: value, to: &entries.words[Int(id)]) else {
                    throw Self.error(table, row, "unknown class '\(row.fields[1])' or bad value '\(value)'")
                }
            }
        }
        vocabulary = entries.vocabulary
        words = entries.words
        phrases = entries.phrases
    }

    private static func error(_ table: LexiconTable, _ row: LexiconTable.Row, _ reason: String) -> ClaimGraphError {
        .malformedLexicon(file: table.source, line: row.line, column: nil, reason: reason)
    }

    /// Adds one line's class and value to a word; false if either is unknown.
    private static func add(class name: String, value: String, to word: inout DateWord) -> Bool {
        func integer(_ range: ClosedRange<Int>) -> Int? {
            Int(value).flatMap { range.contains($0) ? $0 : nil }
        }
        switch name {
        case "month", "month-abbreviation", "month-ambiguous":
            guard let month = integer(1...12) else { return false }
            word.month = month
            word.classes.insert(name == "month" ? .month : name == "month-ambiguous" ? .ambiguousMonth : .monthAbbreviation)
        case "holiday":
            // "12-25": the month and day of a holiday with a fixed date.
            let parts = value.split(separator: "-")
            guard parts.count == 2, let month = Int(parts[0]), let day = Int(parts[1]), CalendarDate(year: 2000, month: month, day: day) != nil
            else { return false }
            word.month = month
            word.number = day
            word.classes.insert(.holiday)
        case "weekday":
            guard let weekday = integer(1...7) else { return false }
            word.weekday = weekday
            word.classes.insert(.weekday)
        case "season":
            guard let season = DateResolver.seasonCodes.firstIndex(of: value) else { return false }
            word.season = season + 1
            word.classes.insert(.season)
        case "number", "article", "ordinal":
            guard let number = integer(1...1000) else { return false }
            word.number = number
            word.classes.insert(name == "number" ? .number : name == "article" ? .article : .ordinal)
        case "relative":
            guard let relative = DateWord.Relative(rawValue: value) else { return false }
            word.relative = relative
            word.classes.insert(.relative)
        case "unit", "units", "frequency":
            guard let unit = DateGrain(rawValue: value), DateParser.units.contains(unit) else { return false }
            word.unit = unit
            word.classes.insert(name == "unit" ? .unit : name == "units" ? .units : .frequency)
        case "modifier", "position", "part":
            guard let modifier = DateWord.Modifier(rawValue: value) else { return false }
            word.modifier = modifier
            word.classes.insert(name == "modifier" ? .modifier : name == "position" ? .position : .part)
        case "day":
            guard let offset = Int(value) else { return false }
            word.dayOffset = offset
            word.classes.insert(.day)
        case "shift":
            guard let shift = DateWord.Shift(rawValue: value) else { return false }
            word.shift = shift
            word.classes.insert(.shift)
        case "qualifier":
            guard let qualifier = DateWord.Qualifier(rawValue: value) else { return false }
            word.qualifier = qualifier
            word.classes.insert(.qualifier)
        case "preposition":
            guard let cue = DateWord.Cue(rawValue: value) else { return false }
            word.cue = cue
            word.classes.insert(.preposition)
        default:
            let flags: [String: DateWord.Classes] = [
                "vague": .vague, "ordinal-suffix": .ordinalSuffix, "fiscal": .fiscal, "anaphoric": .anaphoric,
                "every": .every, "delay-verb": .delayVerb, "law": .law, "quantity": .quantity,
                "counter": .counter, "function": .function, "extent": .extent, "age": .age, "weekend": .weekend, "calendar": .calendar, "comparable": .comparable, "period": .period, "given-name": .givenName, "change": .change,
            ]
            guard let flag = flags[name], value.isEmpty else { return false }
            word.classes.insert(flag)
        }
        return true
    }
}
