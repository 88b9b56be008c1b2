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

    /// `lr=0.01 wd=0.0001`: the swept options' values.
    static func name(of command: CheckedCommand) -> String {
        command.text("name") ?? command.explicitOptions
            .filter { option in command.options[option]?.list == nil && isSwept(option, command) }
            .map { "\($0)=\(command.options[$0]!)" }.joined(separator: " ")
    }

    private static func isSwept(_ option: String, _ command: CheckedCommand) -> Bool {
        !["epochs", "steps", "batch", "eval", "patience", "restore", "clip", "name"].contains(option)
    }

    /// The `best` record: the swept options' values, then the run's results.
    static func bestRecord(_ command: CheckedCommand, history: RunHistory) -> Value {
        var fields = command.explicitOptions.filter { isSwept($0, command) }
            .compactMap { option in command.options[option].map { Record.Field(name: option, value: $0) } }
        if let final = history.final {
            fields.append(Record.Field(name: "train_loss", value: .number(final.trainLoss)))
            fields.append(Record.Field(name: "train_acc", value: .number(final.trainAccuracy)))
            if let loss = final.validationLoss { fields.append(Record.Field(name: "val_loss", value: .number(loss))) }
            if let acc = final.validationAccuracy { fields.append(Record.Field(name: "val_acc", value: .number(acc))) }
        }
        return .record(Record(fields))
    }
}
