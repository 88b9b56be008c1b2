import Testing
@testable import NNLang

/// LANGUAGE.md's defaults are binding: each line is a command written with the defaults the
/// language page shows, which must check to the same options as the bare command.
@Suite struct DefaultsTests {
    @Test(arguments: [
        ("data spiral", "classes=3 points=100 noise=0.2"),
        ("data gaussian", "dims=500 classes=10"),
        ("data csv \"f.csv\"", "label=last header=auto"),
        ("split", "train=0.8 val=0.1 test=0.1"),
        ("preprocess pca", "dims=2"),
        ("init normal", "std=0.01"),
        ("init uniform", "a=0.05"),
        ("init xavier", "gain=1 dist=normal"),
        ("init he", "gain=sqrt(2) dist=normal"),
        ("loss softmax", "l2=0 l1=0 smoothing=0"),
        ("optimizer sgd", "lr=1e-3 momentum=0 dampening=0 nesterov=false wd=0"),
        ("optimizer adam", "lr=1e-3 betas=[0.9,0.999] eps=1e-8 wd=0"),
        ("optimizer adamw", "wd=0.01"),
        ("optimizer rmsprop", "lr=1e-2 alpha=0.99 eps=1e-8 momentum=0 centered=false"),
        ("optimizer adagrad", "lr=1e-2 lr_decay=0 eps=1e-10"),
        ("schedule step", "every=30 factor=0.1 warmup=0"),
        ("schedule multistep", "at=[30,60,90] factor=0.1"),
        ("schedule exp", "gamma=0.95"),
        ("check gradients", "samples=4 h=1e-5 dropout=off"),
        ("overfit", "samples=20 steps=200"),
        ("lrfind", "from=1e-7 to=10 steps=100"),
        ("train", "epochs=10 batch=64 restore=last"),
        ("sweep", "trials=20"),
        ("ensemble", "n=5 epochs=5"),
        ("snapshot", "cycles=5"),
        ("ema", "decay=0.995"),
        ("descend sgd", "steps=50"),
        ("landscape ravine", "cond=20"),
        ("landscape quadratic", "cond=1"),
        ("plot schedule", "epochs=100"),
        ("plot loss", "smooth=0 logy=false runs=last"),
        ("show hardest", "n=10"),
        ("set", "width=80 height=16 color=auto live=off threads=auto portable=off"),
        ("augment", "flip=false crop=0 noise=0 cutout=0 mixup=0 cutmix=0"),
    ])
    func documentedDefaults(head: String, defaults: String) throws {
        #expect(try check(head).options == check(head + " " + defaults).options)
    }

    @Test func usageLines() throws {
        #expect(HelpText.usage(try #require(Schema.command(named: "data")))
                == "data spiral|blobs|circles|moons|xor|gaussian|digits|csv|idx [key=value ...]")
        #expect(HelpText.usage(try #require(Schema.command(named: "evaluate"))) == "evaluate [train|val|test]")
        #expect(HelpText.usage(try #require(Schema.command(named: "seed"))) == "seed SEED")
        #expect(HelpText.usage(try #require(Schema.command(named: "let"))) == "let NAME = expression")
        #expect(HelpText.command("nosuch") == nil)
    }

    @Test func bareWordsTakeTheValuesShown() throws {
        let bare = try check("augment flip crop noise cutout mixup cutmix")
        let shown = try check("augment flip=true crop=1 noise=0.05 cutout=2 mixup=0.4 cutmix=1")
        #expect(bare.options == shown.options)
    }

    @Test func everyResultOfTheLanguageIsCatalogued() {
        let names = ["classes", "features", "samples", "params", "initial_loss", "grad_error", "loss", "train_loss",
                     "train_acc", "val_loss", "val_acc", "member_acc", "member_loss", "raw_acc", "test_loss", "test_acc",
                     "epochs_run", "steps_run", "best_epoch", "lr_suggested", "update_ratio", "diagnosis", "best", "descent"]
        #expect(ResultCatalog.all.map(\.name) == names)
        #expect(ResultCatalog.all.allSatisfy { !$0.meaning.isEmpty && !$0.publishers.isEmpty })
    }

    @Test func expectationsNeedConditions() {
        #expect(allDiagnostics("expect 3").first?.kind == .typeMismatch)
        #expect(allDiagnostics("expect \"a\" ~= 1 tol=1").first?.kind == .typeMismatch)
        #expect(allDiagnostics("expect 1 < 2").isEmpty)
        #expect(allDiagnostics("expect val_acc").isEmpty)
        #expect(allDiagnostics("expect log(3) ~= 1.1 tol=0.01").isEmpty)
    }

    @Test func loopsNeedLists() {
        #expect(allDiagnostics("for x in 3: seed x").first?.kind == .typeMismatch)
        #expect(allDiagnostics("for x in 1..3: seed x").isEmpty)
        #expect(allDiagnostics("for lr in best.lr: seed 0").isEmpty)
    }
}
