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
        do {
            try Data(safetensorsBytes()).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .io(path: path, reason: error.localizedDescription)
        }
    }

    /// Rebuilds a model from a safetensors file alone, using its metadata description.
    public static func readSafetensors(from path: String) throws(WeightFileError) -> Network {
        let bytes: [UInt8]
        do {
            bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw .io(path: path, reason: "the file cannot be read (\((error as NSError).localizedDescription))")
        }
        return try fromSafetensors(bytes)
    }

    /// Rebuilds a model from safetensors bytes.
    public static func fromSafetensors(_ bytes: [UInt8]) throws(WeightFileError) -> Network {
        let (tensors, metadata) = try SafeTensors.decode(bytes)
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

    /// Fills this model's tensors from a state dictionary whose names and shapes must match exactly.
    public func load(_ tensors: [String: SafeTensor]) throws(WeightFileError) {
        let expected = stateDictionary()
        if let extra = tensors.keys.sorted().first(where: { expected[$0] == nil }) {
            throw .mismatch(reason: "the file has '\(extra)', which this model does not")
        }
        for name in expected.keys.sorted() {
            guard let tensor = tensors[name] else { throw .mismatch(reason: "the file lacks '\(name)'") }
            guard tensor.shape == expected[name]!.shape, tensor.dtype == expected[name]!.dtype else {
                throw .mismatch(reason: "'\(name)' has shape \(tensor.shape) \(tensor.dtype.rawValue), the model needs \(expected[name]!.shape) \(expected[name]!.dtype.rawValue)")
            }
        }
        for (index, layer) in layers.enumerated() where !layer.parameters.isEmpty {
            layer.parameters = layer.parameters.indices.map { slot in
                let name = slot == 0 ? "\(index).weight" : "\(index).bias"
                return Matrix(rows: layer.parameters[slot].rows, columns: layer.parameters[slot].columns, storage: tensors[name]!.floats)
            }
            if let norm = layer as? BatchNorm {
                norm.buffers = [Matrix(rows: 1, columns: norm.features, storage: tensors["\(index).running_mean"]!.floats),
                                Matrix(rows: 1, columns: norm.features, storage: tensors["\(index).running_var"]!.floats)]
                norm.batchesTracked = Int(clamping: tensors["\(index).num_batches_tracked"]!.integer)
            }
        }
    }
}
