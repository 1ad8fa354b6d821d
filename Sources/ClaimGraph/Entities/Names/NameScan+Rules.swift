/// The rules that propose names from the lexicons and the words around them.
extension NameScan {
    /// Proposes every name the lexicons and the strong rules find; returns the
    /// weak proposals ("X said"), which only count where nothing else, not even
    /// an alias of a name found elsewhere in the document, claims the words.
    func proposeNames() -> [NameCandidate] {
        var weak = [NameCandidate]()
        for sentence in document.sentences {
            let bounds = sentence.tokens
            for index in bounds where !marks[index].taken {
                // Only cues that begin a rule below, or name a place, matter here.
                let cued = marks[index].cueStarts.isDisjoint(with: NameCue.context.union([.place, .nationality])) ? nil : cueMatch(at: index)
                if marks[index].startsName || cued != nil {
                    proposeLexiconName(at: index, cued: cued)
                }
                if let (match, found) = cued, !found.isDisjoint(with: .context) {
                    proposeFromCue(found, match: match, at: index, in: bounds, weak: &weak)
                }
                if unit(index) == 0x3C, tokens[index].length == 1 {
                    proposeTicker(at: index, in: bounds)
                }
                guard !marks[index].shouting else {
                    if has(index, .legalDesignator), index + 1 == bounds.upperBound || unit(index + 1) != 0x3C {
                        proposeHeadlineName(endingBefore: index + 1, in: bounds)
                    }
                    continue
                }
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

    func propose(_ tokens: Range<Int>, _ label: EntityLabel?, rule: String, priority: NameCandidate.Priority,
                 canonical: String? = nil, end: Int32? = nil) {
        guard !tokens.isEmpty, !tokens.contains(where: { marks[$0].taken }) else { return }
        candidates.append(NameCandidate(tokens: tokens, start: self.tokens[tokens.lowerBound].start, end: end ?? endOffset(tokens),
                                        label: label, rule: rule, canonical: canonical, priority: priority))
    }

    // MARK: Lexicons

    /// A gazetteer entry (ORG, PERSON, PRODUCT, a user's label, or a suppressed phrase) or a place.
    /// `cued` is the cue phrase at `index` (``cueMatch(at:limit:)``).
    func proposeLexiconName(at index: Int, cued: (match: PhraseMatcher.Match, cue: NameCue)?) {
        if let match = gazetteerMatch(at: index) {
            let entry = lexicon.gazetteer.entries[Int(match.phrase)]
            propose(match.tokens, entry.label, rule: lexicon.gazetteer.rules[Int(match.phrase)], priority: .lexicon,
                    canonical: entry.canonical, end: match.end)
        }
        if isCapitalized(index), let (match, found) = cued, found.contains(.place) || found.contains(.nationality) {
            propose(match.tokens, nil, rule: "place", priority: .lexicon)
        }
    }

    // MARK: Titles and contexts

    func proposeFromCue(_ found: NameCue, match: PhraseMatcher.Match, at index: Int, in bounds: Range<Int>,
                        weak: inout [NameCandidate]) {
        var after = match.tokens.upperBound
        if !found.isDisjoint(with: .personTitle), !marks[index].shouting, !isPossessive(after - 1) {
            // "Chairman Sir John Egan", "Chief Executive Officer Dr. Smith": titles in a row.
            while after < bounds.upperBound, let (next, cue) = cueMatch(at: after), !cue.isDisjoint(with: .personTitle) {
                after = next.tokens.upperBound
            }
            // "official Times of Zambia": one common word after a title is not a name.
            if let run = personRun(from: after, limit: bounds.upperBound), !startsNonPerson(run.lowerBound),
               run.count > 1 || !has(run.lowerBound, .commonWord) || has(run.lowerBound, .surname) {
                propose(run, .person, rule: "person.title", priority: .form)
            }
            if found.contains(.title), after + 1 < bounds.upperBound, isText(after, "at") || isText(after, "with"),
               let run = orgRunForward(from: after + 1, limit: bounds.upperBound), !isOnlyNonNames(run) {
                propose(run, .org, rule: "org.role-at", priority: .context)
            }
        }
        guard !marks[index].shouting else { return }
        if found.contains(.orgFollows), let run = orgRunForward(from: after, limit: bounds.upperBound), !isOnlyNonNames(run),
           !isPossessive(run.upperBound - 1) || run.upperBound == bounds.upperBound || !isNameWord(run.upperBound) {
            propose(run, .org, rule: "org.context", priority: .context)
        }
        if found.contains(.personFollows), let run = personRun(from: after, limit: bounds.upperBound), !startsNonPerson(run.lowerBound) {
            propose(run, .person, rule: "person.context", priority: .context)
        }
        if found.contains(.nameFollows), let run = orgRunForward(from: after, limit: bounds.upperBound) {
            // "said Crandall Hays of Robert W. Baird Co.", "said Harold Nathan, economist at ...": a person.
            let next = run.upperBound
            // "said Metropole aimed to ...": the name begins a reported clause, and tells nothing.
            let attributed = next < bounds.upperBound && (unit(next) == 0x2C || isLowercaseText(next, among: Self.attributionLinks))
            if attributed || next == bounds.upperBound || next + 1 == bounds.upperBound && tokens[next].kind == .punctuation {
                proposeByWords(run, attributed: attributed, into: &weak)
            }
        }
        guard index > bounds.lowerBound else { return }
        if found.contains(.orgPrecedes),
           let run = orgRunBackward(endingBefore: index, lowerBound: bounds.lowerBound, stopsAtNationality: true), !isOnlyNonNames(run) {
            propose(run, .org, rule: "org.context", priority: .context)
        }
        if found.contains(.personPrecedes), let run = personRunBackward(endingBefore: index, lowerBound: bounds.lowerBound),
           !isOnlyNonNames(run), run.count > 1 || !tokens[run.lowerBound].flags.contains(.allCaps) {
            propose(run, .person, rule: "person.context", priority: .context)
        }
        if found.contains(.namePrecedes),
           let run = orgRunBackward(endingBefore: index, lowerBound: bounds.lowerBound, stopsAtNationality: true).flatMap(withoutLeadingTitles),
           run.count <= 4 {
            proposeByWords(run, pronoun: after < bounds.upperBound ? after..<min(after + 3, bounds.upperBound) : nil, into: &weak)
        }
    }

    /// "X said": the pronoun after the verb decides ("X said its", "X said
    /// he"); else a single word is a PERSON (organizations are named in full,
    /// with a designator, before they are named alone) unless written in
    /// capitals ("AMC said"); a longer name is a PERSON when it begins with a
    /// given name, an ORG otherwise. Nothing when X is a common word ("Dealers said").
    func proposeByWords(_ run: Range<Int>, pronoun words: Range<Int>? = nil, attributed: Bool = false, into weak: inout [NameCandidate]) {
        guard !isOnlyNonNames(run), !run.contains(where: { marks[$0].taken }) else { return }
        let first = run.lowerBound
        var isPerson = run.count == 1 ? !has(first, .designator) : has(first, .givenName) && !run.contains(where: { has($0, .designator) })
        if attributed, !run.contains(where: { has($0, .designator) }) { isPerson = true }
        if let pronoun = words?.first(where: { isLowercaseText($0, among: Self.pronouns) }) {
            isPerson = !isLowercaseText(pronoun, among: Self.thingPronouns)
        }
        // "AMC said", "MidCon said": capitals and inner capitals are companies' spellings.
        if run.count == 1, tokens[first].flags.contains(.allCaps) || text[tokens[first].range].dropFirst().contains(where: { $0 &- 0x41 < 26 }) {
            isPerson = false
        }
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
    func proposeOrganization(endingWith index: Int, in bounds: Range<Int>) {
        let isOffice = has(index, .office)
        let isHead = has(index, [.head, .office]) && !has(index, [.legalDesignator, .suffixDesignator])
        let left = orgRunBackward(endingBefore: index, lowerBound: bounds.lowerBound, stopsAtNationality: isOffice, opensSentences: true)
        var end = index + 1
        var extended = false
        while end < bounds.upperBound {
            // "Co Ltd", "Holdings Plc", "Mesa Limited Partnership".
            if has(end, [.legalDesignator, .suffixDesignator]), isCapitalized(end), !isPossessive(end - 1) {
                end += 1
                continue
            }
            // "Aluminum Co of America", "Bank of Japan", "Center for Data Science", "Banque Nationale de Paris";
            // not "Johnson Matthey Commodities of New York", where a company word ends the name.
            if !isPossessive(end - 1), end + 1 < bounds.upperBound, isHead || has(end - 1, .legalDesignator),
               isText(end, "of") || (isHead && isLowercaseText(end, among: Self.headConnectors)) {
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
        // "Banque Nationale de Paris": a name may follow its organization noun.
        if isHead, !isOffice, left == nil, !extended, let run = orgRunForward(from: end, limit: bounds.upperBound), !isOnlyNonNames(run),
           !run.contains(where: { has($0, [.title, .honorific, .nationality]) }) {
            end = run.upperBound
            extended = true
        }
        guard let start = left?.lowerBound ?? (isHead && extended ? index : nil) else { return }
        if let left, !extended, !has(index, .legalDesignator) {
            if isHead, !isOffice {
                // "U.S. Banks", "Sinking Fund": a place, or one common word, and a noun describe, they do not name.
                if left.allSatisfy({ has($0, [.place, .nationality]) }) { return }
                let words = left.filter { tokens[$0].kind == .word && isCapitalized($0) }
                if words.count == 1, let word = words.first, has(word, [.commonWord, .generic]), !has(word, [.place, .nationality, .designator]) { return }
            } else if !isHead {
                // "Group" or "Industries" after common words only ("the Investment Group") is a description,
                // and one that more capitalized words follow is inside a title ("Supplemental Financial Information").
                if isOnlyNonNames(left) { return }
                if end < bounds.upperBound, isNameWord(end), !has(end, .title) { return }
            }
        }
        // "The First Boston Corp" in mid-sentence: a capitalized "The" is part of the name as printed.
        let named = start > bounds.lowerBound && !marks[start - 1].initial && isText(start - 1, "The") ? start - 1 : start
        propose(named..<end, .org, rule: isHead ? "org.head" : "org.designator", priority: .form)
    }

    // MARK: People

    /// A given name and a capitalized surname: "Mark Zuckerberg", "Ravid Shwartz-Ziv".
    func proposePerson(startingWithGivenName index: Int, in bounds: Range<Int>) {
        guard !has(index, NameCue.personTitle), var run = personRun(from: index, limit: bounds.upperBound), run.count >= 2 else { return }
        let second = glueEnd(index, limit: bounds.upperBound)
        guard second < run.upperBound, !startsNonPerson(second), !has(second, [.head, .never, .title]) else { return }
        if marks[index].initial, has(index, .commonWord), has(second, .commonWord) && !has(second, .surname) { return }
        // "Morgan Stanley International", "James Capel and Co": a known organization starts inside.
        if run.contains(where: { startsNonPerson($0) && gazetteerMatch(at: $0).map { $0.tokens.count > 1 } == true }) { return }
        // "Rick Hohl Interiors": past the surname, a common word is not a name's.
        if let common = run.dropFirst(2).first(where: { has($0, .commonWord) && !has($0, .surname) }) { run = run.lowerBound..<common }
        propose(run, .person, rule: "person.given-name", priority: .context)
    }

    /// "Ravid Shwartz-Ziv, an assistant professor", "John Smith, 54,": the
    /// words before the comma name a person.
    func proposeApposition(atComma comma: Int, in bounds: Range<Int>) {
        var start = comma
        while start > bounds.lowerBound, comma - start < 4, isNameWord(start - 1) || isInitial(start - 1) || Self.isHyphen(unit(start - 1)) {
            start -= 1
        }
        guard start < comma, let name = withoutLeadingTitles(start..<comma), isNameWord(name.lowerBound), !isPossessive(comma - 1),
              !startsNonPerson(name.lowerBound), !isOnlyNonNames(name) else { return }
        start = name.lowerBound
        var index = comma + 1
        if index + 1 < bounds.upperBound, tokens[index].kind == .number, unit(index + 1) == 0x2C {
            propose(start..<comma, .person, rule: "person.apposition", priority: .strong)
            return
        }
        if index < bounds.upperBound, isLowercaseText(index, among: Self.articles) { index += 1 }
        var skipped = 0
        while index < bounds.upperBound, skipped <= 3 {
            if let (title, found) = cueMatch(at: index), found.contains(.title) {
                // "..., Chairman Sir John Egan told": the title introduces the next name, not this one.
                let next = title.tokens.upperBound
                if next < bounds.upperBound, isNameWord(next) || has(next, .honorific) { return }
                propose(start..<comma, .person, rule: "person.apposition", priority: .strong)
                return
            }
            // ", a senior analyst", ", West German Finance Minister": words before the title.
            guard tokens[index].kind == .word, !isPossessive(index) else { return }
            skipped += 1
            index += 1
        }
    }

    // MARK: Reuters tickers and headlines

    /// The company a Reuters headline names before a ticker or with a legal
    /// form: "LEASEWAY TRANSPORTATION CORP <LTC> 4TH QTR LOSS", "UNICORP
    /// CANADA<UNI.A> CUTS PUROLATOR<PCC> STAKE", "CHRYSLER BUYS AMERICAN MOTORS CORP".
    /// Every word is capitalized, so the name is the words back to a common
    /// word ("BUYS"), or the whole start of the line when it is short.
    /// Before a ticker in mid-line, only the word before it is taken ("JOINS ATT <T>"); longer
    /// names there come from the body's forms of the name.
    func proposeHeadlineName(endingBefore end: Int, in bounds: Range<Int>, isTicker: Bool = false) {
        var lineStart = end
        while lineStart > bounds.lowerBound, !tokens[lineStart].flags.contains(.lineBreakBefore) { lineStart -= 1 }
        var start = end
        let shortLineStart = end - lineStart <= 4 && (lineStart..<end).allSatisfy { isHeadlineNameWord($0) }
        if isTicker {
            start = shortLineStart ? lineStart : end - (end > lineStart && isHeadlineNameWord(end - 1) ? 1 : 0)
        } else {
            while start > lineStart, isHeadlineNameWord(start - 1),
                  !has(start - 1, .commonWord) || has(start - 1, [.generic, .designator, .givenName, .surname, .place]) {
                start -= 1
            }
            if shortLineStart, !(start..<end).contains(where: { !has($0, .designator) }) { start = lineStart }
        }
        guard start < end, !isOnlyNonNames(start..<end) || start == lineStart else { return }
        propose(start..<end, .org, rule: "org.headline", priority: .strong)
    }

    private func isHeadlineNameWord(_ index: Int) -> Bool {
        let token = tokens[index]
        if token.kind == .word { return !has(index, .stop) && !isPossessive(index) }
        return token.length == 1 && (unit(index) == 0x26 || Self.isHyphen(unit(index)) && !token.flags.contains(.spaceBefore))
    }

    /// "Reuters Holdings Plc <RTRS.L>": the name before the ticker is an ORG and
    /// the ticker is not; "<I P Sharp Associates Ltd>": the name inside is an ORG.
    /// `index` is a "<" token.
    func proposeTicker(at index: Int, in bounds: Range<Int>) {
        var close = index + 1
        while close < bounds.upperBound, close - index <= 10, unit(close) != 0x3E { close += 1 }
        guard close < bounds.upperBound, unit(close) == 0x3E, close > index + 1 else { return }
        let inside = (index + 1)..<close
        let isTicker = inside.count == 1 && tokens[index + 1].kind == .word && !text[tokens[index + 1].range].contains { $0 &- 0x61 < 26 }
        if isTicker {
            propose(inside, nil, rule: "ticker", priority: .lexicon)
            if marks[index].shouting {
                proposeHeadlineName(endingBefore: index, in: bounds, isTicker: true)
            } else if index > bounds.lowerBound,
               let run = orgRunBackward(endingBefore: index, lowerBound: bounds.lowerBound, stopsAtNationality: false), !isOnlyNonNames(run) {
                propose(run, .org, rule: "org.ticker", priority: .strong)
            }
        } else if inside.allSatisfy({ isCapitalized($0) || tokens[$0].kind != .word || has($0, .stop) }), isCapitalized(inside.lowerBound) {
            propose(inside, .org, rule: "org.bracket", priority: .form)
        }
    }
}
