/// Writing claim qualifiers as a JSON object.
extension ClaimQualifiers {
    /// Writes `{"amount", "per", "time", "perShare"}` (the keys that are set) as the value of `key`.
    func writeJSON(to json: inout JSONWriter, key: String) {
        json.beginObject(key)
        if let amount { json.string(amount.rawValue, key: "amount") }
        if let per { json.string(per.rawValue, key: "per") }
        if let time { json.string(time.rawValue, key: "time") }
        if perShare { json.bool(true, key: "perShare") }
        json.endObject()
    }
}
