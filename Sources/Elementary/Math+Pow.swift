extension Math {
    /// xʸ. fdlibm's method: log₂|x| in two pieces with extra precision, y·log₂|x| as
    /// n + y′ by simulated multi-precision arithmetic, then 2ⁿ·e^(y′·ln2). Less than
    /// 1 ulp of error, and exact for integer powers of integers that are representable
    /// (`pow(10, 3) == 1000`). Special values follow C99: `pow(x, 0) == 1` even for NaN,
    /// `pow(1, y) == 1`, a negative x to a non-integer y is NaN.
    public static func pow(_ x: Double, _ y: Double) -> Double {
        if y == 0 || x == 1 { return 1 }
        if x.isNaN || y.isNaN { return x + y }
        let yParity = integerParity(y)  // 0: not an integer, 1: odd, 2: even
        if let special = powSpecialCase(x, y, yParity: yParity) { return special }
        if x < 0 && yParity == 0 { return .nan }
        let sign: Double = x < 0 && yParity == 1 ? -1 : 1
        let (t1, t2): (Double, Double)
        let yHigh = y.highWord & 0x7FFF_FFFF, xHigh = x.highWord & 0x7FFF_FFFF
        if yHigh > 0x41E0_0000 {  // |y| > 2³¹: over- or underflows unless x is near 1
            if yHigh > 0x43F0_0000 { return (xHigh <= 0x3FEF_FFFF) == (y < 0) ? .infinity : 0 }  // |y| > 2⁶⁴
            if xHigh < 0x3FEF_FFFF { return sign * (y < 0 ? .infinity : 0) }
            if xHigh > 0x3FF0_0000 { return sign * (y > 0 ? .infinity : 0) }
            (t1, t2) = log2NearOne(abs(x))
        } else {
            (t1, t2) = log2InTwoPieces(abs(x))
        }
        // (y1 + y2)·(t1 + t2) with y1 the head of y.
        let y1 = y.withLowWordCleared
        let productLo = (y - y1) * t1 + y * t2
        let productHi = y1 * t1
        return sign * exp2InTwoPieces(productHi, productLo)
    }

    /// 0 when y is not an integer, 1 when odd, 2 when even (every |y| ≥ 2⁵³ is even).
    static func integerParity(_ y: Double) -> Int {
        let a = abs(y)
        guard a.isFinite, a >= 1 else { return 0 }
        if a >= 0x1p53 { return 2 }
        if a < 0x1p52 && (a + 0x1p52) - 0x1p52 != a { return 0 }  // rounding to an integer moved it
        return UInt64(a) & 1 == 1 ? 1 : 2
    }

    /// The results for y = ±∞, ±1, 2, ½ and for x = ±0, ±∞, ±1 (x·x·x would round
    /// twice, so y = 3 takes the general path).
    private static func powSpecialCase(_ x: Double, _ y: Double, yParity: Int) -> Double? {
        let a = abs(x)
        if y.isInfinite {
            if a == 1 { return 1 }  // C99: pow(−1, ±∞) = 1
            return (a > 1) == (y > 0) ? .infinity : 0
        }
        switch y {
        case 1: return x
        case -1: return 1 / x
        case 2: return x * x
        case 0.5 where x.sign == .plus: return x.squareRoot()  // not −0: pow(−0, ½) = +0
        default: break
        }
        if a == 0 || a.isInfinite || a == 1 {
            var z = y < 0 ? 1 / a : a
            if x.sign == .minus {
                if a == 1 && yParity == 0 { return .nan }
                if yParity == 1 { z = -z }
            }
            return z
        }
        return nil
    }

    /// log₂ a = t1 + t2 for |a − 1| ≤ 2⁻²⁰, from a − 1 − (a−1)²/2 + (a−1)³/3 − (a−1)⁴/4.
    private static func log2NearOne(_ a: Double) -> (Double, Double) {
        let inverseLn2 = 1.44269504088896338700e+00
        let inverseLn2Hi = 1.44269502162933349609e+00, inverseLn2Lo = 1.92596299112661746887e-08
        let t = a - 1
        let w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25))
        let u = inverseLn2Hi * t
        let v = t * inverseLn2Lo - w * inverseLn2
        let t1 = (u + v).withLowWordCleared
        return (t1, v - (t1 - u))
    }

    /// log₂ a = t1 + t2 (t1 of 21 bits) for finite a > 0: a = 2ⁿ·m with m near 1 or
    /// 1.5, s = (m − b)/(m + b), and log m = log b + 2s + (2/3)s³ + s⁴·L(s²).
    private static func log2InTwoPieces(_ a: Double) -> (Double, Double) {
        var ax = a, n: Int32 = 0
        var high = Int32(bitPattern: ax.highWord)
        if high < 0x0010_0000 {  // subnormal
            ax *= 0x1p53
            n -= 53
            high = Int32(bitPattern: ax.highWord)
        }
        n += (high >> 20) - 0x3FF
        let j = high & 0x000F_FFFF
        high = j | 0x3FF0_0000
        var k = 0
        if j <= 0x3988E {  // m < √(3/2)
            k = 0
        } else if j < 0xBB67A {  // m < √3
            k = 1
        } else {
            k = 0
            n += 1
            high -= 0x0010_0000
        }
        ax = ax.replacingHighWord(UInt32(bitPattern: high))
        let b = k == 0 ? 1.0 : 1.5
        let u = ax - b
        let v = 1 / (ax + b)
        let ss = u * v
        let sHi = ss.withLowWordCleared
        let tHigh = UInt32(bitPattern: ((high >> 1) | 0x2000_0000) + 0x0008_0000 + Int32(k << 18))
        let tHi = Double(highWord: tHigh, lowWord: 0)  // ax + b, to 21 bits
        let tLo = ax - (tHi - b)
        let sLo = v * ((u - sHi * tHi) - sHi * tLo)
        var s2 = ss * ss
        var r = s2 * s2 * (5.99999999999994648725e-01 + s2 * (4.28571428578550184252e-01 + s2 * (3.33333329818377432918e-01
            + s2 * (2.72728123808534006489e-01 + s2 * (2.30660745775561754067e-01 + s2 * 2.06975017800338417784e-01)))))
        r += sLo * (sHi + ss)
        s2 = sHi * sHi
        let t3Hi = (3 + s2 + r).withLowWordCleared
        let t3Lo = r - ((t3Hi - 3) - s2)
        let pu = sHi * t3Hi
        let pv = sLo * t3Hi + t3Lo * ss
        let pHi = (pu + pv).withLowWordCleared
        let pLo = pv - (pHi - pu)
        // 2/(3·ln2) in three forms, and log₂1.5 in two.
        let cp = 9.61796693925975554329e-01, cpHi = 9.61796700954437255859e-01, cpLo = -7.02846165095275826516e-09
        let dpHi = k == 0 ? 0 : 5.84962487220764160156e-01, dpLo = k == 0 ? 0 : 1.35003920212974897128e-08
        let zHi = cpHi * pHi
        let zLo = cpLo * pHi + pLo * cp + dpLo
        let t = Double(n)
        let t1 = (((zHi + zLo) + dpHi) + t).withLowWordCleared
        return (t1, zLo - (((t1 - t) - dpHi) - zHi))
    }

    /// 2^(hi + lo) for the two parts of y·log₂|x|, with overflow and underflow.
    private static func exp2InTwoPieces(_ productHi: Double, _ productLo: Double) -> Double {
        var pHi = productHi
        let pLo = productLo
        let z = pLo + pHi
        let j = Int32(bitPattern: z.highWord), i = z.lowWord
        if j >= 0x4090_0000 {  // z ≥ 1024
            if (j - 0x4090_0000) != 0 || i != 0 { return .infinity }
            let overflowTail = 8.0085662595372944372e-17  // −(1024 − log₂(max + ½ulp))
            if pLo + overflowTail > z - pHi { return .infinity }
        } else if (j & 0x7FFF_FFFF) >= 0x4090_CC00 {  // z ≤ −1075
            if UInt32(bitPattern: j) != 0xC090_CC00 || i != 0 { return 0 }
            if pLo <= z - pHi { return 0 }
        }
        let magnitudeHigh = j & 0x7FFF_FFFF
        var k = (magnitudeHigh >> 20) - 0x3FF
        var n: Int32 = 0
        if magnitudeHigh > 0x3FE0_0000 {  // |z| > ½: n = [z + ½]
            n = j &+ (0x0010_0000 >> (k + 1))
            k = ((n & 0x7FFF_FFFF) >> 20) - 0x3FF
            let t = Double(highWord: UInt32(bitPattern: n & ~(0x000F_FFFF >> k)), lowWord: 0)
            n = ((n & 0x000F_FFFF) | 0x0010_0000) >> (20 - k)
            if j < 0 { n = -n }
            pHi -= t
        }
        let lg2 = 6.93147180559945286227e-01, lg2Hi = 6.93147182464599609375e-01, lg2Lo = -1.90465429995776804525e-09
        let t = (pLo + pHi).withLowWordCleared
        let u = t * lg2Hi
        let v = (pLo - (t - pHi)) * lg2 + t * lg2Lo
        let w0 = u + v
        let w = v - (w0 - u)
        let tt = w0 * w0
        let t1 = w0 - tt * (1.66666666666666019037e-01 + tt * (-2.77777777770155933842e-03 + tt * (6.61375632143793436117e-05
            + tt * (-1.65339022054652515390e-06 + tt * 4.13813679705723846039e-08))))
        let r = (w0 * t1) / (t1 - 2) - (w + w0 * w)
        let result = 1 - (r - w0)
        return scaled(result, byPowerOfTwo: Int(n))
    }
}
