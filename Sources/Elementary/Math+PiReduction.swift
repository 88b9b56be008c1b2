extension Math {
    /// x = n·π/2 + (y₀ + y₁) with |y₀ + y₁| ≤ π/4 (a little more at worst), y₁ a tail
    /// far below ulp(y₀). Finite x only. Up to 2²⁰·π/2, Cody and Waite's subtraction of
    /// n times π/2 in 33-bit pieces (fdlibm's "medium" case, up to three pieces as
    /// cancellation demands); beyond, Payne and Hanek's multiplication by 2/π's bits.
    static func reduceByHalfPi(_ x: Double) -> (n: Int, y0: Double, y1: Double) {
        let high = x.highWord & 0x7FFF_FFFF
        if high >= 0x4139_21FB { return reduceLargeByHalfPi(x) }
        let inverseHalfPi = 6.36619772367581382433e-01
        let pio2p1 = 1.57079632673412561417e+00, pio2p1Tail = 6.07710050650619224932e-11
        let pio2p2 = 6.07710050630396597660e-11, pio2p2Tail = 2.02226624879595063154e-21
        let pio2p3 = 2.02226624871116645580e-21, pio2p3Tail = 8.47842766036889956997e-32
        let fn = (x * inverseHalfPi + 0x1.8p52) - 0x1.8p52  // nearest integer
        var r = x - fn * pio2p1  // exact
        var w = fn * pio2p1Tail
        var y0 = r - w
        let exponent = Int(high >> 20)
        func lostBits(_ y: Double) -> Int { exponent - Int((y.highWord >> 20) & 0x7FF) }
        if lostBits(y0) > 16 {  // cancellation: take the next 33 bits of π/2
            var t = r
            w = fn * pio2p2
            r = t - w
            w = fn * pio2p2Tail - ((t - r) - w)
            y0 = r - w
            if lostBits(y0) > 49 {
                t = r
                w = fn * pio2p3
                r = t - w
                w = fn * pio2p3Tail - ((t - r) - w)
                y0 = r - w
            }
        }
        return (Int(fn), y0, (r - y0) - w)
    }

    /// 2/π's first 1280 bits, most significant first (2/π = 0.A2F9836E…₁₆).
    private static let twoOverPiBits: [UInt64] = [
        0xA2F9_836E_4E44_1529, 0xFC27_57D1_F534_DDC0, 0xDB62_9599_3C43_9041, 0xFE51_63AB_DEBB_C561,
        0xB724_6E3A_424D_D2E0, 0x0649_2EEA_09D1_921C, 0xFE1D_EB1C_B129_A73E, 0xE882_35F5_2EBB_4484,
        0xE99C_7026_B45F_7E41, 0x3991_D639_8353_39F4, 0x9C84_5F8B_BDF9_283B, 0x1FF8_97FF_DE05_980F,
        0xEF2F_118B_5A0A_6D1F, 0x6D36_7ECF_27CB_09B7, 0x4F46_3F66_9E5F_EA2D, 0x7527_BAC7_EBE5_F17B,
        0x3D07_39F7_8A52_92EA, 0x6BFB_5FB1_1F8D_5D08, 0x5603_3046_FC7B_6BAB, 0xF0CF_BC20_9AF4_361D,
    ]

    /// 64 bits of 2/π starting at bit `position` (bit 0 has weight 2⁻¹); zeros before.
    private static func twoOverPiWord(at position: Int) -> UInt64 {
        func word(_ i: Int) -> UInt64 { i >= 0 && i < twoOverPiBits.count ? twoOverPiBits[i] : 0 }
        let index = position >= 0 ? position / 64 : (position - 63) / 64
        let shift = position - index * 64
        if shift == 0 { return word(index) }
        return word(index) << UInt64(shift) | word(index + 1) >> UInt64(64 - shift)
    }

    /// The reduction for |x| ≥ 2²⁰·π/2, exact in integers: x = m·2ᵉ with m < 2⁵³, and
    /// m times the 192 bits of 2/π that can reach the fraction of x·2/π mod 4 (higher
    /// bits add multiples of 4, lower ones less than 2⁻¹³⁰).
    private static func reduceLargeByHalfPi(_ x: Double) -> (n: Int, y0: Double, y1: Double) {
        let m = x.significandBitPattern | (1 << 52)
        let e = Int(x.exponentBitPattern) - 1075
        // The window starts at the bit of weight 2^(1−e), position e − 2.
        let window = (0..<3).map { twoOverPiWord(at: e - 2 + 64 * $0) }
        // m·window, keeping the low 192 bits: x·2/π mod 4 = value·2⁻¹⁹⁰.
        var product: [UInt64] = [0, 0, 0]
        var carry: UInt64 = 0
        for i in (0..<3).reversed() {
            let (high, low) = m.multipliedFullWidth(by: window[i])
            let (sum, overflow) = low.addingReportingOverflow(carry)
            product[i] = sum
            carry = high &+ (overflow ? 1 : 0)
        }
        var n = Int(product[0] >> 62)
        var fraction = (product[0] << 2 | product[1] >> 62, product[1] << 2 | product[2] >> 62, product[2] << 2)
        var negative = false
        if fraction.0 >> 63 == 1 {  // fraction ≥ ½: take n + 1 and 1 − fraction
            n += 1
            negative = true
            fraction = twosComplement(fraction)
        }
        let (hi, lo) = doubleDouble(fraction)
        // (hi + lo)·π/2 with π/2 as two doubles, products made exact by Dekker's split.
        let halfPiHi = 1.5707963267948966, halfPiLo = 6.123233995736766e-17
        let (p, pError) = exactProduct(hi, halfPiHi)
        let tail = pError + (hi * halfPiLo + lo * halfPiHi)
        var y0 = p + tail
        var y1 = tail - (y0 - p)
        if negative { (y0, y1) = (-y0, -y1) }
        if x < 0 { return (-n, -y0, -y1) }
        return (n, y0, y1)
    }

    /// 2¹⁹² − v for a 192-bit fraction v.
    private static func twosComplement(_ v: (UInt64, UInt64, UInt64)) -> (UInt64, UInt64, UInt64) {
        let (low, c0) = (~v.2).addingReportingOverflow(1)
        let (middle, c1) = (~v.1).addingReportingOverflow(c0 ? 1 : 0)
        return (~v.0 &+ (c1 ? 1 : 0), middle, low)
    }

    /// A 192-bit fraction (weight 2⁻¹ at the top) as hi + lo with 106 significant bits.
    private static func doubleDouble(_ v: (UInt64, UInt64, UInt64)) -> (Double, Double) {
        var words = [v.0, v.1, v.2], exponent = -64
        while words[0] == 0 && exponent > -192 { words = [words[1], words[2], 0]; exponent -= 64 }
        let shift = words[0].leadingZeroBitCount
        if shift > 0 {
            words[0] = words[0] << UInt64(shift) | words[1] >> UInt64(64 - shift)
            words[1] = words[1] << UInt64(shift) | words[2] >> UInt64(64 - shift)
        }
        exponent -= shift
        // Top 53 bits and the next 53, each exact as a double.
        let top = words[0] >> 11
        let next = (words[0] & 0x7FF) << 42 | words[1] >> 22
        let hi = Double(top) * scaleFactor(exponent + 11)
        let lo = Double(next) * scaleFactor(exponent + 11 - 53)
        return (hi, lo)
    }

    /// 2ᵏ for the small range the reduction needs (−1074 < k < 1024).
    private static func scaleFactor(_ k: Int) -> Double { scaled(1, byPowerOfTwo: k) }
}
