extension RunHistory {
    /// The CSV header of `csvRows`.
    public static let csvHeader = "run,step,epoch,lr,loss,train_loss,train_acc,val_loss,val_acc"

    /// One row per step: run name, step (from 1), epoch, learning rate, batch loss,
    /// and, on the step that closes a validation point, that point's metrics.
    public func csvRows() -> [String] {
        var pointsByStep: [Int: EpochRecord] = [:]
        for record in epochs { pointsByStep[record.step] = record }
        let run = csvField(name)
        return (0..<stepCount).map { index in
            var fields = [run, String(index + 1), String(stepEpochs[index]),
                          String(stepLearningRates[index]), String(stepLosses[index])]
            if let point = pointsByStep[index + 1] {
                fields += [String(point.trainLoss), String(point.trainAccuracy),
                           point.validationLoss.map { String($0) } ?? "", point.validationAccuracy.map { String($0) } ?? ""]
            } else {
                fields += ["", "", "", ""]
            }
            return fields.joined(separator: ",")
        }
    }

    /// The whole CSV of several runs.
    public static func csv(_ runs: [RunHistory]) -> String {
        ([csvHeader] + runs.flatMap { $0.csvRows() }).joined(separator: "\n") + "\n"
    }

    private func csvField(_ text: String) -> String {
        text.contains(where: { ",\"\n".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
