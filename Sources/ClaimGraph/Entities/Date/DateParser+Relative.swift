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
        let next = index + 1
        if let phrase = yearPhrase(at: afterThe ? index - 1 : index) {
            let anaphoric = kind == .previous || kind == .following || kind == .that
            let rule = phrase.fiscal ? "date.fiscal-year" : anaphoric ? "date.anaphoric" : "date.relative-year"
            return DateParse(index, phrase.end, resolver.year(phrase.year, fiscal: phrase.fiscal), rule)
        }
        // "that" and "same" name only the year the text speaks of ("that year", "the same year").
        guard kind != .that else { return nil }
        if kind != .this, kind != .recent, let count = count(at: next), !count.isArticle,
           let unit = self.word(count.end), unit.is(.anyUnit) {
            return span(index, count.end + 1, kind, count.amount, unit.unit)
        }
        guard let target = self.word(next) else { return nil }
        if target.is(.units) {
            switch kind {
            case .past, .last, .previous, .recent:
                return DateParse(index, next + 1, DateResolver.reference("PAST_REF"), "date.reference")
            case .next, .coming, .following:
                return DateParse(index, next + 1, DateResolver.reference("FUTURE_REF"), "date.reference")
            case .this, .that:
                return nil
            }
        }
        if target.is(.unit) {
            let unit = target.unit
            // "the next year or two".
            if isWord(next + 1, lexicon.grammar.or), let other = count(at: next + 2), !other.isArticle, !`is`(other.end, .quantity) {
                return span(index, other.end, kind, nil, unit)
            }
            let offset: Int
            switch kind {
            case .this: offset = 0
            case .past: return span(index, next + 1, kind, 1, unit)
            case .last: if afterThe { return span(index, next + 1, kind, 1, unit) } else { offset = -1 }
            case .previous: offset = -1
            case .next, .coming, .following: offset = 1
            case .recent, .that: return nil
            }
            return DateParse(index, next + 1, resolver.shifted(unit, by: offset), "date.relative-" + unit.rawValue)
        }
        if target.is(.weekend) {
            switch kind {
            case .this: return DateParse(index, next + 1, resolver.weekend(.current), "date.relative-week")
            case .last, .past, .previous: return DateParse(index, next + 1, resolver.weekend(.before), "date.relative-week")
            case .next, .coming, .following: return DateParse(index, next + 1, resolver.weekend(.after), "date.relative-week")
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
    /// 2025-05-15); a vague amount ("the next several years") is a reference.
    func span(_ start: Int, _ end: Int, _ kind: DateWord.Relative, _ amount: Double?, _ unit: DateGrain) -> DateParse {
        let forward = kind == .next || kind == .coming || kind == .following
        guard let amount else {
            return DateParse(start, end, DateResolver.reference(forward ? "FUTURE_REF" : "PAST_REF"), "date.reference")
        }
        var value = DateResolver.duration(amount, unit)
        if let anchor = resolver.anchor, kind != .previous, kind != .following, amount == amount.rounded() {
            (value.start, value.end) = DateResolver.interval(of: Int(amount), unit, from: anchor, forward: forward)
        }
        return DateParse(start, end, value, "date.span")
    }

    /// A date that begins with "the": "the 1990s", "the fourth quarter of
    /// 1986", "the past six months", "the year", "the autumn", "the end of
    /// 1986", "the five years". When the date modifies the noun after it
    /// ("the fourth quarter profit"), "the" belongs to that noun and is left out.
    func determined(at index: Int) -> DateParse? {
        guard isWord(index, lexicon.grammar.the), inside(index + 1) else { return nil }
        let next = index + 1
        var best: DateParse?
        var standsAlone = false
        func consider(_ candidate: DateParse?, alone: Bool) {
            guard let candidate, candidate.end > best?.end ?? next else { return }
            best = candidate
            standsAlone = alone
        }
        if tokens[next].kind == .number || isApostrophe(next) {
            if let decade = point(at: next), decade.value.grain == .decade { consider(decade, alone: true) }
            consider(namedFiscalYear(at: next), alone: false)
        }
        consider(relative(at: next, afterThe: true), alone: true)
        consider(ordinalPeriod(at: next), alone: true)
        consider(firstPeriods(at: next), alone: false)
        consider(ordinalWeekday(at: next), alone: false)
        consider(periodEnded(at: next), alone: false)
        consider(anaphoricUnit(at: next), alone: false)
        consider(positioned(at: next), alone: false)
        consider(fullYear(at: next), alone: true)
        consider(duration(at: next, led: true).flatMap { $0.shift == nil ? $0.parse : nil }, alone: true)
        if let decade = modified(at: next), decade.value.grain == .decade { consider(decade, alone: true) }
        // "the fall" is the season only after a preposition: "in the fall", not "the fall was steep".
        if `is`(index - 1, .preposition) { consider(season(at: next, governed: true, Direction(cue(before: index))), alone: false) }
        guard let best else { return nil }
        return standsAlone && modifiesNoun(best.end) ? best : best.starting(at: index)
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
            return DateParse(index, next + 1, resolver.weekend(.past), "date.relative-week")
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
                return DateParse(index, next + 1, resolver.year(year, fiscal: fiscal), fiscal ? "date.fiscal-year" : "date.absolute-year")
            }
            if back || ahead {
                return DateParse(index, next + 1, resolver.year(resolver.referenced(offset: back ? -1 : 1)), "date.anaphoric")
            }
            return DateParse(index, next, resolver.year(resolver.referenced(offset: 0), fiscal: fiscal), fiscal ? "date.fiscal-year" : "date.anaphoric")
        case .quarter, .month, .week, .decade:
            guard !fiscal else { return nil }
            if isWord(next, lexicon.grammar.of), let named = monthDate(at: next + 1, .nearest) {
                if unit.unit == .month, named.value.grain == .month {
                    return DateParse(index, named.end, named.value, named.rule)
                }
                if unit.unit == .week, named.value.grain == .day, let day = named.value.start {
                    return DateParse(index, named.end, resolver.week(containing: day), "date.absolute-day")
                }
            }
            if back || ahead {
                return DateParse(index, next + 1, DateResolver.reference(back ? "PAST_REF" : "FUTURE_REF"), "date.reference")
            }
            return DateParse(index, next, resolver.shifted(unit.unit, by: 0), "date.anaphoric")
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
        return DateParse(index, phrase.end + 2, resolver.year(phrase.year, fiscal: true), "date.fiscal-year")
    }

    /// "the first nine months of 1986", "the last three months of the
    /// year", "the first 30 days of March" (after "the"): a stretch from the
    /// start or to the end of a year or month, a duration anchored in it.
    private func firstPeriods(at index: Int) -> DateParse? {
        guard let word = word(index) else { return nil }
        let fromStart = word.is(.ordinal) && word.number == 1
        guard fromStart || (word.is(.relative) && word.relative == .last),
              let count = count(at: index + 1), !count.isArticle, let amount = count.amount, amount == amount.rounded(),
              let unit = self.word(count.end), unit.is(.units), [.day, .week, .month, .quarter].contains(unit.unit) else { return nil }
        var end = count.end + 1
        var bounds: (CalendarDate, CalendarDate)?
        if isWord(end, lexicon.grammar.of), let month = monthDate(at: end + 1, .nearest), month.value.grain == .month {
            end = month.end
            if let first = month.value.start, let last = month.value.end { bounds = (first, last) }
        } else if isWord(end, lexicon.grammar.of), let phrase = yearPhrase(at: end + 1) {
            end = phrase.end
            if let year = phrase.year { bounds = (CalendarDate(unchecked: year, 1, 1), CalendarDate(unchecked: year, 12, 31)) }
        } else if fromStart {
            if let year = resolver.referenced(offset: 0) { bounds = (CalendarDate(unchecked: year, 1, 1), CalendarDate(unchecked: year, 12, 31)) }
        } else {
            return nil
        }
        var value = DateResolver.duration(amount, unit.unit)
        if let (first, last) = bounds {
            (value.start, value.end) = DateResolver.interval(of: Int(amount), unit.unit, from: fromStart ? first : last, forward: fromStart)
        }
        return DateParse(index, end, value, "date.span")
    }

    /// "the third Friday of the month", "the first Monday of March", "the
    /// last Friday of each month" (after "the").
    private func ordinalWeekday(at index: Int) -> DateParse? {
        guard let ordinal = word(index), (ordinal.is(.ordinal) && ordinal.number <= 5) || (ordinal.is(.relative) && ordinal.relative == .last),
              let day = word(index + 1), day.is(.weekday), isWord(index + 2, lexicon.grammar.of) else { return nil }
        let next = index + 3
        if let month = monthDate(at: next, .nearest), month.value.grain == .month {
            guard let first = month.value.start, let last = month.value.end else {
                return DateParse(index, month.end, DateValue(timex: "XXXX-XX-XX", grain: .day), "date.relative-weekday")
            }
            let date = ordinal.is(.ordinal)
                ? first.adding(days: (day.weekday - first.weekday + 7) % 7 + 7 * (ordinal.number - 1))
                : last.adding(days: -((last.weekday - day.weekday + 7) % 7))
            guard date <= last else { return nil }
            return DateParse(index, month.end, resolver.day(date), "date.relative-weekday")
        }
        guard isWord(next, lexicon.grammar.the) || `is`(next, .every), let unit = word(next + 1), unit.is(.unit), unit.unit == .month else { return nil }
        return DateParse(index, next + 2, DateValue(timex: "XXXX-XX-XX", grain: .day), "date.relative-weekday")
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
        }
        guard let unit = word(next), unit.is(.anyUnit), [.year, .quarter, .month, .week].contains(unit.unit) else { return nil }
        next += 1
        let grammar = lexicon.grammar
        guard isWord(next, grammar.ended) || isWord(next, grammar.ending) || isWord(next, grammar.to),
              let date = monthDate(at: next + 1, .past) ?? positioned(at: next + 1),
              date.value.grain == .day || date.value.grain == .month else { return nil }
        guard let end = date.value.end else {
            return DateParse(index, date.end, amount == 1 ? DateResolver.unresolved(unit.unit) : DateResolver.duration(Double(amount), unit.unit),
                             "date.period-ended")
        }
        let (first, _) = DateResolver.interval(of: amount, unit.unit, from: end, forward: false)
        var value: DateValue
        switch (amount, unit.unit) {
        case (1, .year): value = DateValue(timex: DateResolver.pad(end.year, 4), grain: .year, fiscal: fiscal)
        case (1, .quarter): value = resolver.quarter((end.month - 1) / 3 + 1, of: end.year)
        case (1, .month): value = resolver.month(end.month, of: end.year)
        case (1, _): value = DateValue(timex: end.description, grain: .week)
        default: value = DateResolver.duration(Double(amount), unit.unit)
        }
        value.start = first
        value.end = end
        return DateParse(index, date.end, value, "date.period-ended")
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
            target = point(at: next)
        }
        guard let target else { return nil }
        switch word.modifier {
        case .earlier, .later:
            guard viaIn || `is`(next, [.relative, .day]) else { return nil }
        case .early, .mid, .late:
            guard [.year, .month, .decade, .century, .season, .quarter, .half, .week].contains(target.value.grain) else { return nil }
        }
        return DateParse(index, target.end, resolver.narrowed(target.value, word.modifier), target.rule)
    }

    /// "the end of 1986", "the beginning of next year", "end of March", "end-1987".
    func positioned(at index: Int) -> DateParse? {
        guard let word = word(index), word.is(.position), isWord(index + 1, lexicon.grammar.of) || isGluedHyphen(index + 1) else { return nil }
        let next = index + 2
        guard inside(next), let target = isWord(next, lexicon.grammar.the) ? determined(at: next) : point(at: next),
              ![.duration, .reference, .day].contains(target.value.grain) else { return nil }
        return DateParse(index, target.end, resolver.narrowed(target.value, word.modifier), target.rule)
    }

    /// "fiscal 2025", "fiscal year 1987", "fiscal 1986/87", "FY 2025",
    /// "fiscal first quarter", "fiscal 1987 second half".
    func fiscal(at index: Int) -> DateParse? {
        guard `is`(index, .fiscal) else { return nil }
        if let phrase = yearPhrase(at: index, explicitOnly: true) {
            if let period = ordinalPeriod(at: phrase.end, year: phrase.year, fiscal: true) {
                return period.starting(at: index)
            }
            return DateParse(index, phrase.end, resolver.year(phrase.year, fiscal: true), "date.fiscal-year")
        }
        return ordinalPeriod(at: index + 1, fiscal: true)?.starting(at: index)
    }

    /// A fixed phrase from the lexicon: "to date", "the foreseeable future".
    func phrase(at index: Int) -> DateParse? {
        guard `is`(index, .phraseStart), let candidates = lexicon.phrases[ids[index]] else { return nil }
        var best: DateParse?
        for candidate in candidates {
            guard case .reference(let timex) = candidate.meaning, matches(candidate.words, at: index),
                  index + candidate.words.count > best?.end ?? index else { continue }
            best = DateParse(index, index + candidate.words.count, DateResolver.reference(timex), "date.reference")
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
