extension Math {
    /// The sine of x radians. fdlibm's method: x = n·π/2 + (y₀ + y₁) with |y₀| ≤ π/4
    /// (`reduceByHalfPi`), then the sine or cosine kernel (minimax polynomials of degree
    /// 13 and 14) by n mod 4. Less than 1 ulp of error; NaN for ±∞.
    public static func sin(_ x: Double) -> Double {
        let high = x.highWord & 0x7FFF_FFFF
        if high <= 0x3FE9_21FB {  // |x| ≤ π/4
            if high < 0x3E50_0000 { return x }  // |x| < 2⁻²⁶: sin x rounds to x
            return sinKernel(x, 0)
        }
        if !x.isFinite { return x - x }
        let (n, y0, y1) = reduceByHalfPi(x)
        switch n & 3 {
        case 0: return sinKernel(y0, y1)
        case 1: return cosKernel(y0, y1)
        case 2: return -sinKernel(y0, y1)
        default: return -cosKernel(y0, y1)
        }
    }

    /// The cosine of x radians; the method of `sin`. Less than 1 ulp of error.
    public static func cos(_ x: Double) -> Double {
        let high = x.highWord & 0x7FFF_FFFF
        if high <= 0x3FE9_21FB {  // |x| ≤ π/4
            if high < 0x3E46_A09E { return 1 }  // |x| < 2⁻²⁷·√2: cos x rounds to 1
            return cosKernel(x, 0)
        }
        if !x.isFinite { return x - x }
        let (n, y0, y1) = reduceByHalfPi(x)
        switch n & 3 {
        case 0: return cosKernel(y0, y1)
        case 1: return -sinKernel(y0, y1)
        case 2: return -cosKernel(y0, y1)
        default: return sinKernel(y0, y1)
        }
    }

    /// sin(x + y) for |x| ≤ π/4 and a tail |y| ≪ ulp(x): x + S₁x³ + … + S₆x¹³, with the
    /// tail through sin′ ≈ 1 − x²/2.
    static func sinKernel(_ x: Double, _ y: Double) -> Double {
        let z = x * x
        let w = z * z
        let r = 8.33333333332248946124e-03 + z * (-1.98412698298579493134e-04 + z * 2.75573137070700676789e-06)
            + z * w * (-2.50507602534068634195e-08 + z * 1.58969099521155010221e-10)
        let v = z * x
        let s1 = -1.66666666666666324348e-01
        if y == 0 { return x + v * (s1 + z * r) }
        return x - ((z * (0.5 * y - v * r) - y) - v * s1)
    }

    /// cos(x + y) for |x| ≤ π/4: 1 − x²/2 + C₁x⁴ + … + C₆x¹⁴, with the tail through
    /// cos′ ≈ −x, and 1 − x²/2 formed as w plus its exact rounding error.
    static func cosKernel(_ x: Double, _ y: Double) -> Double {
        let z = x * x
        var w = z * z
        let r = z * (4.16666666666666019037e-02 + z * (-1.38888888888741095749e-03 + z * 2.48015872894767294178e-05))
            + w * w * (-2.75573143513906633035e-07 + z * (2.08757232129817482790e-09 + z * -1.13596475577881948265e-11))
        let hz = 0.5 * z
        w = 1 - hz
        return w + (((1 - w) - hz) + (z * r - x * y))
    }
}
