/// A date expression the parser found: its tokens, what it means and the rule that read it.
struct DateParse {
    /// The index of the first token.
    var start: Int
    /// The index just past the last token.
    var end: Int
    var value: DateValue
    /// The rule that read it.
    var rule: DateRule
    /// For a day date ("December 31, 2020"): the month and day that bare years
    /// listed after it share ("and 2019" is 2019-12-31).
    var listedDay: (month: Int, day: Int)?

    init(_ start: Int, _ end: Int, _ value: DateValue, _ rule: DateRule, listedDay: (month: Int, day: Int)? = nil) {
        self.start = start
        self.end = end
        self.value = value
        self.rule = rule
        self.listedDay = listedDay
    }

    /// The same reading, starting at another token (a qualifier or "the" before it).
    func starting(at start: Int) -> DateParse {
        var parse = self
        parse.start = start
        return parse
    }

    /// The year the value names, when it names one ("2025-Q3" is 2025).
    var year: Int? {
        // One pass over the first four units: counting the whole view and
        // slicing it twice cost more than the rest of recording a date.
        var year = 0
        var digits = 0
        for unit in value.timex.utf8 {
            guard digits < 4 else { break }
            guard unit &- 0x30 < 10 else { return nil }
            year = year * 10 + Int(unit &- 0x30)
            digits += 1
        }
        return digits == 4 ? year : nil
    }
}
