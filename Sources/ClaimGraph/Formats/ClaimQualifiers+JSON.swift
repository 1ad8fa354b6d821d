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
    fileprivate static let qualifiers = Self("qualifiers")
    fileprivate static let amount = Self("amount")
    fileprivate static let per = Self("per")
    fileprivate static let time = Self("time")
    fileprivate static let perShare = Self("perShare")
}
