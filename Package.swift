// swift-tools-version:6.0
import PackageDescription

let strict: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .unsafeFlags(["-require-explicit-sendable"]),
]

let package = Package(
    name: "CiteCheck",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "citecheck", targets: ["citecheck"]),
        .library(name: "CiteCheck", targets: ["CiteCheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // The PostgreSQL store (`--store postgres://…`), for many workers sharing one history.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // postgres-nio's own: its event loops and its TLS, named here because the store uses them directly.
        .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.25.0"),
    ],
    targets: [
        // The two thin unsafe layers: typed shims over libcurl's and libxml2's C APIs.
        .systemLibrary(
            name: "CCurl", path: "Sources/CCurl", pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev", "libidn2-dev"])]),
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        // The Public Suffix List (libpsl over Debian's publicsuffix data), for `--shard`.
        .systemLibrary(
            name: "CPSL", path: "Sources/CPSL", pkgConfig: "libpsl",
            providers: [.apt(["libpsl-dev"])]),
        .target(
            name: "CiteCheck",
            dependencies: [
                "CCurl", "CLibXML2", "CPSL",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: strict),
        .executableTarget(
            name: "citecheck",
            dependencies: [
                "CiteCheck",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),
        .testTarget(
            name: "CiteCheckTests",
            dependencies: ["CiteCheck", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Fixtures")],
            swiftSettings: strict),
        .testTarget(
            name: "IntegrationTests",
            dependencies: ["CiteCheck", "citecheck"],
            resources: [.copy("Fixtures")],
            swiftSettings: strict),
    ]
)

// `make fuzz` only: the libFuzzer harness (Sources/CiteCheckFuzz), declared when CITECHECK_FUZZ is
// set and built with AddressSanitizer, coverage instrumentation and libFuzzer's driver (Makefile).
// It needs libFuzzer's runtime to link, so the normal build never sees the target.
if Context.environment["CITECHECK_FUZZ"] != nil {
    package.products.append(.executable(name: "citecheck-fuzz", targets: ["CiteCheckFuzz"]))
    package.targets.append(.executableTarget(name: "CiteCheckFuzz", dependencies: ["CiteCheck"], swiftSettings: strict))
}
