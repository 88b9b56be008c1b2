import Elementary
import Foundation

/// Draws one jittered digit into an 8x8 (or any size) grey image.
///
/// The pipeline: pick a way of writing the digit, nudge each stroke and bend the
/// whole shape a little, apply a random affine map (rotation, scale, aspect, shear,
/// translation) about the box centre, then shade each pixel by its distance to the
/// nearest segment (anti-aliased over one pixel) and add pixel noise. `noise`
/// scales every random amount: 0 draws clean prototypes, 1 is the default difficulty.
struct DigitRenderer {
    /// Image side in pixels.
    let side: Int
    /// Multiplier of all random amounts.
    let noise: Double

    /// A segment from `a` to `b` in pixel coordinates, with `b − a` and its squared length.
    private struct Segment {
        let a: SIMD2<Double>
        let ab: SIMD2<Double>
        let lengthSquared: Double

        init(a: SIMD2<Double>, b: SIMD2<Double>) {
            self.a = a
            ab = b - a
            lengthSquared = (ab * ab).sum()
        }

        /// The squared distance from `p` to the nearest point of the segment.
        func squaredDistance(from p: SIMD2<Double>) -> Double {
            let t = lengthSquared > 0 ? min(max(((p - a) * ab).sum() / lengthSquared, 0), 1) : 0
            let d = p - (a + t * ab)
            return (d * d).sum()
        }
    }

    /// Renders `digit` into `pixels` (row-major, `side`×`side`, values 0...1).
    func render(_ digit: Int, into pixels: UnsafeMutableBufferPointer<Float>, random: inout RandomSource) {
        let options = DigitStrokes.variants[digit]
        let strokes = options[random.nextInt(below: options.count)]
        let segments = jitteredSegments(strokes, random: &random)
        let halfWidth = 0.45 + 0.35 * random.nextUniform()
        let contrast = 1 - 0.3 * noise * random.nextUniform()
        let pixelNoise = 0.06 * noise
        for y in 0..<side {
            for x in 0..<side {
                let centre = SIMD2(Double(x) + 0.5, Double(y) + 0.5)
                // The square root is monotonic, so the root of the least square is the least distance.
                var nearest = Double.infinity
                for segment in segments { nearest = min(nearest, segment.squaredDistance(from: centre)) }
                let distance = nearest.squareRoot()
                let ink = min(max(halfWidth + 0.5 - distance, 0), 1) * contrast + pixelNoise * random.nextNormal()
                pixels[y * side + x] = Float(min(max(ink, 0), 1))
            }
        }
    }

    /// The strokes moved, bent and mapped into pixel coordinates, as segments.
    private func jitteredSegments(_ strokes: [Stroke], random: inout RandomSource) -> [Segment] {
        let transform = randomAffine(random: &random)
        let bendX = 0.04 * noise * random.nextNormal(), bendY = 0.04 * noise * random.nextNormal()
        let phaseX = random.nextUniform(in: 0, Double.pi), phaseY = random.nextUniform(in: 0, Double.pi)
        var segments: [Segment] = []
        for stroke in strokes {
            let shift = SIMD2(random.nextNormal(), random.nextNormal()) * (0.035 * noise)
            let mapped = stroke.map { p -> SIMD2<Double> in
                let bent = p + shift + SIMD2(bendX * Math.sin(Double.pi * p.y + phaseX), bendY * Math.sin(Double.pi * p.x + phaseY))
                return transform(bent) * Double(side)
            }
            for k in 1..<max(mapped.count, 2) where k < mapped.count {
                segments.append(Segment(a: mapped[k - 1], b: mapped[k]))
            }
            if mapped.count == 1 { segments.append(Segment(a: mapped[0], b: mapped[0])) }
        }
        return segments
    }

    /// A random affine map of the unit box about its centre.
    private func randomAffine(random: inout RandomSource) -> (SIMD2<Double>) -> SIMD2<Double> {
        let angle = 0.2 * noise * random.nextNormal()
        let scale = Math.exp(0.1 * noise * random.nextNormal())
        let aspect = Math.exp(0.1 * noise * random.nextNormal())
        let shear = 0.2 * noise * random.nextNormal()
        let shift = SIMD2(random.nextNormal(), random.nextNormal()) * (0.06 * noise)
        let (c, s) = (Math.cos(angle), Math.sin(angle))
        let sx = scale * aspect, sy = scale / aspect
        return { p in
            let q = p - SIMD2(0.5, 0.5)
            let sheared = SIMD2(q.x + shear * q.y, q.y)
            let scaled = SIMD2(sx * sheared.x, sy * sheared.y)
            let turned = SIMD2(c * scaled.x - s * scaled.y, s * scaled.x + c * scaled.y)
            return turned + SIMD2(0.5, 0.5) + shift
        }
    }
}
