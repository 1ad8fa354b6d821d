/// Writing a money value's fields into a JSON object.
extension MoneyValue {
    /// Writes `amount`, `currency`, `qualifier` and, when set, `min`, `max`
    /// and `per` into the JSON object being written.
    func writeJSONFields(to json: inout JSONWriter) {
        json.number(literal: amount.description, key: "amount")
        json.string(currency, key: "currency")
        json.string(qualifier.rawValue, key: "qualifier")
        if let min { json.number(literal: min.description, key: "min") }
        if let max { json.number(literal: max.description, key: "max") }
        if let per { json.string(per.rawValue, key: "per") }
    }
}
