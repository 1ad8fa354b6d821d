#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor line by line in fixed-size chunks, so that input of
/// any size streams in bounded memory.
public final class LineReader {
    private let descriptor: Int32
    private let closesDescriptor: Bool
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var atEnd = false
    /// The number of the last line returned, starting at 1.
    public private(set) var lineNumber = 0

    /// Reads standard input.
    public convenience init() {
        self.init(descriptor: 0, closesDescriptor: false)
    }

    /// Opens the file at `path`.
    public convenience init(path: String) throws(ClaimGraphError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw .unreadableFile(path: path, reason: String(cString: strerror(errno)))
        }
        self.init(descriptor: descriptor, closesDescriptor: true)
    }

    init(descriptor: Int32, closesDescriptor: Bool, chunkSize: Int = 1 << 20) {
        self.descriptor = descriptor
        self.closesDescriptor = closesDescriptor
        self.buffer = [UInt8](repeating: 0, count: chunkSize)
    }

    deinit {
        if closesDescriptor { close(descriptor) }
    }

    /// The next line without its line terminator ("\n" or "\r\n"), or nil at
    /// the end of input. A final line without a terminator is returned too.
    public func nextLine() throws(ClaimGraphError) -> ArraySlice<UInt8>? {
        while true {
            if let newline = nextNewline() {
                var lineEnd = newline
                if lineEnd > start, buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let line = buffer[start..<lineEnd]
                start = newline + 1
                lineNumber += 1
                return line
            }
            if atEnd {
                guard start < end else { return nil }
                let line = buffer[start..<end]
                start = end
                lineNumber += 1
                return line
            }
            try fill()
        }
    }

    /// Reads the rest of the input whole.
    public func readAll() throws(ClaimGraphError) -> [UInt8] {
        while !atEnd { try fill() }
        let all = Array(buffer[start..<end])
        start = end
        return all
    }

    /// The index of the first newline in the unread bytes (memchr: vectorized).
    private func nextNewline() -> Int? {
        guard start < end else { return nil }
        return buffer.withUnsafeBytes { raw in
            memchr(raw.baseAddress! + start, 0x0A, end - start).map { UnsafeRawPointer($0) - raw.baseAddress! }
        }
    }

    private func fill() throws(ClaimGraphError) {
        if start > 0 {
            buffer.replaceSubrange(0..<(end - start), with: buffer[start..<end])
            end -= start
            start = 0
        }
        if end == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
        let count = buffer.withUnsafeMutableBytes { raw in
            read(descriptor, raw.baseAddress! + end, raw.count - end)
        }
        if count < 0 {
            if errno == EINTR { return }
            throw .unreadableFile(path: descriptor == 0 ? "<stdin>" : "fd \(descriptor)", reason: String(cString: strerror(errno)))
        }
        if count == 0 { atEnd = true } else { end += count }
    }
}
