extension Math {
    @usableFromInline static let ln2Hi = 6.93147180369123816490e-01   // 0x3FE62E42_FEE00000: k·ln2Hi is exact
    @usableFromInline static let ln2Lo = 1.90821492927058770002e-10   // 0x3DEA39EF_35793C76
    @usableFromInline static let inverseLn2 = 1.44269504088896338700e+00
    /// Above it eˣ overflows, below the lower one it underflows to 0.
    static let expOverflow = 7.09782712893383973096e+02, expUnderflow = -7.45133219101941108420e+02

    /// eˣ. fdlibm's method: x = k·ln2 + r with |r| ≤ ½ln2, then a degree-5 minimax
    /// polynomial in r² for r(eʳ+1)/(eʳ−1), and eˣ = 2ᵏ·(1 + r + r·R₁/(2 − R₁)).
    /// Less than 1 ulp of error; `exp(1)` is the double nearest e.
    public static func exp(_ x: Double) -> Double {
        let high = x.highWord & 0x7FFF_FFFF
        let isNegative = x.sign == .minus
        if high >= 0x4086_2E42 {  // |x| ≥ 709.78, or not finite
            if x.isNaN { return x + x }
            if x.isInfinite { return isNegative ? 0 : x }
            if x > expOverflow { return .infinity }
            if x < expUnderflow { return 0 }
        }
        if x == 1 { return 2.718281828459045235360 }  // the reduction gives 1 ulp above e
        var k = 0, hi = 0.0, lo = 0.0, r = x
        if high > 0x3FD6_2E42 {  // |x| > ½ln2
            if high < 0x3FF0_A2B2 {  // |x| < 1.5·ln2
                (hi, lo, k) = isNegative ? (x + ln2Hi, -ln2Lo, -1) : (x - ln2Hi, ln2Lo, 1)
            } else {
                k = Int(inverseLn2 * x + (isNegative ? -0.5 : 0.5))
                let t = Double(k)
                hi = x - t * ln2Hi
                lo = t * ln2Lo
            }
            r = hi - lo
        } else if high < 0x3E30_0000 {  // |x| < 2⁻²⁸
            return 1 + x
        }
        let t = r * r
        let c = r - t * (1.66666666666666019037e-01 + t * (-2.77777777770155933842e-03 + t * (6.61375632143793436117e-05
            + t * (-1.65339022054652515390e-06 + t * 4.13813679705723846039e-08))))
        if k == 0 { return 1 - ((r * c) / (c - 2) - r) }
        let y = 1 - ((lo - (r * c) / (2 - c)) - hi)
        return scaled(y, byPowerOfTwo: k)
    }

    /// eˣ − 1, accurate near 0 where `exp(x) - 1` cancels. fdlibm's method: the same
    /// reduction as `exp` with a correction for the rounding of r, and a degree-5
    /// polynomial in r²/2 for r(eʳ+1)/(eʳ−1). Less than 1 ulp of error.
    public static func expm1(_ x: Double) -> Double {
        let high = x.highWord & 0x7FFF_FFFF
        let isNegative = x.sign == .minus
        if high >= 0x4043_687A {  // |x| ≥ 56·ln2, or not finite
            if x.isNaN { return x + x }
            if x.isInfinite { return isNegative ? -1 : x }
            if x > expOverflow { return .infinity }
            if isNegative { return -1 }  // eˣ < 2⁻⁵⁶: −1 is the nearest double
        }
        var k = 0, r = x, c = 0.0
        if high > 0x3FD6_2E42 {  // |x| > ½ln2
            var hi: Double, lo: Double
            if high < 0x3FF0_A2B2 {  // |x| < 1.5·ln2
                (hi, lo, k) = isNegative ? (x + ln2Hi, -ln2Lo, -1) : (x - ln2Hi, ln2Lo, 1)
            } else {
                k = Int(inverseLn2 * x + (isNegative ? -0.5 : 0.5))
                let t = Double(k)
                hi = x - t * ln2Hi
                lo = t * ln2Lo
            }
            r = hi - lo
            c = (hi - r) - lo
        } else if high < 0x3C90_0000 {  // |x| < 2⁻⁵⁴
            return x
        }
        let halfR = 0.5 * r
        let hxs = r * halfR
        let r1 = 1 + hxs * (-3.33333333333331316428e-02 + hxs * (1.58730158725481460165e-03
            + hxs * (-7.93650757867487942473e-05 + hxs * (4.00821782732936239552e-06 + hxs * -2.01099218183624371326e-07))))
        let t = 3 - r1 * halfR
        var e = hxs * ((r1 - t) / (6 - r * t))
        if k == 0 { return r - (r * e - hxs) }
        e = r * (e - c) - c
        e -= hxs
        if k == -1 { return 0.5 * (r - e) - 0.5 }
        if k == 1 { return r < -0.25 ? -2 * (e - (r + 0.5)) : 1 + 2 * (r - e) }
        if k <= -2 || k > 56 {  // eˣ − 1 is eˣ to within rounding
            return scaled(1 - (e - r), byPowerOfTwo: k) - 1
        }
        if k < 20 {
            let oneMinusTwoToMinusK = 1 - powerOfTwo(-k)  // exact
            return (oneMinusTwoToMinusK - (e - r)) * powerOfTwo(k)
        }
        return ((r - (e + powerOfTwo(-k))) + 1) * powerOfTwo(k)
    }
}
