import Foundation

/// A number written in digits, read from a UTF-16 slice without making a
/// String: "72", "1,200.50", "4.0675". Its exact ``value`` is made only when asked.
struct Numeral: Sendable, Hashable {
    /// The digits as an integer: 120050 for "1,200.50".
    var mantissa: UInt64
    /// How many of the digits follow the decimal point: 2 for "1,200.50".
    var fractionDigits: Int
    /// The number of digits.
    var digitCount: Int
    /// Whether the digits have no separators ("1987", not "1,987" or "19.87").
    var isPlainInteger: Bool

    /// Reads digits with optional thousands commas and one decimal point; nil
    /// for anything else, or for more digits than a Decimal holds exactly.
    init?(_ units: ArraySlice<UInt16>) {
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        var previousWasDigit = false
        var plain = true
        for unit in units {
            switch unit {
            case 0x30...0x39:
                guard digits < 19 else { return nil }
                mantissa = mantissa * 10 + UInt64(unit - 0x30)
                digits += 1
                if seenPoint { fractionDigits += 1 }
                previousWasDigit = true
            case 0x2C where previousWasDigit && !seenPoint:
                plain = false
                previousWasDigit = false
            case 0x2E where previousWasDigit && !seenPoint:
                seenPoint = true
                plain = false
                previousWasDigit = false
            default:
                return nil
            }
        }
        guard previousWasDigit else { return nil }
        self.mantissa = mantissa
        self.fractionDigits = fractionDigits
        self.digitCount = digits
        self.isPlainInteger = plain
    }

    /// The exact value: "4.0675" is 4.0675, never a binary approximation.
    var value: Decimal {
        Decimal(sign: .plus, exponent: -fractionDigits, significand: Decimal(mantissa))
    }

    /// Whether the numeral reads as a year (1800 to 2099, four plain digits):
    /// "in 1986 dlrs" is no amount.
    var isYearLike: Bool {
        isPlainInteger && digitCount == 4 && mantissa >= 1800 && mantissa < 2100
    }
}
