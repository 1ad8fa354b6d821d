/// Money claims: each MONEY amount of a sentence gets the figure it is the
/// value of ("capital expenditures", "net income", "spend"), a subject and a time.
extension ClaimExtractor {
    /// A figure found for a group of amounts: its predicate (nil for a
    /// "metric"), the words that name it, how closely they link to the amounts
    /// (the best score wins) and the rule that found it.
    struct Figure {
        var predicate: Int?
        var trigger: Range<Int>
        var score: Int
        var rule: ClaimRule
    }

    /// Adds a claim for every amount of the sentence that has a figure, except
    /// the amounts in `skipping` (prices already claimed).
    func addFigureClaims(to drafts: inout [ClaimDraft], skipping: [Int]) {
        var groups: [[Int]] = []
        for group in amountGroups() where isFigureGroup(group, skipping: skipping) { groups.append(group) }
        guard !groups.isEmpty else { return }
        let owned = ownedDates()
        var previous: Figure?
        for (index, group) in groups.enumerated() {
            var figure = bestFigure(for: group)
            // "..., up from $4.5 million": the figure words beside the amount outrank the
            // previous amount's figure; words further away do not.
            if (figure?.score ?? 0) < 85, let previous, index > 0,
               continues(from: groups[index - 1], to: group, figure: previous) {
                figure = Figure(predicate: previous.predicate, trigger: previous.trigger, score: 60, rule: .figureContinued)
            }
            guard let figure else { continue }
            previous = figure
            let times = timesOf(group, figure: figure, owned: owned)
            for (amount, time) in zip(group, times) {
                let amountTokens = scan.tokens(of: amount)
                // A continued amount's own words start where it does ("and Pan Am 1.95 million dlrs").
                let core = figure.rule == .figureContinued ? amountTokens
                    : min(figure.trigger.lowerBound, amountTokens.lowerBound)..<max(figure.trigger.upperBound, amountTokens.upperBound)
                var draft = ClaimDraft(predicate: figure.predicate, rule: figure.rule, trigger: figure.trigger, core: core)
                draft.object = .entity(amount)
                draft.time = time.entity
                draft.qualifiers = ClaimQualifiers(amount: document.entities[amount].money?.qualifier,
                                                   per: document.entities[amount].money?.per, time: time.qualifier,
                                                   perShare: isPerShare(amount))
                let labels = figure.predicate.map { lexicon.predicates[$0].subjectLabels } ?? [.org]
                guard resolveSubject(of: &draft, labels: labels, phraseStart: figure.trigger.lowerBound) else { continue }
                drafts.append(draft)
            }
        }
    }

    /// Whether a group of amounts may have a figure: none is in `skipping` or
    /// a unit price, and not all are changes.
    private func isFigureGroup(_ group: [Int], skipping: [Int]) -> Bool {
        var allChanges = true
        for amount in group {
            if skipping.contains(amount) || isUnitPrice(amount) { return false }
            if allChanges, !isChange(amount) { allChanges = false }
        }
        return !allChanges
    }

    /// Whether an amount is the price of a unit of goods: "1,880 dlrs a tonne",
    /// "18 dlrs per barrel" (the amount is a market price, not a figure of the
    /// sentence's organization).
    private func isUnitPrice(_ amount: Int) -> Bool {
        unitAfter(amount).map { wordClass($0) == .unit } ?? false
    }

    /// Whether an amount is followed by "a share", "per share" or "share".
    private func isPerShare(_ amount: Int) -> Bool {
        unitAfter(amount).map { isWord($0, lexicon.keywords.share) } ?? false
    }

    /// The word after an amount, after "a" or "per" if there is one: what the amount is a rate of.
    private func unitAfter(_ amount: Int) -> Int? {
        var position = scan.tokens(of: amount).upperBound
        if position < scan.tokens.upperBound, isWord(position, lexicon.keywords.a) || isWord(position, lexicon.keywords.per) { position += 1 }
        return position < scan.tokens.upperBound ? position : nil
    }

    /// Whether an amount is the size of a change with the new level right
    /// after it: "fell 205.7 mln dlrs to 2.01 billion dlrs" claims the level
    /// only, and "shares fell nine marks to 356" claims nothing.
    private func isChange(_ amount: Int) -> Bool {
        let tokens = scan.tokens(of: amount)
        return tokens.lowerBound > scan.tokens.lowerBound && wordClass(tokens.lowerBound - 1) == .link
            && tokens.upperBound < scan.tokens.upperBound && isWord(tokens.upperBound, lexicon.keywords.to)
    }

    /// The sentence's MONEY entities, grouped where they form a list ("$322
    /// million, $298 million, and $262 million"; "10.2 mln dlrs or 1.10 dlrs").
    func amountGroups() -> [[Int]] {
        runs(of: .amounts)
    }

    /// The kinds of entity list the rules read.
    enum EntityList {
        /// MONEY entities: "$322 million, $298 million, and $262 million".
        case amounts
        /// DATE entities: "2020, 2019 and 2018".
        case dates

        /// The kind of the entities in the list.
        var kind: SentenceScan.EntityKind {
            switch self {
            case .amounts: .money
            case .dates: .date
            }
        }
    }

    /// The sentence's MONEY or DATE entities, in runs: an entity joins the run
    /// before it when the tokens between them (from the end of one to the start
    /// of the next) only join a list of amounts, or of dates.
    func runs(of list: EntityList) -> [[Int]] {
        var runs: [[Int]] = []
        var last: Int?
        for entity in scan.entities where kind(entity) == list.kind {
            if let last, continuesList(list, from: scan.tokens(of: last).upperBound, to: scan.tokens(of: entity).lowerBound) {
                runs[runs.count - 1].append(entity)
            } else {
                runs.append([entity])
            }
            last = entity
        }
        return runs
    }

    /// Whether the tokens from `start` to `end` join two entities of `list`.
    private func continuesList(_ list: EntityList, from start: Int, to end: Int) -> Bool {
        switch list {
        case .amounts: joinsList(from: start, to: end)
        case .dates: dateListContinues(from: start, to: end)
        }
    }

    /// Whether the tokens between two amounts only join them into a list.
    private func joinsList(from start: Int, to end: Int) -> Bool {
        guard end - start <= 5 else { return false }
        let keywords = lexicon.keywords
        // "10.2 mln dlrs or 1.10 dlrs a share", "4.46 dlrs per share or 139.2 mln dlrs"
        for token in start..<end where !(isCharacter(token, 0x2C) || [keywords.and, keywords.or, keywords.a, keywords.per, keywords.share].contains(scan.word(token))) {
            return false
        }
        return (start..<end).contains { isCharacter($0, 0x2C) || isWord($0, keywords.and) || isWord($0, keywords.or) } || start == end
    }

    /// Whether a group of amounts continues the previous group's figure: "rose to
    /// $67.7 million from $4.5 million", "$39 million in 2018 and $109 million in
    /// 2017", "invested 209 mln dlrs in property, plant and equipment in 1986, up
    /// from 181 mln dlrs". The words between name no other figure and no
    /// organization or person, and are few or end in a comparison ("from",
    /// "against", "compared to"); or they are "and" and a name, an ellipsis
    /// ("$1.5 mln and Pan Am 1.95 mln").
    private func continues(from previous: [Int], to group: [Int], figure: Figure) -> Bool {
        let start = scan.tokens(of: previous[previous.count - 1]).upperBound
        let end = scan.tokens(of: group[0]).lowerBound
        // "..., American Airlines was penalized 1.5 mln dlrs and Pan American World Airways 1.95 million dlrs"
        if end - start >= 2, isWord(start, lexicon.keywords.and) || isCharacter(start, 0x2C),
           let named = scan.entity(at: start + 1), [.org, .person].contains(label(named)), scan.tokens(of: named) == start + 1..<end {
            return true
        }
        var units = 0
        var token = start
        while token < end {
            if isClauseBreak(token) { return false }
            if let entity = scan.entity(at: token) {
                guard kind(entity) == .date || kind(entity) == .money && isChange(entity) else { return false }
                token = scan.tokens(of: entity).upperBound
            } else {
                token += 1
            }
            units += 1
        }
        let compares = (max(start, end - 3)..<end).contains { isComparison($0) }
        guard units <= 8 || compares else { return false }
        return scan.matches.allSatisfy { match in
            guard match.start >= start, match.end <= end, case .trigger(let predicate, _) = lexicon.cues[Int(match.cue)] else { return true }
            return lexicon.predicates[predicate].name == ClaimLexicon.noClaim || figure.trigger.contains(match.start)
        }
    }

    /// The best figure for a group of amounts, scored by how the words link to it.
    private func bestFigure(for group: [Int]) -> Figure? {
        let first = scan.tokens(of: group[0]).lowerBound
        let last = scan.tokens(of: group[group.count - 1]).upperBound
        var candidates: [Figure] = []
        if let figure = figureAfter(last) { candidates.append(figure) }
        if let figure = figureBefore(first) { candidates.append(figure) }
        if let figure = actionBefore(first) { candidates.append(figure) }
        if let figure = distantFigure(before: first, group: group) { candidates.append(figure) }
        if candidates.isEmpty, document.organization != nil, let subject = clauseSubject(before: first) {
            // In a filing every amount is some figure: "We recognized a cumulative effect adjustment ... by $12 million".
            return figure(named: subject, score: 50, rule: .metric)
        }
        return candidates.max { $0.score < $1.score }
    }

    /// "$72 billion in capital expenditures", "$337 million of stranded tax
    /// effects", "a $45 million gain".
    private func figureAfter(_ end: Int) -> Figure? {
        var end = end
        // "$7.2 billion and $6.5 billion, respectively, of trading assets"
        if end + 2 < scan.tokens.upperBound, isCharacter(end, 0x2C), isWord(end + 1, lexicon.keywords.respectively) {
            end += isCharacter(end + 2, 0x2C) ? 3 : 2
        }
        guard end < scan.tokens.upperBound else { return nil }
        var start = end
        var score = 100
        if isWord(end, lexicon.keywords.in) || isWord(end, lexicon.keywords.on) {
            start += 1
            score = 98
        } else if isWord(end, lexicon.keywords.of) {
            // "sold $185 million of receivables": after a verb such as "sold", "of" names what was sold.
            start += 1
            score = 88
        }
        guard start < scan.tokens.upperBound, let phrase = phrase(startingAt: start) else { return nil }
        return figure(named: phrase, score: score, rule: .figureAfterAmount)
    }

    /// "net income rose to $5 million", "revenue of $5 million", "Amortization
    /// expense was $322 million".
    private func figureBefore(_ start: Int) -> Figure? {
        var position = start - 1
        var gap = 0
        while position >= scan.tokens.lowerBound, gap <= 6 {
            if let entity = scan.entity(at: position), kind(entity) == .date {
                position = scan.tokens(of: entity).lowerBound - 1
            } else if isDateListComma(position) || (isWord(position, lexicon.keywords.and) && position > scan.tokens.lowerBound
                        && scan.entity(at: position - 1).map { kind($0) == .date } == true) {
                position -= 1
            } else if isLinking(position) {
                position -= 1
            } else {
                break
            }
            gap += 1
        }
        guard position >= scan.tokens.lowerBound, isNominal(position) else { return nil }
        let start = phraseStart(head: position)
        guard gap > 0 || start == scan.tokens.lowerBound else { return nil }
        // "statements of income were $3 billion": when a verb links the amount, the figure is the
        // clause's subject, not a noun inside its prepositional phrases ("revenues of $239
        // million" links with "of" and needs no subject).
        let linkedByOf = gap == 1 && isWord(position + 1, lexicon.keywords.of)
        if !linkedByOf, followsPreposition(start) {
            guard document.organization != nil, let subject = clauseSubject(before: start) else { return nil }
            return figure(named: subject, score: 80, rule: .figureBeforeAmount)
        }
        return figure(named: start..<position + 1, score: 95 - gap, rule: .figureBeforeAmount)
    }

    /// Whether the noun phrase starting at `start` is the object of a
    /// preposition inside a clause ("of the quarterly dividend", "in our
    /// statements of income"); a preposition that opens the clause ("With total
    /// assets of ...,") does not count.
    private func followsPreposition(_ start: Int) -> Bool {
        var before = start - 1
        while before >= scan.tokens.lowerBound, wordClass(before) == .determiner || (scan.isPossessive(before) && scan.entity(at: before) == nil) {
            before -= 1
        }
        guard before >= scan.tokens.lowerBound, wordClass(before) == .preposition else { return false }
        return before > scan.tokens.lowerBound && !isCharacter(before - 1, 0x2C)
    }

    /// The first noun phrase of the clause that holds `token`: the subject of
    /// "The income tax benefit related to stock-based compensation expense was
    /// $297 million". The clause starts the sentence, or follows an opening
    /// phrase that begins with a preposition and ends with a comma ("As of
    /// December 31, 2020 and 2019, the cash surrender value ... was").
    private func clauseSubject(before token: Int) -> Range<Int>? {
        var start = scan.tokens.lowerBound
        for position in scan.tokens.lowerBound..<token where isClauseBreak(position) { start = position + 1 }
        if wordClass(start) == .preposition || wordClass(start) == .adverb,
           let comma = (start..<token).first(where: { isCharacter($0, 0x2C) && scan.entity(at: $0) == nil && !isDateListComma($0) }) {
            start = comma + 1
        }
        var first = start
        while first < token {
            if isNominal(first), let phrase = phrase(startingAt: first) { return phrase }
            first += 1
        }
        return nil
    }

    /// Whether the comma at `token` only separates two dates of a list ("2020, 2019 and 2018").
    private func isDateListComma(_ token: Int) -> Bool {
        guard token > scan.tokens.lowerBound, token + 1 < scan.tokens.upperBound,
              let before = scan.entity(at: token - 1), let after = scan.entity(at: token + 1) else { return false }
        return kind(before) == .date && kind(after) == .date
    }

    /// Whether `token` may stand between a figure and its amount: "was", "rose
    /// to", "of about", "totalled".
    private func isLinking(_ token: Int) -> Bool {
        switch wordClass(token) {
        case .link?, .be?, .adverb?: return true
        case .preposition?:
            let keywords = lexicon.keywords
            return [keywords.of, keywords.to, keywords.at, keywords.by, keywords.from].contains(scan.word(token))
        default: return false
        }
    }

    /// "plans to spend up to $72 billion", "raised 35 mln dlrs".
    private func actionBefore(_ start: Int) -> Figure? {
        for match in scan.matches where match.end <= start && match.end >= start - 4 {
            guard case .trigger(let predicate, let drops) = lexicon.cues[Int(match.cue)],
                  lexicon.predicates[predicate].frame == .action else { continue }
            var between = match.end
            var modifiers = 0
            while between < start {
                if wordClass(between) == .adverb || wordClass(between) == .determiner {
                    between += 1
                } else if modifiers < 2, scan.entity(at: between) == nil, document.tokens[between].kind == .word,
                          ![.conjunction, .be, .pronoun, .preposition].contains(wordClass(between)) {
                    between += 1
                    modifiers += 1
                } else {
                    break
                }
            }
            guard between == start else { continue }
            let trigger = match.start..<(drops ? match.end - 1 : match.end)
            return Figure(predicate: predicate, trigger: trigger, score: 90 - (start - match.end), rule: .action)
        }
        return nil
    }

    /// Figure words earlier in the sentence with other words between: "Net
    /// earnings allocated to common shares in 2019, 2018 and 2017 were $3.666
    /// billion". The nearest figure that is not the object of a preposition
    /// wins, as it heads the clause's subject or object ("Depreciation expense,
    /// including the depreciation expense of assets under finance leases,
    /// totaled ...", "lowered the dividend on its preferred stock to 75 cts").
    private func distantFigure(before start: Int, group: [Int]) -> Figure? {
        var floor = max(scan.tokens.lowerBound, start - 20)
        for token in floor..<start {
            let blocks = isClauseBreak(token) || (wordClass(token) == .conjunction && !isWord(token, lexicon.keywords.and))
                || scan.entity(at: token).map { kind($0) == .money && !group.contains($0) && !isChange($0) } == true
            if blocks { floor = token + 1 }
        }
        var best: SentenceScan.Match?
        for match in scan.matches where match.start >= floor && match.end <= start {
            guard case .trigger(let predicate, _) = lexicon.cues[Int(match.cue)],
                  lexicon.predicates[predicate].frame == .figure else { continue }
            if let current = best, current.end > match.end || (current.end == match.end && current.start <= match.start) { continue }
            if followsPreposition(phraseStart(head: match.end - 1)) || lexicon.predicates[predicate].name == ClaimLexicon.noClaim { continue }
            // "income tax benefit": the phrase goes on, so "income tax" is not what it names.
            if match.end < start, isNominal(match.end) { continue }
            best = match
        }
        guard let best, case .trigger(let predicate, _) = lexicon.cues[Int(best.cue)] else { return nil }
        let trigger = phraseStart(head: best.end - 1)..<best.end
        return Figure(predicate: predicate, trigger: min(trigger.lowerBound, best.start)..<best.end,
                      score: 70 - (start - best.end), rule: .figureDistant)
    }

    /// The figure a noun phrase names: the listed figure words that end it
    /// ("pre-tax profits" in "Jaguar's pre-tax profits"), or a "metric" when none do.
    private func figure(named phrase: Range<Int>, score: Int, rule: ClaimRule) -> Figure? {
        var best: SentenceScan.Match?
        for match in scan.matches where match.end == phrase.upperBound && match.start >= phrase.lowerBound {
            guard case .trigger(let predicate, _) = lexicon.cues[Int(match.cue)],
                  lexicon.predicates[predicate].frame == .figure else { continue }
            if let current = best, current.start <= match.start { continue }
            best = match
        }
        if let best, case .trigger(let predicate, _) = lexicon.cues[Int(best.cue)], lexicon.predicates[predicate].name == ClaimLexicon.noClaim {
            return nil
        }
        guard let best, case .trigger(let predicate, _) = lexicon.cues[Int(best.cue)] else {
            // In news most unlisted noun phrases beside an amount are not figures
            // ("shares were down 2p"); in a filing every amount is some figure.
            guard document.organization != nil else { return nil }
            return Figure(predicate: nil, trigger: phrase, score: 72, rule: .metric)
        }
        return Figure(predicate: predicate, trigger: phrase, score: score, rule: rule)
    }
}
