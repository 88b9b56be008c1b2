/// Liang–Barsky clipping of a segment to the box [0, width) x [0, height).
enum LineClipper {
    /// The part of segment a–b inside the box, or nil when it misses the box.
    static func clip(_ a: (x: Double, y: Double), _ b: (x: Double, y: Double),
                     width: Double, height: Double) -> ((x: Double, y: Double), (x: Double, y: Double))? {
        guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { return nil }
        let maxX = width - 1e-9, maxY = height - 1e-9
        let dx = b.x - a.x, dy = b.y - a.y
        var t0 = 0.0, t1 = 1.0
        let checks: [(Double, Double)] = [(-dx, a.x), (dx, maxX - a.x), (-dy, a.y), (dy, maxY - a.y)]
        for (p, q) in checks {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let r = q / p
                if p < 0 { if r > t1 { return nil }; t0 = max(t0, r) }
                else { if r < t0 { return nil }; t1 = min(t1, r) }
            }
        }
        return ((a.x + t0 * dx, a.y + t0 * dy), (a.x + t1 * dx, a.y + t1 * dy))
    }
}
