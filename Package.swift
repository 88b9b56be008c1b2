// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "nnlab",
    products: [
        .executable(name: "nnlab", targets: ["nnlab"]),
        .executable(name: "nnlab-bench", targets: ["nnlab-bench"]),
        .library(name: "NNLab", targets: ["NNLab"]),
        .library(name: "TextPlot", targets: ["TextPlot"]),
    ],
    targets: [
        .systemLibrary(name: "CBLAS", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        .target(name: "NNLab", dependencies: ["CBLAS"]),
        .target(name: "TextPlot"),
        .target(name: "NNLang", dependencies: ["NNLab", "TextPlot"]),
        .target(name: "NNLessons", dependencies: ["NNLang"]),
        .executableTarget(name: "nnlab", dependencies: ["NNLang", "NNLessons", "CReadline"]),
        .executableTarget(name: "nnlab-bench", dependencies: ["NNLab", "TextPlot"]),
        .testTarget(name: "NNLabTests", dependencies: ["NNLab"]),
        .testTarget(name: "TextPlotTests", dependencies: ["TextPlot"], resources: [.copy("Goldens")]),
        .testTarget(name: "NNLangTests", dependencies: ["NNLang"]),
        .testTarget(name: "NNLessonsTests", dependencies: ["NNLessons"]),
    ]
)
