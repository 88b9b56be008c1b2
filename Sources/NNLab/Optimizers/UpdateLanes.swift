import CFastMath

/// What one optimizer pass over a tensor measured along the way: the squared length of
/// the change ‖θ′ − θ‖², the squared length of the tensor before it ‖θ‖², and whether
/// every updated value is finite.
public struct UpdateMeasure: Sendable, Equatable {
    public var changeSquared = 0.0
    public var weightSquared = 0.0
    public var isFinite = true

    /// A pass over nothing.
    public init() {}

    /// ‖Δθ‖/‖θ‖, infinite for a zero tensor.
    public var ratio: Double { weightSquared > 0 ? (changeSquared / weightSquared).squareRoot() : .infinity }
}

/// A tensor's coordinates eight at a time, for the optimizers' single fused pass: the
/// last chunk is padded with zeros, which every update rule maps to zero, so the rule is
/// written once for whole vectors.
enum UpdateLanes {
    typealias Vector = SIMD8<Float>

    /// The first coordinate of each chunk of `count`; a chunk holds `valid(count, offset)` of them.
    static func offsets(_ count: Int) -> StrideTo<Int> { stride(from: 0, to: count, by: Vector.scalarCount) }

    @inline(__always)
    static func valid(_ count: Int, _ offset: Int) -> Int { min(Vector.scalarCount, count - offset) }

    @inline(__always)
    static func root(_ lanes: Vector) -> Vector { nnlab_sqrt8(lanes) }

    @inline(__always)
    static func load(_ base: UnsafePointer<Float>, _ offset: Int, _ valid: Int) -> Vector {
        if valid == Vector.scalarCount { return UnsafeRawPointer(base + offset).loadUnaligned(as: Vector.self) }
        var lanes = Vector()
        for lane in 0..<valid { lanes[lane] = base[offset + lane] }
        return lanes
    }

    @inline(__always)
    static func store(_ lanes: Vector, _ base: UnsafeMutablePointer<Float>, _ offset: Int, _ valid: Int) {
        if valid == Vector.scalarCount {
            UnsafeMutableRawPointer(base + offset).storeBytes(of: lanes, as: Vector.self)
            return
        }
        for lane in 0..<valid { base[offset + lane] = lanes[lane] }
    }

    /// Sums of the measure: lane by lane in `Float` over blocks of `block` chunks, each
    /// block's sums then added in `Double`, so long tensors lose no more than short ones.
    struct Accumulator {
        /// The coordinates of one block, shared with the C passes.
        static let coordinates = Int(NNLAB_UPDATE_BLOCK)
        private static let block = coordinates / Vector.scalarCount
        private var change = Vector(), weight = Vector(), poison = Vector()
        private var pending = 0
        private var result = UpdateMeasure()

        @inline(__always)
        mutating func add(old: Vector, new: Vector) {
            let delta = new - old
            change += delta * delta
            weight += old * old
            poison += new * 0
            pending += 1
            if pending == Self.block { fold() }
        }

        /// The lane sums of one block of `coordinates` or fewer, added in the same order as `add`.
        mutating func add(block change: Vector, _ weight: Vector, _ poison: Vector) {
            precondition(pending == 0, "a block's sums are added between blocks only")
            self.change = change; self.weight = weight; self.poison = poison
            fold()
        }

        private mutating func fold() {
            result.changeSquared += Double(change.sum())
            result.weightSquared += Double(weight.sum())
            result.isFinite = result.isFinite && poison.sum().isFinite
            change = Vector(); weight = Vector(); poison = Vector()
            pending = 0
        }

        var measure: UpdateMeasure {
            mutating get {
                fold()
                return result
            }
        }
    }
}
