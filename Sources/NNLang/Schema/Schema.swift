/// The one table of every command: words, options, types, defaults and help.
///
/// The parts live in `Schema+Data.swift`, `Schema+Training.swift`, `Schema+Recipe.swift`
/// and `Schema+Session.swift`; this is where they are joined, in the order `help` lists them.
public enum Schema {
    /// Every command and statement, in help order.
    public static let commands: [CommandSpec] =
        dataCommands + trainingSetupCommands + recipeCommands + sessionCommands + statementCommands

    /// Every command name, in help order.
    public static var commandNames: [String] { commands.map(\.name) }

    /// The command with this name.
    public static func command(named name: String) -> CommandSpec? {
        commands.first { $0.name == name }
    }
}
