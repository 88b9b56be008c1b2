/// Columns count user-perceived characters. The lexer works on Unicode scalars for speed, so
/// this is the one rule (shared by the lexer, the excerpts and `SourceFile`) that groups
/// scalars into characters: combining marks, variation selectors, emoji modifiers, tags and
/// anything after a zero-width joiner continue the previous character; `\r\n` is one line break.
enum TextClusters {
    /// Whether `scalar` starts a new character after `previous`.
    static func startsCluster(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?) -> Bool {
        guard let previous else { return true }
        if scalar.value < 0x300 { return !(scalar == "\n" && previous == "\r") }
        if previous == "\u{200D}" { return false }
        switch scalar.value {
        case 0x200D, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F: return false
        default: break
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return false
        default: return true
        }
    }

    /// The number of characters in a run of scalars (no allocation: long lines stay cheap).
    static func count<S: Sequence>(_ scalars: S) -> Int where S.Element == Unicode.Scalar {
        var total = 0
        var previous: Unicode.Scalar?
        for scalar in scalars {
            if startsCluster(scalar, after: previous) { total += 1 }
            previous = scalar
        }
        return total
    }

    /// The characters numbered `window` (0-based) of a run of scalars, each as a string.
    static func clusters<S: Sequence>(_ scalars: S, in window: Range<Int>) -> [String]
        where S.Element == Unicode.Scalar {
        var result: [String] = []
        var index = -1
        var previous: Unicode.Scalar?
        for scalar in scalars {
            if startsCluster(scalar, after: previous) { index += 1 }
            previous = scalar
            if index >= window.upperBound { break }
            guard index >= window.lowerBound else { continue }
            if result.count == index - window.lowerBound {
                result.append(String(scalar))
            } else {
                result[result.count - 1].unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The characters of a run of scalars, each as a string.
    static func clusters<S: Sequence>(_ scalars: S) -> [String] where S.Element == Unicode.Scalar {
        var result: [String] = []
        var previous: Unicode.Scalar?
        for scalar in scalars {
            if startsCluster(scalar, after: previous) || result.isEmpty {
                result.append(String(scalar))
            } else {
                result[result.count - 1].unicodeScalars.append(scalar)
            }
            previous = scalar
        }
        return result
    }
}

extension Unicode.Scalar {
    /// `\n` or `\r` (a `\r\n` pair is one break).
    var isLineBreak: Bool { self == "\n" || self == "\r" }

    /// C0 controls other than tab and line breaks, DEL and C1 controls.
    var isControlOrBinary: Bool {
        guard !isLineBreak, self != "\t" else { return false }
        return value < 0x20 || (0x7F...0x9F).contains(value)
    }

    /// `0` to `9`.
    var isASCIIDigit: Bool { (0x30...0x39).contains(value) }

    /// `0-9`, `a-f`, `A-F`.
    var isHexDigit: Bool { isASCIIDigit || (0x41...0x46).contains(value) || (0x61...0x66).contains(value) }

    /// Letters and `_` start identifiers.
    var isIdentifierStart: Bool {
        if value < 0x80 { return self == "_" || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        return properties.isAlphabetic
    }

    /// Letters, digits, `_` and combining marks continue identifiers.
    var isIdentifierContinuation: Bool {
        if isIdentifierStart || isASCIIDigit { return true }
        guard value >= 0x300 else { return false }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }

    /// The scalar as it can be shown safely: controls as `\u{1}`, others as they are.
    var escapedForDisplay: String {
        isControlOrBinary || isLineBreak ? "\\u{\(String(value, radix: 16))}" : String(self)
    }
}

extension String {
    /// The text with control characters escaped, safe to print.
    var escapedForDisplay: String {
        var result = ""
        for scalar in unicodeScalars {
            if scalar.isControlOrBinary || scalar.isLineBreak {
                result += scalar.escapedForDisplay
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
