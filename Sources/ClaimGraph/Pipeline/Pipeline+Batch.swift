extension Pipeline {
    /// Runs the pipeline over a batch of documents on `jobs` threads (nil: one
    /// per core) and returns them processed, in the order given.
    ///
    ///     let processed = try pipeline.process(documents, jobs: 4)
    ///
    /// For a stream too long to hold in memory, use a ``BatchProcessor``.
    public func process(_ documents: some Sequence<Document>, jobs: Int? = nil) throws(ClaimGraphError) -> [Document] {
        let processor = try BatchProcessor<Document, Document>(pipeline: self, jobs: jobs) { document, worker in
            var document = document
            worker.process(&document)
            return document
        }
        var processed = [Document]()
        processed.reserveCapacity(documents.underestimatedCount)
        for document in documents {
            processor.submit(document) { processed.append($0) }
        }
        processor.finish { processed.append($0) }
        return processed
    }
}
