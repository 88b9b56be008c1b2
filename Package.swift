// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "nnlab",
    products: [
        .executable(name: "nnlab", targets: ["nnlab"]),
        .executable(name: "nnlab-bench", targets: ["nnlab-bench"]),
        .library(name: "NNLab", targets: ["NNLab"]),
        .library(name: "TextPlot", targets: ["TextPlot"]),
        .library(name: "Elementary", targets: ["Elementary"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/ordo-one/malloc-interposer.git", from: "1.6.1"),
    ],
    targets: [
        .systemLibrary(name: "CBLAS", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "CFastMath"),
        .target(name: "Elementary"),
        .target(name: "NNLab", dependencies: ["CBLAS", "CFastMath", "CZlib", "Elementary"]),
        .target(name: "TextPlot", dependencies: ["Elementary"]),
        .target(name: "NNLang", dependencies: ["NNLab", "TextPlot", "Elementary"]),
        .target(name: "NNLessons", dependencies: ["NNLang", "NNLab"]),
        .executableTarget(name: "nnlab", dependencies: [
            "NNLang", "NNLessons", "CReadline", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "nnlab-bench", dependencies: [
            "NNLab", "NNLang", "NNLessons", "TextPlot", .product(name: "MallocInterposerSwift", package: "malloc-interposer"),
        ]),
        .testTarget(name: "ElementaryTests", dependencies: ["Elementary"], resources: [.copy("Fixtures")]),
        .testTarget(name: "NNLabTests", dependencies: ["NNLab"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TextPlotTests", dependencies: ["TextPlot", "Elementary"], resources: [.copy("Goldens")]),
        .target(name: "NNLangFuzz", dependencies: ["NNLang"], path: "Tests/NNLangFuzz"),
        .testTarget(name: "NNLangTests", dependencies: ["NNLang", "NNLangFuzz"], exclude: ["Scripts"]),
        .testTarget(name: "NNLessonsTests", dependencies: ["NNLessons", "NNLangFuzz"]),
    ]
)
