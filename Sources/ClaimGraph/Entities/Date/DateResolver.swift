/// Turns the parts a date expression names into a ``DateValue``: its TIMEX3
/// value and the interval it covers, resolved against the document's date.
///
/// Two anchors: the document date (for "this year", "yesterday", "two years
/// ago") and the reference year, the year the text last spoke of (for "the
/// year", "the prior year", "year-end"), which starts as the document's year.
/// Without a document date, relative parts stay X ("XXXX") and the interval
/// stays empty: nothing is guessed from the clock.
struct DateResolver {
    /// The TIMEX3 season codes, spring to winter.
    static let seasonCodes = ["SP", "SU", "FA", "WI"]

    /// The document date.
    let anchor: CalendarDate?
    /// The year the text last spoke of.
    var referenceYear: Int?
    /// The last day of the week the text last reported on ("week ended March 4").
    var reportedWeekEnd: CalendarDate?

    init(anchor: CalendarDate?) {
        self.anchor = anchor
        self.referenceYear = anchor?.year
    }

    // MARK: Calendar periods

    func year(_ year: Int?, fiscal: Bool = false) -> DateValue {
        guard let year else { return DateValue(timex: "XXXX", grain: .year, fiscal: fiscal) }
        // A fiscal year's months depend on the company, so its interval stays open.
        return DateValue(timex: Self.pad(year, 4), start: fiscal ? nil : CalendarDate(unchecked: year, 1, 1),
                         end: fiscal ? nil : CalendarDate(unchecked: year, 12, 31), grain: .year, fiscal: fiscal)
    }

    func month(_ month: Int, of year: Int?) -> DateValue {
        guard let year else { return DateValue(timex: "XXXX-" + Self.pad(month, 2), grain: .month) }
        return DateValue(timex: Self.pad(year, 4) + "-" + Self.pad(month, 2), start: CalendarDate(unchecked: year, month, 1),
                         end: CalendarDate.lastDay(ofMonth: month, year: year), grain: .month)
    }

    /// A day, or nil if the month has no such day.
    func day(_ day: Int, month: Int, of year: Int?) -> DateValue? {
        guard let year else {
            guard day >= 1, day <= CalendarDate.daysIn(month: month, year: 2000) else { return nil }
            return DateValue(timex: "XXXX-" + Self.pad(month, 2) + "-" + Self.pad(day, 2), grain: .day)
        }
        guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return self.day(date)
    }

    func day(_ date: CalendarDate) -> DateValue {
        DateValue(timex: date.description, start: date, end: date, grain: .day)
    }

    func quarter(_ quarter: Int, of year: Int?, fiscal: Bool = false) -> DateValue {
        guard let year else { return DateValue(timex: "XXXX-Q\(quarter)", grain: .quarter, fiscal: fiscal) }
        let first = (quarter - 1) * 3 + 1
        return DateValue(timex: Self.pad(year, 4) + "-Q\(quarter)", start: fiscal ? nil : CalendarDate(unchecked: year, first, 1),
                         end: fiscal ? nil : CalendarDate.lastDay(ofMonth: first + 2, year: year), grain: .quarter, fiscal: fiscal)
    }

    func half(_ half: Int, of year: Int?, fiscal: Bool = false) -> DateValue {
        guard let year else { return DateValue(timex: "XXXX-H\(half)", grain: .half, fiscal: fiscal) }
        let first = half == 1 ? 1 : 7
        return DateValue(timex: Self.pad(year, 4) + "-H\(half)", start: fiscal ? nil : CalendarDate(unchecked: year, first, 1),
                         end: fiscal ? nil : CalendarDate.lastDay(ofMonth: first + 5, year: year), grain: .half, fiscal: fiscal)
    }

    /// A season (1 = spring ... 4 = winter); winter runs from December into the next year.
    func season(_ season: Int, of year: Int?) -> DateValue {
        let code = Self.seasonCodes[season - 1]
        guard let year else { return DateValue(timex: "XXXX-" + code, grain: .season) }
        let first = season * 3
        let last = first + 2
        return DateValue(timex: Self.pad(year, 4) + "-" + code, start: CalendarDate(unchecked: year, first, 1),
                         end: last > 12 ? CalendarDate.lastDay(ofMonth: last - 12, year: year + 1)
                                        : CalendarDate.lastDay(ofMonth: last, year: year),
                         grain: .season)
    }

    /// The ISO week that contains `date`.
    func week(containing date: CalendarDate) -> DateValue {
        let (year, week) = date.isoWeek
        let monday = date.adding(days: 1 - date.weekday)
        return DateValue(timex: Self.pad(year, 4) + "-W" + Self.pad(week, 2), start: monday, end: monday.adding(days: 6), grain: .week)
    }

    /// A weekend (Saturday and Sunday, "1987-W12-WE"): `.current` the one of
    /// the document date's week, `.before` and `.after` the ones of the weeks
    /// around it, `.past` the latest one that has begun.
    func weekend(_ direction: Direction) -> DateValue {
        guard let anchor else { return DateValue(timex: "XXXX-WXX-WE", grain: .week) }
        var weeks = 0
        switch direction {
        case .before: weeks = -1
        case .after: weeks = 1
        case .past: weeks = anchor.weekday >= 6 ? 0 : -1
        default: break
        }
        let saturday = anchor.adding(days: 6 - anchor.weekday + 7 * weeks)
        let (year, week) = saturday.isoWeek
        return DateValue(timex: Self.pad(year, 4) + "-W" + Self.pad(week, 2) + "-WE", start: saturday,
                         end: saturday.adding(days: 1), grain: .week)
    }

    /// The decade that starts with `firstYear` ("198X").
    func decade(_ firstYear: Int) -> DateValue {
        DateValue(timex: Self.pad(firstYear / 10, 3) + "X", start: CalendarDate(unchecked: firstYear, 1, 1),
                  end: CalendarDate(unchecked: firstYear + 9, 12, 31), grain: .decade)
    }

    /// The century numbered `ordinal` ("the 20th century" is "19").
    func century(_ ordinal: Int) -> DateValue {
        let first = (ordinal - 1) * 100
        return DateValue(timex: Self.pad(ordinal - 1, 2), start: CalendarDate(unchecked: first, 1, 1),
                         end: CalendarDate(unchecked: first + 99, 12, 31), grain: .century)
    }

    // MARK: Relative to the document date

    /// The period of `unit` that lies `offset` units from the document date
    /// ("last year": year, -1; "this week": week, 0; "two months ago": month, -2).
    func shifted(_ unit: DateGrain, by offset: Int) -> DateValue {
        guard let anchor else { return Self.unresolved(unit) }
        switch unit {
        case .day: return day(anchor.adding(days: offset))
        case .week: return week(containing: anchor.adding(days: 7 * offset))
        case .month:
            let date = anchor.adding(months: offset)
            return month(date.month, of: date.year)
        case .quarter:
            let index = anchor.year * 4 + (anchor.month - 1) / 3 + offset
            return quarter(index - Self.floorDivide(index, 4) * 4 + 1, of: Self.floorDivide(index, 4))
        case .half:
            let index = anchor.year * 2 + (anchor.month - 1) / 6 + offset
            return half(index - Self.floorDivide(index, 2) * 2 + 1, of: Self.floorDivide(index, 2))
        case .decade: return decade(Self.floorDivide(anchor.year, 10) * 10 + 10 * offset)
        case .century: return century(Self.floorDivide(anchor.year, 100) + 1 + offset)
        default: return year(anchor.year + offset)
        }
    }

    /// Where a period named without its year lies from the document date.
    enum Direction {
        /// The nearest occurrence, leaning towards the past.
        case nearest
        /// The current or an earlier occurrence ("since May").
        case past
        /// The current or a later occurrence ("by fall", "this fall").
        case future
        /// Strictly earlier ("last March").
        case before
        /// Strictly later ("next March").
        case after
        /// In the document's year ("this May"), or its week for a weekday ("this Tuesday").
        case current

        init(_ cue: DateWord.Cue) {
            switch cue {
            case .none: self = .nearest
            case .past: self = .past
            case .future: self = .future
            }
        }
    }

    /// The day of the week `weekday` in the given direction from the document
    /// date: `.current` is the one in the same week ("this Tuesday"); a bare
    /// weekday is read `.past` (today included), since news reports what happened.
    func weekday(_ weekday: Int, _ direction: Direction) -> DateValue {
        guard let anchor else { return DateValue(timex: "XXXX-WXX-\(weekday)", grain: .day) }
        var offset = weekday - anchor.weekday
        switch direction {
        case .nearest, .current: break
        case .past: if offset > 0 { offset -= 7 }
        case .before: if offset >= 0 { offset -= 7 }
        case .future: if offset < 0 { offset += 7 }
        case .after: if offset <= 0 { offset += 7 }
        }
        return day(anchor.adding(days: offset))
    }

    /// The year of a period named without one ("April", "the fourth
    /// quarter", "fall"), given its first and last month (the last may run
    /// past 12 into the next year, as winter does). `.nearest` takes the
    /// occurrence nearest the document date, with future ones counted two
    /// months farther: news reports more often than it forecasts.
    func year(forMonths first: Int, _ last: Int, _ direction: Direction) -> Int? {
        guard let anchor else { return nil }
        if direction == .current { return anchor.year }
        let now = anchor.year * 12 + anchor.month
        var best: (year: Int, score: Int)?
        for year in (anchor.year - 2)...(anchor.year + 1) {
            let start = year * 12 + first
            let end = year * 12 + last
            let score: Int
            if end < now {
                guard direction != .future, direction != .after else { continue }
                score = now - end
            } else if start > now {
                guard direction != .past, direction != .before else { continue }
                score = start - now + 2
            } else {
                guard direction != .before, direction != .after else { continue }
                score = 0
            }
            if let current = best, current.score <= score { continue }
            best = (year, score)
        }
        return best?.year
    }

    /// The year the text speaks of, moved by `offset` ("the prior year": -1).
    func referenced(offset: Int) -> Int? {
        referenceYear.map { $0 + offset }
    }

    /// A value narrowed to part of its interval: "early" the first third,
    /// "mid" the middle third, "late" the last; "earlier" up to the day
    /// before the document date, "later" from the day after. The TIMEX3 value stays.
    func narrowed(_ value: DateValue, _ modifier: DateWord.Modifier) -> DateValue {
        guard let start = value.start, let end = value.end else { return value }
        var narrowed = value
        let first = start.dayNumber
        let days = end.dayNumber - first + 1
        switch modifier {
        case .early: narrowed.end = CalendarDate(dayNumber: first + days / 3 - 1)
        case .mid:
            narrowed.start = CalendarDate(dayNumber: first + days / 3)
            narrowed.end = CalendarDate(dayNumber: first + 2 * days / 3 - 1)
        case .late: narrowed.start = CalendarDate(dayNumber: first + 2 * days / 3)
        case .earlier:
            if let anchor, anchor > start, anchor <= end { narrowed.end = anchor.adding(days: -1) }
        case .later:
            if let anchor, anchor >= start, anchor < end { narrowed.start = anchor.adding(days: 1) }
        }
        return narrowed
    }

    /// The interval of `count` units that ends on `end` (or starts on `start`
    /// when `forward`): "the past six months", "the 12 months ended June 30".
    static func interval(of count: Int, _ unit: DateGrain, from date: CalendarDate, forward: Bool) -> (CalendarDate, CalendarDate) {
        let sign = forward ? 1 : -1
        let other: CalendarDate
        switch unit {
        case .day: other = date.adding(days: sign * count)
        case .week: other = date.adding(days: sign * 7 * count)
        case .month: other = date.adding(months: sign * count)
        case .quarter: other = date.adding(months: sign * 3 * count)
        case .half: other = date.adding(months: sign * 6 * count)
        case .decade: other = date.adding(months: sign * 120 * count)
        case .century: other = date.adding(months: sign * 1200 * count)
        default: other = date.adding(months: sign * 12 * count)
        }
        return forward ? (date, other.adding(days: -1)) : (other.adding(days: 1), date)
    }

    // MARK: Durations and references

    /// A duration ("P2Y", "P6M"; quarters count as three months, decades as ten years).
    static func duration(_ amount: Double?, _ unit: DateGrain) -> DateValue {
        var count = amount
        let letter: String
        switch unit {
        case .day: letter = "D"
        case .week: letter = "W"
        case .month: letter = "M"
        case .quarter: letter = "M"; count = count.map { $0 * 3 }
        case .half: letter = "M"; count = count.map { $0 * 6 }
        case .decade: letter = "Y"; count = count.map { $0 * 10 }
        case .century: letter = "Y"; count = count.map { $0 * 100 }
        default: letter = "Y"
        }
        let number = count.map { $0 == $0.rounded() ? String(Int($0)) : String($0) } ?? "X"
        return DateValue(timex: "P" + number + letter, grain: .duration)
    }

    /// A vague reference: "PAST_REF", "PRESENT_REF", "FUTURE_REF".
    static func reference(_ timex: String) -> DateValue {
        DateValue(timex: timex, grain: .reference)
    }

    static func unresolved(_ unit: DateGrain) -> DateValue {
        switch unit {
        case .day: DateValue(timex: "XXXX-XX-XX", grain: .day)
        case .week: DateValue(timex: "XXXX-WXX", grain: .week)
        case .month: DateValue(timex: "XXXX-XX", grain: .month)
        case .quarter: DateValue(timex: "XXXX-QX", grain: .quarter)
        case .half: DateValue(timex: "XXXX-HX", grain: .half)
        case .decade: DateValue(timex: "XXXX", grain: .decade)
        case .century: DateValue(timex: "XX", grain: .century)
        default: DateValue(timex: "XXXX", grain: .year)
        }
    }

    // MARK: Helpers

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
        value >= 0 ? value / divisor : (value - divisor + 1) / divisor
    }
}
