/// The two 32-bit halves of a `Double`, as fdlibm reads and writes them.
extension Double {
    /// The sign, exponent and top 20 significand bits.
    @inlinable var highWord: UInt32 { UInt32(truncatingIfNeeded: bitPattern >> 32) }
    /// The low 32 significand bits.
    @inlinable var lowWord: UInt32 { UInt32(truncatingIfNeeded: bitPattern) }

    /// The double with these two halves.
    @inlinable init(highWord: UInt32, lowWord: UInt32) {
        self.init(bitPattern: UInt64(highWord) << 32 | UInt64(lowWord))
    }

    /// The same value with its low word zeroed (a number with at most 21 significand bits).
    @inlinable var withLowWordCleared: Double { Double(bitPattern: bitPattern & 0xFFFF_FFFF_0000_0000) }

    /// The same value with its high word replaced.
    @inlinable func replacingHighWord(_ high: UInt32) -> Double { Double(highWord: high, lowWord: lowWord) }
}

extension Math {
    /// 2ᵏ for −1022 ≤ k ≤ 1023, built from its bits.
    @inlinable static func powerOfTwo(_ k: Int) -> Double {
        Double(bitPattern: UInt64(k + 1023) << 52)
    }

    /// y·2ᵏ with one rounding (the C library's `scalbn`) for −2000 ≤ k ≤ 2046.
    @inlinable static func scaled(_ y: Double, byPowerOfTwo k: Int) -> Double {
        if k > 1023 { return y * powerOfTwo(1023) * powerOfTwo(k - 1023) }
        if k >= -1022 { return y * powerOfTwo(k) }
        // y·2^(k+1000) is exact when y is normal; the last product rounds once.
        return y * powerOfTwo(k + 1000) * powerOfTwo(-1000)
    }
}
