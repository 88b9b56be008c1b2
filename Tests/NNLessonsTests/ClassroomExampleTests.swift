import Foundation
import Testing

/// `examples/classroom` grades as its README says.
@Suite struct ClassroomExampleTests {
    @Test func theSampleClassGetsTheScoresTheReadmeShows() throws {
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples/classroom")
        let reports = try TemporaryDirectory()
        let submissions = ["alice", "bob", "carol", "dave"].map { "submissions/\($0)/solution.md" }
        guard let result = try NNLabProcess.run(["grade"] + submissions + ["--checks", "checks/03-overfit.nnlab",
                                                 "--out", reports.url.path, "--jobs", "2"], in: example) else { return }
        #expect(result.status == 1)
        let readme = try String(contentsOf: example.appendingPathComponent("README.md"), encoding: .utf8)
        let table = result.output.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
        #expect(readme.contains(table), "\(result.output)")
        let csv = try String(contentsOf: reports.url.appendingPathComponent("class.csv"), encoding: .utf8)
        #expect(csv.split(separator: "\n").dropFirst().map(String.init) == [
            "alice,5,5,passed,1,3,1", "bob,1,5,failed,1,0,0", "carol,0,5,failed,0,0,0", "dave,0,5,failed,0,0,0",
        ])
    }
}
