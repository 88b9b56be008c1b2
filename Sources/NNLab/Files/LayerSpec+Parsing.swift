extension LayerSpec {
    /// Parses a list of spec descriptions separated by spaces, as `description` writes them.
    public static func parseList(_ text: String) throws(WeightFileError) -> [LayerSpec] {
        var specs: [LayerSpec] = []
        for word in text.split(separator: " ") { specs.append(try LayerSpec(parsing: String(word))) }
        return specs
    }

    /// Parses one description: `linear(2,100)`, `relu`, `batchnorm(100)`, `dropout(0.5)`.
    public init(parsing word: String) throws(WeightFileError) {
        if let kind = ActivationKind(rawValue: word) {
            self = .activation(kind)
            return
        }
        let parts = word.split(whereSeparator: { "(),".contains($0) }).map(String.init)
        switch (parts.first, parts.count) {
        case ("linear", 3):
            guard let inputs = Int(parts[1]), let outputs = Int(parts[2]) else { break }
            self = .linear(inputs: inputs, outputs: outputs)
            return
        case ("batchnorm", 2):
            guard let features = Int(parts[1]) else { break }
            self = .batchNorm(features: features)
            return
        case ("dropout", 2):
            guard let probability = Double(parts[1]) else { break }
            self = .dropout(probability: probability)
            return
        default:
            break
        }
        throw .mismatch(reason: "unknown layer '\(word)' in the model description")
    }
}
