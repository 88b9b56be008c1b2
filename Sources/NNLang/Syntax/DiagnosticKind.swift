/// What went wrong, by the stage that found it; every kind has a test.
public enum DiagnosticKind: String, Sendable, CaseIterable {
    // Lexer
    /// A character that starts no token (`$`, `'`, a lone `!` or `?`).
    case unexpectedCharacter
    /// A control character or binary byte outside a string's escapes.
    case controlCharacter
    /// Bytes that are not valid UTF-8.
    case invalidEncoding
    /// A string without its closing quote on the same line.
    case unterminatedString
    /// A backslash escape a string does not know (`\q`).
    case invalidEscape
    /// A number literal that is malformed (`1e`, `1.`).
    case malformedNumber
    /// A number literal too large for a Double (`1e400`).
    case numberOverflow
    /// A backslash that is not at the end of a line.
    case strayBackslash

    // Parser
    /// A token where the grammar expects something else.
    case unexpectedToken
    /// Brackets, calls or operators nested deeper than the parser allows.
    case nestingTooDeep
    /// `key = value` with spaces around `=` in a command's options.
    case spacedOption

    // Schema checker
    /// A command name that is not in the schema.
    case unknownCommand
    /// An option that the command (or its chosen word) does not take.
    case unknownOption
    /// A positional word not in the command's set (`data spirals`).
    case unknownWord
    /// A required positional word or value is missing.
    case missingArgument
    /// More positional arguments than the command takes.
    case unexpectedArgument
    /// The same option given twice.
    case duplicateOption
    /// A value of the wrong type for an option or argument.
    case wrongType
    /// A value outside the range an option allows, or not an exact integer.
    case outOfRange
    /// NaN or an infinity where a finite number is needed.
    case notFinite
    /// Options that contradict each other (`split` fractions over 1, `epochs=` with `steps=`).
    case conflictingOptions
    /// A model description the program cannot build (bad size, unknown layer word, too large).
    case invalidModel

    // Evaluator
    /// A name that is neither a variable nor a published result.
    case undefinedName
    /// A result name that no command has published yet.
    case notMeasuredYet
    /// An assignment to a read-only result name.
    case readOnlyName
    /// An operator or function applied to values of the wrong kind.
    case typeMismatch
    /// A function the language does not have.
    case unknownFunction
    /// A function called with the wrong number of arguments.
    case wrongArgumentCount
    /// A math error: log of a negative number, division by zero, a range too long.
    case domainError
    /// A field a record does not have.
    case unknownField
    /// A lesson hole `???` left unfilled.
    case unfilledHole
    /// A command that parsed and checked but could not do its work (a missing file,
    /// data that does not fit the model, no data yet); the session is unchanged.
    case commandFailed
}
