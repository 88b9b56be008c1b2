/// One of the benchmark's goals: a ratio measured in this run against the ratio it must reach.
struct Target {
    let name: String
    let ratio: Double?
    let goal: Double

    var isMet: Bool { (ratio ?? 0) >= goal }

    var line: String {
        let goalText = fixed(goal, goal < 1 ? 2 : 1)
        guard let ratio else { return "    target \(name) ≥ \(goalText)x: not measured (peer missing)" }
        return "    target \(name) ≥ \(goalText)x: \(fixed(ratio, 2))x, \(isMet ? "met" : "NOT met")"
    }
}

/// The targets of the whole run, printed again at its end.
final class TargetBoard {
    private(set) var targets: [Target] = []

    /// Records `target` and prints its line.
    func add(_ name: String, _ ratio: Double?, goal: Double) {
        let target = Target(name: name, ratio: ratio, goal: goal)
        targets.append(target)
        print(target.line)
    }

    var summary: [String] {
        ["Targets: \(targets.count { $0.isMet }) of \(targets.count) met"] + targets.map(\.line)
    }
}
