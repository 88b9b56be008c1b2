import Elementary
import Foundation

/// A pen stroke: points joined by straight segments, in a unit box (x right, y down).
typealias Stroke = [SIMD2<Double>]

/// The stroke model of the ten digits: each digit has one or more ways of being
/// written (a 7 with or without its bar, an open or closed 4), each a few strokes.
///
/// Arcs are polylines; angles are in degrees, counter-clockwise as seen on screen.
enum DigitStrokes {
    /// For each digit 0...9, its variants, each a list of strokes.
    static let variants: [[[Stroke]]] = [zero, one, two, three, four, five, six, seven, eight, nine]

    /// An elliptic arc around `(cx, cy)` from angle `start` to `end` (degrees).
    static func arc(_ cx: Double, _ cy: Double, _ rx: Double, _ ry: Double,
                    from start: Double, to end: Double, segments: Int = 12) -> Stroke {
        (0...segments).map { k in
            let angle = (start + (end - start) * Double(k) / Double(segments)) * Double.pi / 180
            return SIMD2(cx + rx * Math.cos(angle), cy - ry * Math.sin(angle))
        }
    }

    /// Straight segments through the given points.
    static func line(_ points: (Double, Double)...) -> Stroke {
        points.map { SIMD2($0.0, $0.1) }
    }

    static let zero: [[Stroke]] = [
        [arc(0.5, 0.5, 0.27, 0.4, from: 90, to: 450, segments: 20)],
        [arc(0.5, 0.5, 0.22, 0.4, from: 100, to: 460, segments: 20)],
    ]

    static let one: [[Stroke]] = [
        [line((0.5, 0.1), (0.5, 0.9))],
        [line((0.32, 0.3), (0.52, 0.1), (0.52, 0.9))],
        [line((0.32, 0.3), (0.5, 0.1), (0.5, 0.9)), line((0.3, 0.9), (0.7, 0.9))],
    ]

    static let two: [[Stroke]] = [
        [arc(0.5, 0.33, 0.26, 0.23, from: 160, to: -35) + line((0.22, 0.9), (0.8, 0.9))],
        [arc(0.5, 0.33, 0.26, 0.23, from: 160, to: -20) + line((0.45, 0.62), (0.22, 0.9), (0.8, 0.85))],
    ]

    static let three: [[Stroke]] = [
        [arc(0.48, 0.3, 0.25, 0.2, from: 150, to: -90) + arc(0.48, 0.7, 0.28, 0.2, from: 90, to: -150)],
        [line((0.25, 0.1), (0.75, 0.1), (0.45, 0.45)) + arc(0.48, 0.68, 0.27, 0.22, from: 100, to: -150)],
    ]

    static let four: [[Stroke]] = [
        [line((0.6, 0.1), (0.2, 0.65), (0.82, 0.65)), line((0.62, 0.35), (0.62, 0.9))],
        [line((0.3, 0.1), (0.25, 0.58), (0.8, 0.58)), line((0.64, 0.1), (0.64, 0.9))],
    ]

    static let five: [[Stroke]] = [
        [line((0.75, 0.1), (0.32, 0.1), (0.28, 0.45)) + arc(0.5, 0.65, 0.27, 0.25, from: 140, to: -140)],
        [line((0.3, 0.1), (0.28, 0.45)) + arc(0.5, 0.65, 0.27, 0.25, from: 140, to: -140), line((0.3, 0.1), (0.75, 0.1))],
    ]

    static let six: [[Stroke]] = [
        [line((0.7, 0.1), (0.45, 0.3), (0.3, 0.55), (0.28, 0.7)) + arc(0.5, 0.69, 0.22, 0.21, from: 180, to: 540, segments: 18)],
        [arc(0.62, 0.55, 0.34, 0.45, from: 110, to: 200, segments: 6) + arc(0.5, 0.7, 0.2, 0.2, from: 180, to: 540, segments: 18)],
    ]

    static let seven: [[Stroke]] = [
        [line((0.2, 0.1), (0.8, 0.1), (0.4, 0.9))],
        [line((0.2, 0.1), (0.8, 0.1), (0.45, 0.9)), line((0.38, 0.5), (0.75, 0.5))],
        [line((0.2, 0.22), (0.2, 0.1), (0.8, 0.1), (0.55, 0.5), (0.5, 0.9))],
    ]

    static let eight: [[Stroke]] = [
        [arc(0.5, 0.29, 0.2, 0.19, from: 270, to: 630, segments: 16), arc(0.5, 0.7, 0.25, 0.21, from: 90, to: 450, segments: 16)],
        [arc(0.5, 0.3, 0.22, 0.2, from: -30, to: 210, segments: 14)
            + line((0.3, 0.4), (0.72, 0.78)) + arc(0.5, 0.72, 0.22, 0.18, from: -20, to: 200, segments: 14)
            + line((0.28, 0.78), (0.7, 0.4))],
    ]

    static let nine: [[Stroke]] = [
        [arc(0.5, 0.32, 0.23, 0.21, from: 0, to: 360, segments: 18) + line((0.73, 0.32), (0.7, 0.9))],
        [arc(0.5, 0.32, 0.23, 0.21, from: 0, to: 360, segments: 18) + arc(0.3, 0.32, 0.43, 0.58, from: 0, to: -80, segments: 6)],
    ]
}
