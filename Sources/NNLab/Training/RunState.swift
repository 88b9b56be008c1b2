/// The moving parts of one run: position, batch order, workspaces, running averages
/// and the early-stopping bookkeeping.
struct RunState {
    let loop: TrainingLoop
    var streams: RandomStreams
    var step = 0
    var order: [Int]
    var orderPosition = 0
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
        order = Array(0..<loop.data.inputs.rows)
        context = LayerContext(mode: .training, dropoutRandom: streams.dropout)
        augmenter = loop.augmenter
    }

    /// Gathers the next batch (reshuffling at each epoch), augments it, and steps.
    mutating func takeStep(optimizer: inout some Optimizer, history: inout RunHistory) -> StepOutcome {
        if orderPosition >= order.count { orderPosition = 0 }
        if orderPosition == 0 && loop.batchSize < order.count { streams.batchOrder.shuffle(&order) }
        let end = min(orderPosition + loop.batchSize, order.count)
        let indices = order[orderPosition..<end]
        let labels = loop.data.labels
        loop.data.inputs.gatherRows(indices, into: &batchInputs)
        batchLabels.removeAll(keepingCapacity: true)
        for index in indices { batchLabels.append(labels[index]) }
        orderPosition = end
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
