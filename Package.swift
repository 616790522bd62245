// swift-tools-version:6.0
// Jobsag: a keyboard-driven terminal application for caseworkers in Danish jobcenters.
import PackageDescription

let package = Package(
    name: "Jobsag",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "jobsag", targets: ["jobsag"]),
        .executable(name: "jobsag-bench", targets: ["jobsag-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // HMAC for the keyed CPR digests of the case index (no CPR number in clear outside the case files).
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        // The PostgreSQL backend (a jobcenter's shared store): the wire protocol, its event loops and logger.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // The config file (config.toml): a TOML parser that reports where a syntax error is.
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNCursesW",
            path: "Sources/CNCursesW",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The C library's malloc tuning: large blocks from the heap (jobsag's MemoryAllocator).
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        // The compiler's prefetch hint: the search's scan asks for the next texts ahead.
        .systemLibrary(name: "CPrefetch", path: "Sources/CPrefetch"),
        // The system's zlib: the store's backups are gzip-compressed tar.
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "JobsagResources",
            path: "Resources",
            resources: [.copy("Strings"), .copy("Demo")]
        ),
        .target(name: "JobsagCore", dependencies: ["CPrefetch"]),
        .target(name: "JobsagRules", dependencies: ["JobsagCore"]),
        .target(name: "JobsagStore", dependencies: ["JobsagCore", "CZlib", .product(name: "Crypto", package: "swift-crypto")]),
        // The PostgreSQL store: one database shared by a jobcenter, the same promises as the files.
        .target(
            name: "JobsagPostgres",
            dependencies: [
                "JobsagCore", "JobsagStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOFoundationEssentialsCompat", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The rules as a store applies them: its local policy, the caseload columns a database keeps.
        .target(name: "JobsagStoreRules", dependencies: ["JobsagCore", "JobsagRules", "JobsagStore", "JobsagPostgres"]),
        .target(name: "JobsagDemo", dependencies: ["JobsagCore", "JobsagResources"]),
        .target(name: "JobsagExport", dependencies: ["JobsagCore", "JobsagRules"]),
        .target(name: "JobsagReview", dependencies: ["JobsagCore", "JobsagRules", "JobsagExport"]),
        .target(name: "TerminalKit"),
        .target(
            name: "JobsagApp",
            dependencies: ["JobsagCore", "JobsagRules", "JobsagReview", "TerminalKit", "JobsagResources"]
        ),
        .target(name: "CursesTerminal", dependencies: ["CNCursesW", "TerminalKit"]),
        .target(name: "ProcessMemory", dependencies: ["CMalloc"]),
        // The user's config file: its settings checked with file, line and column, and where each came from.
        .target(
            name: "JobsagConfig",
            dependencies: ["JobsagCore", "JobsagStore", "JobsagApp", "TerminalKit", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .executableTarget(
            name: "jobsag",
            dependencies: [
                "JobsagCore", "JobsagRules", "JobsagStore", "JobsagPostgres", "JobsagStoreRules", "JobsagDemo", "JobsagApp", "JobsagExport",
                "JobsagReview", "CursesTerminal", "TerminalKit", "JobsagResources", "JobsagConfig", "ProcessMemory",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmark (BENCHMARKS.md): runs the release jobsag and its peers on demo stores.
        .executableTarget(
            name: "jobsag-bench",
            dependencies: [
                "JobsagCore", "JobsagRules", "JobsagStore", "JobsagPostgres", "JobsagStoreRules", "JobsagApp", "TerminalKit",
                "JobsagResources", "ProcessMemory", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "JobsagCoreTests", dependencies: ["JobsagCore"]),
        .testTarget(name: "JobsagRulesTests", dependencies: ["JobsagRules", "JobsagCore"]),
        .testTarget(
            name: "JobsagStoreTests",
            dependencies: ["JobsagStore", "JobsagCore", "JobsagStoreTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        // Sample cases shared by the store's tests and its test tool.
        .target(name: "JobsagStoreTestSupport", dependencies: ["JobsagCore", "JobsagStore"], path: "Tests/StoreTestSupport"),
        // The store's crash child and benchmark: processes the store tests start and kill.
        .executableTarget(
            name: "jobsag-store-test-tool",
            dependencies: ["JobsagStore", "JobsagCore", "JobsagStoreTestSupport"],
            path: "Tests/StoreTestTool"
        ),
        .testTarget(name: "JobsagDemoTests", dependencies: ["JobsagDemo", "JobsagCore"]),
        .testTarget(name: "JobsagExportTests", dependencies: ["JobsagExport", "JobsagRules", "JobsagCore", "JobsagDemo", "ProcessTestSupport"]),
        .testTarget(
            name: "JobsagReviewTests", dependencies: ["JobsagReview", "JobsagRules", "JobsagCore", "JobsagDemo", "ProcessTestSupport"]
        ),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit"]),
        .testTarget(
            name: "JobsagAppTests",
            dependencies: ["JobsagApp", "JobsagCore", "JobsagRules", "JobsagReview", "JobsagDemo", "TerminalKit", "JobsagResources"],
            exclude: ["Golden"]
        ),
        .testTarget(name: "CursesTerminalTests", dependencies: ["CursesTerminal", "TerminalKit"]),
        .testTarget(name: "JobsagConfigTests", dependencies: ["JobsagConfig", "JobsagApp", "JobsagCore", "JobsagStore", "TerminalKit"]),
        // A private PostgreSQL cluster for the tests (initdb in a temporary directory, a Unix socket only).
        .target(name: "PostgresTestSupport", dependencies: ["ProcessTestSupport"], path: "Tests/PostgresTestSupport"),
        // The store's promises on both backends: the JSON files and PostgreSQL.
        .testTarget(
            name: "StoreConformanceTests",
            dependencies: [
                "JobsagStore", "JobsagPostgres", "JobsagStoreRules", "JobsagRules", "JobsagCore", "JobsagStoreTestSupport",
                "PostgresTestSupport", .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOEmbedded", package: "swift-nio"),
            ]
        ),
        // The benchmark's load on a database: its count of lost updates, and a run on a private cluster.
        .testTarget(
            name: "JobsagBenchTests",
            dependencies: [
                "jobsag-bench", "JobsagCore", "JobsagStore", "JobsagPostgres", "JobsagStoreRules", "JobsagStoreTestSupport",
                "PostgresTestSupport",
            ]
        ),
        // Running a program from a test, with a time limit: for the end-to-end and fuzz tests.
        .target(name: "ProcessTestSupport", path: "Tests/ProcessTestSupport"),
        .testTarget(name: "EndToEndTests", dependencies: ["JobsagCore", "ProcessTestSupport", "PostgresTestSupport"]),
        // The crashers (Tests/Fixtures/crashers) and the seeded mutation run, through the built jobsag.
        .testTarget(name: "FuzzTests", dependencies: ["JobsagCore", "ProcessTestSupport"]),
    ]
)
