#if canImport(Glibc)
import Glibc
#endif

/// Reports problems on standard error, one line each: "claimgraph: FILE:LINE:COLUMN: REASON".
enum Diagnostics {
    static func report(_ error: any Error) {
        var standardError = OutputStream.standardError
        standardError.write(Array("claimgraph: \(error)\n".utf8))
        standardError.flush()
    }
}

/// A buffered writer to a file descriptor.
struct OutputStream {
    let descriptor: Int32
    private var buffer: [UInt8] = []

    static var standardOutput: OutputStream { OutputStream(descriptor: 1) }
    static var standardError: OutputStream { OutputStream(descriptor: 2) }

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(1 << 16)
    }

    mutating func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { raw in
                Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                break
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
