/// The labels a mixed batch must be scored against.
public struct MixedLabels: Equatable, Sendable {
    /// Each sample's own label.
    public var labelsA: [Int]
    /// The label of the sample mixed into it.
    public var labelsB: [Int]
    /// The weight of `labelsA` in the loss (`1 − lambda` goes to `labelsB`).
    public var lambda: Float
}

/// Mixup and CutMix: mixing each sample with a partner from a shuffled copy of the batch.
extension Augmenter {
    /// Mixup: `x ← λ·x + (1 − λ)·x[partner]` with `λ ~ Beta(α, α)`, `λ = max(λ, 1 − λ)`.
    mutating func mixup(_ batch: inout Matrix, labels: [Int], random: inout RandomSource) -> MixedLabels {
        let sample = random.nextBeta(augmentation.mixupAlpha, augmentation.mixupAlpha)
        let lambda = Float(max(sample, 1 - sample))
        preparePartners(for: batch, labels: labels, random: &random)
        let n = batch.columns
        batch.storage.withUnsafeMutableBufferPointer { p in
            original.storage.withUnsafeBufferPointer { source in
                for r in 0..<batch.rows {
                    let q = partner[r]
                    for c in 0..<n { p[r * n + c] = lambda * source[r * n + c] + (1 - lambda) * source[q * n + c] }
                }
            }
        }
        return MixedLabels(labelsA: labels, labelsB: partnerLabels, lambda: lambda)
    }

    /// CutMix: one box for the batch, side `size·√(1 − λ)` with `λ ~ Beta(α, α)`, centred
    /// anywhere and clipped; the box comes from the partner; λ becomes `1 − box area / image area`.
    mutating func cutmix(_ batch: inout Matrix, labels: [Int], shape: ImageShape, random: inout RandomSource) -> MixedLabels {
        let sample = random.nextBeta(augmentation.cutmixAlpha, augmentation.cutmixAlpha)
        let ratio = (1 - sample).squareRoot()
        let (boxHeight, boxWidth) = (Int(Double(shape.height) * ratio), Int(Double(shape.width) * ratio))
        let (cy, cx) = (random.nextInt(below: shape.height), random.nextInt(below: shape.width))
        let top = min(max(cy - boxHeight / 2, 0), shape.height), bottom = min(max(cy + boxHeight / 2, 0), shape.height)
        let left = min(max(cx - boxWidth / 2, 0), shape.width), right = min(max(cx + boxWidth / 2, 0), shape.width)
        preparePartners(for: batch, labels: labels, random: &random)
        let n = batch.columns
        batch.storage.withUnsafeMutableBufferPointer { p in
            original.storage.withUnsafeBufferPointer { source in
                for r in 0..<batch.rows {
                    let q = partner[r]
                    for y in top..<bottom { for x in left..<right { p[r * n + y * shape.width + x] = source[q * n + y * shape.width + x] } }
                }
            }
        }
        let area = Double((bottom - top) * (right - left))
        return MixedLabels(labelsA: labels, labelsB: partnerLabels,
                           lambda: Float(1 - area / Double(shape.pixelCount)))
    }

    /// Copies the batch into `original` and draws a partner for every row.
    private mutating func preparePartners(for batch: Matrix, labels: [Int], random: inout RandomSource) {
        original.reshape(rows: batch.rows, columns: batch.columns)
        original.storage.withUnsafeMutableBufferPointer { target in
            batch.storage.withUnsafeBufferPointer { source in
                for i in source.indices { target[i] = source[i] }
            }
        }
        partner.removeAll(keepingCapacity: true)
        partner.append(contentsOf: 0..<batch.rows)
        random.shuffle(&partner)
        partnerLabels.removeAll(keepingCapacity: true)
        for r in 0..<batch.rows { partnerLabels.append(labels[partner[r]]) }
    }
}
