// Measures the name lexicons: how long they take to load, and what the
// phrase matcher costs per token with the shipped lexicons and with a
// generated 100,000-entry gazetteer, over Reuters-21578 news.
//
//     swift run -c release name-benchmark [reuters-pool.jsonl] [documents]
//
// Times are CPU time of the benchmark's thread (of the whole process for
// Pipeline(), which compiles the name lexicons on a second thread); it
// prints one table.
import ClaimGraph
import Foundation

@main
enum NameBenchmark {
    static func main() throws {
        // CPU time of this thread, not wall-clock time: the machine is shared, and
        // waiting for a core is not the matcher's cost.
        func cpuTime(_ clock: clockid_t) -> Double {
            var time = timespec()
            clock_gettime(clock, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }

        func seconds(clock: clockid_t = CLOCK_THREAD_CPUTIME_ID, _ body: () throws -> Void) rethrows -> Double {
            let start = cpuTime(clock)
            try body()
            return cpuTime(clock) - start
        }

        /// The best of `runs` timings: the others include the noise of a shared machine.
        func best(_ runs: Int, _ body: () -> Void) -> Double {
            (0..<runs).map { _ in seconds(body) }.min()!
        }

        let arguments = CommandLine.arguments
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let poolPath = arguments.count > 1 ? arguments[1] : root.appendingPathComponent("../shared/texts/reuters-pool.jsonl").standardized.path
        let limit = arguments.count > 2 ? Int(arguments[2]) ?? 4000 : 4000

        guard let data = FileManager.default.contents(atPath: poolPath) else {
            FileHandle.standardError.write(Data("name-benchmark: cannot read \(poolPath)\n".utf8))
            exit(1)
        }
        var texts = [String]()
        for line in data.split(separator: UInt8(ascii: "\n")).prefix(limit) {
            if let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], let text = object["text"] as? String {
                texts.append(text)
            }
        }

        let segmenter = try Segmenter()
        var documents = texts.enumerated().map { Document(id: String($0.offset), text: $0.element) }
        for index in documents.indices { segmenter.segment(&documents[index]) }
        let tokens = documents.reduce(0) { $0 + $1.tokens.count }
        let words = documents.reduce(0) { $0 + $1.tokens.filter { $0.kind == .word || $0.kind == .number }.count }

        var shipped = try Gazetteer()
        let shippedLoad = try seconds { shipped = try Gazetteer.names() }
        var pipeline = try Pipeline()
        let pipelineLoad = try seconds(clock: CLOCK_PROCESS_CPUTIME_ID) { pipeline = try Pipeline() }

        // 100,000 generated company names from the words of the texts: two or three
        // capitalized words and a designator, as companies are named.
        var vocabulary = Set<String>()
        for document in documents.prefix(2000) {
            for token in document.tokens where token.kind == .word && token.flags.contains(.capitalized) && token.length > 2 {
                vocabulary.insert(document.text(of: token))
            }
        }
        let nameWords = vocabulary.sorted()
        let designators = ["Inc", "Corp", "Ltd", "Plc", "Group", "Holdings", "AG", "Co"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var generatedEntries = [Gazetteer.Entry]()
        var seen = Set<String>()
        while generatedEntries.count < 100_000 {
            let count = 2 + next() % 2
            let name = (0..<count).map { _ in nameWords[next() % nameWords.count] }.joined(separator: " ") + " " + designators[next() % designators.count]
            if seen.insert(name).inserted { generatedEntries.append(.init(phrase: name, label: .org)) }
        }
        var large = shipped
        let largeLoad = try seconds { try large.add(generatedEntries) }
        // The same number of names made of letters no text uses: the size of the lexicon alone,
        // without the extra walks that names built from the texts' own words start.
        var foreignEntries = [Gazetteer.Entry]()
        while foreignEntries.count < 100_000 {
            let name = (0..<(2 + next() % 2)).map { _ in
                "Q" + String((0..<(4 + next() % 5)).map { _ in Character(Unicode.Scalar(UInt8(0x61 + next() % 26))) })
            }.joined(separator: " ") + " " + designators[next() % designators.count]
            if seen.insert(name).inserted { foreignEntries.append(.init(phrase: name, label: .org)) }
        }
        var foreign = shipped
        let foreignLoad = try seconds { try foreign.add(foreignEntries) }

        func matcherCost(_ gazetteer: Gazetteer) -> (nanosecondsPerToken: Double, matches: Int) {
            var matches = 0
            let time = best(5) {
                matches = 0
                for document in documents { matches += gazetteer.matches(in: document).count }
            }
            return (time * 1e9 / Double(tokens), matches)
        }

        let small = matcherCost(shipped)
        let big = matcherCost(large)
        let unrelated = matcherCost(foreign)
        let namesTime = best(3) {
            for document in documents { var copy = document; pipeline.stages.forEach { $0.process(&copy) } }
        }

        print("Name lexicons over \(documents.count) Reuters-21578 articles: \(tokens) tokens, \(words) words (release build)")
        print("")
        print("| measure | shipped lexicons (\(shipped.entries.count) phrases) | + 100,000 names of the texts' words | + 100,000 names of unused words |")
        print("|---|---|---|---|")
        print(String(format: "| gazetteer load | %.1f ms | %.1f ms (added) | %.1f ms (added) |", shippedLoad * 1000, largeLoad * 1000, foreignLoad * 1000))
        print(String(format: "| matcher cost per token | %.1f ns | %.1f ns | %.1f ns |", small.nanosecondsPerToken, big.nanosecondsPerToken, unrelated.nanosecondsPerToken))
        print(String(format: "| matcher throughput | %.1f M tokens/s | %.1f M tokens/s | %.1f M tokens/s |",
                     1000 / small.nanosecondsPerToken, 1000 / big.nanosecondsPerToken, 1000 / unrelated.nanosecondsPerToken))
        print("| matches | \(small.matches) | \(big.matches) | \(unrelated.matches) |")
        print("")
        print(String(format: "Pipeline() start-up with every lexicon: %.1f ms of CPU (all threads)", pipelineLoad * 1000))
        print(String(format: "Entity stages (%@) on segmented text: %.2f M words/s, %.0f ns per token", pipeline.stageNames.joined(separator: ", "),
                     Double(words) / namesTime / 1e6, namesTime * 1e9 / Double(tokens)))
    }
}
