/// An interning table from UTF-16 strings to dense integer ids, looked up
/// straight from a slice of a document's text, so per-token lookups allocate nothing.
///
/// With `foldsCase` set, keys and lookups are lowercased for ASCII and Latin-1
/// letters and the apostrophe U+2019 is read as U+0027, so "Meta’s" and
/// "META'S" find the entry "meta's".
public struct Vocabulary: Sendable {
    /// Whether lookups ignore letter case.
    public let foldsCase: Bool
    private var units: [UInt16] = []
    private var bounds: [Int32] = [0]
    private var slots: [Int32]
    private var hashes: [UInt32] = []

    /// Creates an empty vocabulary.
    public init(foldsCase: Bool) {
        self.foldsCase = foldsCase
        self.slots = Array(repeating: -1, count: 64)
    }

    /// The number of distinct keys.
    public var count: Int { bounds.count - 1 }

    /// Adds `key` if absent and returns its id.
    @discardableResult
    public mutating func insert(_ key: String) -> Int32 {
        insert(Array(key.utf16))
    }

    /// Adds the UTF-16 `key` if absent and returns its id.
    @discardableResult
    public mutating func insert(_ key: [UInt16]) -> Int32 {
        insert(key[...])
    }

    /// Adds the UTF-16 `key` if absent and returns its id.
    @discardableResult
    mutating func insert(_ key: ArraySlice<UInt16>) -> Int32 {
        if let id = id(of: key) { return id }
        let id = Int32(count)
        let hash = Self.hash(key, foldsCase: foldsCase)
        for unit in key { units.append(foldsCase ? Self.fold(unit) : unit) }
        bounds.append(Int32(units.count))
        hashes.append(hash)
        if count * 2 > slots.count { rehash(capacity: slots.count * 2) } else { place(id, hash: hash) }
        return id
    }

    /// The id of `key`, or nil.
    public func id(of key: String) -> Int32? { id(of: Array(key.utf16)[...]) }

    /// The id of the UTF-16 slice `key`, or nil.
    @inlinable
    public func id(of key: ArraySlice<UInt16>) -> Int32? {
        lookup(key)
    }

    /// The key of an id, case-folded if the vocabulary folds case.
    public func key(_ id: Int32) -> String {
        String(decoding: units[Int(bounds[Int(id)])..<Int(bounds[Int(id) + 1])], as: UTF16.self)
    }

    /// The id of the UTF-16 units in `key`, or nil: for callers that hold a
    /// buffer of the text, where a slice would cost a reference count per token.
    func id(of key: UnsafeBufferPointer<UInt16>) -> Int32? {
        lookup(key)
    }

    /// Calls `body` with a reader over the table, for loops that look up
    /// every token of a document: it reads the arrays through buffer
    /// pointers, without a bounds check or a reference count per access.
    func withReader<Result>(_ body: (Reader) throws -> Result) rethrows -> Result {
        try units.withUnsafeBufferPointer { units in
            try bounds.withUnsafeBufferPointer { bounds in
                try slots.withUnsafeBufferPointer { slots in
                    try hashes.withUnsafeBufferPointer { hashes in
                        try body(Reader(foldsCase: foldsCase, units: units, bounds: bounds, slots: slots, hashes: hashes))
                    }
                }
            }
        }
    }

    /// The vocabulary's arrays as buffers, valid inside ``withReader(_:)`` only.
    struct Reader {
        let foldsCase: Bool
        let units: UnsafeBufferPointer<UInt16>
        let bounds: UnsafeBufferPointer<Int32>
        let slots: UnsafeBufferPointer<Int32>
        let hashes: UnsafeBufferPointer<UInt32>

        /// The id of the UTF-16 units in `key`, or nil; the same answer as ``Vocabulary/id(of:)-(ArraySlice<UInt16>)``.
        func id(of key: UnsafeBufferPointer<UInt16>) -> Int32? {
            let hash = Vocabulary.hash(key, foldsCase: foldsCase)
            let mask = slots.count - 1
            var slot = Int(hash) & mask
            while true {
                let id = slots[slot]
                if id < 0 { return nil }
                if hashes[Int(id)] == hash, matches(id, key) { return id }
                slot = (slot + 1) & mask
            }
        }

        private func matches(_ id: Int32, _ key: UnsafeBufferPointer<UInt16>) -> Bool {
            let start = Int(bounds[Int(id)])
            guard Int(bounds[Int(id) + 1]) - start == key.count else { return false }
            for offset in 0..<key.count where (foldsCase ? Vocabulary.fold(key[offset]) : key[offset]) != units[start + offset] {
                return false
            }
            return true
        }
    }

    @usableFromInline
    func lookup<Key: Collection<UInt16>>(_ key: Key) -> Int32? {
        let hash = Self.hash(key, foldsCase: foldsCase)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return nil }
            if hashes[Int(id)] == hash && matches(id, key) { return id }
            slot = (slot + 1) & mask
        }
    }

    private func matches<Key: Collection<UInt16>>(_ id: Int32, _ key: Key) -> Bool {
        let start = Int(bounds[Int(id)])
        let end = Int(bounds[Int(id) + 1])
        guard end - start == key.count else { return false }
        var position = start
        for unit in key {
            if (foldsCase ? Self.fold(unit) : unit) != units[position] { return false }
            position += 1
        }
        return true
    }

    private mutating func place(_ id: Int32, hash: UInt32) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    private mutating func rehash(capacity: Int) {
        slots = Array(repeating: -1, count: capacity)
        for id in 0..<count { place(Int32(id), hash: hashes[id]) }
    }

    @usableFromInline
    static func fold(_ unit: UInt16) -> UInt16 {
        // Nearly every unit is ASCII: one range test instead of the switch.
        if unit < 0x80 { return unit &- 0x41 < 26 ? unit | 0x20 : unit }
        return switch unit {
        case 0xC0...0xD6, 0xD8...0xDE: unit | 0x20
        case 0x2019: 0x27
        default: unit
        }
    }

    @usableFromInline
    static func hash<Key: Collection<UInt16>>(_ key: Key, foldsCase: Bool) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for unit in key {
            hash = (hash ^ UInt32(foldsCase ? fold(unit) : unit)) &* 16_777_619
        }
        return hash
    }
}
