import Foundation
import Testing
@testable import NNLab
@testable import NNLang

/// `sweep`, `grid`, `plot sweep` and the shards' results files.
@Suite struct SearchCommandTests {
    static let setup = "seed 0\ndata digits points=40\nmodel 64 -> 32 relu -> 10\n"
    static let sweep = "sweep lr=logu(1e-4,1e-1) wd=[0,1e-4] trials=6 epochs=1"

    private func run(_ text: String, workers: Int = 2, shard: Shard? = nil) -> (Interpreter, String) {
        let source = SourceFile(name: "test.nnlab", text: text)
        let renderer = TranscriptRenderer(width: 80, height: 12, source: source)
        let interpreter = Interpreter()
        interpreter.searchWorkers = workers
        interpreter.searchShard = shard
        var output = ""
        _ = interpreter.run(source) { output += renderer.render(command: $0.source, blocks: $0.blocks) }
        return (interpreter, output)
    }

    @Test func resultsAreTheSameWithOneAndTwoWorkers() throws {
        let (one, oneText) = run(Self.setup + Self.sweep, workers: 1)
        let (two, twoText) = run(Self.setup + Self.sweep, workers: 2)
        let search = try #require(one.state.lastSearch)
        #expect(search.trials.count == 6)
        #expect(search == two.state.lastSearch)
        #expect(oneText == twoText)
    }

    @Test func aSearchIsAnExperimentThatLeavesTheModelAndPublishesBest() throws {
        let (before, _) = run(Self.setup + "train epochs=1")
        let (after, output) = run(Self.setup + "train epochs=1\n" + Self.sweep)
        let weights = { (interpreter: Interpreter) in
            interpreter.state.network!.layers.flatMap { $0.parameters.flatMap { $0.storage.map(\.bitPattern) } }
        }
        #expect(weights(after) == weights(before))
        #expect(after.state.runs.count == 1 && after.state.results["val_acc"] == before.state.results["val_acc"])
        let search = try #require(after.state.lastSearch)
        let best = try #require(search.best)
        guard case .record(let record)? = after.state.results["best"] else { Issue.record("no best: \(output)"); return }
        #expect(record["lr"] == best.values[0] && record["val_acc"] == .number(best.validationAccuracy!))
        #expect(search.trials.allSatisfy { ($0.validationAccuracy ?? 1) <= best.validationAccuracy! })
        let lr = try #require(best.values[0].number)
        #expect((1e-4...1e-1).contains(lr))
        #expect(output.contains("best: trial \(best.index + 1), lr=\(best.values[0].literal) wd="), "\(output)")
    }

    @Test func theTableIsSortedByValidationAccuracy() throws {
        let (interpreter, output) = run(Self.setup + Self.sweep)
        let rows = output.components(separatedBy: "train_loss  val_loss  val_acc  ended")[1].split(separator: "\n").dropFirst(1).prefix(6)
        let accuracies = rows.compactMap { Double($0.split(separator: " ").dropLast().last ?? "") }
        #expect(accuracies.count == 6, "\(output)")
        #expect(accuracies == accuracies.sorted(by: >))
        #expect(interpreter.state.lastSearch!.ranked.first == interpreter.state.lastSearch!.best)
    }

    @Test func aTrialTrainsAsTrainWouldFromTheSameStart() throws {
        let (searched, _) = run(Self.setup + Self.sweep)
        let trial = try #require(searched.state.lastSearch?.trials[2])
        let (trained, _) = run(Self.setup + "train epochs=1 lr=\(trial.values[0].literal) wd=\(trial.values[1].literal)")
        #expect(trained.state.results["val_acc"] == .number(trial.validationAccuracy!))
        #expect(trained.state.results["train_loss"] == .number(trial.metrics!.trainLoss))
    }

    @Test func aGridRunsEveryCombinationAndDrawsAHeatmap() throws {
        let (interpreter, output) = run(Self.setup + "grid lr=[1e-3,1e-2] batch=[16,32,64] epochs=1\nplot sweep")
        let search = try #require(interpreter.state.lastSearch)
        #expect(search.trials.count == 6)
        let pairs = Set(search.trials.map { "\($0.values[0].literal) \($0.values[1].literal)" })
        #expect(pairs == ["0.001 16", "0.001 32", "0.001 64", "0.01 16", "0.01 32", "0.01 64"])
        #expect(output.components(separatedBy: "val_acc of each lr and batch").count == 3, "\(output)")
    }

    @Test func aGridCanSwitchAnOptionOnAndOff() throws {
        let setup = Self.setup + "optimizer sgd lr=0.1 momentum=0.9\n"
        let (interpreter, output) = run(setup + "grid nesterov=[true,false] lr=[0.01,0.1] epochs=1")
        let search = try #require(interpreter.state.lastSearch)
        let pairs = Set(search.trials.map { "\($0.values[0].literal) \($0.values[1].literal)" })
        #expect(pairs == ["true 0.01", "true 0.1", "false 0.01", "false 0.1"], "\(output)")
        let trial = try #require(search.trials.first { $0.values == [.bool(false), .number(0.1)] })
        let (trained, _) = run(setup + "train nesterov=false lr=0.1 epochs=1")
        #expect(trained.state.results["val_acc"] == .number(trial.validationAccuracy!))
        #expect(output.contains("so train with nesterov=best.nesterov lr=best.lr to use it"), "\(output)")
    }

    @Test func aSwitchCannotBeDrawnFromARange() {
        let (_, output) = run(Self.setup + "optimizer sgd momentum=0.9\nsweep nesterov=uniform(0,1) trials=2 epochs=1")
        #expect(output.contains("error: 'nesterov' expects true|false"), "\(output)")
    }

    @Test func drawnWholeNumberOptionsAreWholeNumbers() throws {
        let (interpreter, output) = run(Self.setup + "sweep batch=uniform(8,100) trials=5 epochs=1")
        let batches = try #require(interpreter.state.lastSearch?.trials.map { $0.values[0].number ?? -1 })
        #expect(batches.allSatisfy { $0 == $0.rounded() && (8...100).contains($0) }, "\(batches) \(output)")
    }

    @Test func aBestOnTheEdgeOfTheRangeEarnsAWarning() {
        let (_, output) = run(Self.setup + "grid lr=[1e-5,1e-4,1e-3,1e-2] epochs=1")
        #expect(output.contains("warning: the best lr (0.01) lies at the high edge of [1e-5, 1e-4, 0.001, 0.01]"), "\(output)")
        let (_, middle) = run(Self.setup + "grid lr=[1e-4,1e-2,10] epochs=1")
        #expect(middle.contains("best: trial 2, lr=0.01"), "\(middle)")
        #expect(!middle.contains("edge of"), "\(middle)")
    }

    @Test func refusalsNameTheFixAndLeaveTheSessionAsItWas() {
        let cases = [
            (Self.setup + "sweep trials=3 epochs=1", "sweep needs at least one option to search"),
            (Self.setup + "split train=0.9 val=0 test=0.1\n" + Self.sweep, "the val split is empty"),
            ("seed 0\ndata digits points=40\n" + Self.sweep, "error:"),
            (Self.setup + "plot sweep", "there is no search to plot yet"),
            (Self.setup + "sweep lr=[0.1,0.01] trials=[2,3] epochs=1", "trials= takes one number"),
            (Self.setup + "sweep lr=logu(1e-4,1e-1) momentum=[0,0.9] trials=2 epochs=1", "momentum= does nothing with the adam optimizer"),
        ]
        for (script, message) in cases {
            let (interpreter, output) = run(script)
            #expect(output.contains(message), "\(output)")
            #expect(interpreter.state.lastSearch == nil && interpreter.state.results["best"] == nil)
            #expect(interpreter.state.streams.search == RandomStreams(seed: 0).search)
        }
    }

    @Test func ctrlCStopsStartingTrialsAndKeepsTheFinishedOnes() throws {
        let source = SourceFile(name: "test.nnlab", text: Self.setup + Self.sweep)
        let interpreter = Interpreter()
        interpreter.searchWorkers = 1
        var polls = 0
        interpreter.isInterrupted = {
            polls += 1
            return polls > 14
        }
        var output = ""
        _ = interpreter.run(source) { output += TranscriptRenderer().render(command: $0.source, blocks: $0.blocks) }
        let search = try #require(interpreter.state.lastSearch, "\(output)")
        #expect((1..<6).contains(search.trials.count), "\(output)")
        #expect(search.trials.map(\.index) == Array(0..<search.trials.count))
        #expect(output.contains("interrupted: \(search.trials.count) of 6 trials finished; the table holds those"), "\(output)")
    }

    @Test func shardsMergeIntoTheWholeSearch() throws {
        let (whole, _) = run(Self.setup + Self.sweep)
        var slices: [(name: String, result: SearchResult)] = []
        for index in 1...4 {
            let (sliced, _) = run(Self.setup + Self.sweep, shard: Shard(index: index, count: 4))
            let slice = try #require(sliced.state.lastSearch)
            #expect(slice.trials.allSatisfy { $0.index % 4 == index - 1 })
            slices.append(("shard\(index)", try SearchResult(decoding: slice.encoded())))
        }
        let merged = try SearchMerge.merge(slices)
        #expect(merged == whole.state.lastSearch)
        let render = { (result: SearchResult) in TranscriptRenderer().render(command: "", blocks: SearchReport.blocks(result)) }
        #expect(render(merged) == render(whole.state.lastSearch!))
    }

    @Test func mergeRefusesMissingRepeatedAndForeignShards() throws {
        let slice = { (index: Int, text: String) in self.run(Self.setup + text, shard: Shard(index: index, count: 2)).0.state.lastSearch! }
        let one = slice(1, Self.sweep), two = slice(2, Self.sweep), foreign = slice(2, "sweep lr=logu(1e-3,1e-1) trials=6 epochs=1")
        func message(_ slices: [(String, SearchResult)]) -> String {
            do { _ = try SearchMerge.merge(slices.map { (name: $0.0, result: $0.1) }); return "merged" } catch { return error.description }
        }
        #expect(message([("a", one)]).contains("shard 2/2 missing"))
        #expect(message([("a", one), ("b", one)]).contains("a and b are both shard 1/2") || message([("a", one), ("b", one)]).contains("b and a are both shard 1/2"))
        #expect(message([("a", one), ("c", foreign)]).contains("c comes from another search than a"))
        #expect(message([("a", one), ("b", two)]) == "merged")
    }

    @Test func wordsAreSearchedAsTheWordsTheyStandFor() throws {
        let (interpreter, output) = run(Self.setup + "sweep batch=choice(32,\"all\") trials=6 epochs=1")
        let search = try #require(interpreter.state.lastSearch, "\(output.suffix(500))")
        #expect(Set(search.trials.map { $0.values[0] }) == [.number(32), .word("all")])
        #expect(output.contains("best val_acc for each batch"), "\(output.suffix(2000))")
        let fullBatch = try #require(search.trials.first { $0.values[0] == .word("all") })
        let (trained, _) = run(Self.setup + "train epochs=1 batch=all")
        #expect(trained.state.results["val_acc"] == .number(fullBatch.validationAccuracy!))
    }

    @Test func resultsFilesRoundTripAndRefuseOtherFiles() throws {
        let (interpreter, output) = run(Self.setup + "sweep batch=choice(32,\"all\") lr=uniform(1e-3,1e-2) trials=4 epochs=1")
        let search = try #require(interpreter.state.lastSearch, "\(output.suffix(500))")
        #expect(try SearchResult(decoding: search.encoded()) == search)
        for (bad, reason) in [("{}", "not a results file"), ("[1,2]", "not a results file"),
                              (#"{"format":"nnlab-search","version":9}"#, "format version 9"),
                              (#"{"format":"nnlab-search","version":1,"kind":"sweep"}"#, "a field is missing")] {
            do {
                _ = try SearchResult(decoding: Data(bad.utf8))
                Issue.record("\(bad) was read")
            } catch {
                #expect(error.description.contains(reason), "\(error.description)")
            }
        }
    }
}
