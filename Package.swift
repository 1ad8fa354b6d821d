// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ClaimGraph",
    products: [
        .library(name: "ClaimGraph", targets: ["ClaimGraph"]),
        .executable(name: "claimgraph", targets: ["ClaimGraphCLI"]),
        .executable(name: "claimgraph-bench", targets: ["ClaimGraphBench"]),
        .executable(name: "name-benchmark", targets: ["NameBenchmark"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev", "pkg-config"])]
        ),
        .target(name: "ICUBridge", dependencies: ["CICU"]),
        .executableTarget(name: "LexiconEmbedder"),
        .plugin(name: "EmbedLexicons", capability: .buildTool(), dependencies: ["LexiconEmbedder"]),
        .target(
            name: "ClaimGraph",
            dependencies: ["ICUBridge"],
            exclude: ["Lexicons/README.md", "Claims/README.md"],
            plugins: ["EmbedLexicons"]
        ),
        .executableTarget(
            name: "ClaimGraphCLI",
            dependencies: [
                "ClaimGraph",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "ClaimGraphBench",
            dependencies: [
                "ClaimGraph",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "NameBenchmark",
            dependencies: ["ClaimGraph"],
            path: "Evaluation/NameBenchmark"
        ),
        .testTarget(
            name: "ClaimGraphTests",
            dependencies: ["ClaimGraph", "ClaimGraphCLI"],
            exclude: ["Cases"]
        ),
    ]
)
