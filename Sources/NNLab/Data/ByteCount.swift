/// Sizes in MiB for messages, with as many decimals as it takes for a size over a limit
/// to read as larger than it: `2048.3 MiB, over the limit of 2048 MiB`, never `2048 MiB,
/// over the limit of 2048 MiB`.
enum ByteCount {
    /// `bytes` in MiB: whole when exact, else with one decimal.
    static func mebibytes(_ bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : shown(bytes, decimals: 1) + " MiB"
    }

    /// `bytes` and `limit` in MiB, `bytes` with enough decimals (up to 6, then in bytes)
    /// to differ from `limit` as shown.
    static func mebibytes(_ bytes: Int, over limit: Int) -> (size: String, limit: String) {
        let bound = mebibytes(limit)
        if bytes % (1 << 20) == 0 { return (mebibytes(bytes), bound) }
        for decimals in 1...6 {
            let size = shown(bytes, decimals: decimals)
            if Double(size)! > Double(limit) / Double(1 << 20) { return (size + " MiB", bound) }
        }
        return ("\(bytes) bytes", "\(limit) bytes")
    }

    /// `bytes / 2^20` rounded to `decimals` places, trailing zeros kept.
    private static func shown(_ bytes: Int, decimals: Int) -> String {
        let scale = (0..<decimals).reduce(1) { value, _ in value * 10 }
        let scaled = (Double(bytes) / Double(1 << 20) * Double(scale)).rounded()
        let whole = Int(scaled) / scale, fraction = Int(scaled) % scale
        let digits = String(fraction)
        return "\(whole)." + String(repeating: "0", count: decimals - digits.count) + digits
    }
}
