import Foundation
import Testing

extension TerminalSession {
    /// `nnlab` at its prompt on a `TERM=dumb` terminal, the banner and first prompt read;
    /// nil when the executable is not built.
    static func prompt(history: URL? = nil, environment extra: [String: String] = [:]) throws -> TerminalSession? {
        guard let binary = NNLabProcess.binary() else { return nil }
        let environment = ["SWIFT_BACKTRACE": "interactive=no", "TERM": "dumb", "NNLAB_HISTORY": history?.path ?? ""]
            .merging(extra) { $1 }
        let session = try TerminalSession(binary: binary, environment: environment)
        #expect(session.waitFor("Type 'help' for commands"), "no banner: \(session.screen)")
        #expect(session.waitFor("[1] nnlab> "), "no prompt: \(session.screen)")
        return session
    }
}
