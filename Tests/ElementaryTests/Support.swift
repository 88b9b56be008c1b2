import Foundation

/// How many doubles lie between a and b (0 when equal or both NaN; ±0 count as equal).
func ulpDistance(_ a: Double, _ b: Double) -> UInt64 {
    if a.isNaN || b.isNaN { return a.isNaN && b.isNaN ? 0 : .max }
    func ordered(_ x: Double) -> Int64 {
        let magnitude = Int64(bitPattern: x.bitPattern & 0x7FFF_FFFF_FFFF_FFFF)
        return x.sign == .minus ? -magnitude : magnitude
    }
    let (p, q) = (ordered(a), ordered(b))
    let difference = UInt64(bitPattern: p) &- UInt64(bitPattern: q)
    return p >= q ? difference : 0 &- difference
}

/// Whether two results are the same value bit for bit (any NaN matches any NaN).
func sameBits(_ a: Double, _ b: Double) -> Bool {
    a.isNaN ? b.isNaN : a.bitPattern == b.bitPattern
}

/// SplitMix64: a seeded source of test arguments.
struct TestRandom {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [low, high).
    mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * Double(next() >> 11) * 0x1p-53
    }

    /// |x| spread evenly over the binades 2^low...2^high, with a random sign when asked.
    mutating func logUniform(_ low: Int, _ high: Int, signed: Bool = false) -> Double {
        let magnitude = uniform(1, 2) * Foundation.pow(2, Double(low + Int(next() % UInt64(high - low + 1))))
        return signed && next() & 1 == 1 ? -magnitude : magnitude
    }
}

/// The worst distance from `reference` over `count` arguments drawn by `argument`, and
/// the argument where it happens.
func worstDistance(count: Int, seed: UInt64, argument: (inout TestRandom) -> Double,
                   _ function: (Double) -> Double, _ reference: (Double) -> Double) -> (ulps: UInt64, at: Double) {
    var random = TestRandom(state: seed)
    var worst: (ulps: UInt64, at: Double) = (0, 0)
    for _ in 0..<count {
        let x = argument(&random)
        let distance = ulpDistance(function(x), reference(x))
        if distance > worst.ulps { worst = (distance, x) }
    }
    return worst
}
