extension PhraseMatcher {
    /// Tokenizes phrases with `segmenter`, as documents are, and inserts them.
    /// Returns each phrase's index, or nil for a phrase with no tokens.
    mutating func insert(_ phrases: [String], segmenter: Segmenter) -> [Int32?] {
        var starts = [Int32]()
        var text = ""
        var length = 0
        for phrase in phrases {
            starts.append(Int32(length))
            text += phrase
            text += "\n"
            length += phrase.utf16.count + 1
        }
        var document = Document(id: "phrases", text: text)
        segmenter.segment(&document)
        var keys = [[ArraySlice<UInt16>]](repeating: [], count: phrases.count)
        var phrase = 0
        for token in document.tokens {
            while phrase + 1 < starts.count, starts[phrase + 1] <= token.start { phrase += 1 }
            keys[phrase].append(Self.key(of: token, in: document.utf16))
        }
        return keys.map { $0.isEmpty ? nil : insert($0) }
    }
}
