/// Error-free transformations: a sum or product as a double plus its exact rounding
/// error, from basic operations alone (no fused multiply-add).
extension Math {
    /// a + b = s + error exactly (Knuth's two-sum).
    @inlinable static func twoSum(_ a: Double, _ b: Double) -> (Double, Double) {
        let s = a + b
        let bVirtual = s - a
        let aVirtual = s - bVirtual
        return (s, (a - aVirtual) + (b - bVirtual))
    }

    /// a + b = s + error exactly when |a| ≥ |b| (Dekker's fast two-sum).
    @inlinable static func fastTwoSum(_ a: Double, _ b: Double) -> (Double, Double) {
        let s = a + b
        return (s, b - (s - a))
    }

    /// a·b = p + error exactly when nothing overflows (Dekker's product with
    /// Veltkamp's split into 26-bit halves).
    @inlinable static func exactProduct(_ a: Double, _ b: Double) -> (Double, Double) {
        let p = a * b
        let (aHi, aLo) = split(a), (bHi, bLo) = split(b)
        return (p, ((aHi * bHi - p) + aHi * bLo + aLo * bHi) + aLo * bLo)
    }

    /// v = hi + lo with each half of at most 26 significant bits.
    @inlinable static func split(_ v: Double) -> (Double, Double) {
        let c = 134_217_729.0 * v  // 2²⁷ + 1
        let hi = c - (c - v)
        return (hi, v - hi)
    }
}
