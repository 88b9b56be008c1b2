/// A gradient-descent rule that moves parameters against their gradients, one tensor at a time.
///
/// Every parameter tensor of a model has a fixed *slot* number. An optimizer keeps its
/// state (momentum buffers, moment estimates, its own step count t) per slot, allocated
/// on the slot's first update and reused afterwards, so a training step allocates
/// nothing after the first. Slots never passed (frozen layers) get no state at all.
/// The learning rate γ comes with every call, so a schedule can change it while the
/// state survives, as in PyTorch, where the scheduler edits `lr` and leaves the state.
///
/// ```swift
/// var adam = Adam(AdamSettings(learningRate: 0.1))
/// adam.update(slot: 0, parameter: &weights, gradient: gradient, learningRate: 0.1)
/// ```
public protocol Optimizer: Sendable {
    /// Applies one update to the tensor numbered `slot`: reads θ from `current`, writes
    /// the updated θ to `next` (which may be the same memory), in one pass that also
    /// measures the change.
    mutating func update(slot: Int, current: UnsafePointer<Float>, next: UnsafeMutablePointer<Float>,
                         gradient: UnsafePointer<Float>, count: Int, learningRate: Float) -> UpdateMeasure
}

extension Optimizer {
    /// Applies one update to the tensor numbered `slot`, in place.
    @discardableResult
    public mutating func update(slot: Int, parameter: inout [Float], gradient: [Float], learningRate: Float) -> UpdateMeasure {
        precondition(parameter.count == gradient.count,
                     "\(Self.self): slot \(slot) has \(parameter.count) parameters but \(gradient.count) gradient elements")
        return parameter.withUnsafeMutableBufferPointer { theta in
            gradient.withUnsafeBufferPointer { grad in
                guard let next = theta.baseAddress, let gradient = grad.baseAddress else { return UpdateMeasure() }
                return update(slot: slot, current: UnsafePointer(next), next: next, gradient: gradient,
                              count: theta.count, learningRate: learningRate)
            }
        }
    }
}

extension Array where Element == [Float] {
    /// Gives `slot` a buffer of `count` zeros on its first use, growing the slot list
    /// with empty (unallocated) buffers; later calls only check the size.
    mutating func prepareSlot(_ slot: Int, count: Int) {
        precondition(slot >= 0, "optimizer slot \(slot) is negative")
        if slot >= self.count {
            append(contentsOf: repeatElement([], count: slot + 1 - self.count))
        }
        if self[slot].isEmpty && count > 0 {
            self[slot] = [Float](repeating: 0, count: count)
        }
        precondition(self[slot].count == count,
                     "optimizer slot \(slot) holds state for \(self[slot].count) elements, got \(count)")
    }
}

extension Array where Element == Int {
    /// Counts one more step for `slot` and returns it: t, counted from 1.
    mutating func advanceStep(slot: Int) -> Int {
        precondition(slot >= 0, "optimizer slot \(slot) is negative")
        if slot >= count {
            append(contentsOf: repeatElement(0, count: slot + 1 - count))
        }
        self[slot] += 1
        return self[slot]
    }

    /// The steps taken so far for `slot` (0 for a slot never updated).
    func steps(slot: Int) -> Int {
        slot >= 0 && slot < count ? self[slot] : 0
    }
}
