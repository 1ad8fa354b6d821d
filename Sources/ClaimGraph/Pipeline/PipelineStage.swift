/// One named step of a ``Pipeline``: reads a document and adds its layer.
///
/// Stages run in order after segmentation; each adds entities or claims and
/// never changes what an earlier stage wrote. A stage is shared by all
/// workers, so it must be immutable once built.
///
///     struct TickerTagger: PipelineStage {
///         let name = "tickers"
///         func process(_ document: inout Document) { ... }
///     }
public protocol PipelineStage: Sendable {
    /// The stage's name, used to list, disable or replace it ("money", "claims").
    var name: String { get }
    /// Adds this stage's layer to the document.
    func process(_ document: inout Document)
}
