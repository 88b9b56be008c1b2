import NNLab

/// `landscape ravine|saddle|rosenbrock|quadratic cond=`: sets the 2-D surface that
/// `descend` walks on, clearing earlier paths, and draws its contours.
enum LandscapeHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        let kind = Surface.Kind(rawValue: command.variant ?? "") ?? .ravine
        let surface = Surface(kind, condition: command.optionalNumber("cond"))
        let landscape = Landscape(surface: surface)
        state.landscape = landscape
        let minimum = surface.isBoundedBelow
            ? "minimum \(formatNumber(surface.value(at: surface.criticalPoint))) at \(LandscapePlot.point(surface.criticalPoint))"
            : "saddle point at \(LandscapePlot.point(surface.criticalPoint)), no minimum"
        let line = "landscape \(kind.rawValue): f(x, y) = \(LandscapePlot.formula(surface)); \(minimum); "
            + "paths start at \(LandscapePlot.point(surface.start))"
        return [.text(line), .plot(LandscapePlot.make(landscape))]
    }
}

/// `descend OPTIMIZER options steps= start= name=`: walks the optimizer (the one `train`
/// uses) over the landscape, adds its path to those drawn there, and tabulates where it
/// ended. A list gives one path per value. Publishes `descent`, the last path's end.
enum DescendHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        guard var landscape = state.landscape else {
            throw CommandFailure("descend walks on a 2-D landscape, and none is set yet",
                                 fix: "landscape ravine (or saddle, rosenbrock, quadratic), then descend \(command.variant ?? "sgd") ...")
        }
        let surface = landscape.surface
        let varying = command.sweepAxes.map(\.name)
        var added: [Landscape.Path] = []
        for single in command.combinations() {
            let variant = single.variant ?? "sgd"
            let settings = try OptimizerHandler.makeSettings(single, variant: variant, base: nil)
            let descent = SurfaceDescent.run(on: surface, from: try startPoint(single, surface), optimizer: settings,
                                             steps: single.integer("steps"))
            added.append(landscape.add(name: name(of: single, varying: varying),
                                       optimizer: settings, descent: descent))
        }
        state.landscape = landscape
        if let last = added.last { state.results["descent"] = record(last.descent, surface) }
        let notes = added.compactMap { note($0, surface) }
        return [.table(table(added, surface))] + notes + [.plot(LandscapePlot.make(landscape))]
    }

    /// `start=[x, y]`, or the landscape's own start; refused when far outside the window.
    private static func startPoint(_ command: CheckedCommand, _ surface: Surface) throws(CommandFailure) -> PlanePoint {
        guard let given = command.numbers("start"), given.count == 2 else { return surface.start }
        let point = PlanePoint(x: given[0], y: given[1])
        guard point.isFinite, !surface.isFarOutside(point),
              Float(point.x).isFinite, Float(point.y).isFinite else {
            let (xs, ys) = surface.window
            throw CommandFailure("start=[\(formatNumber(given[0])), \(formatNumber(given[1]))] is far outside the landscape, "
                                 + "which is drawn over x \(formatNumber(xs.lowerBound))..\(formatNumber(xs.upperBound)), "
                                 + "y \(formatNumber(ys.lowerBound))..\(formatNumber(ys.upperBound))",
                                 fix: "start inside it, e.g. start=[\(formatNumber(surface.start.x)), \(formatNumber(surface.start.y))]",
                                 option: "start")
        }
        return point
    }

    /// `name=` with the listed values, else the optimizer and the options typed: `sgd lr=0.1 momentum=0.9`.
    private static func name(of command: CheckedCommand, varying: [String]) -> String {
        if command.text("name") != nil { return RunCombinations.name(of: command, varying: varying) }
        return command.typedText(dropping: ["steps", "start", "name"])
    }

    /// Whether the walk was cut short by blowing up (not by escaping the saddle downhill).
    private static func diverged(_ descent: SurfaceDescent, _ surface: Surface) -> Bool {
        switch descent.stop {
        case .completed: false
        case .nonFinite: true
        case .farOutside: surface.isBoundedBelow || descent.finalLoss > descent.losses[0]
        }
    }

    /// What a stopped walk needs said; nil for a walk that took every step.
    private static func note(_ path: Landscape.Path, _ surface: Surface) -> OutputBlock? {
        let lowerRate = "Lower lr (a tenth is a good first try)."
        switch path.descent.stop {
        case .completed: return nil
        case .nonFinite(let step):
            return .warning("'\(path.name)' diverged at step \(step): the point or its loss overflowed; "
                            + "the table shows the last finite point. \(lowerRate)")
        case .farOutside(let step) where diverged(path.descent, surface):
            return .warning("'\(path.name)' diverged at step \(step): it left the plot far behind and was stopped there. \(lowerRate)")
        case .farOutside(let step):
            return .text("'\(path.name)' escaped the saddle downhill and was stopped at step \(step), far outside the plot "
                         + "(the saddle has no minimum: the loss falls without end along y)")
        }
    }

    private static func table(_ paths: [Landscape.Path], _ surface: Surface) -> Table {
        let distance = surface.isBoundedBelow ? "to minimum" : "from saddle point"
        return Table(columns: ["path", "steps", "x", "y", "loss", distance], rows: paths.map { path in
            let descent = path.descent
            return [.text(path.name), .number(Double(descent.stepsTaken)), .number(descent.end.x), .number(descent.end.y),
                    .number(descent.finalLoss), .number(descent.end.distance(to: surface.criticalPoint))]
        })
    }

    /// `descent`: where the walk ended, its loss, distance to the critical point, steps, and whether it diverged.
    private static func record(_ descent: SurfaceDescent, _ surface: Surface) -> Value {
        .record(Record([
            Record.Field(name: "loss", value: .number(descent.finalLoss)),
            Record.Field(name: "distance", value: .number(descent.end.distance(to: surface.criticalPoint))),
            Record.Field(name: "x", value: .number(descent.end.x)),
            Record.Field(name: "y", value: .number(descent.end.y)),
            Record.Field(name: "steps", value: .number(Double(descent.stepsTaken))),
            Record.Field(name: "diverged", value: .bool(diverged(descent, surface))),
        ]))
    }
}
