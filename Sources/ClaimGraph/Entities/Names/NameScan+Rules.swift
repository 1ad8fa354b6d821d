/// The rules that propose names from the lexicons and the words around them.
extension NameScan {
    /// Proposes every name the lexicons and the strong rules find; returns the
    /// weak proposals ("X said"), which only count where nothing else, not even
    /// an alias of a name found elsewhere in the document, claims the words.
    mutating func proposeNames() -> [NameCandidate] {
        var weak = [NameCandidate]()
        for sentence in document.sentences {
            let bounds = sentence.tokens
            for index in bounds where !taken[index] {
                proposeLexiconName(at: index)
                if let (match, found) = cueMatch(at: index) {
                    proposeFromCue(found, match: match, at: index, in: bounds, weak: &weak)
                }
                proposeTicker(at: index, in: bounds)
                guard !shouting[index] else { continue }
                if has(index, .designator), isCapitalized(index), !has(index, .stop) {
                    proposeOrganization(endingWith: index, in: bounds)
                }
                if has(index, .givenName), isNameWord(index) {
                    proposePerson(startingWithGivenName: index, in: bounds)
                }
                if tokens[index].kind == .punctuation, unit(index) == 0x2C {
                    proposeApposition(atComma: index, in: bounds)
                }
            }
        }
        return weak
    }

    mutating func propose(_ tokens: Range<Int>, _ label: EntityLabel?, rule: String, priority: NameCandidate.Priority,
                          canonical: String? = nil, end: Int32? = nil) {
        guard !tokens.isEmpty, !tokens.contains(where: { taken[$0] }) else { return }
        candidates.append(NameCandidate(tokens: tokens, start: self.tokens[tokens.lowerBound].start, end: end ?? endOffset(tokens),
                                        label: label, rule: rule, canonical: canonical, priority: priority))
    }

    // MARK: Lexicons

    /// A gazetteer entry (ORG, PERSON, PRODUCT, a user's label, or a suppressed phrase) or a place.
    mutating func proposeLexiconName(at index: Int) {
        if let match = gazetteerMatch(at: index) {
            let entry = lexicon.gazetteer.entries[Int(match.phrase)]
            propose(match.tokens, entry.label, rule: lexicon.gazetteer.rules[Int(match.phrase)], priority: .lexicon,
                    canonical: entry.canonical, end: match.end)
        }
        if isCapitalized(index), let (match, found) = cueMatch(at: index), found.contains(.place) || found.contains(.nationality) {
            propose(match.tokens, nil, rule: "place", priority: .lexicon)
        }
    }

    // MARK: Titles and contexts

    mutating func proposeFromCue(_ found: NameCue, match: PhraseMatcher.Match, at index: Int, in bounds: Range<Int>,
                                 weak: inout [NameCandidate]) {
        var after = match.tokens.upperBound
        if !found.isDisjoint(with: .personTitle), !shouting[index], !isPossessive(after - 1) {
            // "Chairman Sir John Egan", "Chief Executive Officer Dr. Smith": titles in a row.
            while after < bounds.upperBound, let (next, cue) = cueMatch(at: after), !cue.isDisjoint(with: .personTitle) {
                after = next.tokens.upperBound
            }
            if let run = personRun(from: after, limit: bounds.upperBound), !startsNonPerson(run.lowerBound) {
                propose(run, .person, rule: "person.title", priority: .form)
            }
            if found.contains(.title), after + 1 < bounds.upperBound, isText(after, "at") || isText(after, "with"),
               let run = orgRunForward(from: after + 1, limit: bounds.upperBound), !isOnlyNonNames(run) {
                propose(run, .org, rule: "org.role-at", priority: .context)
            }
        }
        guard !shouting[index] else { return }
        if found.contains(.orgFollows), let run = orgRunForward(from: after, limit: bounds.upperBound), !isOnlyNonNames(run),
           !isPossessive(run.upperBound - 1) || run.upperBound == bounds.upperBound || !isNameWord(run.upperBound) {
            propose(run, .org, rule: "org.context", priority: .context)
        }
        if found.contains(.personFollows), let run = personRun(from: after, limit: bounds.upperBound), !startsNonPerson(run.lowerBound) {
            propose(run, .person, rule: "person.context", priority: .context)
        }
        if found.contains(.nameFollows), let run = orgRunForward(from: after, limit: bounds.upperBound) {
            proposeByWords(run, into: &weak)
        }
        guard index > bounds.lowerBound else { return }
        if found.contains(.orgPrecedes),
           let run = orgRunBackward(endingBefore: index, lowerBound: bounds.lowerBound, stopsAtNationality: true), !isOnlyNonNames(run) {
            propose(run, .org, rule: "org.context", priority: .context)
        }
        if found.contains(.personPrecedes),
           let run = orgRunBackward(endingBefore: index, lowerBound: bounds.lowerBound, stopsAtNationality: true), !isOnlyNonNames(run) {
            propose(run, .person, rule: "person.context", priority: .context)
        }
        if found.contains(.namePrecedes),
           let run = orgRunBackward(endingBefore: index, lowerBound: bounds.lowerBound, stopsAtNationality: true), run.count <= 4 {
            proposeByWords(run, into: &weak)
        }
    }

    /// "X said": PERSON when X begins with a given name or is a known surname,
    /// ORG otherwise; nothing when X is a common word ("Dealers said").
    func proposeByWords(_ run: Range<Int>, into weak: inout [NameCandidate]) {
        guard !isOnlyNonNames(run), !run.contains(where: { taken[$0] }) else { return }
        let first = run.lowerBound
        let isPerson = run.count == 1 ? has(first, .surname) && !has(first, .designator)
            : has(first, .givenName) && !run.contains(where: { has($0, .designator) })
        weak.append(NameCandidate(tokens: run, start: tokens[first].start, end: endOffset(run), label: isPerson ? .person : .org,
                                  rule: isPerson ? "person.said" : "org.said", canonical: nil, priority: .weak))
    }

    /// Whether a person's name cannot start here: a known organization, product or place does.
    func startsNonPerson(_ index: Int) -> Bool {
        if has(index, [.place, .nationality, .designator]) { return true }
        guard let match = gazetteerMatch(at: index) else { return false }
        return lexicon.gazetteer.entries[Int(match.phrase)].label != .person
    }

    // MARK: Designators and organization nouns

    /// "Gulf Resources & Chemical Corp.", "Aluminum Co of America",
    /// "New York University", "Center for Data Science".
    mutating func proposeOrganization(endingWith index: Int, in bounds: Range<Int>) {
        let isHead = has(index, .head) && !has(index, [.legalDesignator, .suffixDesignator])
        let left = orgRunBackward(endingBefore: index, lowerBound: bounds.lowerBound, stopsAtNationality: isHead)
        var end = index + 1
        var extended = false
        while end < bounds.upperBound {
            if has(end, .legalDesignator), isCapitalized(end), !isPossessive(end - 1) {
                end += 1
                continue
            }
            if !isPossessive(end - 1), end + 1 < bounds.upperBound,
               isText(end, "of") || (isHead && (isText(end, "for") || isText(end, "on"))) {
                var next = end + 1
                if isText(next, "the"), next + 1 < bounds.upperBound { next += 1 }
                if let run = orgRunForward(from: next, limit: bounds.upperBound) {
                    end = run.upperBound
                    extended = true
                    continue
                }
            }
            break
        }
        guard let start = left?.lowerBound ?? (isHead && extended ? index : nil) else { return }
        if let left, !extended, !isHead, !has(index, .legalDesignator) {
            // "Group" or "Industries" after common words only ("the Investment Group") is a description,
            // and one that more capitalized words follow is inside a title ("Supplemental Financial Information").
            if isOnlyNonNames(left) { return }
            if end < bounds.upperBound, isNameWord(end), !has(end, .title) { return }
        }
        propose(start..<end, .org, rule: isHead ? "org.head" : "org.designator", priority: .form)
    }

    // MARK: People

    /// A given name and a capitalized surname: "Mark Zuckerberg", "Ravid Shwartz-Ziv".
    mutating func proposePerson(startingWithGivenName index: Int, in bounds: Range<Int>) {
        guard let run = personRun(from: index, limit: bounds.upperBound), run.count >= 2 else { return }
        let second = glueEnd(index, limit: bounds.upperBound)
        guard second < run.upperBound, !startsNonPerson(second), !has(second, [.head, .never, .title]) else { return }
        if initial[index], has(index, .commonWord), has(second, .commonWord) && !has(second, .surname) { return }
        propose(run, .person, rule: "person.given-name", priority: .context)
    }

    /// "Ravid Shwartz-Ziv, an assistant professor", "John Smith, 54,": the
    /// words before the comma name a person.
    mutating func proposeApposition(atComma comma: Int, in bounds: Range<Int>) {
        var start = comma
        while start > bounds.lowerBound, comma - start < 4, isNameWord(start - 1) || isInitial(start - 1) || Self.isHyphen(unit(start - 1)) {
            start -= 1
        }
        guard start < comma, isNameWord(start), !isPossessive(comma - 1), !startsNonPerson(start), !isOnlyNonNames(start..<comma) else { return }
        var index = comma + 1
        if index + 1 < bounds.upperBound, tokens[index].kind == .number, unit(index + 1) == 0x2C {
            propose(start..<comma, .person, rule: "person.apposition", priority: .strong)
            return
        }
        if index < bounds.upperBound, isLowercaseText(index, among: ["a", "an", "the"]) { index += 1 }
        var skipped = 0
        while index < bounds.upperBound, skipped <= 2 {
            if let (title, found) = cueMatch(at: index), found.contains(.title) {
                // "..., Chairman Sir John Egan told": the title introduces the next name, not this one.
                let next = title.tokens.upperBound
                if next < bounds.upperBound, isNameWord(next) || has(next, .honorific) { return }
                propose(start..<comma, .person, rule: "person.apposition", priority: .strong)
                return
            }
            guard tokens[index].kind == .word, !isCapitalized(index), !isPossessive(index) else { return }
            skipped += 1
            index += 1
        }
    }

    // MARK: Reuters tickers

    /// "Reuters Holdings Plc <RTRS.L>": the name before the ticker is an ORG and
    /// the ticker is not; "<I P Sharp Associates Ltd>": the name inside is an ORG.
    mutating func proposeTicker(at index: Int, in bounds: Range<Int>) {
        guard unit(index) == 0x3C, tokens[index].length == 1 else { return }
        var close = index + 1
        while close < bounds.upperBound, close - index <= 10, unit(close) != 0x3E { close += 1 }
        guard close < bounds.upperBound, unit(close) == 0x3E, close > index + 1 else { return }
        let inside = (index + 1)..<close
        let isTicker = inside.count == 1 && tokens[index + 1].kind == .word && !text[tokens[index + 1].range].contains { $0 &- 0x61 < 26 }
        if isTicker {
            propose(inside, nil, rule: "ticker", priority: .lexicon)
            if !shouting[index], index > bounds.lowerBound,
               let run = orgRunBackward(endingBefore: index, lowerBound: bounds.lowerBound, stopsAtNationality: false), !isOnlyNonNames(run) {
                propose(run, .org, rule: "org.ticker", priority: .strong)
            }
        } else if inside.allSatisfy({ isCapitalized($0) || tokens[$0].kind != .word || has($0, .stop) }), isCapitalized(inside.lowerBound) {
            propose(inside, .org, rule: "org.bracket", priority: .form)
        }
    }
}
