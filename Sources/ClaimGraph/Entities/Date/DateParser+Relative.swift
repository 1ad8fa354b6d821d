/// Rules for dates placed relative to the document date or to the text:
/// "last year", "the past six months", "the prior year", "the year ended
/// December 31, 2020", "early next year", "the end of 1986", "to date".
extension DateParser {
    /// A relative word and what it places: "this year", "last September",
    /// "next Tuesday", "this fall", "the past six months", "coming quarters",
    /// "the current fiscal year". `afterThe` when "the" comes first.
    func relative(at index: Int, afterThe: Bool) -> DateParse? {
        guard let word = word(index), word.is(.relative) else { return nil }
        let kind = word.relative
        // Without "the", "following" is a preposition: "following five months of talks".
        if kind == .following, !afterThe { return nil }
        // "this past month" is the past month.
        if kind == .this, let past = self.word(index + 1), past.is(.relative), past.relative == .past {
            return relative(at: index + 1, afterThe: afterThe)?.starting(at: index)
        }
        let next = index + 1
        // "the next year or two": a range, valued by its lower bound.
        if let unit = self.word(next), unit.is(.unit), isWord(next + 1, lexicon.grammar.or), let other = count(at: next + 2),
           !other.isArticle, !`is`(other.end, .quantity) {
            return span(index, other.end, kind, 1, unit.unit)
        }
        if let phrase = yearPhrase(at: afterThe ? index - 1 : index) {
            let anaphoric = kind == .previous || kind == .following || kind == .that
            let rule: DateRule = phrase.fiscal ? .fiscalYear : anaphoric ? .anaphoric : .relativeYear
            return DateParse(index, phrase.end, resolver.year(phrase.year, fiscal: phrase.fiscal), rule)
        }
        // "that day", "that week": a period the text speaks of but does not date.
        if kind == .that {
            guard let unit = self.word(next), unit.is(.unit), !afterThe else { return nil }
            return DateParse(index, next + 1, DateResolver.unresolved(unit.unit), .anaphoric)
        }
        if kind != .this, kind != .recent, let count = count(at: next), !count.isArticle {
            // "the past six months", "the next ten fiscal years".
            let unitIndex = `is`(count.end, .fiscal) ? count.end + 1 : count.end
            if let unit = self.word(unitIndex), unit.is(.anyUnit) {
                return span(index, unitIndex + 1, kind, count.amount, unit.unit)
            }
        }
        guard let target = self.word(next) else { return nil }
        if target.is(.units) {
            switch kind {
            case .past, .last, .previous, .recent:
                return DateParse(index, next + 1, DateResolver.reference("PAST_REF"), .reference)
            case .next, .coming, .following:
                return DateParse(index, next + 1, DateResolver.reference("FUTURE_REF"), .reference)
            case .this, .that:
                return nil
            }
        }
        if target.is(.unit) {
            let unit = target.unit
            let offset: Int
            switch kind {
            case .this: offset = 0
            case .past: return span(index, next + 1, kind, 1, unit)
            case .last: if afterThe { return span(index, next + 1, kind, 1, unit) } else { offset = -1 }
            case .previous: offset = -1
            case .next, .coming, .following: offset = 1
            case .recent, .that: return nil
            }
            return DateParse(index, next + 1, resolver.shifted(unit, by: offset), .relative(unit))
        }
        if target.is(.weekend) {
            switch kind {
            case .this: return DateParse(index, next + 1, resolver.weekend(.current), .relativeWeek)
            case .last, .past, .previous: return DateParse(index, next + 1, resolver.weekend(.before), .relativeWeek)
            case .next, .coming, .following: return DateParse(index, next + 1, resolver.weekend(.after), .relativeWeek)
            case .recent, .that: return nil
            }
        }
        let direction: Direction
        switch kind {
        case .this: direction = .current
        case .last, .past, .previous: direction = .before
        case .next, .coming, .following: direction = .after
        case .recent, .that: return nil
        }
        let placed = monthDate(at: next, direction) ?? weekdayDate(at: next, direction) ?? season(at: next, governed: true, direction)
        return placed.map { DateParse(index, $0.end, $0.value, $0.rule, listedDay: $0.listedDay) }
    }

    /// A stretch of `amount` units reaching back or forward from the
    /// document date ("the past six months": P6M, from 2024-11-16 to
    /// 2025-05-15); a vague amount ("the next several years") is "PXY".
    func span(_ start: Int, _ end: Int, _ kind: DateWord.Relative, _ amount: Double?, _ unit: DateGrain) -> DateParse {
        let forward = kind == .next || kind == .coming || kind == .following
        guard let amount else {
            return DateParse(start, end, DateResolver.duration(nil, unit), .span)
        }
        var value = DateResolver.duration(amount, unit)
        if let anchor = resolver.anchor, kind != .previous, kind != .following, amount == amount.rounded() {
            (value.start, value.end) = DateResolver.interval(of: Int(amount), unit, from: anchor, forward: forward)
        }
        return DateParse(start, end, value, .span)
    }

    /// A date that begins with "the": "the 1990s", "the fourth quarter of
    /// 1986", "the past six months", "the year", "the autumn", "the end of
    /// 1986", "the five years". When a decade, a hyphenated compound or a
    /// count with a singular unit modifies the noun after it ("the 1990s
    /// boom", "the five-year plan", "the three day congress"), "the" belongs
    /// to that noun and is left out (as OntoNotes does; "the fourth quarter
    /// profit" keeps it).
    func determined(at index: Int) -> DateParse? {
        guard isWord(index, lexicon.grammar.the), inside(index + 1) else { return nil }
        let next = index + 1
        // Most words after "the" that have an entry begin none of the rules below ("the growth",
        // "the number"). The test holds only while every rule begins with a number or a word of
        // these classes; a rule added later that does not would lose its dates here without a
        // sound, so debug builds run the rules where it skips.
        guard tokens[next].kind == .number || isApostrophe(next) || `is`(next, DateWord.Classes.followsThe) else {
            assert(longestAfterThe(at: index) == nil, "a rule reads a date after \"the\" where determined(at:) skips")
            return nil
        }
        guard let best = longestAfterThe(at: index) else { return nil }
        // A compound ("first-quarter"), a decade or a count with a singular unit ("three day") before a
        // noun is an adjective: "the" goes with the noun.
        let compound = (best.start..<best.end).contains { isGluedHyphen($0) }
        let adjective = best.value.grain == .duration && `is`(best.end - 1, .unit) && !`is`(next, [.relative, .ordinal, .part])
        return (best.value.grain == .decade || compound || adjective) && modifiesNoun(best.end) ? best : best.starting(at: index)
    }

    /// The longest reading of the words after the "the" at `index`, without it.
    private func longestAfterThe(at index: Int) -> DateParse? {
        let next = index + 1
        var best: DateParse?
        func consider(_ candidate: DateParse?) {
            if let candidate, candidate.end > best?.end ?? next { best = candidate }
        }
        if tokens[next].kind == .number || isApostrophe(next) {
            // "the 1990s", "the 1986 first quarter" (but not "the 1986 budget": the year alone goes without "the").
            if let period = point(at: next), [.decade, .quarter, .half].contains(period.value.grain) {
                consider(period)
            }
            consider(namedFiscalYear(at: next))
        }
        consider(relative(at: next, afterThe: true))
        consider(comparablePeriod(at: next))
        consider(ordinalPeriod(at: next))
        consider(firstPeriods(at: next))
        consider(ordinalWeekday(at: next))
        consider(ordinalDay(at: next))
        consider(periodEnded(at: next))
        consider(anaphoricUnit(at: next))
        consider(positioned(at: next))
        consider(fullYear(at: next))
        consider(duration(at: next, led: true).flatMap { $0.shift == nil ? $0.parse : nil })
        if let decade = modified(at: next), decade.value.grain == .decade { consider(decade) }
        // "the fall" is the season only after a preposition: "in the fall", not "the fall was steep".
        if `is`(index - 1, .preposition) { consider(season(at: next, governed: true, Direction(cue(before: index)))) }
        return best
    }

    /// "the year", "the quarter", "the year 2025", "the year before", "the
    /// fiscal year", "the month of February", "the week of March 2", "the
    /// weekend" (after "the"): the year the text speaks of, or the current
    /// week, month or quarter.
    private func anaphoricUnit(at index: Int) -> DateParse? {
        var next = index
        let fiscal = `is`(next, .fiscal)
        if fiscal { next += 1 }
        guard let unit = word(next), !isCapitalized(next) || isAllCaps(next) else { return nil }
        if unit.is(.weekend), !fiscal {
            return DateParse(index, next + 1, resolver.weekend(.past), .relativeWeek)
        }
        // "the year-ago quarter": the unit belongs to a compound read on its own.
        guard unit.is(.unit), !isGluedHyphen(next + 1) else { return nil }
        next += 1
        // "before" and "after" end the phrase only at a clause boundary: not "the year after gaining".
        let shift = word(next).flatMap { $0.is(.shift) && endsClause(at: next + 1) ? $0.shift : nil }
        let back = shift == .before || shift == .earlier
        let ahead = shift == .after || shift == .later
        switch unit.unit {
        case .year:
            if let year = yearNumber(at: next, in: 1000...2999) {
                return DateParse(index, next + 1, resolver.year(year, fiscal: fiscal), fiscal ? .fiscalYear : .absoluteYear)
            }
            if back || ahead {
                return DateParse(index, next + 1, resolver.year(resolver.referenced(offset: back ? -1 : 1)), .anaphoric)
            }
            return DateParse(index, next, resolver.year(resolver.referenced(offset: 0), fiscal: fiscal), fiscal ? .fiscalYear : .anaphoric)
        case .day:
            // "the day before": relative to a day the text does not resolve.
            guard !fiscal, back || ahead else { return nil }
            return DateParse(index, next + 1, DateResolver.reference(back ? "PAST_REF" : "FUTURE_REF"), .reference)
        case .quarter, .month, .week, .decade:
            guard !fiscal else { return nil }
            if isWord(next, lexicon.grammar.of), let named = monthDate(at: next + 1, .nearest) {
                if unit.unit == .month, named.value.grain == .month {
                    return DateParse(index, named.end, named.value, named.rule)
                }
                if unit.unit == .week, named.value.grain == .day, let day = named.value.start {
                    return DateParse(index, named.end, resolver.week(containing: day), .absoluteDay)
                }
            }
            if back || ahead {
                // "the week before" a reported week ("week ended March 4") is the week that ended seven days earlier.
                if unit.unit == .week, let reported = resolver.reportedWeekEnd {
                    let end = reported.adding(days: back ? -7 : 7)
                    return DateParse(index, next + 1, DateValue(timex: end.description, start: end.adding(days: -6), end: end, grain: .week), .anaphoric)
                }
                return DateParse(index, next + 1, DateResolver.reference(back ? "PAST_REF" : "FUTURE_REF"), .reference)
            }
            return DateParse(index, next, resolver.shifted(unit.unit, by: 0), .anaphoric)
        default:
            return nil
        }
    }

    /// Whether a clause may end before token `index`: the sentence ends, or
    /// punctuation or a function word follows.
    func endsClause(at index: Int) -> Bool {
        !inside(index) || tokens[index].kind == .punctuation || `is`(index, .function)
    }

    /// "the 1988 financial year", "the 1986/87 fiscal year" (after "the").
    private func namedFiscalYear(at index: Int) -> DateParse? {
        guard !`is`(index, .fiscal), let phrase = yearPhrase(at: index, explicitOnly: true), `is`(phrase.end, .fiscal),
              let unit = word(phrase.end + 1), unit.is(.unit), unit.unit == .year else { return nil }
        return DateParse(index, phrase.end + 2, resolver.year(phrase.year, fiscal: true), .fiscalYear)
    }

    /// A part of a year or month named by its position (after "the"): "the
    /// first nine months of 1986", "the last three months of the year", "the
    /// first 30 days of March", "the final months of 1986", "the early months
    /// of 1987". Valued as the year or month it is part of, with the
    /// interval of the part (a vague part, its first or last third).
    private func firstPeriods(at index: Int) -> DateParse? {
        guard let word = word(index) else { return nil }
        let fromStart: Bool
        if word.is(.ordinal), word.number == 1 {
            fromStart = true
        } else if word.is(.relative), word.relative == .last {
            fromStart = false
        } else if word.is([.part, .modifier]), word.modifier == .early || word.modifier == .late || word.modifier == .later {
            fromStart = word.modifier == .early
        } else {
            return nil
        }
        var next = index + 1
        let count = count(at: next)
        if let count {
            guard !count.isArticle, count.amount.map({ $0 == $0.rounded() }) ?? true else { return nil }
            next = count.end
        }
        guard let unit = self.word(next), unit.is(.units) else { return nil }
        let amount = count?.amount
        // "the first three years" (after the notes are issued): not a part of one year but a stretch.
        if [.half, .year, .decade, .century].contains(unit.unit) {
            guard fromStart, word.is(.ordinal), let amount else { return nil }
            return DateParse(index, next + 1, DateResolver.duration(amount, unit.unit), .span)
        }
        var end = next + 1
        var whole: DateValue
        if isWord(end, lexicon.grammar.of), let month = monthDate(at: end + 1, .nearest), month.value.grain == .month {
            end = month.end
            whole = month.value
        } else if isWord(end, lexicon.grammar.of), let phrase = yearPhrase(at: end + 1) {
            end = phrase.end
            whole = resolver.year(phrase.year, fiscal: phrase.fiscal)
        } else if word.is(.ordinal), amount != nil {
            whole = resolver.year(resolver.referenced(offset: 0))
        } else {
            return nil
        }
        if let amount {
            if let first = whole.start, let last = whole.end {
                (whole.start, whole.end) = DateResolver.interval(of: Int(amount), unit.unit, from: fromStart ? first : last, forward: fromStart)
            }
        } else {
            whole = resolver.narrowed(whole, fromStart ? .early : .late)
        }
        return DateParse(index, end, whole, .span)
    }

    /// A period compared with another (after "the"): "the same period last
    /// year", "the same month a year ago", "the corresponding week of last
    /// year", "the same 1986 period", "the year-ago quarter", "the year
    /// earlier months", "the same year". Valued as the year it names.
    private func comparablePeriod(at index: Int) -> DateParse? {
        var next = index
        var year: Int??
        if `is`(next, .comparable) {
            next += 1
        } else if let compound = point(at: next), compound.rule == .anaphoric, compound.end == next + 3 {
            // "year-ago", "year-earlier".
            year = .some(compound.year)
            next = compound.end
        } else if let unit = word(next), unit.is(.unit), unit.unit == .year, let shift = word(next + 1), shift.is(.shift),
                  shift.shift == .ago || shift.shift == .earlier, `is`(next + 2, [.anyUnit, .period]) {
            // "the year earlier months", "the year ago quarter".
            year = .some(resolver.referenced(offset: -1))
            next += 2
        } else {
            return nil
        }
        if let written = yearNumber(at: next, in: 1000...2999) {
            year = .some(written)
            next += 1
        }
        guard let head = word(next), head.is([.anyUnit, .period]) else { return nil }
        next += 1
        let grammar = lexicon.grammar
        if let phrase = relativeYear(at: next) {
            year = .some(phrase.year)
            next = phrase.end
        } else if isWord(next, grammar.of) || isWord(next, grammar.in), let phrase = yearPhrase(at: next + 1) {
            year = .some(phrase.year)
            next = phrase.end
        } else if let (earlier, shift) = duration(at: next, led: true), shift == .ago || shift == .earlier, earlier.value.grain == .year {
            year = .some(earlier.year)
            next = earlier.end
        } else if year == nil, head.is(.unit), head.unit == .year {
            year = .some(resolver.referenced(offset: 0))
        }
        guard let year else { return nil }
        return DateParse(index, next, resolver.year(year), .anaphoric)
    }

    /// "the fourth of March", "the 15th of May", "the first day of March",
    /// "the last day of the month" (after "the").
    private func ordinalDay(at index: Int) -> DateParse? {
        var next = index
        var day = 0
        if let word = word(next), word.is(.ordinal) {
            day = word.number
            next += 1
        } else if let value = integer(next), value <= 31, attached(next + 1), `is`(next + 1, .ordinalSuffix) {
            day = value
            next += 2
        } else if let word = word(next), word.is(.relative), word.relative == .last {
            next += 1
        } else {
            return nil
        }
        let named = `is`(next, .unit) && word(next)?.unit == .day
        if named { next += 1 }
        guard day > 0 || named, isWord(next, lexicon.grammar.of) else { return nil }
        next += 1
        if let month = monthDate(at: next, .nearest), month.value.grain == .month {
            guard let first = month.value.start, let last = month.value.end else {
                return DateParse(index, month.end, DateValue(timex: month.value.timex + "-XX", grain: .day), .absoluteDay)
            }
            let date = day > 0 ? CalendarDate(year: first.year, month: first.month, day: day) : last
            return date.map { DateParse(index, month.end, resolver.day($0), .absoluteDay) }
        }
        guard named, isWord(next, lexicon.grammar.the) || `is`(next, .every), let unit = word(next + 1), unit.is(.unit), unit.unit == .month
        else { return nil }
        return DateParse(index, next + 2, DateValue(timex: "XXXX-XX-XX", grain: .day), .relativeDay)
    }

    /// "the third Friday of the month", "the first Monday of March", "the
    /// last Friday of each month" (after "the").
    private func ordinalWeekday(at index: Int) -> DateParse? {
        guard let ordinal = word(index), (ordinal.is(.ordinal) && ordinal.number <= 5) || (ordinal.is(.relative) && ordinal.relative == .last),
              let day = word(index + 1), day.is(.weekday), isWord(index + 2, lexicon.grammar.of) else { return nil }
        let next = index + 3
        if let month = monthDate(at: next, .nearest), month.value.grain == .month {
            guard let first = month.value.start, let last = month.value.end else {
                return DateParse(index, month.end, DateValue(timex: "XXXX-XX-XX", grain: .day), .relativeWeekday)
            }
            let date = ordinal.is(.ordinal)
                ? first.adding(days: (day.weekday - first.weekday + 7) % 7 + 7 * (ordinal.number - 1))
                : last.adding(days: -((last.weekday - day.weekday + 7) % 7))
            guard date <= last else { return nil }
            return DateParse(index, month.end, resolver.day(date), .relativeWeekday)
        }
        guard isWord(next, lexicon.grammar.the) || `is`(next, .every), let unit = word(next + 1), unit.is(.unit), unit.unit == .month else { return nil }
        return DateParse(index, next + 2, DateValue(timex: "XXXX-XX-XX", grain: .day), .relativeWeekday)
    }

    /// "the year ended December 31, 2020", "week ended March 4", "the 12
    /// months to March 31": the period that ends on that day. Years and
    /// quarters are named by the year or quarter they end in, weeks by
    /// their last day (as weekly statistics are), longer stretches as durations.
    func periodEnded(at index: Int) -> DateParse? {
        var next = index
        let fiscal = `is`(next, .fiscal)
        if fiscal { next += 1 }
        var amount = 1
        if let count = count(at: next), !count.isArticle, let value = count.amount, value == value.rounded(), value >= 1, `is`(count.end, .units) {
            amount = Int(value)
            next = count.end
        } else if let ordinal = word(next), ordinal.is(.ordinal), `is`(next + 1, .unit) {
            // "the third quarter ended January 31": a fiscal quarter, named by the calendar quarter it ends in.
            next += 1
        } else if integer(next) != nil, attached(next + 1), `is`(next + 1, .ordinalSuffix), `is`(next + 2, .unit) {
            // "the 24th week ended March 27".
            next += 2
        }
        guard let unit = word(next), unit.is([.anyUnit, .period]), unit.is(.period) || [.year, .quarter, .month, .week].contains(unit.unit)
        else { return nil }
        // "the period ended June 30, 2019" says only where the period ends: it is named by that day.
        let length: DateGrain? = unit.is(.period) ? nil : unit.unit
        next += 1
        let grammar = lexicon.grammar
        if isWord(next, grammar.up), isWord(next + 1, grammar.to) {
            // "the week up to and including March 2".
            next += isWord(next + 2, grammar.and) && isWord(next + 3, grammar.including) ? 3 : 1
        }
        guard isWord(next, grammar.ended) || isWord(next, grammar.ending) || isWord(next, grammar.to) || isWord(next, grammar.including),
              let date = monthDate(at: next + 1, .past) ?? positioned(at: next + 1) ?? weekdayDate(at: next + 1, .past) ?? point(at: next + 1),
              date.value.grain == .day || date.value.grain == .month else { return nil }
        guard let length else {
            return DateParse(index, date.end, date.value, .periodEnded)
        }
        guard let end = date.value.end else {
            return DateParse(index, date.end, amount == 1 ? DateResolver.unresolved(length) : DateResolver.duration(Double(amount), length),
                             .periodEnded)
        }
        let (first, _) = DateResolver.interval(of: amount, length, from: end, forward: false)
        var value: DateValue
        switch (amount, length) {
        case (1, .year):
            // A year that ends on another day than December 31 is a fiscal year.
            value = DateValue(timex: DateResolver.pad(end.year, 4), grain: .year, fiscal: fiscal || end.month != 12 || end.day != 31)
        case (1, .quarter): value = resolver.quarter((end.month - 1) / 3 + 1, of: end.year)
        case (1, .month): value = resolver.month(end.month, of: end.year)
        case (1, _): value = DateValue(timex: end.description, grain: .week)
        default: value = DateResolver.duration(Double(amount), length)
        }
        value.start = first
        value.end = end
        return DateParse(index, date.end, value, .periodEnded)
    }

    /// "early 2023", "mid-2024", "late March", "later this year", "earlier
    /// this month", "early in the next decade", "the late 1980s": the period
    /// with its interval narrowed.
    func modified(at index: Int) -> DateParse? {
        guard let word = word(index), word.is(.modifier) else { return nil }
        var next = index + 1
        var viaIn = false
        if isGluedHyphen(next) {
            next += 1
        } else if isWord(next, lexicon.grammar.in) {
            next += 1
            viaIn = true
        }
        guard inside(next) else { return nil }
        let target: DateParse?
        if isWord(next, lexicon.grammar.the) {
            target = determined(at: next)
        } else if `is`(next, .season) {
            target = season(at: next, governed: true, .nearest)
        } else {
            target = point(at: next) ?? gluedUnit(at: next)
        }
        guard let target else { return nil }
        switch word.modifier {
        case .earlier, .later:
            guard viaIn || `is`(next, [.relative, .day]) else { return nil }
        case .early, .mid, .late:
            // "early 2023", "late March", and of days only the relative ones: "late yesterday", "late Friday".
            guard [.year, .month, .decade, .century, .season, .quarter, .half, .week].contains(target.value.grain) || `is`(next, [.day, .weekday])
            else { return nil }
        }
        return DateParse(index, target.end, resolver.narrowed(target.value, word.modifier), target.rule)
    }

    /// "the end of 1986", "the beginning of next year", "end of March", "end-1987", "end-year".
    func positioned(at index: Int) -> DateParse? {
        guard let word = word(index), word.is(.position), isWord(index + 1, lexicon.grammar.of) || isGluedHyphen(index + 1) else { return nil }
        let next = index + 2
        guard inside(next), let target = isWord(next, lexicon.grammar.the) ? determined(at: next) : point(at: next) ?? gluedUnit(at: next),
              ![.duration, .reference, .day].contains(target.value.grain) else { return nil }
        return DateParse(index, target.end, resolver.narrowed(target.value, word.modifier), target.rule)
    }

    /// A unit glued after "end-" or "mid-": "end-year" is the year the
    /// text speaks of, "end-week", "mid-month" the current week or month.
    private func gluedUnit(at index: Int) -> DateParse? {
        guard isGluedHyphen(index - 1), let unit = word(index), unit.is(.unit), [.year, .quarter, .month, .week].contains(unit.unit)
        else { return nil }
        let value = unit.unit == .year ? resolver.year(resolver.referenced(offset: 0)) : resolver.shifted(unit.unit, by: 0)
        return DateParse(index, index + 1, value, .anaphoric)
    }

    /// "fiscal 2025", "fiscal year 1987", "fiscal 1986/87", "FY 2025",
    /// "fiscal first quarter", "fiscal 1987 second half", "calendar 1986".
    func fiscal(at index: Int) -> DateParse? {
        guard `is`(index, [.fiscal, .calendar]) else { return nil }
        let fiscal = `is`(index, .fiscal)
        if let phrase = yearPhrase(at: index, explicitOnly: true) {
            if let period = ordinalPeriod(at: phrase.end, year: phrase.year, fiscal: fiscal) {
                return period.starting(at: index)
            }
            return DateParse(index, phrase.end, resolver.year(phrase.year, fiscal: fiscal), fiscal ? .fiscalYear : .absoluteYear)
        }
        return ordinalPeriod(at: index + 1, fiscal: fiscal)?.starting(at: index)
    }

    /// A fixed phrase from the lexicon: "to date", "the foreseeable future", "a quarter of a century".
    func phrase(at index: Int) -> DateParse? {
        guard `is`(index, .phraseStart) else { return nil }
        let candidates = lexicon.phrases[Int(ids[index])]
        var best: DateParse?
        for candidate in candidates {
            guard case .reference(let timex) = candidate.meaning, matches(candidate.words, at: index),
                  index + candidate.words.count > best?.end ?? index else { continue }
            let reference = timex.hasSuffix("_REF")
            let value = reference ? DateResolver.reference(timex) : DateValue(timex: timex, grain: .duration)
            best = DateParse(index, index + candidate.words.count, value, reference ? .reference : .duration)
        }
        // "up to date" means current, not a time.
        if best != nil, isWord(index - 1, lexicon.grammar.up) { return nil }
        return best
    }

    /// Whether the tokens from `index` on are the words `words`.
    func matches(_ words: [Int32], at index: Int) -> Bool {
        for (offset, id) in words.enumerated() where !isWord(index + offset, id) { return false }
        return true
    }
}
