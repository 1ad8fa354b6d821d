/// Writing claim qualifiers as a JSON object.
extension ClaimQualifiers {
    /// Writes the member `qualifiers`: `{"amount", "per", "time", "perShare"}`, the keys that are set.
    func writeJSON(to json: inout JSONWriter) {
        json.beginObject(.qualifiers)
        if let amount { json.string(amount.rawValue, key: .amount) }
        if let per { json.string(per.rawValue, key: .per) }
        if let time { json.string(time.rawValue, key: .time) }
        if perShare { json.bool(true, key: .perShare) }
        json.endObject()
    }
}

/// The member names of claim qualifiers.
extension JSONWriter.Key {
    fileprivate static var qualifiers: Self { Self("qualifiers") }
    fileprivate static var amount: Self { Self("amount") }
    fileprivate static var per: Self { Self("per") }
    fileprivate static var time: Self { Self("time") }
    fileprivate static var perShare: Self { Self("perShare") }
}
