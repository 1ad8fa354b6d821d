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

    /// The time of each amount of a group. With "respectively" and a list of as
    /// many dates, the amounts take the dates in order; otherwise each takes the
    /// date written right after or right before it, then the date beside its
    /// figure, then the nearest date of the sentence that no other amount has.
    func timesOf(_ group: [Int], figure: Figure) -> [Time] {
        if group.count > 1, let dates = respectiveDates(count: group.count, after: group[0]) {
            return dates.map { time(of: $0) }
        }
        let groupEnd = scan.tokens(of: group[group.count - 1]).upperBound
        let shared = dateAfter(max(groupEnd, figure.trigger.lowerBound >= groupEnd ? figure.trigger.upperBound : groupEnd))
            ?? dateBefore(figure.trigger.lowerBound)
            ?? dateAfterFigure(figure)
        return group.map { amount in
            let tokens = scan.tokens(of: amount)
            if let date = dateAfter(tokens.upperBound) ?? dateBefore(tokens.lowerBound) ?? shared { return time(of: date) }
            return time(of: nearestFreeDate(to: tokens.lowerBound))
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

    /// The DATE entity that starts at `token` after at most two linking words
    /// ("in 1986", "for the year ended ...", "a share in 1986").
    func dateAfter(_ token: Int) -> Int? {
        var position = token
        var skipped = 0
        while position < scan.tokens.upperBound, skipped <= 3 {
            if let entity = scan.entity(at: position) { return label(entity) == .date ? entity : nil }
            let keywords = lexicon.keywords
            let word = scan.word(position)
            guard wordClass(position) == .preposition || wordClass(position) == .adverb
                    || [keywords.a, keywords.per, keywords.share, keywords.the].contains(word) else { return nil }
            position += 1
            skipped += 1
        }
        return nil
    }

    /// The DATE entity that ends right before `token` ("year-ago 199.0 mln dlrs",
    /// "1986 net income").
    func dateBefore(_ token: Int) -> Int? {
        guard token > scan.tokens.lowerBound, let entity = scan.entity(at: token - 1), label(entity) == .date else { return nil }
        return entity
    }

    /// The date right after a figure that precedes its amounts: "revenue for 2019 was".
    private func dateAfterFigure(_ figure: Figure) -> Int? {
        guard figure.trigger.upperBound < scan.tokens.upperBound else { return nil }
        return dateAfter(figure.trigger.upperBound)
    }

    /// The sentence's date nearest to `token` that is not written beside another amount.
    private func nearestFreeDate(to token: Int) -> Int? {
        var best: Int?
        var bestDistance = Int.max
        for entity in scan.entities where label(entity) == .date {
            let tokens = scan.tokens(of: entity)
            if let before = tokens.lowerBound > scan.tokens.lowerBound ? scan.entity(at: tokens.lowerBound - 1) : nil,
               label(before) == .money { continue }
            let distance = tokens.lowerBound > token ? tokens.lowerBound - token : token - tokens.upperBound
            if distance < bestDistance {
                best = entity
                bestDistance = distance
            }
        }
        return best
    }

    /// A list of exactly `count` dates in the sentence, when it says
    /// "respectively" after the amount `amount`.
    private func respectiveDates(count: Int, after amount: Int) -> [Int]? {
        let start = scan.tokens(of: amount).lowerBound
        guard (start..<scan.tokens.upperBound).contains(where: { isWord($0, lexicon.keywords.respectively) }) else { return nil }
        var lists: [[Int]] = []
        var last: Int?
        for entity in scan.entities where label(entity) == .date {
            if let last, dateListContinues(from: scan.tokens(of: last).upperBound, to: scan.tokens(of: entity).lowerBound) {
                lists[lists.count - 1].append(entity)
            } else {
                lists.append([entity])
            }
            last = entity
        }
        return lists.first { $0.count == count }
    }

    private func dateListContinues(from start: Int, to end: Int) -> Bool {
        guard end - start <= 3 else { return false }
        return (start..<end).allSatisfy { isCharacter($0, 0x2C) || isWord($0, lexicon.keywords.and) }
    }
}
