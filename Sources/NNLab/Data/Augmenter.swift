/// Applies an `Augmentation` to training minibatches in place.
///
/// Keeps its workspaces (an image buffer, a copy of the batch for mixing, the
/// partner labels) between calls, so after the first batch nothing is allocated
/// (drop the previous `MixedLabels` before the next call, or its label array is
/// copied rather than reused). Per sample, in order: flip, crop, cutout, noise; then per batch,
/// mixup or cutmix (one of the two at random when both are on).
public struct Augmenter: Sendable {
    /// The settings applied.
    public let augmentation: Augmentation
    /// The image shape of every row, when the data is images.
    public let imageShape: ImageShape?
    /// One image, for crops.
    var image: [Float]
    /// The batch before mixing.
    var original = Matrix(rows: 0, columns: 0)
    /// Each sample's mixing partner.
    var partner: [Int] = []
    /// The partners' labels.
    var partnerLabels: [Int] = []

    /// An augmenter for rows of `imageShape` (nil for non-image data); throws on bad settings.
    public init(_ augmentation: Augmentation, imageShape: ImageShape?) throws(DataError) {
        try augmentation.validate(imageShape: imageShape)
        self.augmentation = augmentation
        self.imageShape = imageShape
        self.image = [Float](repeating: 0, count: imageShape?.pixelCount ?? 0)
    }

    /// Augments `batch` (one sample a row) in place. Returns the two label arrays and λ
    /// when the batch was mixed (the loss is then `λ·loss(labelsA) + (1 − λ)·loss(labelsB)`), else nil.
    public mutating func augment(_ batch: inout Matrix, labels: [Int], random: inout RandomSource) -> MixedLabels? {
        precondition(labels.count == batch.rows, "augment: \(labels.count) labels for \(batch.rows) rows")
        if let shape = imageShape {
            precondition(batch.columns == shape.pixelCount, "augment: rows of \(batch.columns) for images \(shape.height)x\(shape.width)")
            for r in 0..<batch.rows { augmentImage(row: r, of: &batch, shape: shape, random: &random) }
        }
        if augmentation.noise > 0 { addNoise(to: &batch, random: &random) }
        let useCutmix = augmentation.cutmixAlpha > 0 && (augmentation.mixupAlpha == 0 || random.nextInt(below: 2) == 0)
        if useCutmix, let shape = imageShape { return cutmix(&batch, labels: labels, shape: shape, random: &random) }
        if augmentation.mixupAlpha > 0 { return mixup(&batch, labels: labels, random: &random) }
        return nil
    }

    /// The per-image steps for row `r`.
    private mutating func augmentImage(row r: Int, of batch: inout Matrix, shape: ImageShape, random: inout RandomSource) {
        let settings = augmentation
        let flip = settings.flip && random.nextInt(below: 2) == 1
        let padding = settings.cropPadding
        let dx = padding > 0 ? random.nextInt(below: 2 * padding + 1) - padding : 0
        let dy = padding > 0 ? random.nextInt(below: 2 * padding + 1) - padding : 0
        let cutout = settings.cutoutSize > 0 ? (random.nextInt(below: shape.height), random.nextInt(below: shape.width)) : nil
        let count = shape.pixelCount
        batch.storage.withUnsafeMutableBufferPointer { p in
            let pixels = UnsafeMutableBufferPointer(rebasing: p[(r * count)..<((r + 1) * count)])
            if flip { Self.flipHorizontally(pixels, shape: shape) }
            if dx != 0 || dy != 0 {
                image.withUnsafeMutableBufferPointer { Self.shift(pixels, by: (dx, dy), shape: shape, scratch: $0) }
            }
            if let (cy, cx) = cutout { Self.erase(pixels, centre: (cy, cx), size: settings.cutoutSize, shape: shape) }
        }
    }

    /// Adds `noise·N(0, 1)` to every element.
    private func addNoise(to batch: inout Matrix, random: inout RandomSource) {
        let sigma = augmentation.noise
        batch.storage.withUnsafeMutableBufferPointer { p in
            for i in p.indices { p[i] += Float(sigma * random.nextNormal()) }
        }
    }

    /// Mirrors an image left-right.
    static func flipHorizontally(_ pixels: UnsafeMutableBufferPointer<Float>, shape: ImageShape) {
        for y in 0..<shape.height {
            var (left, right) = (y * shape.width, y * shape.width + shape.width - 1)
            while left < right {
                pixels.swapAt(left, right)
                left += 1
                right -= 1
            }
        }
    }

    /// The crop of the zero-padded image at offset (dx, dy): pixel (y, x) takes (y + dy, x + dx), 0 outside.
    static func shift(_ pixels: UnsafeMutableBufferPointer<Float>, by offset: (Int, Int), shape: ImageShape,
                      scratch: UnsafeMutableBufferPointer<Float>) {
        let (dx, dy) = offset
        for i in 0..<shape.pixelCount { scratch[i] = pixels[i] }
        for y in 0..<shape.height {
            for x in 0..<shape.width {
                let (sy, sx) = (y + dy, x + dx)
                let inside = sy >= 0 && sy < shape.height && sx >= 0 && sx < shape.width
                pixels[y * shape.width + x] = inside ? scratch[sy * shape.width + sx] : 0
            }
        }
    }

    /// Sets a `size`×`size` square centred at `centre` (clipped to the image) to 0.
    static func erase(_ pixels: UnsafeMutableBufferPointer<Float>, centre: (Int, Int), size: Int, shape: ImageShape) {
        let top = max(centre.0 - size / 2, 0), bottom = min(centre.0 - size / 2 + size, shape.height)
        let left = max(centre.1 - size / 2, 0), right = min(centre.1 - size / 2 + size, shape.width)
        for y in top..<max(bottom, top) { for x in left..<max(right, left) { pixels[y * shape.width + x] = 0 } }
    }
}
