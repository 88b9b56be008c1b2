import Elementary

/// Locale-independent number formatting for labels and notes.
enum NumberFormat {
    /// `value` with exactly `decimals` digits after the point ("-0" printed as "0").
    static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return nonFinite(value) }
        let d = min(max(decimals, 0), 15)
        let scale = power10(d)
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e18 else { return scientific(value, digits: 3) }
        let n = UInt64(scaled)
        let integer = n / UInt64(scale)
        var text = String(integer)
        if d > 0 {
            var fraction = String(n % UInt64(scale))
            fraction = String(repeating: "0", count: d - fraction.count) + fraction
            text += "." + fraction
        }
        return (value < 0 && n != 0 ? "-" : "") + text
    }

    /// `value` in mantissa-exponent form ("1.5e-3") with at most `digits` decimals.
    static func scientific(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return nonFinite(value) }
        guard value != 0 else { return "0" }
        var exponent = Int((Math.log10(abs(value))).rounded(.down))
        var mantissa = value / power10(exponent)
        let scale = power10(min(max(digits, 0), 15))
        if (abs(mantissa) * scale).rounded() / scale >= 10 {
            exponent += 1
            mantissa = value / power10(exponent)
        }
        return trimmed(fixed(mantissa, decimals: digits)) + "e" + String(exponent)
    }

    /// A short label for any value: fixed for moderate magnitudes, scientific otherwise.
    static func compact(_ value: Double, significant: Int = 3) -> String {
        guard value.isFinite else { return nonFinite(value) }
        let magnitude = abs(value)
        if magnitude == 0 { return "0" }
        if magnitude >= 1e6 || magnitude < 1e-3 { return scientific(value, digits: significant - 1) }
        let integerDigits = Int(Math.log10(magnitude).rounded(.down)) + 1
        return trimmed(fixed(value, decimals: max(0, significant - integerDigits)))
    }

    /// `text` without trailing zeros after a decimal point.
    static func trimmed(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var t = text
        while t.hasSuffix("0") { t.removeLast() }
        if t.hasSuffix(".") { t.removeLast() }
        return t == "-0" ? "0" : t
    }

    /// 10 raised to `exponent`, exact for integer results.
    static func power10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }

    /// `10⁻³`-style text for a power of ten.
    static func superscriptDecade(_ exponent: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        var text = exponent < 0 ? "⁻" : ""
        for ch in String(abs(exponent)) { text.append(digits[Int(String(ch))!]) }
        return "10" + text
    }

    /// A decade label: `10⁻³` in Unicode, `1e-3` in ASCII.
    static func decade(_ exponent: Int, charset: Charset) -> String {
        charset == .ascii ? "1e" + String(exponent) : superscriptDecade(exponent)
    }

    private static func nonFinite(_ value: Double) -> String {
        value.isNaN ? "NaN" : (value > 0 ? "Inf" : "-Inf")
    }
}
