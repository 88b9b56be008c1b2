import Foundation
import Testing
@testable import NNLab

@Suite struct WeightFileTests {
    private func fixtureBytes() throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/sequential", withExtension: "safetensors"))
        return try [UInt8](Data(contentsOf: url))
    }

    @Test func readsTheReferencePackagesFileExactly() throws {
        let network = try Network.fromSafetensors(try fixtureBytes())
        #expect(network.specs == [.linear(inputs: 2, outputs: 3), .batchNorm(features: 3), .activation(.relu), .linear(inputs: 3, outputs: 2)])
        #expect(network.layers[0].parameters[0].storage == [-2.5, -1.5, -0.5, 0.5, 1.5, 2.5].map { Float($0) / 4 })
        #expect(network.layers[0].parameters[1].storage == [0.1, -0.2, 0.3])
        #expect(network.layers[3].parameters[0].storage == [1e-3, -2e-3, 3.14159, 7.0, -0.5, Float(1.0 / 3)])
        let norm = try #require(network.layers[1] as? BatchNorm)
        #expect(norm.buffers[1].storage == [0.9, 1.1, 1.3])
        #expect(norm.batchesTracked == 7)
    }

    @Test func writesTheSameBytesAsTheReferencePackage() throws {
        let bytes = try fixtureBytes()
        #expect(try Network.fromSafetensors(bytes).safetensorsBytes() == bytes)
    }

    @Test func headerFollowsTheSpecification() {
        let network = Network(layers: [Linear(weight: Matrix([[1, 2]]), bias: Matrix([[3]]))])
        let bytes = network.safetensorsBytes()
        let length = Int(bytes[0]) | Int(bytes[1]) << 8
        #expect(bytes[2..<8].allSatisfy { $0 == 0 })
        #expect(length % 8 == 0)
        let header = String(decoding: bytes[8..<(8 + length)], as: UTF8.self)
        #expect(header.hasPrefix(#"{"__metadata__":{"format":"pt","nnlab.model":"linear(2,1)"},"0.bias":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"0.weight":{"dtype":"F32","shape":[1,2],"data_offsets":[4,12]}}"#))
        // Data: bias 3.0 then weight 1.0, 2.0, little-endian IEEE 754.
        #expect(Array(bytes[(8 + length)...]) == [0, 0, 0x40, 0x40, 0, 0, 0x80, 0x3F, 0, 0, 0, 0x40])
    }

    @Test func roundTripKeepsEveryBit() throws {
        var random = RandomSource(seed: 8)
        let network = try Network(specs: [.linear(inputs: 4, outputs: 5), .batchNorm(features: 5), .activation(.gelu),
                                          .dropout(probability: 0.25), .linear(inputs: 5, outputs: 3)], random: &random)
        let copy = try Network.fromSafetensors(network.safetensorsBytes())
        #expect(copy.specs == network.specs)
        for (a, b) in zip(copy.layers, network.layers) { #expect(a.parameters == b.parameters && a.buffers == b.buffers) }
    }

    @Test func corruptAndMismatchedFilesAreRefusedWithTheReason() throws {
        let bytes = try fixtureBytes()
        #expect(throws: WeightFileError.corrupt(reason: "the file is 3 bytes, shorter than the 8-byte header length")) {
            try Network.fromSafetensors([1, 2, 3])
        }
        do {
            _ = try Network.fromSafetensors(Array(bytes.dropLast(5)))
            Issue.record("a truncated file was accepted")
        } catch { #expect(error.description.contains("truncated")) }
        var garbled = bytes
        garbled[10] = 0x7B
        #expect(throws: WeightFileError.self) { try Network.fromSafetensors(garbled) }
        var huge = bytes
        huge[7] = 0x7F
        #expect(throws: WeightFileError.self) { try Network.fromSafetensors(huge) }
        let other = Network(layers: [Linear(weight: Matrix([[1, 2]]), bias: Matrix([[3]]))])
        let (tensors, _) = try SafeTensors.decode(bytes)
        #expect {
            try Network(layers: [Activation(.relu)]).load(tensors)
        } throws: { error in
            (error as? WeightFileError)?.description.contains("unexpected in the file: 0.bias, 0.weight") == true
        }
        #expect(throws: WeightFileError.self) { try other.load(tensors) }
    }

    @Test func historyCSVHasOneRowPerStepAndMetricsAtValidationPoints() {
        var history = RunHistory(name: "lr=0.1", length: .epochs(1), ratioStride: 1, expectedSteps: 2)
        history.stepLosses = [1.5, 1.25]
        history.stepLearningRates = [0.1, 0.1]
        history.stepEpochs = [1, 1]
        history.epochs = [EpochRecord(epoch: 1, step: 2, learningRate: 0.1, trainLoss: 1.375, trainAccuracy: 0.5,
                                      validationLoss: 1.0, validationAccuracy: 0.75)]
        #expect(RunHistory.csv([history]) == """
        run,step,epoch,lr,loss,train_loss,train_acc,val_loss,val_acc
        lr=0.1,1,1,0.1,1.5,,,,
        lr=0.1,2,1,0.1,1.25,1.375,0.5,1.0,0.75

        """)
    }

    /// Found by the fuzz test: `load model "/dev/zero"` read forever.
    @Test func loadingADeviceIsRefused() throws {
        let error = try #require(throws: WeightFileError.self) { try Network.readSafetensors(from: "/dev/zero") }
        #expect("\(error)".contains("not a regular file"))
    }
}
