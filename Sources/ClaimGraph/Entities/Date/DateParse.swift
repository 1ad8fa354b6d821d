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
        let timex = value.timex.utf8
        guard timex.count >= 4, timex.prefix(4).allSatisfy({ $0 &- 0x30 < 10 }) else { return nil }
        return timex.prefix(4).reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
}
