/// The moving parts of one run: position, batch order, workspaces, running averages
/// and the early-stopping bookkeeping.
struct RunState {
    let loop: TrainingLoop
    var streams: RandomStreams
    var step = 0
    var sampler: BatchSampler
    var batchIndices: [Int] = []
    var batchInputs = Matrix(rows: 0, columns: 0)
    var batchLabels: [Int] = []
    var augmenter: Augmenter?
    let trainingStep = TrainingStep()
    var context: LayerContext
    var lossSum = 0.0, accuracySum = 0.0, samplesSinceValidation = 0
    var bestLoss = Double.infinity
    var bestEpoch: Int?
    var bestWeights: WeightSnapshot?
    var validationsWithoutImprovement = 0
    var shouldStopEarly = false

    init(loop: TrainingLoop, streams: RandomStreams) {
        self.loop = loop
        self.streams = streams
        sampler = BatchSampler(sampleCount: loop.data.inputs.rows, batchSize: loop.batchSize, mining: loop.mining)
        context = LayerContext(mode: .training, dropoutRandom: streams.dropout)
        context.isDropoutEnabled = loop.configuration.usesDropout
        augmenter = loop.augmenter
    }

    /// Gathers the next batch (reshuffling at each pass, re-ranking the hard pool at each
    /// epoch when mining), augments it, and steps.
    mutating func takeStep(optimizer: inout some Optimizer, history: inout RunHistory) -> StepOutcome {
        gatherBatch()
        var targets = LossTargets(batchLabels)
        if let mixed = augmenter?.augment(&batchInputs, labels: batchLabels, random: &streams.augmentation) {
            targets = LossTargets(mixed.labelsA, mixedWith: mixed.labelsB, weight: Double(mixed.lambda))
        }
        let learningRate = loop.learningRate(atStep: step)
        context.dropoutRandom = streams.dropout
        let outcome = trainingStep.run(network: loop.network, inputs: batchInputs, targets: targets,
                                       loss: loop.configuration.loss, optimizer: &optimizer,
                                       learningRate: Float(learningRate), clipNorm: loop.configuration.clipNorm,
                                       context: &context)
        streams.dropout = context.dropoutRandom
        record(outcome, learningRate: learningRate, history: &history)
        step += 1
        return outcome
    }

    /// The indices, inputs and labels of step `step`'s batch; an epoch's batches are
    /// full but for a smaller last one, as without mining.
    mutating func gatherBatch() {
        let epochStep = step % loop.stepsPerEpoch
        if sampler.mining != nil && epochStep == 0 {
            let hardest = loop.network.hardestSamples(inputs: loop.data.inputs, labels: loop.data.labels,
                                                      loss: LossFunction(kind: loop.configuration.loss.kind),
                                                      count: HardSampleMining.poolSize(samples: loop.data.inputs.rows))
            sampler.refreshPool(hardest.map(\.index), random: &streams.batchOrder)
        }
        let size = min(loop.batchSize, loop.data.inputs.rows - epochStep * loop.batchSize)
        sampler.nextBatch(size: size, into: &batchIndices, random: &streams.batchOrder)
        loop.data.inputs.gatherRows(batchIndices, into: &batchInputs)
        batchLabels.removeAll(keepingCapacity: true)
        for index in batchIndices { batchLabels.append(loop.data.labels[index]) }
    }

    private mutating func record(_ outcome: StepOutcome, learningRate: Double, history: inout RunHistory) {
        history.stepLosses.append(outcome.loss)
        history.stepLearningRates.append(learningRate)
        history.stepEpochs.append(step / loop.stepsPerEpoch + 1)
        history.stepUpdateRatios.append(contentsOf: trainingStep.updateRatios)
        lossSum += outcome.loss * Double(batchLabels.count)
        accuracySum += accuracy(scores: loop.network.output, labels: batchLabels) * Double(batchLabels.count)
        samplesSinceValidation += batchLabels.count
    }

    /// Closes a validation point: running averages, a full validation pass, early stopping.
    mutating func validationPoint(history: inout RunHistory) -> EpochRecord {
        let samples = Double(max(samplesSinceValidation, 1))
        var record = EpochRecord(epoch: history.epochs.count + 1, step: step,
                                 learningRate: history.stepLearningRates.last ?? 0,
                                 trainLoss: lossSum / samples, trainAccuracy: accuracySum / samples)
        lossSum = 0; accuracySum = 0; samplesSinceValidation = 0
        if loop.data.hasValidation {
            let measured = loop.network.measure(inputs: loop.data.validationInputs, labels: loop.data.validationLabels,
                                                loss: loop.configuration.loss)
            record.validationLoss = measured.loss
            record.validationAccuracy = measured.accuracy
            trackBest(measured.loss, epoch: record.epoch)
        }
        history.epochs.append(record)
        return record
    }

    private mutating func trackBest(_ loss: Double, epoch: Int) {
        if loss < bestLoss {
            bestLoss = loss
            bestEpoch = epoch
            validationsWithoutImprovement = 0
            if loop.configuration.restoresBest { bestWeights = loop.network.snapshot() }
        } else {
            validationsWithoutImprovement += 1
            if let patience = loop.configuration.patience, validationsWithoutImprovement >= patience {
                shouldStopEarly = true
            }
        }
    }
}
