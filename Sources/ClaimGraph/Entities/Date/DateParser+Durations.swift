/// Rules for lengths of time and the periods counted back from them: "two
/// years", "30-59 days", "five-year", "more than two years", "two years
/// ago", "a year earlier", "every six months".
extension DateParser {
    /// A count before a unit: "two", "30", "1.5", "twenty-five", "a", "a few",
    /// "several". Its amount is nil when vague.
    struct Count {
        var end: Int
        var amount: Double?
        /// "a" or "an": one, but a duration only after a lead word ("for a year").
        var isArticle: Bool
    }

    func count(at index: Int) -> Count? {
        guard inside(index) else { return nil }
        if tokens[index].kind == .number {
            return decimal(index).map { Count(end: index + 1, amount: $0, isArticle: false) }
        }
        guard let word = word(index) else { return nil }
        if word.is(.number) {
            var amount = word.number
            var end = index + 1
            if amount >= 20, amount < 100, amount % 10 == 0, isGluedHyphen(end), let ones = self.word(end + 1), ones.is(.number), ones.number < 10 {
                amount += ones.number
                end += 2
            }
            return Count(end: end, amount: Double(amount), isArticle: false)
        }
        if word.is(.article) {
            return `is`(index + 1, .vague) ? vagueCount(at: index + 1) : Count(end: index + 1, amount: 1, isArticle: true)
        }
        return word.is(.vague) ? vagueCount(at: index) : nil
    }

    /// "few", "several", "couple of".
    private func vagueCount(at index: Int) -> Count {
        Count(end: isWord(index + 1, lexicon.grammar.of) ? index + 2 : index + 1, amount: nil, isArticle: false)
    }

    /// A count and unit, with what follows it: "two years", "10 to 15
    /// years", "10 days to two weeks", "90 days or more", "a year or two",
    /// "five-year", "two years ago" (counted back from the document date),
    /// "a year earlier" (from the year the text speaks of), "years to come".
    /// `led` when a word before allows an "a"/"an" count ("for a year").
    /// Not ages ("70 years old") or fractions ("a quarter of the shares").
    func duration(at index: Int, led: Bool) -> (parse: DateParse, shift: DateWord.Shift?)? {
        guard let first = count(at: index) else { return nil }
        let grammar = lexicon.grammar
        var next = first.end
        if !first.isArticle, first.amount != nil,
           isWord(next, grammar.to) || isWord(next, grammar.or) || isGluedHyphen(next),
           let second = count(at: next + 1), !second.isArticle, second.amount != nil {
            next = second.end
        }
        let hyphenated = isGluedHyphen(next)
        if hyphenated {
            next += 1
        } else if `is`(next, .extent) {
            next += 1
        }
        guard let unit = word(next), unit.is(.anyUnit) else { return nil }
        // "1986 qtr" is a quarter of 1986, not 1986 quarters.
        if first.amount.map({ (1900...2099).contains($0) }) == true, yearNumber(at: index, in: 1900...2099) != nil { return nil }
        next += 1
        // Ages ("70 years old") are not dates; nor is a unit inside a longer compound ("year-on-year").
        if `is`(next, .age) || isGluedHyphen(next) || (isWord(next, grammar.of) && `is`(next + 1, .age)) {
            return nil
        }
        // "a quarter of the shares", "one quarter or 17.8 mln dlrs": fractions, unless led ("for one quarter").
        let fraction = unit.unit == .quarter || unit.unit == .half
        if fraction, isWord(next, grammar.of) || (unit.is(.unit) && !led) { return nil }
        let amount = first.amount
        if isWord(next, grammar.or) {
            if isWord(next + 1, grammar.more) || isWord(next + 1, grammar.less) || isWord(next + 1, grammar.so) || isWord(next + 1, grammar.longer) {
                next += 2
            } else if let other = count(at: next + 1), !other.isArticle, other.amount != nil, !`is`(other.end, .quantity) {
                // "a year or two": a range, valued by its lower bound.
                next = other.end
            }
        } else if isWord(next, grammar.to), let other = count(at: next + 1), !other.isArticle, `is`(other.end, .anyUnit) {
            next = other.end + 1
        }
        if unit.is(.units), isWord(next, grammar.to), isWord(next + 1, grammar.come) {
            return (DateParse(index, next + 2, DateResolver.duration(amount, unit.unit), .duration), nil)
        }
        if !hyphenated, let shift = word(next).flatMap({ $0.is(.shift) ? $0.shift : nil }) {
            let whole = amount.flatMap { $0 == $0.rounded() ? Int($0) : nil }
            switch shift {
            case .ago, .hence:
                let value = whole.map { resolver.shifted(unit.unit, by: shift == .ago ? -$0 : $0) }
                    ?? DateResolver.reference(shift == .ago ? "PAST_REF" : "FUTURE_REF")
                return (DateParse(index, next + 1, value, .ago), shift)
            case .earlier, .later, .before, .after:
                // "a year before" ends its clause; "two years before the merger" does not.
                guard shift == .earlier || shift == .later || endsClause(at: next + 1) else { break }
                let back = shift == .earlier || shift == .before
                let value: DateValue
                if unit.unit == .year, let whole {
                    value = resolver.year(resolver.referenced(offset: back ? -whole : whole))
                } else {
                    value = DateResolver.reference(back ? "PAST_REF" : "FUTURE_REF")
                }
                return (DateParse(index, next + 1, value, .anaphoric), shift)
            }
        }
        guard !first.isArticle || led else { return nil }
        return (DateParse(index, next, DateResolver.duration(amount, unit.unit), .duration), nil)
    }

    /// Qualifiers and the duration they qualify: "almost two years", "more
    /// than two years", "at least another three years", "over a year ago".
    /// A bound ("more than", "over") on a time counted back is a vague reference.
    func qualified(at index: Int) -> DateParse? {
        var next = index
        var bounded = false
        var over = false
        while next < index + 3, let found = qualifier(at: next) {
            next = found.end
            switch found.kind {
            case .approximate, .amount: break
            case .bound: bounded = true
            case .over: over = true
            }
        }
        guard next > index else { return nil }
        guard let (parse, shift) = duration(at: next, led: true) else {
            // "around mid-2024": words that approximate an amount approximate a date too.
            guard !bounded, !over, onlyApproximate(from: index, to: next), let date = longestUnqualified(at: next),
                  date.value.grain != .duration, date.value.grain != .reference else { return nil }
            return date.starting(at: index)
        }
        let countedBack = shift == .ago || shift == .hence
        // "over 70 years" means "during", not "more than": "over" joins only a time counted back, and
        // not after a change or an amount ("the February increase over a year ago", "5 pct over a year ago").
        if over, !countedBack || `is`(index - 1, [.change, .quantity]) || (inside(index - 1) && tokens[index - 1].kind == .number) {
            return nil
        }
        var result = parse.starting(at: index)
        if bounded || over, countedBack {
            result.value = DateResolver.reference(shift == .ago ? "PAST_REF" : "FUTURE_REF")
        }
        return result
    }

    /// Whether the qualifiers from `start` to `end` only approximate ("about",
    /// "around"), rather than add to an amount ("some", "another").
    private func onlyApproximate(from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end {
            guard let found = qualifier(at: index), found.kind == .approximate else { return false }
            index = found.end
        }
        return true
    }

    /// The qualifier (one word or a lexicon phrase) at `index`.
    private func qualifier(at index: Int) -> (end: Int, kind: DateWord.Qualifier)? {
        if let word = word(index), word.is(.qualifier) { return (index + 1, word.qualifier) }
        guard `is`(index, .phraseStart) else { return nil }
        let candidates = lexicon.phrases[Int(ids[index])]
        for candidate in candidates {
            if case .qualifier(let kind) = candidate.meaning, matches(candidate.words, at: index) {
                return (index + candidate.words.count, kind)
            }
        }
        return nil
    }

    /// "every six months", "every few years", "every year", "each quarter": the period of the repetition.
    func every(at index: Int) -> DateParse? {
        guard `is`(index, .every) else { return nil }
        if let unit = word(index + 1), unit.is(.unit), !isGluedHyphen(index + 2) {
            return DateParse(index, index + 2, DateResolver.duration(1, unit.unit), .frequency)
        }
        guard let count = count(at: index + 1), !count.isArticle, let unit = word(count.end), unit.is(.anyUnit) else { return nil }
        return DateParse(index, count.end + 1, DateResolver.duration(count.amount, unit.unit), .frequency)
    }
}
