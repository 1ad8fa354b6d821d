extension Document {
    /// The code point (Unicode scalar) offset of a UTF-16 offset: the number
    /// Python's `str` indexing, spaCy's `start_char` and brat use.
    public func codePointOffset(_ utf16Offset: Int) -> Int {
        if trailingSurrogates.isEmpty { return utf16Offset }
        return utf16Offset - trailingSurrogatesBefore(utf16Offset)
    }

    /// The UTF-16 offset of a code point offset.
    public func utf16Offset(codePoint: Int) -> Int {
        if trailingSurrogates.isEmpty { return codePoint }
        // Each trailing surrogate before the answer adds one code unit.
        var offset = codePoint
        for position in trailingSurrogates {
            if Int(position) <= offset { offset += 1 } else { break }
        }
        return offset
    }

    /// The code point range of a UTF-16 range.
    public func codePointRange(_ range: Range<Int>) -> Range<Int> {
        codePointOffset(range.lowerBound)..<codePointOffset(range.upperBound)
    }

    private func trailingSurrogatesBefore(_ offset: Int) -> Int {
        var low = 0
        var high = trailingSurrogates.count
        while low < high {
            let middle = (low + high) / 2
            if Int(trailingSurrogates[middle]) < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
