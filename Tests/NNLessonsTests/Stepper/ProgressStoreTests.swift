import Foundation
import Testing
@testable import NNLessons

/// Saved progress: where it lives, written whole, and read back or refused with a reason.
@Suite struct ProgressStoreTests {
    @Test(arguments: [
        ("/s", "/x", "/h", "/s"),
        (nil, "/x", "/h", "/x/nnlab"),
        ("", "relative", "/h/", "/h/.local/state/nnlab"),
        (nil, nil, nil, nil),
    ] as [(String?, String?, String?, String?)])
    func theFolderFollowsNNLabStateThenXDGThenHome(state: String?, xdg: String?, home: String?, folder: String?) {
        #expect(ProgressStore.directory(nnlabState: state, xdgStateHome: xdg, home: home) == folder)
    }

    @Test func aRecordRoundTripsAndLeavesNoTemporaryFile() throws {
        let directory = try TemporaryDirectory()
        let store = ProgressStore(directory: directory.url.path + "/deep/state")
        var progress = LessonProgress(of: try StepperLesson.lesson())
        progress.position = 2
        progress.steps[0].status = .done
        progress.log = [.init(step: 0, origin: .block), .init(step: 1, origin: .typed, text: "print \"é\"")]
        #expect(try store.load(key: "09-test") == nil)
        try store.save(progress, key: "09-test")
        #expect(try store.load(key: "09-test") == progress)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.url.path + "/deep/state/lessons")
        #expect(names == ["09-test.json"])
    }

    @Test(arguments: ["{ not json", "{\"format\": 1}", ""])
    func aDamagedFileIsReportedWithItsPath(contents: String) throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(at: directory.url.appendingPathComponent("lessons"), withIntermediateDirectories: true)
        _ = try directory.write("lessons/09-test.json", contents)
        let store = ProgressStore(directory: directory.url.path)
        let error = #expect(throws: LessonFileError.self) { try store.load(key: "09-test") }
        #expect(error?.message.contains("09-test.json is damaged") == true, "\(String(describing: error))")
    }

    @Test func anUnwritableFolderIsReportedWithAFix() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("a-file", "")
        let store = ProgressStore(directory: file.path)
        let progress = LessonProgress(of: try StepperLesson.lesson())
        let error = #expect(throws: LessonFileError.self) { try store.save(progress, key: "09-test") }
        #expect(error?.message.contains("set NNLAB_STATE") == true, "\(String(describing: error))")
    }

    @Test func aRecordThatDoesNotFitTheLessonSaysWhy() throws {
        let lesson = try StepperLesson.lesson()
        var progress = LessonProgress(of: lesson)
        #expect(progress.mismatch(with: lesson) == nil)
        progress.fingerprint = "0"
        #expect(progress.mismatch(with: lesson)?.contains("changed") == true)
        progress = LessonProgress(of: lesson)
        progress.log = [.init(step: 7, origin: .block)]
        #expect(progress.mismatch(with: lesson)?.contains("step 7") == true)
        progress.log = [.init(step: 0, origin: .solution)]
        #expect(progress.mismatch(with: lesson)?.contains("solution") == true)
        progress.log = []
        progress.position = 9
        #expect(progress.mismatch(with: lesson)?.contains("step 9") == true)
    }
}
