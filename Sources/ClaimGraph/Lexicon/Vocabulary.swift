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
    private var slots: [Slot]
    /// The id of every key that packs (see ``pack(_:)``), by its packed
    /// units, once ``indexShortKeys()`` has been called.
    private var shortKeys: IDTable?

    /// Creates an empty vocabulary.
    public init(foldsCase: Bool) {
        self.foldsCase = foldsCase
        self.slots = Array(repeating: Slot(id: -1, hash: 0), count: 64)
    }

    /// An id with its key's hash, so that a probe that misses reads only the
    /// slot: the names vocabulary is probed for every token and is larger than the L2 cache.
    struct Slot {
        var id: Int32
        var hash: UInt32
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
        key.withUnsafeBufferPointer { insert($0) }
    }

    /// Adds the UTF-16 `key` if absent and returns its id.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt16>) -> Int32 {
        let hash = Self.hash(of: key, foldsCase: foldsCase)
        if let id = withReader({ $0.id(of: key, hash: hash) }) { return id }
        let id = Int32(count)
        let start = units.count
        units.append(contentsOf: key)
        if foldsCase {
            units.withUnsafeMutableBufferPointer { units in
                for index in start..<units.count { units[index] = Self.fold(units[index]) }
            }
        }
        bounds.append(Int32(units.count))
        if shortKeys != nil, let packed = Self.pack(key) { shortKeys?.insert(packed, id: id) }
        if count * 2 > slots.count { rehash(capacity: slots.count * 2) }
        place(id, hash: hash)
        return id
    }

    /// Makes room for `keys` keys of `unitCount` UTF-16 units in all.
    mutating func reserveCapacity(keys: Int, units unitCount: Int) {
        units.reserveCapacity(unitCount)
        bounds.reserveCapacity(keys + 1)
    }

    /// Makes lookups of short ASCII keys, most of a text's words, a probe of
    /// a table by the packed key instead of a hash and a comparison of the
    /// units; keys inserted afterwards are indexed as well. For a vocabulary
    /// that every token of every document is looked up in: indexing costs a
    /// pass over the keys and a table as large as the one they are in.
    mutating func indexShortKeys() {
        precondition(foldsCase, "packed keys fold ASCII case")
        var table = IDTable()
        units.withUnsafeBufferPointer { units in
            for id in 0..<count {
                let key = UnsafeBufferPointer(rebasing: units[Int(bounds[id])..<Int(bounds[id + 1])])
                if let packed = Self.pack(key) { table.insert(packed, id: Int32(id)) }
            }
        }
        shortKeys = table
    }

    /// One to eight non-NUL ASCII units, case folded as ``fold(_:)`` folds
    /// them, a byte each: units 0 to 3 in the even bytes and 4 to 7 in the
    /// odd ones, from the low byte up; nil for anything else.
    /// Every key equal to a packed one once folded packs too, to the same
    /// value: those keys are ASCII and as long.
    @inline(__always)
    static func pack(_ units: UnsafeBufferPointer<UInt16>) -> UInt64? {
        let count = units.count
        guard count &- 1 < 8 else { return nil }
        // Packed for every token of every document: the units are read as
        // two words of four lanes with loads that overlap inside the token
        // and shifts that clear the lanes past its end, not one at a time.
        let base = UnsafeRawPointer(units.baseAddress!)
        var low: UInt64
        var high: UInt64 = 0
        if count >= 4 {
            low = UInt64(littleEndian: base.loadUnaligned(as: UInt64.self))
            let last = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: 2 * (count - 4), as: UInt64.self))
            high = last >> (16 * (8 - count))
        } else if count >= 2 {
            let last = UInt64(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: 2 * (count - 2), as: UInt32.self)))
            low = UInt64(UInt32(littleEndian: base.loadUnaligned(as: UInt32.self))) | (last >> (16 * (4 - count))) << 32
        } else {
            low = UInt64(units[0])
        }
        // Non-ASCII units are rare, but U+2019 folds to the apostrophe
        // ("O’Brien" packs as "O'Brien"): those go unit by unit.
        guard (low | high) & 0xFF80_FF80_FF80_FF80 == 0 else { return packUnitByUnit(units) }
        // Every lane is below 0x80: the second word's units fit in the high
        // bytes of the first's lanes, one shift where putting the bytes in
        // unit order takes a dozen instructions.
        let packed = low | high << 8
        // A NUL unit does not pack (it would pack as the shorter key): the
        // bytes of the units past the end are set to 1 before looking for a
        // zero byte, which borrows into the top bit of its byte.
        let unused: UInt64 = 0x0001_0001_0001_0001 << (16 * count) | 0x0100_0100_0100_0100 << (16 * max(count - 4, 0))
        let padded = packed | unused
        let ones: UInt64 = 0x0101_0101_0101_0101
        guard (padded &- ones) & ~padded & 0x8080_8080_8080_8080 == 0 else { return nil }
        // As fold(_:) on each ASCII byte: those in A...Z gain 0x20, with no carry out of a byte.
        let atLeastA = packed &+ 0x3F3F_3F3F_3F3F_3F3F
        let pastZ = packed &+ 0x2525_2525_2525_2525
        return packed | (atLeastA & ~pastZ & 0x8080_8080_8080_8080) >> 2
    }

    /// ``pack(_:)`` for keys with a unit that is not ASCII.
    private static func packUnitByUnit(_ units: UnsafeBufferPointer<UInt16>) -> UInt64? {
        var packed: UInt64 = 0
        for (index, unit) in units.enumerated() {
            let unit = unit == 0x2019 ? 0x27 : unit
            guard unit &- 1 < 0x7F else { return nil }
            packed |= UInt64(fold(unit)) << (index < 4 ? 16 * index : 16 * (index - 4) + 8)
        }
        return packed
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
                    try body(Reader(foldsCase: foldsCase, units: units, bounds: bounds, slots: slots, shortKeys: shortKeys))
                }
            }
        }
    }

    /// The vocabulary's arrays as buffers, valid inside ``withReader(_:)`` only.
    struct Reader {
        let foldsCase: Bool
        let units: UnsafeBufferPointer<UInt16>
        let bounds: UnsafeBufferPointer<Int32>
        let slots: UnsafeBufferPointer<Slot>
        let shortKeys: IDTable?

        /// The id of the UTF-16 units in `key`, or nil; the same answer as ``Vocabulary/id(of:)-(ArraySlice<UInt16>)``.
        func id(of key: UnsafeBufferPointer<UInt16>) -> Int32? {
            if let shortKeys, let packed = Vocabulary.pack(key) {
                let id = shortKeys[packed]
                return id >= 0 ? id : nil
            }
            return id(of: key, hash: Vocabulary.hash(of: key, foldsCase: foldsCase))
        }

        /// The id of `key`, whose ``Vocabulary/hash(of:foldsCase:)`` is `hash`, or nil.
        func id(of key: UnsafeBufferPointer<UInt16>, hash: UInt32) -> Int32? {
            let mask = slots.count - 1
            var slot = Int(hash) & mask
            while true {
                let entry = slots[slot]
                if entry.id < 0 { return nil }
                if entry.hash == hash, matches(entry.id, key) { return entry.id }
                slot = (slot + 1) & mask
            }
        }

        private func matches(_ id: Int32, _ key: UnsafeBufferPointer<UInt16>) -> Bool {
            let start = Int(bounds[Int(id)])
            let end = Int(bounds[Int(id) + 1])
            guard end - start == key.count else { return false }
            // The stored key is folded already: compare four units at a time.
            let stored = UnsafeBufferPointer(rebasing: units[start..<end])
            var offset = 0
            while offset < key.count {
                let chunk = Vocabulary.chunk(of: key, at: offset)
                guard (foldsCase ? Vocabulary.fold(chunk: chunk) : chunk) == Vocabulary.chunk(of: stored, at: offset) else { return false }
                offset += 4
            }
            return true
        }
    }

    @usableFromInline
    func lookup<Key: Collection<UInt16>>(_ key: Key) -> Int32? {
        if let found = key.withContiguousStorageIfAvailable({ units in withReader { $0.id(of: units) } }) { return found }
        return Array(key).withUnsafeBufferPointer { units in withReader { $0.id(of: units) } }
    }

    private mutating func place(_ id: Int32, hash: UInt32) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot].id >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(id: id, hash: hash)
    }

    private mutating func rehash(capacity: Int) {
        let old = slots
        slots = Array(repeating: Slot(id: -1, hash: 0), count: capacity)
        for entry in old where entry.id >= 0 { place(entry.id, hash: entry.hash) }
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

    /// Case-folds four UTF-16 units packed in a word, as ``fold(_:)`` folds each.
    static func fold(chunk: UInt64) -> UInt64 {
        if chunk & 0xFF80_FF80_FF80_FF80 == 0 {
            // All ASCII: each lane in A...Z gains 0x20. Lanes stay below 0x100, so no carry crosses into the next.
            let atLeastA = chunk &+ 0x003F_003F_003F_003F
            let pastZ = chunk &+ 0x0025_0025_0025_0025
            return chunk | ((atLeastA & ~pastZ & 0x0080_0080_0080_0080) >> 2)
        }
        var folded: UInt64 = 0
        for lane in stride(from: 0, to: 64, by: 16) {
            folded |= UInt64(fold(UInt16(truncatingIfNeeded: chunk >> UInt64(lane)))) << UInt64(lane)
        }
        return folded
    }

    /// Up to four units of `key` from `offset`, the first in the low bits; missing lanes are zero.
    static func chunk(of key: UnsafeBufferPointer<UInt16>, at offset: Int) -> UInt64 {
        let available = key.count - offset
        if available >= 4 {
            return UInt64(littleEndian: UnsafeRawPointer(key.baseAddress! + offset).loadUnaligned(as: UInt64.self))
        }
        var chunk: UInt64 = 0
        for lane in 0..<available { chunk |= UInt64(key[offset + lane]) << UInt64(lane * 16) }
        return chunk
    }

    /// A hash of the (folded) key that reads four units at a time: hashing
    /// every token of every document is the vocabulary's main cost.
    @usableFromInline
    static func hash<Key: Collection<UInt16>>(_ key: Key, foldsCase: Bool) -> UInt32 {
        if let hash = key.withContiguousStorageIfAvailable({ hash(of: $0, foldsCase: foldsCase) }) { return hash }
        return Array(key).withUnsafeBufferPointer { hash(of: $0, foldsCase: foldsCase) }
    }

    static func hash(of key: UnsafeBufferPointer<UInt16>, foldsCase: Bool) -> UInt32 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = UInt64(key.count) &* multiplier
        var offset = 0
        while offset < key.count {
            let packed = chunk(of: key, at: offset)
            hash = (hash ^ (foldsCase ? fold(chunk: packed) : packed)) &* multiplier
            hash ^= hash >> 29
            offset += 4
        }
        return UInt32(truncatingIfNeeded: (hash &* multiplier) >> 32)
    }
}
