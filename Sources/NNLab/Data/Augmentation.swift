/// Training-time augmentation settings; everything off by default.
///
/// Flip, crop, cutout and cutmix need image-shaped data; noise and mixup work on any
/// features. Defaults for a bare option word (`augment flip crop cutout`) are the
/// `default…` constants, after fastai and the papers (mixup α=0.4, cutmix α=1).
public struct Augmentation: Equatable, Sendable {
    /// Flip each image left-right with probability ½.
    public var flip: Bool
    /// Pad each image by this many zero pixels on every side and crop back to size at a
    /// random offset (0 turns it off).
    public var cropPadding: Int
    /// Add `noise·N(0, 1)` to every feature (0 turns it off).
    public var noise: Double
    /// Erase a `cutoutSize`×`cutoutSize` square (value 0) centred anywhere in the image,
    /// clipped at the edges (0 turns it off).
    public var cutoutSize: Int
    /// Mixup's α: `λ ~ Beta(α, α)`, `λ = max(λ, 1 − λ)`, inputs mixed with a shuffled
    /// copy of the batch (0 turns it off).
    public var mixupAlpha: Double
    /// CutMix's α: a box of side `size·√(1 − λ)` pasted from a shuffled copy, λ then
    /// recomputed from the clipped box area (0 turns it off).
    public var cutmixAlpha: Double

    /// The crop padding a bare `crop` asks for.
    public static let defaultCropPadding = 1
    /// The noise a bare `noise` asks for.
    public static let defaultNoise = 0.05
    /// The cutout size a bare `cutout` asks for.
    public static let defaultCutoutSize = 2
    /// The mixup α a bare `mixup` asks for (fastai's).
    public static let defaultMixupAlpha = 0.4
    /// The cutmix α a bare `cutmix` asks for (the paper's).
    public static let defaultCutmixAlpha = 1.0

    /// Settings with the given parts on; the rest off.
    public init(flip: Bool = false, cropPadding: Int = 0, noise: Double = 0, cutoutSize: Int = 0,
                mixupAlpha: Double = 0, cutmixAlpha: Double = 0) {
        self.flip = flip
        self.cropPadding = cropPadding
        self.noise = noise
        self.cutoutSize = cutoutSize
        self.mixupAlpha = mixupAlpha
        self.cutmixAlpha = cutmixAlpha
    }

    /// No augmentation.
    public static let none = Augmentation()

    /// Whether nothing is switched on.
    public var isNone: Bool { self == .none }

    /// Whether a batch gets mixed (mixup or cutmix), so the loss must mix two label sets.
    public var mixesLabels: Bool { mixupAlpha > 0 || cutmixAlpha > 0 }

    /// The names of the switched-on parts that need image-shaped data.
    public var imageOnlyParts: [String] {
        var parts: [String] = []
        if flip { parts.append("flip") }
        if cropPadding > 0 { parts.append("crop") }
        if cutoutSize > 0 { parts.append("cutout") }
        if cutmixAlpha > 0 { parts.append("cutmix") }
        return parts
    }

    /// Throws when a value is out of range, or an image-only part meets non-image data.
    public func validate(imageShape: ImageShape?) throws(DataError) {
        for (name, value) in [("crop", cropPadding), ("cutout", cutoutSize)] where value < 0 || value > 4096 {
            throw .invalidOption(name: name, value: "\(value)", expected: "a pixel count from 0 to 4096")
        }
        for (name, value) in [("noise", noise), ("mixup", mixupAlpha), ("cutmix", cutmixAlpha)] where !(value >= 0 && value <= 1000) {
            throw .invalidOption(name: name, value: "\(value)", expected: "a number from 0 to 1000")
        }
        if imageShape == nil, let part = imageOnlyParts.first { throw .notImageData(augmentation: part) }
    }
}
