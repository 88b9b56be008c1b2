/// A surface with the walks taken on it so far, each under its own name, so that
/// successive optimizers can be drawn over the same contours and compared.
public struct Landscape: Equatable, Sendable {
    /// One named walk.
    public struct Path: Equatable, Sendable {
        /// The name in the legend, unique on this landscape.
        public let name: String
        /// The optimizer that walked it.
        public let optimizer: OptimizerSettings
        /// The walk.
        public let descent: SurfaceDescent
    }

    /// The surface.
    public let surface: Surface
    /// The walks, oldest first.
    public private(set) var paths: [Path] = []

    /// A landscape with no walks yet.
    public init(surface: Surface) {
        self.surface = surface
    }

    /// Adds a walk under `name`, or `name #2`, `name #3`… when that is taken; returns the path.
    @discardableResult
    public mutating func add(name: String, optimizer: OptimizerSettings, descent: SurfaceDescent) -> Path {
        let path = Path(name: UniqueName.make(name, taken: Set(paths.map(\.name))), optimizer: optimizer,
                        descent: descent)
        paths.append(path)
        return path
    }
}
