import Foundation

/// Writing a money value's fields into a JSON object.
extension MoneyValue {
    /// Writes `amount`, `currency`, `qualifier` and, when set, `min`, `max`
    /// and `per` into the JSON object being written.
    func writeJSONFields(to json: inout JSONWriter) {
        json.number(literal: Self.literal(amount), key: .amount)
        json.string(currency, key: .currency)
        json.string(qualifier.rawValue, key: .qualifier)
        if let min { json.number(literal: Self.literal(min), key: .min) }
        if let max { json.number(literal: Self.literal(max), key: .max) }
        if let per { json.string(per.rawValue, key: .per) }
    }

    /// The text `Decimal.description` makes of `value` ("72000000000",
    /// "1200.5", "0.34", "-5"), written from its significand and exponent:
    /// `description` takes some fifteen thousand instructions a number.
    static func literal(_ value: Decimal) -> String {
        let significand = value.significand
        let digits = NSDecimalNumber(decimal: significand).uint64Value
        // NaN, zero and significands beyond 64 bits (a third, say) take the slow path.
        guard value.isNormal, Decimal(digits) == significand else { return value.description }
        var digitCount = 1
        var rest = digits / 10
        while rest > 0 {
            digitCount += 1
            rest /= 10
        }
        let exponent = value.exponent
        let scale = Swift.max(-exponent, 0)
        let negative = value.sign == .minus
        let length = (negative ? 1 : 0) + (exponent >= 0 ? digitCount + exponent : scale < digitCount ? digitCount + 1 : 2 + scale)
        return String(unsafeUninitializedCapacity: length) { buffer in
            // Written from the end: trailing zeros, then digits with the point after `scale` of them.
            var position = length
            func put(_ byte: UInt8) {
                position -= 1
                buffer[position] = byte
            }
            for _ in 0..<Swift.max(exponent, 0) { put(0x30) }
            var rest = digits
            var written = 0
            while written < digitCount || written < scale {
                put(UInt8(truncatingIfNeeded: rest % 10) + 0x30)
                rest /= 10
                written += 1
                if written == scale { put(0x2E) }
            }
            if scale >= digitCount { put(0x30) }
            if negative { put(0x2D) }
            return length
        }
    }
}

/// The member names of a money value.
extension JSONWriter.Key {
    fileprivate static var amount: Self { Self("amount") }
    fileprivate static var currency: Self { Self("currency") }
    fileprivate static var qualifier: Self { Self("qualifier") }
    fileprivate static var min: Self { Self("min") }
    fileprivate static var max: Self { Self("max") }
    fileprivate static var per: Self { Self("per") }
}
