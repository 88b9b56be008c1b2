extension Math {
    /// The hyperbolic tangent, within 0.51 ulp. For |x| < 2, tanh|x| = t/(t + 2) with
    /// t = e^(2|x|) − 1 carried in double-double (`expm1Extended`) and the quotient
    /// formed with its remainder, so only the last rounding counts; from 2 to 22,
    /// fdlibm's 1 − 2/(expm1(2|x|) + 2), whose error shrinks with 2/(t + 2); ±1 beyond.
    /// Odd: tanh(−x) = −tanh x.
    public static func tanh(_ x: Double) -> Double {
        if x.isNaN { return x + x }
        let magnitude = abs(x)
        let z: Double
        if magnitude >= 22 {
            z = 1
        } else if magnitude < 0x1p-28 {
            return x  // tanh x = x − x³/3 rounds to x
        } else if magnitude >= 2 {
            z = 1 - 2 / (expm1(2 * magnitude) + 2)
        } else {
            let (h, l) = expm1Extended(2 * magnitude)
            let (dh, dTail) = twoSum(h, 2)
            let dl = dTail + l
            let q0 = h / dh
            let (ph, pl) = exactProduct(q0, dh)
            let remainder = ((h - ph) - pl) + l - q0 * dl  // t − q0·(t + 2); h − ph is exact
            z = q0 + remainder / dh
        }
        return x.sign == .minus ? -z : z
    }

    /// eˣ − 1 = hi + lo for 0 ≤ x < 4, with a relative error near 2⁻⁶⁰: x = k·ln2 + r
    /// with r in two parts, eʳ − 1 = r + r²/2 + r³·P(r) (P Taylor's to r¹²), then
    /// 2ᵏ(eʳ − 1) + (2ᵏ − 1).
    static func expm1Extended(_ x: Double) -> (Double, Double) {
        let k = Int(x * inverseLn2 + 0.5)
        let t = Double(k)
        let (rh, rl) = twoSum(x - t * ln2Hi, -(t * ln2Lo))  // x − t·ln2Hi is exact
        var (squareHi, squareLo) = exactProduct(rh, rh)
        squareLo += 2 * rh * rl
        // 1/3! + r/4! + … + r¹²/15!
        let p = 0.16666666666666666 + rh * (0.041666666666666664 + rh * (0.008333333333333333
            + rh * (0.001388888888888889 + rh * (0.0001984126984126984 + rh * (2.48015873015873e-05
            + rh * (2.7557319223985893e-06 + rh * (2.755731922398589e-07 + rh * (2.505210838544172e-08
            + rh * (2.08767569878681e-09 + rh * (1.6059043836821613e-10 + rh * (1.1470745597729725e-11
            + rh * 7.647163731819816e-13)))))))))))
        let cubic = rh * rh * rh * p
        let (b, bTail) = twoSum(0.5 * squareHi, cubic)
        let (c, cTail) = twoSum(rh, b)
        let (h, l) = fastTwoSum(c, cTail + bTail + rl + 0.5 * squareLo)
        if k == 0 { return (h, l) }
        let scale = powerOfTwo(k)
        let (s, sTail) = twoSum(scale * h, scale - 1)  // 2ᵏ − 1 is exact for k ≤ 6
        return fastTwoSum(s, sTail + scale * l)
    }
}
