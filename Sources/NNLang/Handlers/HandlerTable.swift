/// A command's handler: reads options, calls the core, builds output, publishes results.
typealias Handler = @Sendable (CheckedCommand, inout SessionState, HandlerContext) throws(CommandFailure) -> [OutputBlock]

/// One handler per command, by name.
enum HandlerTable {
    static let handlers: [String: Handler] = [
        "seed": SeedHandler.run, "reset": ResetHandler.run, "set": SetHandler.run, "help": HelpHandler.run,
        "data": DataHandler.run, "split": SplitHandler.run, "preprocess": PreprocessHandler.run,
        "augment": AugmentHandler.run, "model": ModelHandler.run, "init": InitHandler.run,
        "loss": LossHandler.run, "optimizer": OptimizerHandler.run, "schedule": ScheduleHandler.run,
        "check": CheckHandler.run, "overfit": OverfitHandler.run, "train": TrainHandler.run,
        "evaluate": EvaluateHandler.run, "lrfind": LearningRateFinderHandler.run, "plot": PlotHandler.run,
        "show": ShowHandler.run, "save": SaveHandler.run, "load": LoadHandler.run, "diagnose": DiagnoseHandler.run,
        "freeze": TransferHandlers.freeze, "unfreeze": TransferHandlers.unfreeze, "head": TransferHandlers.head,
        "sweep": SearchHandler.run, "grid": SearchHandler.run,
        "landscape": LandscapeHandler.run, "descend": DescendHandler.run,
        "ensemble": EnsembleHandler.run, "snapshot": SnapshotHandler.run, "ema": EMAHandler.run,
    ]

    /// Runs the handler of `command`; commands the schema knows but nnlab does not run yet fail plainly.
    static func run(_ command: CheckedCommand, state: inout SessionState,
                    context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        guard let handler = handlers[command.name] else {
            throw CommandFailure("'\(command.name)' is part of the language but not built yet in this version",
                                 fix: "type 'help' for the commands that run")
        }
        return try handler(command, &state, context)
    }
}
