import Foundation
import Testing
import Elementary

/// Against correctly rounded values computed with mpmath (scripts/elementary-reference.py);
/// `ELEMENTARY_REFERENCE=FILE` reads a larger set of the same format instead.
@Suite struct ReferenceTests {
    struct Case {
        let function: String
        let arguments: [Double]
        let expected: Double
    }

    static let cases: [Case] = {
        let path = ProcessInfo.processInfo.environment["ELEMENTARY_REFERENCE"]
            ?? Bundle.module.url(forResource: "Fixtures/reference", withExtension: "txt")!.path
        let text = try! String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n").map { line in
            let fields = line.split(separator: " ")
            let doubles = fields.dropFirst().map { Double(bitPattern: UInt64($0, radix: 16)!) }
            return Case(function: String(fields[0]), arguments: Array(doubles.dropLast()), expected: doubles.last!)
        }
    }()

    static func evaluate(_ function: String, _ a: [Double]) -> Double {
        switch function {
        case "exp": return Math.exp(a[0])
        case "expm1": return Math.expm1(a[0])
        case "log": return Math.log(a[0])
        case "log2": return Math.log2(a[0])
        case "log10": return Math.log10(a[0])
        case "tanh": return Math.tanh(a[0])
        case "erf": return Math.erf(a[0])
        case "sin": return Math.sin(a[0])
        case "cos": return Math.cos(a[0])
        case "pow": return Math.pow(a[0], a[1])
        default: fatalError("unknown function \(function)")
        }
    }

    @Test(arguments: ["exp", "expm1", "log", "log2", "log10", "tanh", "erf", "sin", "cos", "pow"])
    func withinOneUlpOfCorrectlyRounded(function: String) {
        let cases = Self.cases.filter { $0.function == function }
        #expect(cases.count >= 100)
        var worst: (ulps: UInt64, at: [Double]) = (0, [])
        var exact = 0
        for c in cases {
            let distance = ulpDistance(Self.evaluate(function, c.arguments), c.expected)
            if distance == 0 { exact += 1 }
            if distance > worst.ulps { worst = (distance, c.arguments) }
        }
        #expect(worst.ulps <= 1, "\(function): \(worst.ulps) ulps at \(worst.at)")
        // Less than 1 ulp of error means the result is nearly always the correctly rounded one.
        #expect(Double(exact) >= 0.9 * Double(cases.count), "\(function): \(exact) of \(cases.count) exact")
        print("\(function): \(cases.count) arguments, \(exact) correctly rounded, worst \(worst.ulps) ulp")
    }

    /// A few results against their bits from mpmath at 300 bits, rounded to nearest:
    /// within 1 ulp, and in fact (this set) each the correctly rounded double.
    @Test(arguments: [
        ("exp", [1.0], 0x4005_BF0A_8B14_5769 as UInt64),       // e
        ("exp", [-1.0], 0x3FD7_8B56_362C_EF38),
        ("exp", [100.0], 0x48F3_494A_9B17_1BF5),
        ("exp", [-740.0], 0x0000_0000_0000_0055),              // subnormal
        ("log", [2.0], 0x3FE6_2E42_FEFA_39EF),                 // ln 2
        ("log", [10.0], 0x4002_6BB1_BBB5_5516),
        ("log", [0x1p-1074], 0xC087_4385_446D_71C3),
        ("log10", [2.0], 0x3FD3_4413_509F_79FF),
        ("log2", [10.0], 0x400A_934F_0979_A371),
        ("tanh", [0.5], 0x3FDD_9353_D756_8AF3),
        ("erf", [0.5], 0x3FE0_A7EF_5C18_EDD2),
        ("erf", [2.0], 0x3FEF_D9AE_1427_95E3),
        ("sin", [1.0], 0x3FEA_ED54_8F09_0CEE),
        ("cos", [1.0], 0x3FE1_4A28_0FB5_068C),
        ("sin", [1e22], 0xBFEB_453A_B76B_F397),               // a famous hard reduction
        ("pow", [0.9, 100], 0x3EFB_DA05_6ED4_9410),
        ("pow", [2.0, 0.5], 0x3FF6_A09E_667F_3BCD),            // √2
    ])
    func knownBits(function: String, arguments: [Double], expected: UInt64) {
        let result = Self.evaluate(function, arguments)
        #expect(ulpDistance(result, Double(bitPattern: expected)) <= 1,
                "\(function)\(arguments) = \(String(result.bitPattern, radix: 16))")
    }
}
