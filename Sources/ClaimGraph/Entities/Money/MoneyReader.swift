import Foundation

/// The money tagger's grammar over one document's tokens:
///
///     money   := [qualifier] (between amount and amount | amount [range amount] | plural) [period]
///     amount  := [sign] (prefix-unit ["("] number [")"] [scale] | number [scale] suffix-unit)
///     number  := digits ["-" digits "/" digits] | spelled number | article or vague count (before a scale only)
///     plural  := plural-scale of (plural-scale of)* suffix-unit      ("billions of dollars")
///
/// The words of each part come from the money lexicons; an amount never
/// crosses a line break. Reading allocates nothing per token.
struct MoneyReader {
    /// A money expression found at a token.
    struct Match {
        /// The index just past its last token.
        var end: Int
        /// The amount, or a range's lower end, in units of the currency.
        var amount: Decimal
        /// The unit that gives its currency.
        var unit: CurrencyUnit
        var qualifier: MoneyQualifier
        var min: Decimal?
        var max: Decimal?
        var per: RatePeriod?
        /// The rule that matched.
        var rule: MoneyRule
    }

    /// One amount with or without its currency: "$72 billion", "18" of "18 to 20 billion dlr".
    private struct Amount {
        var end: Int
        var number: Number
        var power: Int?
        var unit: CurrencyUnit?
        var unitIsPrefix = false
        var negative = false
        /// A plain four-digit number from 1800 to 2099 with no scale: "in 1986 dlrs", "2020 – $5,054".
        var isYearLike = false
        var isVague = false

        /// The amount in units of `unit`'s currency: number, scale, cents and sign applied.
        func value(in unit: CurrencyUnit) -> Decimal {
            let value = number.value(timesTenToThe: (power ?? 0) + unit.power)
            return negative ? -value : value
        }
    }

    /// A number as written: where it ends, what kind it is and the parts of
    /// its value, which is made only for numbers that turn out to be money.
    private struct Number {
        /// The digits, if written in digits ("35" of "35-3/4").
        var numeral: Numeral?
        /// The value of a spelled number ("twenty-five").
        var spelled = 0
        /// A proper fraction after the digits or alone: 3 and 4 of "35-3/4", "3/4".
        var fraction: (numerator: UInt64, denominator: UInt64)?
        var end: Int
        /// "a", "several": a number only before a scale word.
        var needsScale = false
        /// "several": at least the value.
        var isVague = false
        var isYearLike = false

        /// The value times ten to the `power`, which moves the exponent rather than multiplying.
        func value(timesTenToThe power: Int) -> Decimal {
            if let numeral, fraction == nil {
                return Decimal(sign: .plus, exponent: power - numeral.fractionDigits, significand: Decimal(numeral.mantissa))
            }
            var value = numeral?.value ?? Decimal(spelled)
            if let fraction { value += Decimal(fraction.numerator) / Decimal(fraction.denominator) }
            return Decimal(sign: .plus, exponent: value.exponent + power, significand: value.significand)
        }
    }

    let lexicon: MoneyLexicon
    let tokens: [Token]
    let text: [UInt16]
    let ids: [Int32]
    /// Whether token `index` starts a run of tokens that may belong to a
    /// money expression (numbers, words of the lexicons, brackets, slashes,
    /// hyphens) and that holds the first word of a currency unit. Every money
    /// expression is such a run with its unit inside, so no expression starts
    /// where this is false, which it is for most tokens.
    private let reachesUnit: [Bool]

    init(lexicon: MoneyLexicon, tokens: [Token], text: [UInt16], ids: [Int32]) {
        self.lexicon = lexicon
        self.tokens = tokens
        self.text = text
        self.ids = ids
        reachesUnit = [Bool](unsafeUninitializedCapacity: tokens.count) { reachesUnit, initialized in
            text.withUnsafeBufferPointer { text in
                tokens.withUnsafeBufferPointer { tokens in
                    var reaches = false
                    for index in tokens.indices.reversed() {
                        let token = tokens[index]
                        let id = ids[index]
                        if id >= 0 {
                            reaches = reaches || lexicon.startsUnit[Int(id)]
                        } else if token.kind != .number {
                            switch token.length == 1 ? text[Int(token.start)] : 0 {
                            case 0x28, 0x29, 0x2F, 0x2D, 0x2010, 0x2011: break
                            default: reaches = false
                            }
                        }
                        reachesUnit[index] = reaches
                    }
                }
            }
            initialized = tokens.count
        }
    }

    /// Whether a money expression may begin at token `index` (a cheap test before ``match(at:)``).
    /// Never right after a slash: "1.5110/20 Swiss francs" quotes a bid and an offer.
    func mayStart(at index: Int) -> Bool {
        guard reachesUnit[index] else {
            // `reachesUnit` and `startsAmount` hold only while every rule reads a unit among
            // such tokens and starts with such a word; a rule added later that breaks this
            // would lose its matches here without a sound, so debug builds run the full rule.
            assert(match(at: index) == nil, "a money rule matches where mayStart(at:) skips")
            return false
        }
        if index > 0, touchesPrevious(index), isCharacter(index - 1, 0x2F) { return false }
        let starts = switch tokens[index].kind {
        case .number, .currencySymbol: true
        default: ids[index] >= 0 && lexicon.startsAmount[Int(ids[index])]
        }
        assert(starts || match(at: index) == nil, "a money rule matches where mayStart(at:) skips")
        return starts
    }

    /// The money expression that starts at token `start`, if any.
    func match(at start: Int) -> Match? {
        var index = start
        var qualifier: MoneyQualifier?
        if let found = lexicon.qualifiers.longestMatch(ids: ids, tokens: tokens, from: start), follows(found.end) {
            qualifier = found.value
            index = found.end
        }
        var match: Match?
        if let afterBetween = end(of: .between, at: index), follows(afterBetween) {
            match = betweenRange(at: afterBetween)
        }
        if match == nil, let amount = amount(at: index) ?? pluralAmount(at: index) {
            // "income, up to 561.8 mln dlrs from 540 mln" is a change, not a ceiling.
            if qualifier == .upTo, end(of: .change, at: amount.end) != nil { return nil }
            match = rangeOrAmount(amount, start: start)
        }
        guard var match else { return nil }
        if match.qualifier != .range, let qualifier { match.qualifier = qualifier }
        if follows(match.end), let period = lexicon.periods.longestMatch(ids: ids, tokens: tokens, from: match.end),
           !endsAsDate(period.end) {
            match.per = period.value
            match.end = period.end
        }
        return match
    }

    // MARK: Amounts

    private func amount(at start: Int) -> Amount? {
        var index = start
        var negative = false
        if let afterSign = end(of: .negative, at: index) {
            guard follows(afterSign) else { return nil }
            negative = true
            index = afterSign
        }
        var unit: CurrencyUnit?
        if let prefix = lexicon.prefixUnits.longestMatch(ids: ids, tokens: tokens, from: index) {
            guard follows(prefix.end) else { return nil }
            unit = prefix.value
            index = prefix.end
        }
        // Filings write losses as "$(0.2) billion" and "$( 430) million".
        let parenthesized = unit != nil && isCharacter(index, 0x28)
        if parenthesized {
            index += 1
            guard follows(index) else { return nil }
        }
        guard let number = number(at: index) else { return nil }
        let numberStart = index
        index = number.end
        if parenthesized {
            guard follows(index), isCharacter(index, 0x29) else { return nil }
            index += 1
        }
        var power: Int?
        if let scale = scale(at: index) {
            power = scale.power
            index = scale.end
        }
        if number.needsScale && power == nil { return nil }
        var amount = Amount(end: index, number: number, power: power, unit: unit, unitIsPrefix: unit != nil,
                            negative: negative != parenthesized, isYearLike: number.isYearLike && power == nil,
                            isVague: number.isVague)
        if unit == nil, !amount.isYearLike, let suffix = suffixUnit(at: index, touchingNumber: power == nil),
           (end(of: .notMoney, at: numberStart) ?? 0) < suffix.end {
            amount.unit = suffix.unit
            amount.end = suffix.end
        } else if let prefix = unit, let code = suffixUnit(at: index, touchingNumber: false), code.unit.rule == .code {
            // "¥ 26.6 billion RMB": the code names the currency the symbol only hints at.
            amount.unit = CurrencyUnit(currency: code.unit.currency, power: prefix.power, rule: prefix.rule,
                                       mustTouchNumber: false)
            amount.end = code.end
        }
        return amount
    }

    /// The currency word after a number and its scale: "dlrs", and in
    /// compounds "a 169-billion-dlr deficit", "75-cent shares".
    private func suffixUnit(at index: Int, touchingNumber: Bool) -> (unit: CurrencyUnit, end: Int)? {
        guard follows(index) else { return nil }
        if let suffix = lexicon.suffixUnits.longestMatch(ids: ids, tokens: tokens, from: index),
           !suffix.value.mustTouchNumber || (touchingNumber && touchesPrevious(index)) {
            return (suffix.value, suffix.end)
        }
        if isHyphen(index), touchesPrevious(index), follows(index + 1), touchesPrevious(index + 1),
           let suffix = lexicon.suffixUnits.longestMatch(ids: ids, tokens: tokens, from: index + 1),
           !suffix.value.mustTouchNumber {
            return (suffix.value, suffix.end)
        }
        return nil
    }

    /// "billions of dollars", "hundreds of millions of dollars": at least two
    /// of the scale, which is how the corpus records them.
    private func pluralAmount(at start: Int) -> Amount? {
        var index = start
        var power = 0
        while index == start || follows(index),
              let scale = lexicon.scales.longestMatch(ids: ids, tokens: tokens, from: index), scale.value.kind == .plural {
            guard follows(scale.end), let afterOf = end(of: .of, at: scale.end) else { return nil }
            power += scale.value.power
            index = afterOf
        }
        guard index > start, let suffix = suffixUnit(at: index, touchingNumber: false) else { return nil }
        return Amount(end: suffix.end, number: Number(spelled: 2, end: index), power: power, unit: suffix.unit, isVague: true)
    }

    private func scale(at index: Int) -> (power: Int, end: Int)? {
        guard follows(index) else { return nil }
        if let scale = lexicon.scales.longestMatch(ids: ids, tokens: tokens, from: index) {
            switch scale.value.kind {
            case .word: return (scale.value.power, scale.end)
            case .glued where touchesPrevious(index): return (scale.value.power, scale.end)
            case .glued, .plural: return nil
            }
        }
        // "a $5-million loan"
        if isHyphen(index), touchesPrevious(index), follows(index + 1), touchesPrevious(index + 1),
           let scale = lexicon.scales.longestMatch(ids: ids, tokens: tokens, from: index + 1), scale.value.kind == .word {
            return (scale.value.power, scale.end)
        }
        return nil
    }

    // MARK: Numbers

    private func number(at index: Int) -> Number? {
        guard index < tokens.count else { return nil }
        guard tokens[index].kind == .number else { return spelledNumber(at: index) }
        guard let numeral = Numeral(text[tokens[index].range]) else { return nil }
        var number = Number(numeral: numeral, end: index + 1, isYearLike: numeral.isYearLike)
        guard numeral.isPlainInteger else { return number }
        // Reuters prices: "35-3/4 dlrs", "3/4 dlr".
        let end = index + 1
        if isHyphen(end), touchesPrevious(end), let fraction = fraction(at: end + 1) {
            number.fraction = (fraction.numerator, fraction.denominator)
            number.end = fraction.end
            number.isYearLike = false
        } else if isCharacter(end, 0x2F), touchesPrevious(end), let fraction = fraction(at: index) {
            number.numeral = nil
            number.fraction = (fraction.numerator, fraction.denominator)
            number.end = fraction.end
            number.isYearLike = false
        }
        return number
    }

    /// "3/4" at `index`: a proper fraction of plain integers, all tokens touching.
    private func fraction(at index: Int) -> (numerator: UInt64, denominator: UInt64, end: Int)? {
        guard index + 2 < tokens.count, touchesPrevious(index), tokens[index].kind == .number,
              isCharacter(index + 1, 0x2F), touchesPrevious(index + 1),
              tokens[index + 2].kind == .number, touchesPrevious(index + 2),
              let numerator = Numeral(text[tokens[index].range]), numerator.isPlainInteger,
              let denominator = Numeral(text[tokens[index + 2].range]), denominator.isPlainInteger,
              numerator.mantissa > 0, numerator.mantissa < denominator.mantissa, denominator.mantissa <= 1000 else { return nil }
        return (numerator.mantissa, denominator.mantissa, index + 3)
    }

    /// "two", "twenty-five", "three hundred", "a" (before a scale).
    private func spelledNumber(at start: Int) -> Number? {
        var index = start
        var value = 0
        var last: NumberWord.Role?
        while index == start || follows(index),
              let word = lexicon.numbers.longestMatch(ids: ids, tokens: tokens, from: index) {
            switch (word.value.role, last) {
            case (.article, nil), (.vague, nil), (.unit, nil), (.tens, nil), (.unit, .hundred), (.tens, .hundred):
                value += word.value.value
            case (.unit, .tens) where value % 10 == 0:
                value += word.value.value
            case (.hundred, .unit), (.hundred, .article):
                value *= word.value.value
            default:
                return finish(value, last: last, end: index)
            }
            last = word.value.role
            index = word.end
            // "twenty-five": step over the hyphen to the unit.
            if last == .tens, isHyphen(index), touchesPrevious(index), index + 1 < tokens.count, touchesPrevious(index + 1),
               let unit = lexicon.numbers.longestMatch(ids: ids, tokens: tokens, from: index + 1), unit.value.role == .unit {
                index += 1
            }
        }
        return finish(value, last: last, end: index)
    }

    private func finish(_ value: Int, last: NumberWord.Role?, end: Int) -> Number? {
        guard let last else { return nil }
        return Number(spelled: value, end: end, needsScale: last == .article || last == .vague, isVague: last == .vague)
    }

    // MARK: Ranges

    private func betweenRange(at index: Int) -> Match? {
        guard let low = amount(at: index), !low.isVague, follows(low.end),
              let join = end(of: .and, at: low.end) ?? end(of: .range, at: low.end), follows(join),
              let high = amount(at: join), !high.isVague else { return nil }
        return range(low, high, start: index, between: true)
    }

    private func rangeOrAmount(_ amount: Amount, start: Int) -> Match? {
        if !amount.isVague, follows(amount.end), let join = end(of: .range, at: amount.end), follows(join),
           let high = self.amount(at: join), !high.isVague, let range = range(amount, high, start: start, between: false) {
            return range
        }
        guard let unit = amount.unit else { return nil }
        return Match(end: amount.end, amount: amount.value(in: unit), unit: unit,
                     qualifier: amount.isVague ? .atLeast : .exact,
                     rule: amount.isVague ? .vague : unit.rule)
    }

    /// Two amounts as one range, the first taking the second's scale and unit
    /// where it has none ("$60-65 billion", "18 to 20 billion dlr"); nil when
    /// they are a change ("rose 592 mln dlrs to 33.36 billion dlrs") or do not rise.
    private func range(_ low: Amount, _ high: Amount, start: Int, between: Bool) -> Match? {
        let unit: CurrencyUnit
        switch (low.unit, high.unit) {
        case let (lowUnit?, highUnit?):
            guard lowUnit.currency == highUnit.currency, lowUnit.power == highUnit.power else { return nil }
            unit = highUnit
        case let (nil, highUnit?):
            unit = highUnit
        case let (lowUnit?, nil) where low.unitIsPrefix:
            unit = lowUnit
        default:
            return nil
        }
        guard between || !followsChange(start), !low.isYearLike else { return nil }
        var low = low
        if low.power == nil { low.power = high.power }
        let minimum = low.value(in: unit)
        let maximum = high.value(in: unit)
        guard minimum < maximum else { return nil }
        return Match(end: high.end, amount: minimum, unit: unit, qualifier: .range,
                     min: minimum, max: maximum, rule: .range)
    }

    /// Whether a change word ("rose", "from") stands in the four tokens before
    /// `start` on its line ("rose from 1985's 110.1 mln stg to 178.1 mln stg").
    private func followsChange(_ start: Int) -> Bool {
        var index = start - 1
        while index >= 0 && index >= start - 4 {
            if let found = lexicon.roles.longestMatch(ids: ids, tokens: tokens, from: index, end: start),
               found.value.contains(.change) { return true }
            if tokens[index].flags.contains(.lineBreakBefore) { break }
            index -= 1
        }
        return false
    }

    /// Whether a rate period ending at `index` is really a date: "a year earlier", "a year-ago".
    private func endsAsDate(_ index: Int) -> Bool {
        guard follows(index) else { return false }
        if isHyphen(index) && touchesPrevious(index) { return true }
        return end(of: .notPer, at: index) != nil
    }

    // MARK: Tokens

    /// The index past a phrase with `role` at `index`, if one starts there.
    private func end(of role: MoneyPhraseRoles, at index: Int) -> Int? {
        guard index < tokens.count,
              let found = lexicon.roles.longestMatch(ids: ids, tokens: tokens, from: index),
              found.value.contains(role) else { return nil }
        return found.end
    }

    /// Whether token `index` exists and continues the line of the token before it.
    private func follows(_ index: Int) -> Bool {
        index < tokens.count && !tokens[index].flags.contains(.lineBreakBefore)
    }

    /// Whether token `index` exists and touches the token before it.
    private func touchesPrevious(_ index: Int) -> Bool {
        index < tokens.count && !tokens[index].flags.contains(.spaceBefore)
    }

    private func isCharacter(_ index: Int, _ unit: UInt16) -> Bool {
        index < tokens.count && tokens[index].length == 1 && text[Int(tokens[index].start)] == unit
    }

    private func isHyphen(_ index: Int) -> Bool {
        isCharacter(index, 0x2D) || isCharacter(index, 0x2010) || isCharacter(index, 0x2011)
    }
}
