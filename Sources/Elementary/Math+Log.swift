extension Math {
    /// x split as 2ᵏ·(1 + f) with √½ < 1 + f < √2; subnormals are scaled up first.
    /// Only for finite x > 0.
    @inlinable static func reduceForLog(_ x: Double) -> (k: Int, f: Double, high: UInt32) {
        var x = x, k = 0
        if x.highWord < 0x0010_0000 {  // subnormal
            k -= 54
            x *= 0x1p54
        }
        let high = x.highWord
        k += Int(high >> 20) - 1023
        let mantissaHigh = high & 0x000F_FFFF
        let i = (mantissaHigh &+ 0x95F64) & 0x10_0000  // set when the significand is ≥ √2
        let normalized = x.replacingHighWord(mantissaHigh | (i ^ 0x3FF0_0000))
        k += Int(i >> 20)
        return (k, normalized - 1, mantissaHigh)
    }

    /// log(1 + f) − f + f²/2 for √½ < 1 + f < √2: with s = f/(2 + f), log(1 + f) =
    /// 2s + s·R(s²), R a degree-7 minimax polynomial in s² (error below 2⁻⁵⁸·⁴⁵).
    @inlinable static func logKernel(_ f: Double) -> (value: Double, s: Double, r: Double) {
        let s = f / (2 + f)
        let z = s * s
        let w = z * z
        let t1 = w * (3.999999999940941908e-01 + w * (2.222219843214978396e-01 + w * 1.531383769920937332e-01))
        let t2 = z * (6.666666666666735130e-01 + w * (2.857142874366239149e-01
            + w * (1.818357216161805012e-01 + w * 1.479819860511658591e-01)))
        let r = t2 + t1
        return (s * (0.5 * f * f + r), s, r)
    }

    /// The result for the arguments every logarithm shares: NaN, negative, ±0, +∞.
    @inlinable static func logSpecialCase(_ x: Double) -> Double? {
        if x.isNaN { return x + x }
        if x == 0 { return -.infinity }
        if x < 0 { return .nan }
        if x == .infinity { return x }
        return nil
    }

    /// The natural logarithm ln x. fdlibm's method: x = 2ᵏ(1 + f), then
    /// ln x = k·ln2 + f − f²/2 + s(f²/2 + R(s²)) with s = f/(2 + f). Less than 1 ulp
    /// of error; NaN for x < 0, −∞ at ±0.
    public static func log(_ x: Double) -> Double {
        if let special = logSpecialCase(x) { return special }
        let (k, f, mantissaHigh) = reduceForLog(x)
        let dk = Double(k)
        if (0x000F_FFFF & (2 &+ mantissaHigh)) < 3 {  // |f| < 2⁻²⁰
            if f == 0 { return k == 0 ? 0 : dk * ln2Hi + dk * ln2Lo }
            let r = f * f * (0.5 - 0.33333333333333333 * f)
            return k == 0 ? f - r : dk * ln2Hi - ((r - dk * ln2Lo) - f)
        }
        let (_, s, r) = logKernel(f)
        let hfsq = 0.5 * f * f
        let wide = Int32(bitPattern: (mantissaHigh &- 0x6147A) | (0x6B851 &- mantissaHigh)) > 0
        if wide {
            return k == 0 ? f - (hfsq - s * (hfsq + r)) : dk * ln2Hi - ((hfsq - (s * (hfsq + r) + dk * ln2Lo)) - f)
        }
        return k == 0 ? f - s * (f - r) : dk * ln2Hi - ((s * (f - r) - dk * ln2Lo) - f)
    }

    /// log₂ x, exact at powers of two. FreeBSD's method: the natural-log kernel, with
    /// f − f²/2 split into a short head and a tail so the product by 1/ln2 keeps extra
    /// bits. Less than 1 ulp of error.
    public static func log2(_ x: Double) -> Double {
        if let special = logSpecialCase(x) { return special }
        let (k, f, _) = reduceForLog(x)
        if f == 0 { return Double(k) }
        let (hi, lo) = headAndTail(f)
        let inverseHi = 1.44269504072144627571e+00, inverseLo = 1.67517131648865118353e-10
        let y = Double(k)
        let valueHi = hi * inverseHi
        var valueLo = (lo + hi) * inverseLo + lo * inverseHi
        let w = y + valueHi
        valueLo += (y - w) + valueHi
        return valueLo + w
    }

    /// log₁₀ x, exact at the doubles nearest 10ⁿ. FreeBSD's method as for `log2`, with
    /// 1/ln10 and log₁₀2 each in two parts. Less than 1 ulp of error.
    public static func log10(_ x: Double) -> Double {
        if let special = logSpecialCase(x) { return special }
        let (k, f, _) = reduceForLog(x)
        if f == 0 && k == 0 { return 0 }
        let (hi, lo) = headAndTail(f)
        let inverseHi = 4.34294481878168880939e-01, inverseLo = 2.50829467116452752298e-11
        let log10Of2Hi = 3.01029995663611771306e-01, log10Of2Lo = 3.69423907715893078616e-13
        let y = Double(k)
        let y2 = y * log10Of2Hi
        var valueLo = y * log10Of2Lo + (lo + hi) * inverseLo + lo * inverseHi
        let valueHi = hi * inverseHi
        let w = y2 + valueHi
        valueLo += (y2 - w) + valueHi
        let result = valueLo + w
        return nearestPowerOfTen(result, x) ?? result
    }

    /// f − f²/2 + kernel as a head of 21 bits and a tail.
    @inlinable static func headAndTail(_ f: Double) -> (hi: Double, lo: Double) {
        let hfsq = 0.5 * f * f
        let hi = (f - hfsq).withLowWordCleared
        return (hi, (f - hi) - hfsq + logKernel(f).value)
    }

    /// n when `x` is the double nearest 10ⁿ (|n| ≤ 22) and `estimate` is within a few
    /// ulps of n: the correctly rounded log₁₀ there is n, and plots and number formats
    /// rely on it.
    static func nearestPowerOfTen(_ estimate: Double, _ x: Double) -> Double? {
        let n = (estimate + 0x1.8p52) - 0x1.8p52  // nearest integer
        guard abs(estimate - n) < 1e-12, abs(n) <= 22 else { return nil }
        var power = 1.0  // 10^|n|, exact
        for _ in 0..<Int(abs(n)) { power *= 10 }
        return (n >= 0 ? power : 1 / power) == x ? n : nil
    }
}
