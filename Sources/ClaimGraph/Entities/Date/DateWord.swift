/// What one word can mean inside a date expression, merged from every line
/// of `dates.tsv` that lists it ("may" is a month and a function word).
struct DateWord: Sendable {
    /// The classes of `dates.tsv` the word belongs to.
    struct Classes: OptionSet, Sendable {
        let rawValue: UInt64
        static let month = Classes(rawValue: 1 << 0)
        static let monthAbbreviation = Classes(rawValue: 1 << 1)
        static let ambiguousMonth = Classes(rawValue: 1 << 2)
        static let weekday = Classes(rawValue: 1 << 3)
        static let season = Classes(rawValue: 1 << 4)
        static let number = Classes(rawValue: 1 << 5)
        static let article = Classes(rawValue: 1 << 6)
        static let vague = Classes(rawValue: 1 << 7)
        static let ordinal = Classes(rawValue: 1 << 8)
        static let ordinalSuffix = Classes(rawValue: 1 << 9)
        static let relative = Classes(rawValue: 1 << 10)
        static let unit = Classes(rawValue: 1 << 11)
        static let units = Classes(rawValue: 1 << 12)
        static let modifier = Classes(rawValue: 1 << 13)
        static let position = Classes(rawValue: 1 << 14)
        static let day = Classes(rawValue: 1 << 15)
        static let shift = Classes(rawValue: 1 << 16)
        static let fiscal = Classes(rawValue: 1 << 17)
        static let anaphoric = Classes(rawValue: 1 << 18)
        static let every = Classes(rawValue: 1 << 19)
        static let qualifier = Classes(rawValue: 1 << 20)
        static let phraseStart = Classes(rawValue: 1 << 21)
        static let preposition = Classes(rawValue: 1 << 22)
        static let delayVerb = Classes(rawValue: 1 << 23)
        static let law = Classes(rawValue: 1 << 24)
        static let quantity = Classes(rawValue: 1 << 25)
        static let counter = Classes(rawValue: 1 << 26)
        static let function = Classes(rawValue: 1 << 27)
        static let extent = Classes(rawValue: 1 << 28)
        static let age = Classes(rawValue: 1 << 29)
        static let weekend = Classes(rawValue: 1 << 30)
        static let calendar = Classes(rawValue: 1 << 31)
        static let frequency = Classes(rawValue: 1 << 32)
        static let part = Classes(rawValue: 1 << 33)
        static let comparable = Classes(rawValue: 1 << 34)
        static let period = Classes(rawValue: 1 << 35)
        static let givenName = Classes(rawValue: 1 << 36)
        static let change = Classes(rawValue: 1 << 37)
        static let holiday = Classes(rawValue: 1 << 38)

        /// Any month class.
        static let anyMonth: Classes = [.month, .monthAbbreviation, .ambiguousMonth]
        /// A calendar unit, singular or plural.
        static let anyUnit: Classes = [.unit, .units]
        /// The classes of words a calendar point can begin with ("May", "this", "year-end").
        static let startsPoint: Classes = [.anyMonth, .weekday, .holiday, .ordinal, .part, .season, .relative, .day, .anyUnit, .anaphoric, .frequency]
        /// The classes of the word after "the" that a date read with "the" can begin with (besides numbers).
        static let followsThe: Classes = startsPoint.union([.comparable, .modifier, .position, .fiscal, .number, .article, .vague, .weekend, .period])
        /// The classes a date can begin with (besides numbers and "the").
        static let startsDate: Classes = [
            .anyMonth, .weekday, .holiday, .season, .number, .article, .vague, .ordinal, .relative, .anyUnit, .modifier,
            .position, .day, .fiscal, .calendar, .anaphoric, .every, .qualifier, .phraseStart, .frequency, .part,
        ]
    }

    /// How a relative word places its period.
    enum Relative: String, Sendable {
        case this, last, next, past, previous, following, coming, recent, that
    }

    /// How a modifier or position narrows a period.
    enum Modifier: String, Sendable {
        case early, mid, late, earlier, later
    }

    /// What a word after a duration does to it.
    enum Shift: String, Sendable {
        case ago, earlier, later, before, after, hence
    }

    /// How a qualifier bounds the duration it precedes.
    enum Qualifier: String, Sendable {
        /// "about", "around": approximates an amount or a date.
        case approximate
        /// "some", "another": adds to an amount only.
        case amount
        /// "more than", "at least".
        case bound
        /// "over": a bound only before "... ago" (else it means "during").
        case over
    }

    /// Which way a preposition before a bare month or season points.
    enum Cue: String, Sendable {
        case none, past, future
    }

    var classes: Classes = []
    /// The month (1-12) of a month word.
    var month = 0
    /// The ISO weekday (1 = Monday) of a weekday word.
    var weekday = 0
    /// The season (1 = spring ... 4 = winter) of a season word.
    var season = 0
    /// The value of a number, article or ordinal.
    var number = 0
    var relative = Relative.this
    var unit = DateGrain.year
    var modifier = Modifier.early
    /// The offset in days of "today", "yesterday", "tomorrow".
    var dayOffset = 0
    var shift = Shift.ago
    var qualifier = Qualifier.approximate
    var cue = Cue.none

    func `is`(_ classes: Classes) -> Bool { !self.classes.isDisjoint(with: classes) }
}
