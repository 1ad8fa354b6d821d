/// Finding where bytes stop being UTF-8, so errors can name the byte.
public enum UTF8Validation {
    /// The offset of the first byte that does not belong to a valid UTF-8
    /// sequence, or nil when all bytes are valid.
    public static func firstInvalidByte(in bytes: some Collection<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
