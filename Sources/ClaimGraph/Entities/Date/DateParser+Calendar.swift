/// Rules for calendar dates named by their parts: days, months, years,
/// quarters, halves, seasons, decades and weekdays.
extension DateParser {
    typealias Direction = DateResolver.Direction

    /// A date that starts with its own calendar word or number (no "the",
    /// qualifier or modifier before it).
    func point(at index: Int) -> DateParse? {
        guard inside(index) else { return nil }
        if tokens[index].kind == .number { return numericDate(at: index) }
        if isApostrophe(index) { return apostropheDecade(at: index) }
        guard let word = word(index) else { return nil }
        var best: DateParse?
        func consider(_ candidate: DateParse?) {
            if let candidate, candidate.end > best?.end ?? index { best = candidate }
        }
        if word.is(.anyMonth) { consider(monthDate(at: index, .nearest)) }
        if word.is(.weekday) { consider(weekdayDate(at: index, .past)) }
        if word.is([.ordinal, .part, .relative]) { consider(ordinalPeriod(at: index)) }
        if word.is(.season) { consider(season(at: index, governed: false, .nearest)) }
        if word.is(.relative) { consider(relative(at: index, afterThe: false)) }
        if word.is(.day) {
            consider(DateParse(index, index + 1, resolver.shifted(.day, by: word.dayOffset), .relativeDay))
        }
        if word.is(.anyUnit) { consider(unitCompound(at: index)) }
        // Not in "semi-annual", nor in or before a name: "the Japanese daily Asahi Shimbun", "Business Weekly".
        if word.is(.frequency), !isGluedHyphen(index - 1), !(isCapitalized(index) && index > sentenceStart),
           !(inside(index + 1) && tokens[index + 1].kind == .word && isCapitalized(index + 1)) {
            consider(DateParse(index, index + 1, DateResolver.duration(1, word.unit), .frequency))
        }
        if word.is(.anaphoric) { consider(fullYear(at: index)) }
        if word.is(.holiday), isCapitalized(index) {
            let year = resolver.year(forMonths: word.month, word.month, Direction(cue(before: index)))
            consider(resolver.day(word.number, month: word.month, of: year).map { DateParse(index, index + 1, $0, .holiday) })
        }
        return best
    }

    // MARK: Numbers

    /// Dates that start with a number: "2025-05-15", "1986/87", "1990s",
    /// "2024", "5/15/2025", "15 May 2025", "Q3 2025", "FY2025".
    func numericDate(at index: Int) -> DateParse? {
        guard let value = integer(index) else { return codedPeriod(at: index) }
        switch tokens[index].length {
        case 4: return yearDate(at: index, year: value)
        case 1, 2: return slashDate(at: index) ?? dayFirstDate(at: index) ?? ordinalPeriod(at: index)
        default: return nil
        }
    }

    /// The year a four-digit number token names, if it lies in `range`.
    func yearNumber(at index: Int, in range: ClosedRange<Int>) -> Int? {
        guard inside(index), tokens[index].length == 4, let year = integer(index), range.contains(year) else { return nil }
        return year
    }

    private func yearDate(at index: Int, year: Int) -> DateParse? {
        // ISO 8601: 2025-05-15.
        if isGluedHyphen(index + 1), tokens[index + 2].length == 2, let month = integer(index + 2),
           isGluedHyphen(index + 3), tokens[index + 4].length == 2, let day = integer(index + 4),
           (1...12).contains(month), let value = resolver.day(day, month: month, of: year) {
            return DateParse(index, index + 5, value, .absoluteDay, listedDay: (month, day))
        }
        if let pair = splitYear(at: index, year: year) { return pair }
        // A range of years, "1985-89", is one span valued by its first year.
        if isGluedHyphen(index + 1), let last = integer(index + 2), tokens[index + 2].length == 2 || tokens[index + 2].length == 4 {
            let lastYear = tokens[index + 2].length == 2 ? year - year % 100 + last : last
            if lastYear > year, lastYear - year < 100, (1900...2099).contains(year) {
                var value = resolver.year(year)
                value.end = CalendarDate(unchecked: lastYear, 12, 31)
                return DateParse(index, index + 3, value, .absoluteYear)
            }
        }
        // A decade: "1990s" (the segmenter splits the glued "s"), and "the 1990's" (after "the" or a
        // modifier; elsewhere "1990's" is the year's possessive).
        if year % 10 == 0, attached(index + 1), tokens[index + 1].length == 1, text[Int(tokens[index + 1].start)] | 0x20 == 0x73 {
            return DateParse(index, index + 2, resolver.decade(year), .decade)
        }
        if year % 10 == 0, isApostrophe(index + 1), attached(index + 1), attached(index + 2), tokens[index + 2].length == 1,
           text[Int(tokens[index + 2].start)] | 0x20 == 0x73,
           isWord(index - 1, lexicon.grammar.the) || `is`(isGluedHyphen(index - 1) ? index - 2 : index - 1, .modifier) {
            return DateParse(index, index + 3, resolver.decade(year), .decade)
        }
        // "1987 first quarter", "1986 full-year".
        if let period = ordinalPeriod(at: index + 1, year: year) {
            return period.starting(at: index)
        }
        if let full = fullYear(at: index + 1) {
            return DateParse(index, full.end, resolver.year(year), .absoluteYear)
        }
        guard (1900...2099).contains(year), yearStandsAlone(at: index) else { return nil }
        return DateParse(index, index + 1, resolver.year(year), .absoluteYear)
    }

    /// A year split over two calendar years, as fiscal years are: "1986/87",
    /// "1987-88", "2024/2025". Its TIMEX3 value is the year it ends in.
    func splitYear(at index: Int, year: Int) -> DateParse? {
        guard isCharacter(index + 1, 0x2F) ? attached(index + 1) && attached(index + 2) : isGluedHyphen(index + 1),
              let second = integer(index + 2) else { return nil }
        let length = tokens[index + 2].length
        guard (length == 2 && second == (year + 1) % 100) || (length == 4 && second == year + 1) else { return nil }
        return DateParse(index, index + 3, resolver.year(year + 1, fiscal: true), .fiscalYear)
    }

    /// Whether a bare four-digit number is a year rather than an amount, a
    /// label or part of a name: not after "$", "#" or "No.", not before
    /// "tonnes" or "%", not inside "the Tax Reform Act of 1986".
    func yearStandsAlone(at index: Int) -> Bool {
        let before = index - 1
        if inside(before) {
            if tokens[before].kind == .currencySymbol || isCharacter(before, 0x23) || `is`(before, .counter) { return false }
            if isGluedHyphen(before), inside(before - 1), tokens[before - 1].kind == .word, !`is`(before - 1, [.modifier, .position]) { return false }
        }
        if `is`(index + 1, .quantity) || isCharacter(index + 1, 0x25) { return false }
        return !isLawYear(at: index)
    }

    /// Whether the year at `index` is part of a law's name: "Act of 1986",
    /// "the trade act of 1987", "the Finance Act 1985", "the 1986 Tax Reform Act".
    func isLawYear(at index: Int) -> Bool {
        if isWord(index - 1, lexicon.grammar.of), `is`(index - 2, .law) { return true }
        if isCapitalized(index - 1), `is`(index - 1, .law) { return true }
        var next = index + 1
        while inside(next), tokens[next].kind == .word, isCapitalized(next), next <= index + 5 {
            if `is`(next, .law) { return true }
            next += 1
        }
        return false
    }

    /// "5/15/2025", "05/15/25": month first, as US news writes them.
    private func slashDate(at index: Int) -> DateParse? {
        guard isCharacter(index + 1, 0x2F), attached(index + 1), attached(index + 2), let month = integer(index),
              let day = integer(index + 2), tokens[index + 2].length <= 2,
              isCharacter(index + 3, 0x2F), attached(index + 3), attached(index + 4), let written = integer(index + 4),
              (1...12).contains(month) else { return nil }
        let year: Int
        switch tokens[index + 4].length {
        case 4: year = written
        case 2: year = twoDigitYear(written)
        default: return nil
        }
        guard let value = resolver.day(day, month: month, of: year) else { return nil }
        return DateParse(index, index + 5, value, .absoluteDay, listedDay: (month, day))
    }

    /// The century of a two-digit year: the one that puts it within 80 years
    /// before and 20 after the document date (1950-2049 without one).
    func twoDigitYear(_ written: Int) -> Int {
        let pivot = (resolver.anchor?.year ?? 2000) + 20
        let year = (pivot / 100) * 100 + written
        return year > pivot ? year - 100 : year
    }

    /// "15 May 2025", "15th May", "1 April".
    private func dayFirstDate(at index: Int) -> DateParse? {
        guard let day = integer(index), (1...31).contains(day) else { return nil }
        var next = index + 1
        if attached(next), `is`(next, .ordinalSuffix) { next += 1 }
        guard let word = word(next), word.is([.month, .ambiguousMonth]) || (word.is(.monthAbbreviation) && endsWithPeriod(next)),
              isCapitalized(next) else { return nil }
        var end = next + 1
        var year: Int?
        var yearIndex = end
        if isCharacter(yearIndex, 0x2C) { yearIndex += 1 }
        if let written = yearNumber(at: yearIndex, in: 1000...2999) {
            year = written
            end = yearIndex + 1
        }
        guard let value = resolver.day(day, month: word.month,
                                       of: year ?? resolver.year(forMonths: word.month, word.month, Direction(cue(before: index))))
        else { return nil }
        return DateParse(index, end, value, .absoluteDay, listedDay: (word.month, day))
    }

    /// Dates written as one letter-and-digit token: "Q3", "3Q25", "H1",
    /// "FY2025", each optionally followed by a year ("Q3 2025").
    private func codedPeriod(at index: Int) -> DateParse? {
        let units = text[tokens[index].range]
        guard units.count >= 2, units.count <= 6 else { return nil }
        let first = units[units.startIndex] | 0x20
        let second = units[units.startIndex + 1]
        func digitsValue(_ slice: ArraySlice<UInt16>) -> Int? {
            guard !slice.isEmpty, slice.allSatisfy({ $0 &- 0x30 < 10 }) else { return nil }
            return slice.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        func glued(_ slice: ArraySlice<UInt16>) -> Int?? {
            if slice.isEmpty { return .some(nil) }
            guard let value = digitsValue(slice), slice.count == 2 || slice.count == 4 else { return nil }
            return .some(slice.count == 2 ? twoDigitYear(value) : value)
        }
        // "FY2025", "FY25".
        if first == 0x66, second | 0x20 == 0x79, let year = glued(units.dropFirst(2)), let year {
            return DateParse(index, index + 1, resolver.year(year, fiscal: true), .fiscalYear)
        }
        let kind: DateGrain
        let number: Int
        let rest: ArraySlice<UInt16>
        if (first == 0x71 || first == 0x68), second &- 0x30 < 10 {
            // "Q3", "H1"
            kind = first == 0x71 ? .quarter : .half
            number = Int(second - 0x30)
            rest = units.dropFirst(2)
        } else if units[units.startIndex] &- 0x30 < 10, second | 0x20 == 0x71 || second | 0x20 == 0x68 {
            // "3Q25", "1H"
            kind = second | 0x20 == 0x71 ? .quarter : .half
            number = Int(units[units.startIndex] - 0x30)
            rest = units.dropFirst(2)
        } else {
            return nil
        }
        guard (1...(kind == .quarter ? 4 : 2)).contains(number), let gluedYear = glued(rest) else { return nil }
        var end = index + 1
        var year = gluedYear
        var fiscal = false
        if year == nil, let phrase = yearPhrase(at: end, explicitOnly: true) {
            year = phrase.year
            fiscal = phrase.fiscal
            end = phrase.end
        } else if year == nil {
            let firstMonth = kind == .quarter ? number * 3 - 2 : number * 6 - 5
            year = yearOf(months: firstMonth, firstMonth + (kind == .quarter ? 2 : 5), Direction(cue(before: index)))
        }
        let value = kind == .quarter ? resolver.quarter(number, of: year, fiscal: fiscal) : resolver.half(number, of: year, fiscal: fiscal)
        return DateParse(index, end, value, kind == .quarter ? .quarter : .half)
    }

    /// "the '90s".
    private func apostropheDecade(at index: Int) -> DateParse? {
        guard attached(index + 1), tokens[index + 1].length == 2, let written = integer(index + 1), written % 10 == 0,
              attached(index + 2), tokens[index + 2].length == 1, text[Int(tokens[index + 2].start)] | 0x20 == 0x73
        else { return nil }
        return DateParse(index, index + 3, resolver.decade(twoDigitYear(written)), .decade)
    }

    /// A year phrase after a month, quarter or season, or after "of": "1986",
    /// "fiscal 1987", "1986/87", "'87", and unless `explicitOnly`, "last
    /// year", "this fiscal year", "the year", "the prior year". Its year is
    /// nil when it cannot be resolved (a relative year without a document date).
    func yearPhrase(at index: Int, explicitOnly: Bool = false) -> (year: Int?, fiscal: Bool, end: Int)? {
        if let year = yearNumber(at: index, in: 1000...2999) {
            if let pair = splitYear(at: index, year: year) { return (pair.year, true, pair.end) }
            return (year, false, index + 1)
        }
        if isApostrophe(index), attached(index + 1), tokens[index + 1].length == 2, let written = integer(index + 1) {
            return (twoDigitYear(written), false, index + 2)
        }
        if `is`(index, [.fiscal, .calendar]) {
            let next = word(index + 1).map { $0.is(.anyUnit) && $0.unit == .year } == true ? index + 2 : index + 1
            guard let phrase = yearPhrase(at: next, explicitOnly: true) else { return nil }
            return (phrase.year, `is`(index, .fiscal), phrase.end)
        }
        guard !explicitOnly else { return nil }
        var next = index
        let determined = isWord(next, lexicon.grammar.the)
        if determined { next += 1 }
        // Deictic words count from the document date, the others from the year the text speaks of.
        var offset = 0
        var deictic = false
        if let word = word(next), word.is(.relative) {
            switch word.relative {
            case .this: deictic = true
            case .last where !determined: offset = -1; deictic = true
            case .next: offset = 1; deictic = true
            case .coming: offset = 1; deictic = true
            case .previous: offset = -1
            case .following: offset = 1
            case .that: break
            default: return nil
            }
            next += 1
        } else if !determined {
            return nil
        }
        var fiscal = false
        if `is`(next, .fiscal) {
            fiscal = true
            next += 1
        }
        guard let unit = word(next), unit.is(.unit), unit.unit == .year else { return nil }
        let year = deictic ? resolver.anchor.map { $0.year + offset } : resolver.referenced(offset: offset)
        return (year, fiscal, next + 1)
    }

    // MARK: Months and days

    /// "May 15, 2025", "Jan. 5", "December 31,2020", "June 2025",
    /// "October, 1985", "May of 2025", "May one", "March 1-10", "February
    /// last year", and a bare month where the context shows it is one.
    /// `direction` places a date written without its year.
    func monthDate(at index: Int, _ direction: Direction) -> DateParse? {
        guard let word = word(index), word.is(.anyMonth) else { return nil }
        // Lowercase only for full names with a day or year after them, or after
        // a modifier or position: Reuters writes "end-february 1986", "late march".
        let lowercase = !isCapitalized(index)
        if lowercase, !word.is(.month) { return nil }
        let month = word.month
        var next = index + 1
        let hasPeriod = endsWithPeriod(index) || (isCharacter(next, 0x2E) && attached(next) && word.is(.monthAbbreviation))
        if hasPeriod, !endsWithPeriod(index) { next += 1 }
        let placement = direction == .nearest ? Direction(cue(before: index)) : direction
        if let day = dayOfMonth(at: next) {
            var end = day.end
            var year = day.year
            if year == nil, let phrase = relativeYear(at: end) {
                year = phrase.year
                end = phrase.end
            } else if year == nil, isWord(end, lexicon.grammar.of), let phrase = yearPhrase(at: end + 1) {
                // "March 18 of last year".
                year = phrase.year
                end = phrase.end
            }
            let dayYear = year ?? listedYear(month: month, at: index) ?? closingYear(at: index) ?? resolver.year(forMonths: month, month, placement)
            guard let value = resolver.day(day.day, month: month, of: dayYear) else { return nil }
            // "May 15-June 15, 1987": one span from the first day to the second.
            if day.year == nil, isGluedHyphen(end), let second = monthDate(at: end + 1, direction), second.value.grain == .day,
               let secondEnd = second.value.end {
                guard var range = resolver.day(day.day, month: month, of: month > secondEnd.month ? secondEnd.year - 1 : secondEnd.year)
                else { return nil }
                range.end = secondEnd
                return DateParse(index, second.end, range, .absoluteDay)
            }
            if let last = day.lastDay {
                guard var range = resolver.day(last, month: month, of: dayYear) else { return nil }
                range.start = value.start
                range.timex = resolver.month(month, of: value.start?.year).timex
                return DateParse(index, end, range, .absoluteDay)
            }
            return DateParse(index, end, value, .absoluteDay, listedDay: (month, day.day))
        }
        var yearIndex = next
        if isCharacter(yearIndex, 0x2C) || isWord(yearIndex, lexicon.grammar.of) { yearIndex += 1 }
        if let year = yearNumber(at: yearIndex, in: 1000...2999), !`is`(yearIndex + 1, .quantity) {
            return DateParse(index, yearIndex + 1, resolver.month(month, of: year), .absoluteMonth)
        }
        if isWord(next, lexicon.grammar.of), let phrase = yearPhrase(at: next + 1) {
            return DateParse(index, phrase.end, resolver.month(month, of: phrase.year), .absoluteMonth)
        }
        if isApostrophe(next), let phrase = yearPhrase(at: next) {
            return DateParse(index, phrase.end, resolver.month(month, of: phrase.year), .absoluteMonth)
        }
        if let phrase = relativeYear(at: next) {
            return DateParse(index, phrase.end, resolver.month(month, of: phrase.year), .absoluteMonth)
        }
        // "the May-September rains", "(May-Apr)": a range of months, valued by the first
        // (but "October-November-December" is a list).
        if !lowercase, !isGluedHyphen(index - 1), isGluedHyphen(next), let other = self.word(next + 1), other.is(.anyMonth), isCapitalized(next + 1),
           !isGluedHyphen(next + 2) {
            var end = next + 2
            if isCharacter(end, 0x2E), attached(end), other.is(.monthAbbreviation), !endsWithPeriod(next + 1) { end += 1 }
            // "January-August, 1987": the year the range ends in.
            let yearIndex = isCharacter(end, 0x2C) ? end + 1 : end
            let written = yearNumber(at: yearIndex, in: 1000...2999)
            if written != nil { end = yearIndex + 1 }
            let firstYear = written.map { other.month < month ? $0 - 1 : $0 } ?? yearOf(months: month, month, placement)
            var range = resolver.month(month, of: firstYear)
            if let start = range.start {
                range.end = CalendarDate.lastDay(ofMonth: other.month, year: other.month < month ? start.year + 1 : start.year)
            }
            return DateParse(index, end, range, .absoluteMonth)
        }
        if lowercase, !`is`(isGluedHyphen(index - 1) ? index - 2 : index - 1, [.position, .modifier]) { return nil }
        guard bareMonthAllowed(at: index, word, hasPeriod: hasPeriod, governed: direction != .nearest) else { return nil }
        let year = direction == .nearest ? listedYear(month: month, at: index) : nil
        return DateParse(index, next, resolver.month(month, of: year ?? yearOf(months: month, month, placement)), .absoluteMonth)
    }

    /// The year of a month or day listed right after another ("April, May,
    /// July and October", "between May 10 and October 10"): each follows the one before.
    private func listedYear(month: Int, at index: Int) -> Int? {
        guard let last = lastMonth, last.end >= index - 2, last.end < index,
              (last.end..<index).allSatisfy(isListSeparator) else { return nil }
        return month < last.month ? last.year + 1 : last.year
    }

    /// ",", "/", "and", "or", "to" or a glued hyphen between listed dates.
    private func isListSeparator(_ index: Int) -> Bool {
        let grammar = lexicon.grammar
        return isCharacter(index, 0x2C) || isCharacter(index, 0x2F) || isGluedHyphen(index)
            || isWord(index, grammar.and) || isWord(index, grammar.or) || isWord(index, grammar.to)
    }

    /// The year of a day that closes a period named just before it: "fiscal
    /// 1985/86 ended March 31" ends in 1986.
    private func closingYear(at index: Int) -> Int? {
        isWord(index - 1, lexicon.grammar.ended) || isWord(index - 1, lexicon.grammar.ending) ? sentenceYear : nil
    }

    /// "this year", "last year", "next year" after a month or day: "February last year".
    func relativeYear(at index: Int) -> (year: Int?, end: Int)? {
        guard let word = word(index), word.is(.relative), [.this, .last, .next].contains(word.relative),
              let phrase = yearPhrase(at: index), !phrase.fiscal else { return nil }
        return (phrase.year, phrase.end)
    }

    /// The year of a month, quarter or season named without one ("April",
    /// "the fourth quarter"): a year named earlier in the same sentence ("in
    /// 1986 ... in the fourth quarter"), else the one the resolver places by
    /// the document date. Days are placed by the document date alone: "due
    /// 2010 on May 15" is this May.
    func yearOf(months first: Int, _ last: Int, _ direction: Direction) -> Int? {
        if direction == .nearest || direction == .past || direction == .future, let sentenceYear { return sentenceYear }
        return resolver.year(forMonths: first, last, direction)
    }

    /// Whether a month name with no day or year after it is a date: "May" and
    /// all-caps months need a date word before them ("in May", "early May")
    /// or a month listed before them ("April and May", "April/May");
    /// abbreviations need their period; months that are also given names are
    /// not dates before a capitalized word ("April Ryan"; but "the October
    /// GEPLACEA meeting").
    private func bareMonthAllowed(at index: Int, _ word: DateWord, hasPeriod: Bool, governed: Bool) -> Bool {
        if word.is(.monthAbbreviation), !hasPeriod { return false }
        let before = index - 1
        let dateWordBefore = governed || `is`(before, [.preposition, .modifier, .position]) || (isListSeparator(before) && `is`(before - 1, .anyMonth))
        if word.is(.ambiguousMonth) || isAllCaps(index) { return dateWordBefore }
        if dateWordBefore || !word.is(.givenName) { return true }
        let next = index + 1
        return !(inside(next) && tokens[next].kind == .word && isCapitalized(next) && !`is`(next, .anyMonth))
    }

    /// A day of the month after a month name, and the year after it if any:
    /// "15", "15th", "15, 2025", "31,2020", "1-10" and "3 to 6" (ranges:
    /// `lastDay`); a number word where punctuation, "to" or "and" follows
    /// ("May one to shareholders"), or where a date preposition comes before
    /// the month and no noun follows ("ended March six of the season").
    private func dayOfMonth(at index: Int) -> (day: Int, year: Int?, end: Int, lastDay: Int?)? {
        guard inside(index) else { return nil }
        if tokens[index].kind == .number {
            if let split = dayCommaYear(at: index) { return (split.day, split.year, index + 1, nil) }
            guard tokens[index].length <= 2, let day = integer(index), (1...31).contains(day) else { return nil }
            var end = index + 1
            if attached(end), `is`(end, .ordinalSuffix) { end += 1 }
            if `is`(end, .quantity) || isCharacter(end, 0x25) { return nil }
            if isGluedHyphen(end), tokens[end + 1].length <= 2, let last = integer(end + 1) {
                return last > day && last <= 31 ? (day, nil, end + 2, last) : nil
            }
            if isWord(end, lexicon.grammar.to), inside(end + 1), tokens[end + 1].length <= 2, let last = integer(end + 1),
               last > day, last <= 31, !`is`(end + 2, [.quantity, .anyUnit, .anyMonth]), !isCharacter(end + 2, 0x25) {
                return (day, nil, end + 2, last)
            }
            var yearIndex = end
            if isCharacter(yearIndex, 0x2C) { yearIndex += 1 }
            if let year = yearNumber(at: yearIndex, in: 1000...2999), !`is`(yearIndex + 1, .quantity) {
                return (day, year, yearIndex + 1, nil)
            }
            return (day, nil, end, nil)
        }
        guard let word = word(index), word.is(.number), word.number <= 31 else { return nil }
        let next = index + 1
        let ends = !inside(next) || (tokens[next].kind == .punctuation && !isGluedHyphen(next))
            || isWord(next, lexicon.grammar.to) || isWord(next, lexicon.grammar.and) || yearNumber(at: next, in: 1000...2999) != nil
        let month = index - 1
        let placed = `is`(month - 1, .preposition) || isWord(month - 1, lexicon.grammar.ended) || isWord(month - 1, lexicon.grammar.ending)
        guard ends || (placed && !modifiesNoun(next)) else { return nil }
        // "April One, 1987", "July one 1988".
        let yearIndex = isCharacter(next, 0x2C) ? next + 1 : next
        if let year = yearNumber(at: yearIndex, in: 1000...2999) { return (word.number, year, yearIndex + 1, nil) }
        return (word.number, nil, next, nil)
    }

    /// "31,2020": a day and a year that lost the space between them.
    private func dayCommaYear(at index: Int) -> (day: Int, year: Int)? {
        let units = text[tokens[index].range]
        guard let comma = units.firstIndex(of: 0x2C), comma - units.startIndex <= 2, units.endIndex - comma == 5 else { return nil }
        var day = 0
        var year = 0
        for unit in units[..<comma] {
            guard unit &- 0x30 < 10 else { return nil }
            day = day * 10 + Int(unit - 0x30)
        }
        for unit in units[(comma + 1)...] {
            guard unit &- 0x30 < 10 else { return nil }
            year = year * 10 + Int(unit - 0x30)
        }
        return (1...31).contains(day) ? (day, year) : nil
    }

    /// "Tuesday", "Friday, March 20".
    func weekdayDate(at index: Int, _ direction: Direction) -> DateParse? {
        guard let word = word(index), word.is(.weekday), isCapitalized(index) else { return nil }
        var next = index + 1
        if isCharacter(next, 0x2C) { next += 1 }
        if let date = monthDate(at: next, .nearest), date.value.grain == .day {
            return DateParse(index, date.end, date.value, date.rule, listedDay: date.listedDay)
        }
        return DateParse(index, index + 1, resolver.weekday(word.weekday, direction), .relativeWeekday)
    }

    // MARK: Quarters, halves, seasons, decades

    /// "fourth quarter", "first-half", "the third quarter of 2020", "4th
    /// quarter 1986", "second half of fiscal 2025", "the third and fourth
    /// quarters", "the 20th century"; `year` when the year came first.
    func ordinalPeriod(at index: Int, year given: Int? = nil, fiscal givenFiscal: Bool = false) -> DateParse? {
        var next = index
        var number: Int
        var last = false
        if let word = word(next), word.is(.ordinal) {
            number = word.number
            next += 1
        } else if let word = word(next), word.is(.part) || (word.is(.relative) && word.relative == .last) {
            // "the final quarter", "the opening half"; "last" only with the year it ends: "the last quarter of 1986".
            number = 1
            last = word.is(.relative) || word.modifier == .late
            next += 1
        } else if let value = integer(next), attached(next + 1), `is`(next + 1, .ordinalSuffix) {
            number = value
            next += 2
        } else {
            return nil
        }
        if isGluedHyphen(next) { next += 1 }
        // "the 20th century".
        if !last, given == nil, let unit = word(next), unit.is(.unit), unit.unit == .century, (1...30).contains(number) {
            return DateParse(index, next + 1, resolver.century(number), .century)
        }
        // "the third and fourth quarters (of 1986)": one span from the first to the last.
        var lastNumber: Int?
        if isWord(next, lexicon.grammar.and), let other = word(next + 1), other.is(.ordinal), `is`(next + 2, .units) {
            lastNumber = other.number
            next += 2
        }
        guard let unit = word(next), unit.is(lastNumber == nil ? .unit : .units), unit.unit == .quarter || unit.unit == .half else { return nil }
        if last { number = unit.unit == .quarter ? 4 : 2 }
        guard (1...(unit.unit == .quarter ? 4 : 2)).contains(number) else { return nil }
        next += 1
        var year = given
        var fiscal = givenFiscal
        if given == nil {
            let hasOf = isWord(next, lexicon.grammar.of)
            if let phrase = yearPhrase(at: hasOf ? next + 1 : next, explicitOnly: !hasOf) {
                year = phrase.year
                fiscal = fiscal || phrase.fiscal
                next = phrase.end
            } else if let phrase = relativeYear(at: next) {
                // "the fourth quarter last year".
                year = phrase.year
                next = phrase.end
            } else if `is`(index, .relative) {
                return nil
            } else if resolver.anchor != nil {
                let months = unit.unit == .quarter ? 3 : 6
                let first = (number - 1) * months + 1
                year = yearOf(months: first, first + months - 1, Direction(cue(before: index)))
            }
        }
        var value = unit.unit == .quarter ? resolver.quarter(number, of: year, fiscal: fiscal) : resolver.half(number, of: year, fiscal: fiscal)
        if let lastNumber {
            guard lastNumber > number, lastNumber <= (unit.unit == .quarter ? 4 : 2) else { return nil }
            let lastValue = unit.unit == .quarter ? resolver.quarter(lastNumber, of: year, fiscal: fiscal) : resolver.half(lastNumber, of: year, fiscal: fiscal)
            value.end = lastValue.end
        }
        return DateParse(index, next, value, unit.unit == .quarter ? .quarter : .half)
    }

    /// A season where a date word governs it (GUIDELINES.md): "fall 2025",
    /// "fall of 1986", "this fall", "the autumn", "by fall", "delayed to fall",
    /// "fall or later"; never "prices fall", "the fall in prices" or "winter wheat".
    func season(at index: Int, governed: Bool, _ direction: Direction) -> DateParse? {
        guard let word = word(index), word.is(.season) else { return nil }
        let next = index + 1
        let first = word.season * 3
        let hasOf = isWord(next, lexicon.grammar.of)
        if let phrase = yearPhrase(at: hasOf ? next + 1 : next, explicitOnly: !hasOf) {
            return DateParse(index, phrase.end, resolver.season(word.season, of: phrase.year), .season)
        }
        if !governed, isGluedHyphen(index - 1) || isAllCaps(index) { return nil }
        let delayed = isWord(index - 1, lexicon.grammar.to) && `is`(index - 2, .delayVerb)
        let orLater = isWord(next, lexicon.grammar.or) && `is`(next + 1, .modifier)
        guard governed || delayed || orLater || `is`(index - 1, [.preposition, .modifier]) else { return nil }
        if isWord(next, lexicon.grammar.in) || isWord(next, lexicon.grammar.of) || modifiesNoun(next) { return nil }
        var placement = direction
        if placement == .nearest { placement = delayed || orLater ? .future : Direction(cue(before: index)) }
        let year = yearOf(months: first, first + 2, placement)
        return DateParse(index, next, resolver.season(word.season, of: year), .season)
    }

    /// "year-end", "year-ago", "year-earlier": the year the text speaks of,
    /// or the one before it; and bare plurals: "years", "years to come".
    private func unitCompound(at index: Int) -> DateParse? {
        guard let unit = word(index) else { return nil }
        if unit.is(.unit), unit.unit == .year, isGluedHyphen(index + 1), let after = word(index + 2) {
            if after.is(.position), after.modifier == .late {
                if let year = yearNumber(at: index + 3, in: 1000...2999) {
                    return DateParse(index, index + 4, resolver.year(year), .absoluteYear)
                }
                return DateParse(index, index + 3, resolver.year(resolver.referenced(offset: 0)), .anaphoric)
            }
            if after.is(.shift), after.shift == .ago || after.shift == .earlier {
                return DateParse(index, index + 3, resolver.year(resolver.referenced(offset: -1)), .anaphoric)
            }
        }
        // A bare plural is a vague count: "years of efforts", "still months away", "years to come".
        // Not days or weeks, which name kinds of days as often ("trading days", "triple witching days").
        // And only where the words around show it is a time: "for years", "years of", "months away"
        // ("the expiration months" and "the same months" are not).
        guard unit.is(.units), [.month, .year, .decade, .century].contains(unit.unit) else { return nil }
        let grammar = lexicon.grammar
        let toCome = isWord(index + 1, grammar.to) && isWord(index + 2, grammar.come)
        guard toCome || `is`(index - 1, [.preposition, .function]) || isWord(index + 1, grammar.of) || isWord(index + 1, grammar.away)
        else { return nil }
        let end = toCome ? index + 3 : index + 1
        return DateParse(index, end, DateResolver.duration(nil, unit.unit), .duration)
    }

    /// "full year", "full-year": the year the text speaks of.
    func fullYear(at index: Int) -> DateParse? {
        var next = index + 1
        if isGluedHyphen(next) { next += 1 }
        guard `is`(index, .anaphoric), let unit = word(next), unit.is(.unit), unit.unit == .year else { return nil }
        return DateParse(index, next + 1, resolver.year(resolver.referenced(offset: 0)), .anaphoric)
    }
}
