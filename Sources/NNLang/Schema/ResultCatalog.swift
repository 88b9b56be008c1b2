/// A read-only name that commands publish, from LANGUAGE.md's results table.
public struct ResultName: Sendable {
    /// The name, e.g. `val_acc`.
    public let name: String
    /// The commands that publish it, e.g. `train`.
    public let publishers: [String]
    /// What it measures, in one line.
    public let meaning: String
}

/// Every published result name, in the order `show results` lists them.
public enum ResultCatalog {
    /// The table of results.
    public static let all: [ResultName] = [
        ResultName(name: "classes", publishers: ["data", "split"], meaning: "the number of classes"),
        ResultName(name: "features", publishers: ["data", "split"], meaning: "the number of input features"),
        ResultName(name: "samples", publishers: ["data", "split"], meaning: "the number of samples"),
        ResultName(name: "params", publishers: ["model"], meaning: "trainable parameters"),
        ResultName(name: "initial_loss", publishers: ["check loss"],
                   meaning: "loss at initialization, regularization off"),
        ResultName(name: "grad_error", publishers: ["check gradients"],
                   meaning: "largest relative gradient error over all parameters"),
        ResultName(name: "loss", publishers: ["train", "overfit", "ema"], meaning: "loss on the data trained on"),
        ResultName(name: "train_loss", publishers: ["train", "overfit", "ema"], meaning: "loss on the data trained on"),
        ResultName(name: "train_acc", publishers: ["train", "overfit", "ema"], meaning: "accuracy on the data trained on"),
        ResultName(name: "val_loss", publishers: ["train", "ensemble", "snapshot", "ema"],
                   meaning: "loss on the validation split (of the combination, for ensemble and snapshot)"),
        ResultName(name: "val_acc", publishers: ["train", "ensemble", "snapshot", "ema"],
                   meaning: "accuracy on the validation split (of the combination, for ensemble and snapshot)"),
        ResultName(name: "member_acc", publishers: ["ensemble", "snapshot"],
                   meaning: "the members' (or snapshots') mean accuracy on the validation split"),
        ResultName(name: "member_loss", publishers: ["ensemble", "snapshot"],
                   meaning: "the members' (or snapshots') mean loss on the validation split"),
        ResultName(name: "raw_acc", publishers: ["ema"],
                   meaning: "val accuracy of the raw final weights, against the averaged ones in val_acc"),
        ResultName(name: "test_loss", publishers: ["evaluate test"], meaning: "loss on the test split"),
        ResultName(name: "test_acc", publishers: ["evaluate test"], meaning: "accuracy on the test split"),
        ResultName(name: "epochs_run", publishers: ["train", "ema"], meaning: "epochs the last run went"),
        ResultName(name: "steps_run", publishers: ["train", "ema"], meaning: "steps the last run went"),
        ResultName(name: "best_epoch", publishers: ["train", "ema"], meaning: "the epoch with the best validation loss"),
        ResultName(name: "lr_suggested", publishers: ["lrfind"], meaning: "the suggested learning rate"),
        ResultName(name: "update_ratio", publishers: ["train", "ema", "show updates"],
                   meaning: "median over layers of the last step's real update |Δw|/|w|"),
        ResultName(name: "diagnosis", publishers: ["diagnose"],
                   meaning: "good, underfitting, overfitting, exploding, flat, plateau, noisy or val_above_train"),
        ResultName(name: "best", publishers: ["train", "sweep", "grid"],
                   meaning: "the best run's option values and results (best.lr, best.val_acc)"),
        ResultName(name: "descent", publishers: ["descend"],
                   meaning: "where the last path ended: descent.loss, .distance (to the minimum), .x, .y, .steps, .diverged"),
    ]

    /// The result with this name, if it is one.
    public static func result(named name: String) -> ResultName? {
        all.first { $0.name == name }
    }

    /// Whether a name is a read-only result.
    public static func isResult(_ name: String) -> Bool {
        result(named: name) != nil
    }
}
