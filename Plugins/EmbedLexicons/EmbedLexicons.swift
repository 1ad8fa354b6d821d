import PackagePlugin

/// Compiles the target's `Lexicons/*.tsv` files into a Swift source file, so
/// the library carries its default lexicons inside the binary: no resource
/// bundle to find at run time, nothing to configure.
@main
struct EmbedLexicons: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let lexicons = target.sourceFiles(withSuffix: "tsv").map(\.url).sorted { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "BundledLexicons.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(lexicons.count) lexicon files",
                executable: try context.tool(named: "LexiconEmbedder").url,
                arguments: [output.path] + lexicons.map(\.path),
                inputFiles: lexicons,
                outputFiles: [output]
            ),
        ]
    }
}
