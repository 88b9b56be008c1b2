@preconcurrency import Glibc
import Foundation
import NNLessons

/// Starts one grading child (`nnlab grade-child …`) and watches it: the child writes
/// its `GradeEvent`s on descriptor 3; it is killed (SIGKILL) at the wall-clock limit
/// and when its resident memory passes the memory limit, so a hang, an endless loop or
/// a memory bomb still ends with the events it sent before.
struct ChildSupervisor {
    /// The nnlab executable to start.
    var executable: String
    var arguments: [String]
    /// Wall-clock seconds before the child is killed.
    var timeLimit: Double
    /// Resident MB before the child is killed.
    var memoryLimit: Int

    /// How often the child's memory and the clock are looked at, in milliseconds.
    private let pollInterval: Int32 = 10

    /// Runs the child to its end.
    func run(offset: UInt64) -> SeedRun {
        var eventPipe: [Int32] = [-1, -1], errorPipe: [Int32] = [-1, -1]
        guard Self.makePipe(&eventPipe), Self.makePipe(&errorPipe) else {
            return SeedRun(offset: offset, events: [], end: .crashed("could not be started (\(String(cString: strerror(errno))))"))
        }
        guard let pid = spawn(events: eventPipe[1], errors: errorPipe[1]) else {
            [eventPipe[0], eventPipe[1], errorPipe[0], errorPipe[1]].forEach { close($0) }
            return SeedRun(offset: offset, events: [], end: .crashed("could not be started (\(String(cString: strerror(errno))))"))
        }
        close(eventPipe[1])
        close(errorPipe[1])
        defer { close(eventPipe[0]); close(errorPipe[0]) }
        var events = LineReader(descriptor: eventPipe[0]), errors = LineReader(descriptor: errorPipe[0])
        let killed = watch(pid, events: &events, errors: &errors)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        _ = events.readAvailable()
        _ = errors.readAvailable()
        let reported = events.lines.compactMap { GradeEvent(jsonLine: $0) }
        return SeedRun(offset: offset, events: reported, end: killed ?? end(status, reported, errors.text))
    }

    /// Reads until both pipes close; kills the child at a limit and says which.
    private func watch(_ pid: pid_t, events: inout LineReader, errors: inout LineReader) -> RunEnd? {
        let deadline = ContinuousClock.now + .milliseconds(Int(timeLimit * 1000))
        var descriptors = [pollfd(fd: events.descriptor, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: errors.descriptor, events: Int16(POLLIN), revents: 0)]
        var open = [true, true]
        while open.contains(true) {
            let ready = poll(&descriptors, 2, pollInterval)
            if ready > 0 {
                if open[0], descriptors[0].revents != 0, !events.readAvailable() { open[0] = false; descriptors[0].fd = -1 }
                if open[1], descriptors[1].revents != 0, !errors.readAvailable() { open[1] = false; descriptors[1].fd = -1 }
            }
            if ContinuousClock.now >= deadline {
                kill(pid, SIGKILL)
                return .timeLimit(timeLimit)
            }
            if let resident = Self.residentMegabytes(of: pid), resident > Double(memoryLimit) {
                kill(pid, SIGKILL)
                return .memoryLimit(memoryLimit)
            }
        }
        return nil
    }

    /// How a child that was not killed ended: complete, out of memory (an allocation
    /// refused at the address-space limit says so on standard error), or crashed.
    private func end(_ status: Int32, _ events: [GradeEvent], _ errorText: String) -> RunEnd {
        if events.last == .finished, status == 0 { return .completed }
        let memoryWords = ["failed to allocate", "Could not allocate memory", "memory allocation failed", "out of memory", "bad_alloc", "Cannot allocate memory"]
        if memoryWords.contains(where: errorText.contains) { return .memoryLimit(memoryLimit) }
        let signal = status & 0x7F
        if signal != 0 { return .crashed("was killed by signal \(signal) (\(String(cString: strsignal(signal))))") }
        return .crashed("exited with status \((status >> 8) & 0xFF) before reporting every case")
    }

    private func spawn(events: Int32, errors: Int32) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, errors, 2)
        posix_spawn_file_actions_adddup2(&actions, events, 3)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var defaults = sigset_t()
        sigfillset(&defaults)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var variables = ProcessInfo.processInfo.environment
        variables["SWIFT_BACKTRACE"] = "enable=no"
        let environment = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { environment.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, &attributes, argv, environment) == 0 else { return nil }
        return pid
    }

    /// A pipe whose ends are closed in children (the child gets its copies through dup2).
    private static func makePipe(_ ends: inout [Int32]) -> Bool {
        guard pipe(&ends) == 0 else { return false }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return true
    }

    /// The child's resident set in MB, from `/proc/PID/statm`; nil once it is gone.
    static func residentMegabytes(of pid: pid_t) -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return nil }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
}

/// Collects what a pipe delivers, split into lines (the last 100,000 are kept).
struct LineReader {
    let descriptor: Int32
    private(set) var lines: [String] = []
    private var pending: [UInt8] = []

    init(descriptor: Int32) {
        self.descriptor = descriptor
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
    }

    /// The text received so far that did not end a line (all of standard error).
    var text: String { (lines + [String(decoding: pending, as: UTF8.self)]).joined(separator: "\n") }

    /// Reads what is there; false at the end of the stream.
    mutating func readAvailable() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return false }
            if count < 0 { return errno == EAGAIN || errno == EINTR }
            pending += buffer[..<count]
            while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                lines.append(String(decoding: pending[..<newline], as: UTF8.self))
                pending.removeSubrange(...newline)
            }
            if lines.count > 100_000 { lines.removeFirst(lines.count - 100_000) }
        }
    }
}
