import Foundation

extension Network {
    /// The metadata key holding the model's description.
    public static let modelMetadataKey = "nnlab.model"

    /// The tensors as PyTorch's `nn.Sequential` of the same layers names them:
    /// `N.weight` [out, in] and `N.bias` for linear layers; `N.weight`, `N.bias`,
    /// `N.running_mean`, `N.running_var`, `N.num_batches_tracked` for batch norm.
    public func stateDictionary() -> [String: SafeTensor] {
        var tensors: [String: SafeTensor] = [:]
        for (index, layer) in layers.enumerated() {
            switch layer {
            case let linear as Linear:
                tensors["\(index).weight"] = SafeTensor(shape: [linear.outputs, linear.inputs], floats: linear.parameters[0].storage)
                tensors["\(index).bias"] = SafeTensor(shape: [linear.outputs], floats: linear.parameters[1].storage)
            case let norm as BatchNorm:
                let shape = [norm.features]
                tensors["\(index).weight"] = SafeTensor(shape: shape, floats: norm.parameters[0].storage)
                tensors["\(index).bias"] = SafeTensor(shape: shape, floats: norm.parameters[1].storage)
                tensors["\(index).running_mean"] = SafeTensor(shape: shape, floats: norm.buffers[0].storage)
                tensors["\(index).running_var"] = SafeTensor(shape: shape, floats: norm.buffers[1].storage)
                tensors["\(index).num_batches_tracked"] = SafeTensor(integer: Int64(norm.batchesTracked))
            default:
                break
            }
        }
        return tensors
    }

    /// The model description stored in a file's metadata, e.g. `linear(2,100) relu linear(100,3)`.
    public var modelDescription: String { specs.map(\.description).joined(separator: " ") }

    /// The safetensors bytes of this model, with its description in the metadata.
    public func safetensorsBytes() -> [UInt8] {
        SafeTensors.encode(stateDictionary(), metadata: ["format": "pt", Network.modelMetadataKey: modelDescription])
    }

    /// Writes the model to a safetensors file (atomically).
    public func writeSafetensors(to path: String) throws(WeightFileError) {
        if let reason = OutputFile.refusal(for: path) { throw .io(path: path, reason: "cannot write: \(reason)") }
        do {
            try Data(safetensorsBytes()).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .io(path: path, reason: error.localizedDescription)
        }
    }

    /// Rebuilds a model from a safetensors file alone, using its metadata description.
    public static func readSafetensors(from path: String) throws(WeightFileError) -> Network {
        try fromSafetensors(readSafetensorsBytes(from: path))
    }

    /// The tensors and metadata of a safetensors file.
    public static func readSafetensorsFile(from path: String) throws(WeightFileError) -> (tensors: [String: SafeTensor], metadata: [String: String]) {
        try SafeTensors.decode(readSafetensorsBytes(from: path))
    }

    private static func readSafetensorsBytes(from path: String) throws(WeightFileError) -> [UInt8] {
        do {
            return try DataFile.read(path)
        } catch {
            guard case .unreadableFile(_, let reason) = error else { throw .io(path: path, reason: error.description) }
            throw .io(path: path, reason: "the file cannot be read (\(reason))")
        }
    }

    /// Rebuilds a model from safetensors bytes.
    public static func fromSafetensors(_ bytes: [UInt8]) throws(WeightFileError) -> Network {
        let (tensors, metadata) = try SafeTensors.decode(bytes)
        return try rebuilt(tensors, metadata: metadata)
    }

    /// The model a file's metadata describes, filled with its tensors.
    public static func rebuilt(_ tensors: [String: SafeTensor], metadata: [String: String]) throws(WeightFileError) -> Network {
        guard let description = metadata[modelMetadataKey] else {
            throw .mismatch(reason: "the file has no '\(modelMetadataKey)' description; build the model with `model` first and load the weights into it")
        }
        let specs = try LayerSpec.parseList(description)
        do { try validate(specs) } catch { throw .mismatch(reason: error.description) }
        var unused = RandomSource(seed: 0)
        let network = Network(layers: specs.map { $0.makeLayer(random: &unused) })
        try network.load(tensors)
        return network
    }

    /// Fills this model's tensors from a state dictionary, matching names and shapes as
    /// PyTorch's `load_state_dict(strict=True)` does: every mismatch is listed at once
    /// (missing, unexpected, wrongly shaped, with both shapes). Float tensors of any
    /// width are converted to F32; a missing `num_batches_tracked` keeps the count.
    /// Nothing changes unless everything fits.
    public func load(_ tensors: [String: SafeTensor]) throws(WeightFileError) {
        let expected = stateDictionary()
        let isCounter = { (name: String) in name.hasSuffix(".num_batches_tracked") }
        let missing = expected.keys.filter { tensors[$0] == nil && !isCounter($0) }.sorted(by: Self.layerOrder)
        let unexpected = tensors.keys.filter { expected[$0] == nil }.sorted(by: Self.layerOrder)
        var wrong: [String] = []
        for name in expected.keys.sorted(by: Self.layerOrder) {
            guard let tensor = tensors[name], let wanted = expected[name] else { continue }
            let counterShape = isCounter(name) && tensor.shape.reduce(1, *) == 1
            if tensor.shape != wanted.shape && !counterShape {
                wrong.append("\(name) is \(tensor.shape) in the file, \(wanted.shape) in the model")
            } else if tensor.dtype.isFloatingPoint != wanted.dtype.isFloatingPoint {
                wrong.append("\(name) is \(tensor.dtype.rawValue) in the file, the model needs \(wanted.dtype.rawValue)")
            }
        }
        guard missing.isEmpty, unexpected.isEmpty, wrong.isEmpty else {
            let list = { (names: [String]) in
                names.count <= 4 ? names.joined(separator: ", ") : names.prefix(3).joined(separator: ", ") + " and \(names.count - 3) more"
            }
            var parts: [String] = []
            if !wrong.isEmpty { parts.append("wrong shape: " + list(wrong)) }
            if !missing.isEmpty { parts.append("missing from the file: \(list(missing))") }
            if !unexpected.isEmpty { parts.append("unexpected in the file: \(list(unexpected))") }
            throw .mismatch(reason: "not this model's tensors (checked as PyTorch's load_state_dict(strict=True) does); " + parts.joined(separator: "; "))
        }
        for (index, layer) in layers.enumerated() where !layer.parameters.isEmpty {
            layer.parameters = layer.parameters.indices.map { slot in
                let name = slot == 0 ? "\(index).weight" : "\(index).bias"
                return Matrix(rows: layer.parameters[slot].rows, columns: layer.parameters[slot].columns, storage: tensors[name]!.floats)
            }
            if let norm = layer as? BatchNorm {
                norm.buffers = [Matrix(rows: 1, columns: norm.features, storage: tensors["\(index).running_mean"]!.floats),
                                Matrix(rows: 1, columns: norm.features, storage: tensors["\(index).running_var"]!.floats)]
                if let count = tensors["\(index).num_batches_tracked"] {
                    norm.batchesTracked = Int(clamping: count.dtype == .i64 ? count.integer : Int64(count.floats.first ?? 0))
                }
            }
        }
    }

    /// Tensor names in layer order (`2.weight` before `10.weight`), then by name.
    private static func layerOrder(_ a: String, _ b: String) -> Bool {
        let (la, lb) = (Int(a.prefix { $0.isNumber }) ?? Int.max, Int(b.prefix { $0.isNumber }) ?? Int.max)
        return la != lb ? la < lb : a < b
    }
}
