#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// The few C math functions TextPlot needs, so that one file imports the C library.
enum Math {
    /// Base-10 logarithm.
    static func log10(_ x: Double) -> Double { Glibc_log10(x) }
    /// Base-2 logarithm.
    static func log2(_ x: Double) -> Double { Glibc_log2(x) }
    /// `base` raised to `exponent`.
    static func pow(_ base: Double, _ exponent: Double) -> Double { Glibc_pow(base, exponent) }
}

private func Glibc_log10(_ x: Double) -> Double { log10(x) }
private func Glibc_log2(_ x: Double) -> Double { log2(x) }
private func Glibc_pow(_ a: Double, _ b: Double) -> Double { pow(a, b) }
