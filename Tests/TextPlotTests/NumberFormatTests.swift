import Testing
@testable import TextPlot

@Suite("NumberFormat")
struct NumberFormatTests {
    @Test(arguments: [
        (3.14159, 2, "3.14"), (-0.004, 2, "0.00"), (2.5, 0, "3"), (-2.5, 0, "-3"),
        (1234567.891, 1, "1234567.9"), (0.1 + 0.2, 3, "0.300"), (-7, 1, "-7.0"),
    ])
    func fixedUsesAPointAndNoGrouping(value: Double, decimals: Int, expected: String) {
        #expect(NumberFormat.fixed(value, decimals: decimals) == expected)
    }

    @Test(arguments: [
        (0.00123, 2, "1.23e-3"), (1500000.0, 1, "1.5e6"), (-2e-7, 0, "-2e-7"), (9.999e5, 2, "1e6"),
    ])
    func scientific(value: Double, digits: Int, expected: String) {
        #expect(NumberFormat.scientific(value, digits: digits) == expected)
    }

    @Test(arguments: [
        (0.0, "0"), (1204.0, "1204"), (0.5, "0.5"), (0.123456, "0.123"), (3e-5, "3e-5"), (2.5e7, "2.5e7"),
        (Double.nan, "NaN"), (Double.infinity, "Inf"), (-Double.infinity, "-Inf"),
    ])
    func compact(value: Double, expected: String) {
        #expect(NumberFormat.compact(value) == expected)
    }

    @Test func compactKeepsStepNumbersWhole() {
        #expect(NumberFormat.compact(1204, significant: 6) == "1204")
    }
}
