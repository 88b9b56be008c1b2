/// Formats a number for all output: 4 significant digits, deterministic and locale-independent.
///
/// Integers below 1e15 print whole (`12345`); numbers from 0.001 up to 10000 print in
/// fixed notation (`0.5`, `1.099`, `123.5`); others in the language's own scientific
/// form (`1e-4`, `2.5e-7`, `1.235e6`), which reads back as the same literal.
/// Trailing zeros are dropped; `nan`, `inf` and `-inf` name the non-finite values.
public func formatNumber(_ value: Double, significantDigits: Int = 4) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    if value == 0 { return "0" }
    let sign = value < 0 ? "-" : ""
    let magnitude = abs(value)
    if magnitude < 1e15, magnitude == magnitude.rounded(), let whole = Int64(exactly: magnitude) {
        return sign + String(whole)
    }
    let decimal = DecimalDigits(magnitude).rounded(to: max(1, significantDigits))
    let exponent = decimal.exponent
    if (-3...3).contains(exponent) {
        return sign + decimal.fixedNotation
    }
    return sign + decimal.scientificNotation
}

/// The decimal digits of a positive finite number: value = d₀.d₁d₂… × 10^exponent.
struct DecimalDigits {
    var digits: [Int]
    var exponent: Int

    /// Reads the digits from Swift's shortest round-trip description (exact and locale-free).
    init(_ value: Double) {
        let text = value.description
        let parts = text.split(separator: "e")
        let mantissa = parts[0]
        var exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let integerPart = mantissa.split(separator: ".", omittingEmptySubsequences: false)[0]
        exponent += integerPart.count - 1
        var digits = mantissa.compactMap { $0.wholeNumberValue }
        while let first = digits.first, first == 0, digits.count > 1 {
            digits.removeFirst()
            exponent -= 1
        }
        self.digits = digits
        self.exponent = exponent
    }

    /// Rounds half away from zero to `count` significant digits and drops trailing zeros.
    func rounded(to count: Int) -> DecimalDigits {
        var copy = self
        if copy.digits.count > count {
            let roundUp = copy.digits[count] >= 5
            copy.digits = Array(copy.digits.prefix(count))
            if roundUp { copy.incrementLast() }
        }
        while copy.digits.count > 1, copy.digits.last == 0 { copy.digits.removeLast() }
        return copy
    }

    private mutating func incrementLast() {
        var position = digits.count - 1
        while position >= 0 {
            if digits[position] < 9 {
                digits[position] += 1
                return
            }
            digits[position] = 0
            position -= 1
        }
        digits.insert(1, at: 0)
        digits.removeLast()
        exponent += 1
    }

    var fixedNotation: String {
        let text = digits.map(String.init).joined()
        if exponent < 0 {
            return "0." + String(repeating: "0", count: -exponent - 1) + text
        }
        let integerCount = exponent + 1
        if text.count <= integerCount {
            return text + String(repeating: "0", count: integerCount - text.count)
        }
        return String(text.prefix(integerCount)) + "." + String(text.dropFirst(integerCount))
    }

    var scientificNotation: String {
        let text = digits.map(String.init).joined()
        let mantissa = text.count == 1 ? text : String(text.prefix(1)) + "." + String(text.dropFirst())
        return mantissa + "e" + String(exponent)
    }
}
