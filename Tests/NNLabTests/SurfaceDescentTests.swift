import Foundation
import Testing
@testable import NNLab

/// The surfaces against their closed forms, and the real optimizers walking them against
/// the recurrences their update rules give on a quadratic.
@Suite struct SurfaceDescentTests {
    private func walk(_ surface: Surface, _ settings: OptimizerSettings, steps: Int,
                      from start: PlanePoint? = nil) -> SurfaceDescent {
        SurfaceDescent.run(on: surface, from: start ?? surface.start, optimizer: settings, steps: steps)
    }

    private func close(_ a: Double, _ b: Double, relative: Double = 1e-4, absolute: Double = 1e-6) -> Bool {
        abs(a - b) <= max(absolute, relative * abs(b))
    }

    @Test(arguments: [(20.0, 0.09), (20.0, 0.02), (1.0, 0.5), (50.0, 0.03)])
    func sgdOnTheQuadraticShrinksEachCoordinateByItsOwnFactor(condition: Double, lr: Double) {
        let surface = Surface(.ravine, condition: condition)
        let descent = walk(surface, .sgd(SGDSettings(learningRate: lr)), steps: 50)
        #expect(descent.stop == .completed && descent.stepsTaken == 50)
        for (k, point) in descent.points.enumerated() {
            let x = pow(1 - lr, Double(k)) * -4, y = pow(1 - lr * condition, Double(k))
            #expect(close(point.x, x) && close(point.y, y), "step \(k): \(point) against (\(x), \(y))")
            #expect(descent.losses[k] == surface.value(at: point))
        }
    }

    @Test func acrossTheRavineSGDJittersFromWallToWall() {
        let descent = walk(Surface(.ravine), .sgd(SGDSettings(learningRate: 0.09)), steps: 10)
        let signs = descent.points.map { $0.y > 0 }
        #expect(zip(signs, signs.dropFirst()).allSatisfy { $0 != $1 }, "\(descent.points)")
    }

    @Test func heavyBallMomentumFollowsItsRecurrenceAndOvershootsTheMinimum() {
        let (lr, mu) = (0.1, 0.9)
        let descent = walk(Surface(.quadratic), .sgd(SGDSettings(learningRate: lr, momentum: mu)), steps: 60)
        var x = -4.0, v = 0.0
        var crossed = false
        for k in 1...60 {
            v = mu * v + x
            x -= lr * v
            #expect(close(descent.points[k].x, x, relative: 1e-3, absolute: 1e-5), "step \(k): \(descent.points[k].x) against \(x)")
            crossed = crossed || descent.points[k].x > 0
        }
        #expect(crossed, "momentum 0.9 carries x past the minimum at 0")
        let plain = walk(Surface(.quadratic), .sgd(SGDSettings(learningRate: lr)), steps: 60)
        #expect(plain.points.allSatisfy { $0.x <= 0 }, "plain SGD at lr 0.1 never overshoots")
    }

    @Test func adamsFirstStepMovesEachCoordinateByAboutTheLearningRate() {
        let descent = walk(Surface(.ravine), .adam(AdamSettings(learningRate: 0.3)), steps: 1)
        let start = Surface(.ravine).start
        #expect(close(descent.end.x - start.x, 0.3, relative: 1e-5))
        #expect(close(descent.end.y - start.y, -0.3, relative: 1e-5))
    }

    @Test func theSaddleFallsAlongYAndRisesAlongX() {
        let saddle = Surface(.saddle)
        for p in [PlanePoint(x: -2, y: 1e-3), PlanePoint(x: 0.5, y: -1.5), PlanePoint(x: 1.25, y: 2)] {
            let g = saddle.gradient(at: p), h = 1e-6
            let dx = (saddle.value(at: PlanePoint(x: p.x + h, y: p.y)) - saddle.value(at: PlanePoint(x: p.x - h, y: p.y))) / (2 * h)
            let dy = (saddle.value(at: PlanePoint(x: p.x, y: p.y + h)) - saddle.value(at: PlanePoint(x: p.x, y: p.y - h))) / (2 * h)
            #expect(g == PlanePoint(x: 2 * p.x, y: -2 * p.y))
            #expect(close(g.x, dx, relative: 1e-6) && close(g.y, dy, relative: 1e-6, absolute: 1e-8))
        }
        #expect(saddle.gradient(at: saddle.criticalPoint) == PlanePoint(x: 0, y: 0))
        #expect(!saddle.isBoundedBelow)
        let escape = walk(saddle, .sgd(SGDSettings(learningRate: 0.1)), steps: 30)
        for (k, point) in escape.points.enumerated() {
            #expect(close(point.y, 1e-3 * pow(1.2, Double(k))), "y grows by 1 + 2·lr a step")
        }
    }

    @Test func rosenbrockHasItsKnownGradientsAndItsMinimumAtOneOne() {
        let banana = Surface(.rosenbrock)
        #expect(banana.gradient(at: PlanePoint(x: 1, y: 1)) == PlanePoint(x: 0, y: 0))
        #expect(banana.value(at: banana.criticalPoint) == 0 && banana.criticalPoint == PlanePoint(x: 1, y: 1))
        #expect(banana.gradient(at: PlanePoint(x: 0, y: 0)) == PlanePoint(x: -2, y: 0))
        #expect(banana.gradient(at: PlanePoint(x: -1.5, y: 2)) == PlanePoint(x: -155, y: -50))
        #expect(banana.gradient(at: PlanePoint(x: 1, y: 0)) == PlanePoint(x: 400, y: -200))
        let (xs, ys) = banana.window
        for i in 0...40 { for j in 0...40 {
            let p = PlanePoint(x: xs.lowerBound + Double(i) / 10, y: ys.lowerBound + Double(j) / 10)
            #expect(banana.value(at: p) >= 0)
        } }
    }

    @Test func tooLargeARateAcrossTheRavineIsStoppedFarOutside() {
        let descent = walk(Surface(.ravine), .sgd(SGDSettings(learningRate: 0.11)), steps: 100)
        // |y_k| = 1.2^k passes 500 window heights (1500) at k = 41.
        #expect(descent.stop == .farOutside(step: 41) && descent.stepsTaken == 41)
        #expect(descent.points.allSatisfy { $0.isFinite })
    }

    @Test func aStepThatOverflowsIsNotKept() {
        let descent = walk(Surface(.ravine), .sgd(SGDSettings(learningRate: 1e38)), steps: 10)
        #expect(descent.stop == .nonFinite(step: 1) && descent.points == [Surface(.ravine).start])
    }

    @Test func theWindowHoldsTheStartAndTheCriticalPoint() {
        for kind in Surface.Kind.allCases {
            let surface = Surface(kind)
            let (xs, ys) = surface.window
            for p in [surface.start, surface.criticalPoint] { #expect(xs.contains(p.x) && ys.contains(p.y), "\(kind)") }
        }
        #expect(Surface(.ravine).condition == 20 && Surface(.quadratic).condition == 1)
        let p = PlanePoint(x: 1.5, y: -0.7)
        #expect(Surface(.quadratic, condition: 20).value(at: p) == Surface(.ravine).value(at: p))
    }

    @Test func pathsOnALandscapeKeepTheirNamesApart() {
        var landscape = Landscape(surface: Surface(.saddle))
        let descent = walk(landscape.surface, .sgd(SGDSettings(learningRate: 0.1)), steps: 3)
        let names = (0..<3).map { _ in landscape.add(name: "sgd", optimizer: .sgd(SGDSettings()), descent: descent).name }
        #expect(names == ["sgd", "sgd #2", "sgd #3"] && landscape.paths.count == 3)
    }
}
