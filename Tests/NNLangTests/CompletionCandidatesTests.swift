import Foundation
import Testing
@testable import NNLang

/// What Tab offers, without a terminal: the candidates for a line typed so far.
@Suite struct CompletionCandidatesTests {
    /// `best` as a search publishes it, and `descent` with a nested record for the nesting case.
    static let session = SessionNames(values: [
        "best": .record(Record([Record.Field(name: "lr", value: .number(0.01)),
                                Record.Field(name: "val_acc", value: .number(0.9)),
                                Record.Field(name: "val_loss", value: .number(0.3))])),
        "outer": .record(Record([Record.Field(name: "inner", value: .record(Record([Record.Field(name: "x", value: .number(1))])))])),
        "learning": .number(0.1),
        "val_acc": .number(0.9),
    ], savedModels: ["base", "wide"])

    func complete(_ line: String, session: SessionNames = Self.session) -> [String] {
        CompletionCandidates(line: line, session: session, keys: ["help", "history", "reset", "save", "quit"]).candidates
    }

    @Test(arguments: [
        ("train restore=", ["best", "last"]),
        ("train restore=l", ["last"]),
        ("plot loss runs=", ["all", "last"]),
        ("optimizer sgd nesterov=o", ["off", "on"]),
        ("set color=", ["auto", "false", "off", "on", "true"]),
        ("show confusion split=", ["test", "train", "val"]),
        ("data sp", ["spiral"]),
        ("plot a", ["accuracy"]),
        ("help tr", ["train"]),
        ("load model ", ["base", "wide"]),
        ("model 2 -> 16 re", ["relu"]),
        ("model 2 -> (500 ta", ["tanh"]),
        ("model 2 -> 16 relu -> 3 d", ["dropout"]),
    ])
    func optionValuesAndWordsComeFromTheSchema(line: String, expected: [String]) {
        #expect(complete(line) == expected, "\(line)")
    }

    @Test func theFirstSizeOfAModelIsNotALayerWord() {
        #expect(complete("model ").isEmpty)
    }

    @Test(arguments: [
        ("print be", ["best"]),
        ("print best.", ["best.lr", "best.val_acc", "best.val_loss"]),
        ("print best.val_", ["best.val_acc", "best.val_loss"]),
        ("expect best.val_acc > 0.8 and val", ["val_acc"]),
        ("train lr=lea", ["learning"]),
        ("train lr=best.", ["best.lr", "best.val_acc", "best.val_loss"]),
        ("train lr=[0.1, lea", ["learning"]),
        ("print 2*learn", ["learning"]),
        ("let x = best.l", ["best.lr"]),
        ("print outer.inner.", ["outer.inner.x"]),
        ("print lo", ["log(", "logu("]),
        ("for rate in [0.1, 0.01]: train lr=ra", ["rate"]),
        ("sweep lr=logu", ["logu("]),
        ("let factor = 2; print fa", ["factor"]),
    ])
    func expressionsOfferTheSessionsNamesAndFields(line: String, expected: [String]) {
        #expect(complete(line) == expected, "\(line)")
    }

    @Test func fieldsComeFromTheActualValue() {
        #expect(complete("print learning.").isEmpty)
        #expect(complete("print nothing.").isEmpty)
        #expect(complete("print best.lr.").isEmpty)
        #expect(complete("print be", session: SessionNames()).isEmpty)
    }

    @Test func namesAreOfferedWhereExpressionsGoAndNowhereElse() {
        #expect(complete("let lea").isEmpty, "a new variable's name is the user's to choose")
        #expect(complete("for lea").isEmpty)
        #expect(complete("for x in lea") == ["learning"])
        #expect(complete("train restore=lea").isEmpty, "restore takes best or last only")
        #expect(complete("expect val_acc > 0.8 ").contains("tol="))
        #expect(!complete("expect ").contains("tol="))
    }

    @Test func optionsAlreadyGivenAreNotOfferedAgain() {
        #expect(complete("optimizer sgd lr=0.1 l").isEmpty)
        #expect(complete("optimizer sgd mo") == ["momentum="])
        #expect(complete("seed 1; mo") == ["model"])
    }

    @Test func keysAfterALeadingColon() {
        #expect(complete(":h") == ["help", "history"])
        #expect(complete(":") == ["help", "history", "quit", "reset", "save"])
        #expect(complete("for x in [1]: mo") == ["model"], "a for loop's colon is not a key")
    }

    @Test func pathsInsideQuotes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nnlab-complete-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("runs"), withIntermediateDirectories: true)
        for name in ["train.csv", "test.csv", ".hidden"] {
            try Data().write(to: folder.appendingPathComponent(name))
        }
        let base = folder.path + "/"
        #expect(complete("data csv \"" + base + "t") == [base + "test.csv", base + "train.csv"])
        #expect(complete("save history \"" + base + "r") == [base + "runs/"])
        #expect(complete("data csv \"" + base) == [base + "runs/", base + "test.csv", base + "train.csv"])
        #expect(complete("data csv \"" + base + ".") == [base + ".hidden"])
        #expect(complete("data csv \"" + base + "x").isEmpty)
        #expect(complete("data csv \"" + base + "test.csv\" label=").contains("first"), "after the closing quote")
    }

    @Test func aFileSlotOffersThePathsHereWithTheirQuotes() throws {
        func isFolder(_ path: String) -> Bool {
            var folder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
        }
        let here = try FileManager.default.contentsOfDirectory(atPath: ".").filter { !$0.hasPrefix(".") }.sorted()
        let file = try #require(here.first { !isFolder($0) })
        let folder = try #require(here.first(where: isFolder))
        let offered = complete("data csv ")
        #expect(offered.contains("\"\(file)\"") && offered.contains("\"\(folder)/"), "\(offered)")
        #expect(offered.contains("label="), "the options too")
        #expect(complete("save history ").contains("\"\(file)\""))
        #expect(!complete("train name=").contains("\"\(file)\""), "a name is not a file")
        #expect(!complete("data idx \"a.gz\" ").isEmpty, "the second file of idx")
        #expect(complete("data csv " + String(file.prefix(3))).contains("\"\(file)\""), "an unquoted start becomes the quoted path")
        #expect(complete("data csv " + folder + "/").allSatisfy { $0.hasPrefix("\"\(folder)/") }, "inside a folder")
    }

    @Test(arguments: [
        ("print best.va", "print ", "best.va", false),
        ("train lr=be", "train lr=", "be", false),
        ("data csv \"data/tr", "data csv \"", "data/tr", true),
        ("data csv \"a b\" la", "data csv \"a b\" ", "la", false),
        ("print 1+x", "print 1+", "x", false),
        ("", "", "", false),
    ])
    func theWordStartsWhereReadlineStartsIt(line: String, prefix: String, word: String, isQuoted: Bool) {
        let split = CompletionWord(line)
        #expect(split.linePrefix == prefix && split.word == word && split.isQuoted == isQuoted, "\(line)")
    }

    /// Every word Tab offers for an option or after a command name is one the checker takes
    /// there (a function's `log(` only starts a value).
    @Test(arguments: Schema.commands.filter { $0.syntax == nil }.map(\.name))
    func everyOfferedWordIsAccepted(command: String) throws {
        let spec = try #require(Schema.command(named: command))
        let variants: [VariantSpec?] = spec.variants.isEmpty ? [nil] : spec.variants
        let offeredVariants = complete(spec.name + " ", session: SessionNames())
        for variant in spec.variants { #expect(offeredVariants.contains(variant.word), "\(spec.name) \(variant.word)") }
        for variant in variants {
            let head = ([spec.name] + [variant?.word].compactMap { $0 } + spec.positionals(for: variant).map(Self.sample))
                .joined(separator: " ")
            for option in spec.options(for: variant) {
                for value in complete(head + " \(option.name)=", session: SessionNames()) where !value.hasSuffix("(") {
                    let line = head + " \(option.name)=\(value)"
                    do {
                        _ = try check(line)
                    } catch let error as DiagnosticList {
                        let refused: Set<DiagnosticKind> = [.unknownWord, .wrongType, .undefinedName, .unknownOption]
                        #expect(!refused.contains(error.diagnostics[0].kind), "\(line): \(error.diagnostics[0].message)")
                    } catch {
                        Issue.record("\(line): \(error)")
                    }
                }
            }
        }
    }

    /// A value for a positional argument of this type.
    static func sample(_ positional: PositionalSpec) -> String {
        switch positional.type {
        case .string: "\"file.csv\""
        case .name: "base"
        case .commandName: "train"
        default: "1"
        }
    }

    @Test func recordNamesAreKnownSoTabAddsNoSpaceAfterThem() {
        #expect(Self.session.isRecord("best"))
        #expect(Self.session.isRecord("outer.inner"))
        #expect(!Self.session.isRecord("best.lr"))
        #expect(!Self.session.isRecord("nothing"))
        #expect(!Self.session.isRecord("outer.missing"))
    }
}
