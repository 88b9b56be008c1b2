import NNLab

/// `save model NAME|"file.safetensors"`, `save data "file.csv"`, `save history "run.csv"`.
enum SaveHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        let target = command.positional(1)
        if let path = filePath(command) { try context.fileAccess.permit(path) }
        switch command.variant {
        case "data":
            guard let dataset = state.dataset, let path = target?.text else { throw DataPreparation.noData }
            do { try dataset.writeCSV(to: path, splits: state.splits) } catch { throw CommandFailure(error) }
            let kept = dataset.featureNames != nil || dataset.hasOwnClassNames ? " (the column names and labels it was read with)" : ""
            return [.text("wrote \(dataset.sampleCount) samples with a split column to \(path)\(kept)")]
        case "history":
            guard state.lastRunCount > 0, let path = target?.text else { throw CommandFailure("there is no run yet", fix: "train first") }
            do { try AtomicFile.write(RunHistory.csv(Array(state.lastRuns)), to: path) } catch { throw CommandFailure(error) }
            return [.text("wrote \(state.lastRuns.map(\.stepCount).reduce(0, +)) steps of \(state.lastRunCount) run(s) to \(path)")]
        case "predictions":
            return try savePredictions(command, state, path: target?.text ?? "")
        default:
            guard let network = state.network else { throw InitHandler.noModel }
            if case .string(let path)? = target {
                do { try network.writeSafetensors(to: path) } catch { throw CommandFailure(error) }
                return [.text("wrote \(network.parameterCount) parameters to \(path) (PyTorch nn.Sequential names; load_state_dict reads it)")]
            }
            let name = target?.text ?? "saved"
            state.savedModels[name] = network.copy()
            return [.text("kept a copy of the model as '\(name)'")]
        }
    }

    /// The file a `save` writes: its quoted name; `data`, `history` and `predictions` always write one.
    private static func filePath(_ command: CheckedCommand) -> String? {
        let target = command.positional(1)
        if case .string(let path)? = target { return path }
        return ["data", "history", "predictions"].contains(command.variant) ? target?.text : nil
    }

    /// `save predictions "p.csv" split=val`: one row per sample of the split.
    private static func savePredictions(_ command: CheckedCommand, _ state: SessionState, path: String) throws(CommandFailure) -> [OutputBlock] {
        let (prepared, network) = try TrainingSetup.requireDataAndModel(state)
        let split = command.text("split") ?? "val"
        let data = try TrainingSetup.nonEmptySplit(split, of: prepared)
        let indices = split == "train" ? state.splits?.train : (split == "test" ? state.splits?.test : state.splits?.validation)
        let predictions = Predictions(network: network, inputs: data.features, labels: data.labels, indices: indices ?? [])
        let names = data.hasOwnClassNames ? data.classNames : nil
        do { try AtomicFile.write(predictions.csv(classNames: names), to: path) } catch { throw CommandFailure(error) }
        let correct = zip(predictions.labels, predictions.predicted).filter { $0 == $1 }.count
        let first = names?.first ?? "0", last = names?.last ?? String(network.outputFeatures - 1)
        return [.text("wrote \(data.sampleCount) \(split) predictions (\(correct) correct) to \(path): index,label,predicted,p_\(first)..p_\(last)")]
    }
}

/// `load model NAME|"file.safetensors"`: the weights come back; optimizer state starts fresh.
/// A file nnlab wrote describes its model and is rebuilt from that; a file without the
/// description (PyTorch's `save_file(net.state_dict(), …)`) fills a copy of the current model.
enum LoadHandler {
    static func fromFile(_ path: String, into current: Network?) throws(CommandFailure) -> Network {
        do {
            let (tensors, metadata) = try Network.readSafetensorsFile(from: path)
            if metadata[Network.modelMetadataKey] != nil { return try Network.rebuilt(tensors, metadata: metadata) }
            guard let current else {
                throw CommandFailure("'\(path)' holds weights without a model description (as PyTorch saves a state_dict), so they need a model to go into",
                                     fix: "build the same layers first, e.g. model 4 -> 16 batchnorm relu -> 16 tanh -> 3, then load model \"\(path)\"")
            }
            let network = current.copy()
            try network.load(tensors)
            return network
        } catch let error as CommandFailure {
            throw error
        } catch let error as WeightFileError {
            throw CommandFailure(error)
        } catch {
            throw CommandFailure("\(error)")
        }
    }

    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        let target = command.positional(1)
        let network: Network
        if case .string(let path)? = target {
            try context.fileAccess.permit(path)
            network = try fromFile(path, into: state.network)
        } else {
            let name = target?.text ?? "saved"
            guard let saved = state.savedModels[name] else {
                let known = state.savedModels.keys.sorted()
                throw CommandFailure("no model saved as '\(name)'", fix: known.isEmpty ? "save model \(name) first" : "saved: \(known.joined(separator: ", "))")
            }
            network = saved.copy()
        }
        if let features = state.results["features"]?.number.map(Int.init), features != network.inputFeatures {
            throw CommandFailure("the model takes \(network.inputFeatures) features but the data has \(features)")
        }
        state.network = network
        state.initialization = nil
        state.optimizer = nil
        state.modelIsTrained = false
        state.results["params"] = .number(Double(network.parameterCount))
        return [.text("loaded model \(ModelDescription.arrows(network)) (\(network.parameterCount) parameters); optimizer state starts fresh")]
    }
}
