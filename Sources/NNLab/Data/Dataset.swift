/// The height and width of image-shaped samples, stored row by row in the features.
public struct ImageShape: Equatable, Hashable, Sendable {
    /// Rows of pixels.
    public var height: Int
    /// Columns of pixels.
    public var width: Int

    /// A `height`×`width` image shape.
    public init(height: Int, width: Int) {
        self.height = height
        self.width = width
    }

    /// Pixels in one image.
    public var pixelCount: Int { height * width }
}

/// A labelled data set: one sample a row of `features`, one class index per sample.
///
/// Labels run over `0..<classCount`. Image data (digits, MNIST) keeps its
/// `imageShape`, so augmentations and `show data` know how to read a row.
public struct Dataset: Equatable, Sendable {
    /// A short name, such as `spiral` or the file it came from.
    public var name: String
    /// One line saying how the data was made.
    public var summary: String
    /// The samples, `[samples, features]`.
    public var features: Matrix
    /// The class of each sample, in `0..<classCount`.
    public var labels: [Int]
    /// How many classes there are (some may have no samples).
    public var classCount: Int
    /// The image shape when each row is an image, else nil.
    public var imageShape: ImageShape?
    /// Names of the classes when the source had them (a CSV's labels when they were not 0..C-1).
    public var classNames: [String]?
    /// The feature columns' names when the source had them (a CSV's header).
    public var featureNames: [String]?
    /// The label column's name when the source had one.
    public var labelName: String?

    /// A data set, checked: one label per row, labels in range, image shape and names matching.
    public init(name: String, summary: String = "", features: Matrix, labels: [Int], classCount: Int,
                imageShape: ImageShape? = nil, classNames: [String]? = nil, featureNames: [String]? = nil,
                labelName: String? = nil) throws(DataError) {
        guard labels.count == features.rows else {
            throw .invalidOption(name: "labels", value: "\(labels.count) labels", expected: "one label per sample (\(features.rows))")
        }
        guard classCount >= 1, classCount <= DataLimits.maxClasses else {
            throw .invalidOption(name: "classes", value: "\(classCount)", expected: "1...\(DataLimits.maxClasses)")
        }
        if let bad = labels.first(where: { $0 < 0 || $0 >= classCount }) {
            throw .invalidOption(name: "label", value: "\(bad)", expected: "a class in 0..<\(classCount)")
        }
        if let shape = imageShape, shape.height < 1 || shape.width < 1 || shape.pixelCount != features.columns {
            throw .featureMismatch(expected: features.columns, got: shape.height * shape.width)
        }
        if let names = classNames, names.count != classCount {
            throw .invalidOption(name: "classNames", value: "\(names.count) names", expected: "\(classCount) names")
        }
        if let names = featureNames, names.count != features.columns {
            throw .invalidOption(name: "featureNames", value: "\(names.count) names", expected: "\(features.columns) names")
        }
        self.name = name
        self.summary = summary
        self.features = features
        self.labels = labels
        self.classCount = classCount
        self.imageShape = imageShape
        self.classNames = classNames
        self.featureNames = featureNames
        self.labelName = labelName
    }

    /// The name of class `index`: its name from the source, else the index itself.
    public func className(_ index: Int) -> String {
        classNames.map { index < $0.count ? $0[index] : String(index) } ?? String(index)
    }

    /// Number of samples (rows).
    public var sampleCount: Int { features.rows }

    /// Number of features (columns).
    public var featureCount: Int { features.columns }

    /// How many samples each class has.
    public func classCounts() -> [Int] {
        var counts = [Int](repeating: 0, count: classCount)
        for label in labels { counts[label] += 1 }
        return counts
    }

    /// The samples at `indices`, in that order, with everything else kept.
    public func subset(_ indices: [Int]) -> Dataset {
        var copy = self
        copy.features = features.gatherRows(indices)
        copy.labels = indices.map { labels[$0] }
        return copy
    }
}
