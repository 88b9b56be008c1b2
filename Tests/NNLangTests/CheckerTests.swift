import Testing
@testable import NNLang

@Suite struct CheckerTests {
    @Test func positionalWordsAndTypedOptions() throws {
        let data = try check("data spiral classes=4 noise=0.3")
        #expect(data.variant == "spiral" && data.word(0) == "spiral")
        #expect(data.integer("classes") == 4 && data.integer("points") == 100 && data.number("noise") == 0.3)
        #expect(data.isSet("classes") && !data.isSet("points"))
        #expect(data.value("only") == nil)
        let csv = try check("data csv \"digits.csv\" label=0 header=false")
        #expect(csv.word(1) == "digits.csv" && csv.optionalInteger("label") == 0 && csv.value("header") == .bool(false))
    }

    @Test func bareOptionWordsTakeTheValueShown() throws {
        let augment = try check("augment flip crop noise=0.1")
        #expect(augment.bool("flip") && augment.integer("crop") == 1 && augment.number("noise") == 0.1)
        #expect(augment.integer("cutout") == 0)
        let plot = try check("plot loss logy smooth")
        #expect(plot.bool("logy") && plot.integer("smooth") == 20)
    }

    @Test func wordsNumbersAndVariables() throws {
        let table = VariableTable(variables: ["rate": .number(0.5)])
        let train = try check("train batch=all lr=rate*2 restore=best name=baseline", in: table)
        #expect(train.text("batch") == "all" && train.optionalInteger("batch") == nil)
        #expect(train.number("lr") == 1 && train.text("restore") == "best" && train.text("name") == "baseline")
        #expect(try check("train batch=32").integer("batch") == 32)
        #expect(try check("check gradients dropout=on").bool("dropout"))
    }

    @Test func listValuedRunsRecordTheirAxes() throws {
        let train = try check("train epochs=5 lr=[1e-1,1e-2] wd=[0, 1e-4] betas=[0.8, 0.9]")
        #expect(train.sweepAxes.map(\.name) == ["lr", "wd"])
        #expect(train.isListValued)
        let runs = train.combinations()
        #expect(runs.count == 4)
        #expect(runs.map { $0.number("lr") } == [0.1, 0.1, 0.01, 0.01])
        #expect(runs.map { $0.number("wd") } == [0, 1e-4, 0, 1e-4])
        #expect(runs.allSatisfy { $0.sweepAxes.isEmpty && $0.integer("epochs") == 5 })
        #expect(runs[0].numbers("betas") == [0.8, 0.9])
    }

    @Test func sweepTakesDistributions() throws {
        let sweep = try check("sweep lr=logu(1e-4,1e-1) wd=[1e-4,1e-5,0] trials=20 epochs=2")
        #expect(sweep.sweepAxes.count == 2)
        #expect(sweep.sweepAxes[0].domain == .distribution(.logUniform(lower: 1e-4, upper: 1e-1)))
        #expect(sweep.integer("trials") == 20)
        let found = allDiagnostics("train lr=logu(1e-4,1e-1)")
        #expect(found.first?.kind == .wrongType)
        #expect(allDiagnostics("sweep lr=uniform(-1,1)").first?.kind == .outOfRange)
        #expect(allDiagnostics("grid lr=choice(1,2)").first?.kind == .wrongType)
    }

    @Test func modelIsExpandedAndCounted() throws {
        let model = try #require(try check("model 2 -> (10 tanh dropout(0.2))*3 -> 5 leaky batchnorm -> 3").model)
        #expect(model.sizes == [2, 10, 10, 10, 5, 3])
        #expect(model.stages[1].operations == [.tanh, .dropout(probability: 0.2)])
        #expect(model.stages[4].operations == [.leakyReLU(slope: 0.01), .batchNorm])
        #expect(model.parameterCount == 30 + 110 + 110 + 55 + 10 + 18)
        let table = VariableTable(results: ["features": .number(2), "classes": .number(3)])
        #expect(try check("model features -> 100 relu -> classes", in: table).model?.sizes == [2, 100, 3])
    }

    @Test(arguments: ["model 2 -> 1e12 -> 3", "model 2 -> 100000 -> 100000 -> 3", "model 2", "model 2 -> 2.5 -> 3",
                      "model 2 -> (10 relu)*100000 -> 3", "model 2 -> 10 relu(3) -> 3", "model 2 -> 10 dropout(1) -> 3"])
    func absurdModelsAreRefused(source: String) {
        #expect(!allDiagnostics(source).isEmpty)
    }

    @Test func theWordComesFirst() {
        let found = allDiagnostics("data classes=3 spiral")
        #expect(found.first?.kind == .missingArgument && found.first?.fix == "the word comes first: data spiral …")
    }

    @Test func crossOptionRules() {
        #expect(allDiagnostics("split train=0.8 val=0.3").first?.kind == .conflictingOptions)
        #expect(allDiagnostics("split train=0.8 val=0.2 test=0").isEmpty)
        #expect(allDiagnostics("train epochs=5 steps=100").first?.kind == .conflictingOptions)
        #expect(allDiagnostics("train steps=100").isEmpty)
        #expect(allDiagnostics("lrfind from=1 to=0.1").first?.kind == .conflictingOptions)
        #expect(allDiagnostics("optimizer sgd nesterov=true").first?.kind == .conflictingOptions)
        #expect(allDiagnostics("optimizer sgd nesterov momentum=0.9").isEmpty)
    }

    @Test func staticCheckDefersRunTimeNames() {
        let script = """
        data spiral
        let hidden = 50
        model features -> hidden relu -> classes
        for lr in [1e-1, 1e-2]: train steps=100 lr=lr
        expect val_acc > 0.5 points=2 "learns"
        expect initial_loss ~= log(classes) tol=0.05
        optimizer sgd lr=???
        """
        #expect(allDiagnostics(script).isEmpty)
    }

    @Test func staticCheckKnowsTheSessionsVariables() throws {
        let source = SourceFile(name: "<prompt>", text: "print target * 2; train lr=target")
        let script = try Parser.parse(source)
        #expect(ScriptChecker.validate(script, source: source, declaredNames: ["target"]).isEmpty)
        #expect(ScriptChecker.validate(script, source: source).map(\.kind) == [.undefinedName, .undefinedName])
    }

    @Test func aVariableCanHoldTheCommandsWord() throws {
        let word = try check("optimizer o lr=0.1", in: VariableTable(variables: ["o": .string("sgd")]))
        #expect(word.variant == "sgd")
        #expect(word.number("lr") == 0.1)
        let wrong = allDiagnostics("let o = 3\noptimizer o")
        #expect(wrong.map(\.kind) == [.unknownWord])
        #expect(wrong.first?.message == "'optimizer' does not know 'o', which holds a number, 3")
        #expect(allDiagnostics("optimizer o").map(\.kind) == [.unknownWord])
    }

    @Test func aValueTypedWhereACommandOrWordGoesIsShownHowToPrint() throws {
        let bare = allDiagnostics("let x = 3\nx")
        #expect(bare.map(\.message) == ["'x' is a value, not a command"])
        #expect(bare.first?.fix == "print x shows it")
        #expect(allDiagnostics("best").first?.fix == "print best shows it")
        #expect(allDiagnostics("trian").first?.suggestion == "train")
        let record = VariableTable(variables: ["r": .record(Record([.init(name: "lr", value: .number(0.1))]))])
        let error = #expect(throws: DiagnosticList.self) { try check("show r", in: record) }
        #expect(error?.diagnostics.first?.fix == "'r' is a value, not a word; print r shows it")
    }

    @Test func aListOfSwitchesRunsOncePerValue() throws {
        let grid = try check("grid nesterov=[true, false] lr=[0.1]")
        #expect(grid.sweepAxes.map(\.name) == ["nesterov", "lr"])
        #expect(grid.sweepAxes.first?.domain == .values([.bool(true), .bool(false)]))
        #expect(throws: DiagnosticList.self) { try check("grid nesterov=[true, 2]") }
    }

    @Test func aLoopOverConstantWordsIsCheckedOncePerWord() {
        #expect(allDiagnostics("for o in [\"sgd\", \"adam\"]: optimizer o lr=0.1").isEmpty)
        let misspelt = allDiagnostics("for o in [\"sgd\", \"adamm\"]: optimizer o")
        #expect(misspelt.map(\.message) == ["'optimizer' does not know 'o', which holds 'adamm'"])
        #expect(misspelt.first?.suggestion == "adam")
        let foreignOption = allDiagnostics("for o in [\"sgd\", \"adam\"]: optimizer o momentum=0.9")
        #expect(foreignOption.map(\.message) == ["unknown option 'momentum' for 'optimizer adam'"])
        // The same mistake in every pass of the loop is reported once.
        #expect(allDiagnostics("for o in [\"sgd\", \"adam\"]: optimizer o; trian").count == 1)
    }

    @Test func aWordKnownOnlyAtRunTimeIsCheckedThen() {
        #expect(allDiagnostics("let o = best.optimizer\noptimizer o lr=0.1").isEmpty)
        let (_, transcript) = session("data blobs\nmodel 2 -> 8 relu -> 3\nfor i in [\"he\", \"zeros\"]: init i")
        #expect(transcript.contains("init he: 51 parameters re-initialized"))
        #expect(transcript.contains("init zeros: 51 parameters re-initialized"))
    }

    @Test func staticCheckReportsEveryError() {
        let found = allDiagnostics("trian\ntrain epoch=5\nsplit val=2\nprint nope")
        #expect(found.map(\.range.start.line) == [1, 2, 3, 4])
    }

    @Test func expectations() throws {
        let source = SourceFile(name: "t", text: "expect initial_loss ~= log(3) tol=0.05 points=2 \"init\"")
        let script = try Parser.parse(source)
        guard case .expect(let expectation) = script.statements[0] else { return }
        let checked = try CheckedExpectation(expectation, source: source,
                                             checker: CommandChecker(environment: VariableTable()))
        let pass = checked.evaluate(in: VariableTable(results: ["initial_loss": .number(1.1)]))
        #expect(pass.passed && pass.points == 2 && pass.tolerance == 0.05)
        #expect(pass.summary == "PASS initial_loss ~= log(3): actual 1.1, expected 1.099 ± 0.05 [2 points] \"init\"")
        let missing = checked.evaluate(in: VariableTable())
        #expect(!missing.passed && missing.reason == "'initial_loss' is not measured yet")
        #expect(allDiagnostics("expect 1 == 1 tol=0.1").first?.kind == .conflictingOptions)
    }

    @Test func comparisonExpectationShowsBothSides() throws {
        let source = SourceFile(name: "t", text: "expect train_acc == 1")
        guard case .expect(let expectation) = try Parser.parse(source).statements[0] else { return }
        let checked = try CheckedExpectation(expectation, source: source,
                                             checker: CommandChecker(environment: VariableTable()))
        let result = checked.evaluate(in: VariableTable(results: ["train_acc": .number(0.95)]))
        #expect(result.summary == "FAIL train_acc == 1: actual 0.95, expected 1")
    }
}

@Suite struct CanonicalTextTests {
    @Test(arguments: [
        ("optimizer adam lr=0.01", "optimizer adam lr=0.01 betas=[0.9,0.999] eps=1e-8 wd=0"),
        ("schedule step warmup=5", "schedule step every=30 factor=0.1 warmup=5"),
        ("model 2 -> (8 tanh)*2 -> 3", "model 2 -> 8 tanh -> 8 tanh -> 3"),
        ("model 2 -> 8 leaky dropout -> 3", "model 2 -> 8 leaky(0.01) dropout(0.5) -> 3"),
        ("data csv \"a.csv\"", "data csv \"a.csv\" label=last header=auto delimiter=auto index=auto missing=error"),
        ("train epochs=5 lr=[0.1,0.01]", "train epochs=5 batch=64 restore=last hard=0 lr=[0.1,0.01]"),
    ])
    func canonicalLines(source: String, expected: String) throws {
        #expect(try check(source).canonicalText == expected)
    }

    @Test func canonicalLinesCheckToTheSameCommand() throws {
        let original = try check("optimizer sgd lr=0.1 momentum=0.9 nesterov")
        #expect(try check(original.canonicalText).options == original.options)
    }
}
