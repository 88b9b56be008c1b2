import Foundation
import Testing
@testable import NNLab

/// One schedule vector of RECIPES-REFERENCE.md: rates from step 0 with η₀ = 1.
struct ScheduleVector: Sendable, CustomTestStringConvertible {
    let schedule: Schedule
    let length: Int
    let rates: [Double]
    var testDescription: String { "\(schedule) T=\(length)" }
}

@Suite struct ScheduleTests {
    static let vectors: [ScheduleVector] = [
        .init(schedule: .step(every: 3, factor: 0.1), length: 7, rates: [1, 1, 1, 0.1, 0.1, 0.1, 0.01]),
        .init(schedule: .multistep(at: [2, 5], factor: 0.1), length: 6, rates: [1, 1, 0.1, 0.1, 0.1, 0.01]),
        .init(schedule: .cosine(), length: 4, rates: [1, 0.853553, 0.5, 0.146447, 0]),
        .init(schedule: .invsqrt(), length: 4, rates: [1, 0.707107, 0.577350, 0.5]),
        .init(schedule: .cosine(warmup: 4), length: 10,
              rates: [0.25, 0.5, 0.75, 1, 1, 0.933013, 0.75, 0.5, 0.25, 0.066987]),
    ]

    @Test(arguments: vectors)
    func reproducesReferenceVector(_ vector: ScheduleVector) {
        for (k, rate) in vector.rates.enumerated() {
            let actual = vector.schedule.learningRate(at: k, base: 1, length: vector.length)
            #expect(abs(actual - rate) < 1e-6, "step \(k): \(actual) vs \(rate)")
        }
    }

    @Test(arguments: [0.5, 0.95])
    func exponentialIsGeometric(gamma: Double) {
        for k in 0..<20 {
            let rate = Schedule.exponential(gamma: gamma).learningRate(at: k, base: 0.3, length: 20)
            #expect(abs(rate - 0.3 * pow(gamma, Double(k))) < 1e-12)
        }
    }

    @Test func linearFallsToZeroAndHolds() {
        for k in 0...15 {
            let rate = Schedule.linear().learningRate(at: k, base: 2, length: 10)
            #expect(abs(rate - 2 * max(0, 1 - Double(k) / 10)) < 1e-12, "step \(k)")
        }
    }

    @Test func cosineHoldsItsEndValuePastLength() {
        for k in 4...12 { #expect(Schedule.cosine().learningRate(at: k, base: 1, length: 4) == 0) }
        // Before T it is strictly decreasing, unlike PyTorch's periodic form it never rises again.
        let rates = (0...8).map { Schedule.cosine().learningRate(at: $0, base: 1, length: 8) }
        #expect(zip(rates, rates.dropFirst()).allSatisfy { $0 > $1 })
    }

    @Test func constantIsTheBase() {
        #expect((0..<5).allSatisfy { Schedule.constant().learningRate(at: $0, base: 0.01, length: 5) == 0.01 })
    }

    @Test func invsqrtWithWarmupRampsThenContinues() {
        // η₀·min((k + 1)/W, √(W/(k + 1))) with W = 4.
        let expected = [0.25, 0.5, 0.75, 1, (4.0 / 5).squareRoot(), (4.0 / 6).squareRoot(), (4.0 / 7).squareRoot()]
        for (k, rate) in expected.enumerated() {
            #expect(abs(Schedule.invsqrt(warmup: 4).learningRate(at: k, base: 1, length: 100) - rate) < 1e-12)
        }
        #expect(Schedule.invsqrt(warmup: 4).learningRate(at: 15, base: 1, length: 100) == 0.5)
    }

    @Test func warmupShiftsEveryScheduleToItsOwnStepZero() {
        // After W = 2 units, step(every: 3) counts from 0: k = 2, 3, 4 give η₀, k = 5 gives η₀·γ.
        let rates = (0..<6).map { Schedule.step(every: 3, factor: 0.5, warmup: 2).learningRate(at: $0, base: 1, length: 6) }
        #expect(rates == [0.5, 1, 1, 1, 1, 0.5])
        let milestones = (0..<5).map { Schedule.multistep(at: [1], factor: 0.1, warmup: 2).learningRate(at: $0, base: 1, length: 5) }
        #expect(milestones.map { ($0 * 1e6).rounded() / 1e6 } == [0.5, 1, 1, 0.1, 0.1])
        // Linear over T − W = 4: 1, 0.75, 0.5, 0.25, then 0.
        let linear = (2..<8).map { Schedule.linear(warmup: 2).learningRate(at: $0, base: 1, length: 6) }
        #expect(linear == [1, 0.75, 0.5, 0.25, 0, 0])
    }

    @Test func lengthNotLongerThanWarmupGivesEndValueAfterWarmup() {
        #expect(Schedule.cosine(warmup: 5).learningRate(at: 4, base: 1, length: 5) == 1)
        #expect(Schedule.cosine(warmup: 5).learningRate(at: 5, base: 1, length: 5) == 0)
    }

    @Test(arguments: [
        (Schedule.cosine(), "cosine"),
        (.cosine(warmup: 4), "cosine warmup=4"),
        (.step(every: 3, factor: 0.1), "step every=3 factor=0.1"),
        (.multistep(at: [2, 5]), "multistep at=[2, 5] factor=0.1"),
        (.exponential(gamma: 0.95), "exponential gamma=0.95"),
        (.invsqrt(warmup: 10), "invsqrt warmup=10"),
    ])
    func describesItself(_ schedule: Schedule, _ text: String) {
        #expect(schedule.description == text)
    }

    @Test(arguments: [
        (Schedule.step(every: 0), "every"), (.cosine(warmup: -1), "warmup"), (.multistep(at: [3, -1]), "at"),
        (.exponential(gamma: 0), "gamma"), (.step(every: 2, factor: .nan), "factor"),
    ])
    func refusesSenselessSettings(_ schedule: Schedule, _ setting: String) {
        #expect(throws: SettingError.self) { try schedule.validate() }
        do { try schedule.validate() } catch { #expect(error.setting == setting) }
    }

    @Test func acceptsRepeatedMilestonesAsPyTorchDoes() throws {
        let schedule = Schedule.multistep(at: [2, 2], factor: 0.5)
        try schedule.validate()
        #expect(schedule.learningRate(at: 2, base: 1, length: 5) == 0.25)
    }
}
