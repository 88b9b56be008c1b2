import NNLab

/// The runs a list-valued `train` makes: one per combination of the listed values.
enum RunCombinations {
    /// Every combination, as a command whose options hold single values.
    static func expand(_ command: CheckedCommand) -> [CheckedCommand] {
        var combinations = [command]
        for axis in command.sweepAxes {
            guard case .values(let values) = axis.domain else { continue }
            combinations = combinations.flatMap { partial in
                values.map { value in
                    var next = partial
                    next.options[axis.name] = value
                    if !next.explicitOptions.contains(axis.name) { next.explicitOptions.append(axis.name) }
                    return next
                }
            }
        }
        for index in combinations.indices { combinations[index].sweepAxes = [] }
        return combinations
    }

    /// `batch=32 lr=0.01`: the value of every option that varies across the runs, after
    /// the `name=` given, if any.
    /// The values of the `for` loops around it (`loops`) stand in for a missing `name=`.
    static func name(of command: CheckedCommand, varying: [String], loops: [String] = []) -> String {
        let values = varying.compactMap { option in command.options[option].map { "\(option)=\($0)" } }
        return ((command.text("name").map { [$0] } ?? loops) + values).joined(separator: " ")
    }

    /// `name`, or `name #2`, `name #3`… when earlier runs have it, so runs stay apart.
    static func unique(_ name: String, among runs: [RunHistory]) -> String {
        UniqueName.make(name, taken: Set(runs.map(\.name)))
    }

    private static func isSwept(_ option: String, _ command: CheckedCommand) -> Bool {
        !["epochs", "steps", "batch", "eval", "patience", "restore", "clip", "name", "live"].contains(option)
    }

    /// The `best` record: the varying options' values (then the other options given),
    /// then the run's results.
    static func bestRecord(_ command: CheckedCommand, varying: [String], history: RunHistory) -> Value {
        let options = varying + command.explicitOptions.filter { isSwept($0, command) && !varying.contains($0) }
        var fields = options
            .compactMap { option in command.options[option].map { Record.Field(name: option, value: $0) } }
        if let final = history.final { fields += resultFields(final) }
        return .record(Record(fields))
    }

    /// `train_loss`, `train_acc`, then `val_loss` and `val_acc` when measured: the results part of a `best` record.
    static func resultFields(_ final: FinalMetrics) -> [Record.Field] {
        var fields = [Record.Field(name: "train_loss", value: .number(final.trainLoss)),
                      Record.Field(name: "train_acc", value: .number(final.trainAccuracy))]
        if let loss = final.validationLoss { fields.append(Record.Field(name: "val_loss", value: .number(loss))) }
        if let acc = final.validationAccuracy { fields.append(Record.Field(name: "val_acc", value: .number(acc))) }
        return fields
    }
}
