import Foundation
import Testing
@testable import NNLab

/// One row of RECIPES-REFERENCE.md's optimizer table: loss ½Σθ², θ₀ = [1, −2], so g = θ.
struct OptimizerVector: Sendable, CustomTestStringConvertible {
    let settings: OptimizerSettings
    /// θ[0] after steps 1, 2, 3.
    let firsts: [Double]
    /// θ[1] after the steps the table gives it for, keyed by step.
    let seconds: [Int: Double]
    var testDescription: String { settings.description }
}

@Suite struct OptimizerTests {
    static let vectors: [OptimizerVector] = [
        .init(settings: .sgd(SGDSettings(learningRate: 0.1)), firsts: [0.9, 0.81, 0.729], seconds: [1: -1.8]),
        .init(settings: .sgd(SGDSettings(learningRate: 0.1, momentum: 0.9)), firsts: [0.9, 0.72, 0.486], seconds: [:]),
        .init(settings: .sgd(SGDSettings(learningRate: 0.1, momentum: 0.9, usesNesterov: true)),
              firsts: [0.81, 0.5751, 0.327321], seconds: [:]),
        .init(settings: .sgd(SGDSettings(learningRate: 0.1, momentum: 0.9, dampening: 0.1, weightDecay: 0.01)),
              firsts: [0.899, 0.7263809, 0.50499569], seconds: [:]),
        .init(settings: .adagrad(AdagradSettings(learningRate: 0.1)),
              firsts: [0.9, 0.83310353, 0.78045618], seconds: [1: -1.9]),
        .init(settings: .rmsprop(RMSpropSettings(learningRate: 0.01)),
              firsts: [0.90000001, 0.83291798, 0.77998228], seconds: [:]),
        .init(settings: .adam(AdamSettings(learningRate: 0.1)),
              firsts: [0.9, 0.80041223, 0.70158627], seconds: [2: -1.80016649]),
        .init(settings: .adamw(AdamWSettings(learningRate: 0.1, weightDecay: 0.1)),
              firsts: [0.89, 0.78157186, 0.67510122], seconds: [1: -1.88]),
    ]

    @Test(arguments: vectors)
    func reproducesReferenceVector(_ vector: OptimizerVector) {
        var optimizer = vector.settings.makeOptimizer()
        var theta: [Float] = [1, -2]
        for step in 1...3 {
            let gradient = theta
            optimizer.update(slot: 0, parameter: &theta, gradient: gradient,
                             learningRate: Float(vector.settings.learningRate))
            #expect(abs(Double(theta[0]) - vector.firsts[step - 1]) < 1e-6, "step \(step)")
            if let second = vector.seconds[step] {
                #expect(abs(Double(theta[1]) - second) < 1e-6, "step \(step), second coordinate")
            }
        }
    }

    /// Runs `steps` updates of a constant gradient `g` on a one-element parameter starting at 0.
    func runConstantGradient(_ settings: OptimizerSettings, g: Float, steps: Int) -> Double {
        var optimizer = settings.makeOptimizer()
        var theta: [Float] = [0]
        for _ in 0..<steps {
            optimizer.update(slot: 0, parameter: &theta, gradient: [g], learningRate: Float(settings.learningRate))
        }
        return Double(theta[0])
    }

    @Test func nesterovMatchesClosedForm() {
        // Constant g: b_t = g(1 − μᵗ)/(1 − μ); Nesterov steps along g + μb_t.
        let (mu, gamma, g) = (0.9, 0.1, 2.0)
        var expected = 0.0
        for t in 1...5 { expected -= gamma * (g + mu * g * (1 - pow(mu, Double(t))) / (1 - mu)) }
        let settings = OptimizerSettings.sgd(SGDSettings(learningRate: gamma, momentum: mu, usesNesterov: true))
        #expect(abs(runConstantGradient(settings, g: Float(g), steps: 5) - expected) < 1e-5)
    }

    @Test func dampeningMatchesClosedForm() {
        // Constant g: b_1 = g, b_t = μb_{t−1} + (1 − τ)g = g(μ^{t−1} + (1 − τ)(1 − μ^{t−1})/(1 − μ)).
        let (mu, tau, gamma, g) = (0.9, 0.5, 0.1, 1.0)
        var expected = 0.0
        for t in 1...5 {
            let power = pow(mu, Double(t - 1))
            expected -= gamma * g * (power + (1 - tau) * (1 - power) / (1 - mu))
        }
        let settings = OptimizerSettings.sgd(SGDSettings(learningRate: gamma, momentum: mu, dampening: tau))
        #expect(abs(runConstantGradient(settings, g: Float(g), steps: 5) - expected) < 1e-5)
    }

    @Test func centeredRMSpropMatchesClosedForm() {
        // Constant g: v_t = (1 − αᵗ)g², a_t = (1 − αᵗ)g, so v − a² = αᵗ(1 − αᵗ)g².
        let (alpha, gamma, g) = (0.9, 0.01, 3.0)
        var expected = 0.0
        for t in 1...4 {
            let power = pow(alpha, Double(t))
            expected -= gamma * g / ((power * (1 - power) * g * g).squareRoot() + 1e-8)
        }
        let settings = OptimizerSettings.rmsprop(RMSpropSettings(learningRate: gamma, alpha: alpha, isCentered: true))
        #expect(abs(runConstantGradient(settings, g: Float(g), steps: 4) - expected) / abs(expected) < 1e-5)
    }

    @Test func rmspropMomentumMatchesClosedForm() {
        // Constant g: v_t = (1 − αᵗ)g²; b_t = μb_{t−1} + g/(√v_t + ε); θ ← θ − γb_t.
        let (alpha, mu, gamma, g) = (0.99, 0.5, 0.01, -1.0)
        var (expected, buffer) = (0.0, 0.0)
        for t in 1...4 {
            buffer = mu * buffer + g / (((1 - pow(alpha, Double(t))) * g * g).squareRoot() + 1e-8)
            expected -= gamma * buffer
        }
        let settings = OptimizerSettings.rmsprop(RMSpropSettings(learningRate: gamma, alpha: alpha, momentum: mu))
        #expect(abs(runConstantGradient(settings, g: Float(g), steps: 4) - expected) / abs(expected) < 1e-5)
    }

    @Test func adagradLearningRateDecayMatchesClosedForm() {
        // Constant g: s_t = t g², γ̃_t = γ/(1 + (t − 1)d), step γ̃_t g/(√t |g|).
        let (gamma, decay, g) = (0.1, 0.5, 4.0)
        var expected = 0.0
        for t in 1...4 { expected -= gamma / (1 + Double(t - 1) * decay) * g / (Double(t).squareRoot() * g) }
        let settings = OptimizerSettings.adagrad(AdagradSettings(learningRate: gamma, learningRateDecay: decay))
        #expect(abs(runConstantGradient(settings, g: Float(g), steps: 4) - expected) < 1e-6)
    }

    @Test func adamStateSurvivesLearningRateChange() {
        var adam = Adam(AdamSettings(learningRate: 0.1))
        var theta: [Float] = [1]
        adam.update(slot: 0, parameter: &theta, gradient: theta, learningRate: 0.1)
        adam.update(slot: 0, parameter: &theta, gradient: theta, learningRate: 0.05)
        // By hand, g = θ: step 1 moves by 0.1·1/(1 + ε) to θ₁ ≈ 0.9; step 2 at γ = 0.05 with g = θ₁:
        let theta1 = 1 - 0.1 / (1 + 1e-8)
        let m = 0.9 * 0.1 + 0.1 * theta1, v = 0.999 * 0.001 + 0.001 * theta1 * theta1
        let theta2 = theta1 - 0.05 * (m / (1 - 0.81)) / ((v / (1 - 0.998001)).squareRoot() + 1e-8)
        #expect(abs(Double(theta[0]) - theta2) < 1e-6)
        #expect(adam.stepCount(slot: 0) == 2)
        // A fresh Adam would step by γ·sign(g): the kept state gives a different θ₂.
        #expect(abs(theta2 - (theta1 - 0.05)) > 1e-4)
    }

    @Test func slotNeverUpdatedKeepsNoState() {
        var adam = Adam(AdamSettings(learningRate: 0.1))
        var a: [Float] = [1, -2], b: [Float] = [3], aAlone: [Float] = [1, -2]
        var alone = Adam(AdamSettings(learningRate: 0.1))
        adam.update(slot: 0, parameter: &a, gradient: a, learningRate: 0.1)
        for _ in 0..<5 { adam.update(slot: 2, parameter: &b, gradient: b, learningRate: 0.1) }
        adam.update(slot: 0, parameter: &a, gradient: a, learningRate: 0.1)
        for _ in 0..<2 { alone.update(slot: 0, parameter: &aAlone, gradient: aAlone, learningRate: 0.1) }
        #expect(a == aAlone, "slot 0 keeps its own step count, untouched by slot 2")
        #expect(adam.stepCount(slot: 0) == 2 && adam.stepCount(slot: 2) == 5)
        #expect(adam.stepCount(slot: 1) == 0 && adam.firstMoments[1].isEmpty && adam.secondMoments[1].isEmpty)
        #expect(adam.stepCount(slot: 7) == 0)
    }

    @Test func stateBuffersAreReusedAfterFirstStep() {
        var sgd = SGD(SGDSettings(learningRate: 0.1, momentum: 0.9))
        var theta = [Float](repeating: 1, count: 64)
        sgd.update(slot: 0, parameter: &theta, gradient: theta, learningRate: 0.1)
        let before = sgd.momentumBuffers[0].withUnsafeBufferPointer { $0.baseAddress }
        sgd.update(slot: 0, parameter: &theta, gradient: theta, learningRate: 0.1)
        #expect(sgd.momentumBuffers[0].withUnsafeBufferPointer { $0.baseAddress } == before)
        // b₁ = g₁ = 1, θ₁ = 0.9; b₂ = 0.9·b₁ + g₂ = 1.8.
        #expect(abs(sgd.momentumBuffers[0][0] - 1.8) < 1e-6)
    }
}

extension OptimizerTests {
    @Suite struct Settings {
        @Test func defaultsArePyTorchs() {
            #expect(SGDSettings() == SGDSettings(learningRate: 1e-3, momentum: 0, dampening: 0, weightDecay: 0, usesNesterov: false))
            #expect(AdagradSettings() == AdagradSettings(learningRate: 1e-2, learningRateDecay: 0, epsilon: 1e-10))
            #expect(RMSpropSettings() == RMSpropSettings(learningRate: 1e-2, alpha: 0.99, epsilon: 1e-8, momentum: 0, isCentered: false))
            #expect(AdamSettings() == AdamSettings(learningRate: 1e-3, beta1: 0.9, beta2: 0.999, epsilon: 1e-8, weightDecay: 0))
            #expect(AdamWSettings().weightDecay == 1e-2)
        }

        @Test(arguments: [
            (OptimizerSettings.adam(AdamSettings()), "adam lr=0.001 betas=[0.9, 0.999] eps=1e-08"),
            (.adamw(AdamWSettings()), "adamw lr=0.001 betas=[0.9, 0.999] eps=1e-08 wd=0.01"),
            (.sgd(SGDSettings(learningRate: 0.1, momentum: 0.9, usesNesterov: true)), "sgd lr=0.1 momentum=0.9 nesterov"),
            (.adagrad(AdagradSettings()), "adagrad lr=0.01 eps=1e-10"),
            (.rmsprop(RMSpropSettings(isCentered: true)), "rmsprop lr=0.01 alpha=0.99 eps=1e-08 centered"),
        ])
        func describesItself(_ settings: OptimizerSettings, _ text: String) {
            #expect(settings.description == text)
        }

        @Test func learningRateIsSettableThroughTheEnum() {
            var settings = OptimizerSettings.rmsprop(RMSpropSettings(alpha: 0.9))
            settings.learningRate = 0.5
            #expect(settings == .rmsprop(RMSpropSettings(learningRate: 0.5, alpha: 0.9)))
            #expect(settings.name == "rmsprop")
        }

        @Test(arguments: [
            (OptimizerSettings.sgd(SGDSettings(usesNesterov: true)), "nesterov"),
            (.sgd(SGDSettings(learningRate: -1)), "lr"),
            (.adam(AdamSettings(beta2: 1)), "betas"),
            (.adamw(AdamWSettings(weightDecay: -0.1)), "wd"),
            (.rmsprop(RMSpropSettings(momentum: -0.5)), "momentum"),
            (.adagrad(AdagradSettings(learningRateDecay: -1)), "lr_decay"),
        ])
        func refusesWhatPyTorchRefuses(_ settings: OptimizerSettings, _ setting: String) {
            #expect(throws: SettingError.self) { try settings.validate() }
            do { try settings.validate() } catch { #expect(error.setting == setting) }
        }

        @Test func acceptsDefaults() throws {
            for settings: OptimizerSettings in [.sgd(SGDSettings()), .adagrad(AdagradSettings()),
                                                .rmsprop(RMSpropSettings()), .adam(AdamSettings()), .adamw(AdamWSettings())] {
                try settings.validate()
            }
        }
    }
}
