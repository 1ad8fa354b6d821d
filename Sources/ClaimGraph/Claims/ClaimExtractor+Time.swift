/// The time of a claim: the DATE its figure or event belongs to.
extension ClaimExtractor {
    /// A claim's time and how it is bounded.
    struct Time {
        var entity: Int?
        var qualifier: TimeQualifier?

        init(_ entity: Int?, qualifier: TimeQualifier? = nil) {
            self.entity = entity
            self.qualifier = qualifier
        }
    }

    /// The time of each amount of a group. With a list of as many dates
    /// ("respectively", or a list right after the amounts: "$799.0 billion and
    /// $545.5 billion ... at December 31, 2020 and 2019"), the amounts take the
    /// dates in order. Otherwise each takes the date written right after or
    /// right before it, then the date beside its figure, then the nearest
    /// earlier date of the sentence that no other amount has ("In 2017, Abbott
    /// recorded a $45 million gain"). An amount that continues another's
    /// figure ("up from $4.5 million") takes only a date written beside it.
    /// `owned` holds the sentence's ``ownedDates()``.
    func timesOf(_ group: [Int], figure: Figure, owned: [Int]) -> [Time] {
        if group.count > 1, let dates = listedDates(count: group.count, after: group[0]) {
            return dates.map { time(of: $0) }
        }
        let continued = figure.rule == .figureContinued
        let groupEnd = scan.tokens(of: group[group.count - 1]).upperBound
        let shared = continued ? dateAfter(groupEnd)
            : dateAfter(max(groupEnd, figure.trigger.lowerBound >= groupEnd ? figure.trigger.upperBound : groupEnd))
                ?? dateBefore(figure.trigger.lowerBound)
                ?? dateAfterFigure(figure)
        return group.map { amount in
            let tokens = scan.tokens(of: amount)
            if let date = dateAfter(tokens.upperBound) ?? dateBefore(tokens.lowerBound) ?? shared { return time(of: date) }
            if continued { return Time(nil) }
            return time(of: clauseDate(after: groupEnd, owned: owned) ?? nearestFreeDate(before: tokens.lowerBound, owned: owned))
        }
    }

    /// A date entity with the words after it that bound it: "fall or later".
    func time(of entity: Int?) -> Time {
        guard let entity else { return Time(nil) }
        let end = scan.tokens(of: entity).upperBound
        let keywords = lexicon.keywords
        guard end + 1 < scan.tokens.upperBound else { return Time(entity) }
        if isWord(end, keywords.or), isWord(end + 1, keywords.later) { return Time(entity, qualifier: .orLater) }
        if isWord(end, keywords.or), isWord(end + 1, keywords.earlier) { return Time(entity, qualifier: .orEarlier) }
        if end + 2 < scan.tokens.upperBound, isWord(end, keywords.at), isWord(end + 1, keywords.the) {
            if isWord(end + 2, keywords.earliest) { return Time(entity, qualifier: .orLater) }
            if isWord(end + 2, keywords.latest) { return Time(entity, qualifier: .orEarlier) }
        }
        return Time(entity)
    }

    /// The DATE entity that starts at `token` after at most three linking words
    /// ("in 1986", "for the year ended ...", "a share in 1986", "reported for
    /// February 1986"), unless it is written before another amount and so is
    /// that amount's ("from year-ago 199.0 mln dlrs").
    func dateAfter(_ token: Int) -> Int? {
        var position = token
        var skipped = 0
        while position < scan.tokens.upperBound, skipped <= 3 {
            if let entity = scan.entity(at: position) {
                guard kind(entity) == .date else { return nil }
                let end = scan.tokens(of: entity).upperBound
                return end < scan.tokens.upperBound && scan.entity(at: end).map { kind($0) == .money } == true ? nil : entity
            }
            let keywords = lexicon.keywords
            let word = scan.word(position)
            guard wordClass(position) == .preposition || wordClass(position) == .adverb || isPastParticiple(position)
                    || [keywords.a, keywords.per, keywords.share, keywords.the].contains(word) else { return nil }
            position += 1
            skipped += 1
        }
        return nil
    }

    /// The DATE entity that ends right before `token` ("year-ago 199.0 mln dlrs",
    /// "1986 net income", "1985's 121.3 mln").
    func dateBefore(_ token: Int) -> Int? {
        var previous = token - 1
        if previous - 2 >= scan.tokens.lowerBound, isCharacter(previous, 0x73), isQuote(previous - 1) { previous -= 2 }
        guard previous >= scan.tokens.lowerBound, let entity = scan.entity(at: previous), kind(entity) == .date else { return nil }
        return entity
    }

    /// The first date after `token` across the noun and prepositional phrases
    /// that follow it, before any other amount, verb or comparison: "invested 209 mln dlrs
    /// in property, plant and equipment in 1986" (not "..., adjusted for a stock
    /// split in May 1986", nor "a loan maturing in June").
    private func clauseDate(after token: Int, owned: [Int]) -> Int? {
        var position = token
        while position < scan.tokens.upperBound, !isClauseBreak(position) {
            if let entity = scan.entity(at: position) {
                if kind(entity) == .date, !owned.contains(entity) { return entity }
                if kind(entity) == .money { return nil }
                position = scan.tokens(of: entity).upperBound
                continue
            }
            // An "-ing" word after a noun starts a modifier ("a loan maturing in June"); after
            // a preposition or determiner it is an adjective ("to opening fiscal 2019 retained earnings").
            let modifierStart = isPresentParticiple(position) && position > token
                && ![.preposition, .determiner].contains(wordClass(position - 1))
            let verbal = [.verb, .be, .link, .pronoun].contains(wordClass(position)) || isPastParticiple(position) || modifierStart
            if verbal || isComparison(position) { return nil }
            position += 1
        }
        return nil
    }

    /// The dates of the sentence written right beside an amount, which belong to it.
    func ownedDates() -> [Int] {
        var owned: [Int] = []
        for entity in scan.entities where kind(entity) == .money {
            let tokens = scan.tokens(of: entity)
            if let date = dateAfter(tokens.upperBound) { owned.append(date) }
            if let date = dateBefore(tokens.lowerBound) { owned.append(date) }
        }
        return owned
    }

    /// The date right after a figure that precedes its amounts: "revenue for 2019 was".
    private func dateAfterFigure(_ figure: Figure) -> Int? {
        guard figure.trigger.upperBound < scan.tokens.upperBound else { return nil }
        return dateAfter(figure.trigger.upperBound)
    }

    /// The sentence's nearest date before `token` that is not written beside
    /// an amount (in `owned`).
    private func nearestFreeDate(before token: Int, owned: [Int]) -> Int? {
        return scan.entities.last { kind($0) == .date && scan.tokens(of: $0).upperBound <= token && !owned.contains($0) }
    }

    /// A list of exactly `count` dates for the amounts from `amount` on: the
    /// first such list of the sentence when it says "respectively", else one
    /// that follows the amounts closely.
    private func listedDates(count: Int, after amount: Int) -> [Int]? {
        let start = scan.tokens(of: amount).lowerBound
        let lists = runs(of: .dates)
        let candidates = lists.filter { $0.count == count }
        if (start..<scan.tokens.upperBound).contains(where: { isWord($0, lexicon.keywords.respectively) }) { return candidates.first }
        return candidates.first { list in
            let listStart = scan.tokens(of: list[0]).lowerBound
            return listStart > start && listStart - start <= 14
        }
    }

    func dateListContinues(from start: Int, to end: Int) -> Bool {
        guard end - start <= 3 else { return false }
        return (start..<end).allSatisfy { isCharacter($0, 0x2C) || isWord($0, lexicon.keywords.and) }
    }
}
