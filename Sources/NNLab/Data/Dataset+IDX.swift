/// Reading MNIST-style IDX files, as downloaded (`.gz`) or unpacked.
extension Dataset {
    /// Reads an images file (`[count, rows, columns]` bytes) and a labels file
    /// (`[count]` bytes), either gzip-compressed or not: pixels scaled to 0...1, the image
    /// shape kept, classes up to the largest label.
    public static func readIDX(imagesPath: String, labelsPath: String) throws(DataError) -> Dataset {
        let images = try DataFile.read(imagesPath)
        let labels = try DataFile.read(labelsPath)
        return try parseIDX(images: images, labels: labels, imagesName: imagesPath, labelsName: labelsPath)
    }

    /// Reads the training files and the official test files (MNIST's `t10k-...`) as one data
    /// set, the test samples after the training ones; `testRows` are the test samples' rows.
    public static func readIDX(imagesPath: String, labelsPath: String, testImagesPath: String,
                               testLabelsPath: String) throws(DataError) -> (dataset: Dataset, testRows: Range<Int>) {
        let training = try readIDX(imagesPath: imagesPath, labelsPath: labelsPath)
        let test = try readIDX(imagesPath: testImagesPath, labelsPath: testLabelsPath)
        guard test.imageShape == training.imageShape, let shape = training.imageShape else {
            let size = { (data: Dataset) in data.imageShape.map { "\($0.height)x\($0.width)" } ?? "?" }
            throw .badIDX(path: testImagesPath, reason: "its images are \(size(test)) but the training images are "
                          + "\(size(training)); pass the test files of the same set")
        }
        try DataLimits.check(samples: training.sampleCount + test.sampleCount, features: shape.pixelCount,
                             what: "the training and test images")
        var features = training.features.storage
        features += test.features.storage
        let count = training.sampleCount + test.sampleCount
        let joined = try Dataset(name: training.name,
                                 summary: "\(training.name): \(training.sampleCount) training and \(test.sampleCount) test images",
                                 features: Matrix(rows: count, columns: shape.pixelCount, storage: features),
                                 labels: training.labels + test.labels, classCount: max(training.classCount, test.classCount),
                                 imageShape: shape)
        return (joined, training.sampleCount..<count)
    }

    /// Parses IDX images and labels already in memory, gzip-compressed or not (names are for errors).
    public static func parseIDX(images: [UInt8], labels: [UInt8], imagesName: String = "images",
                                labelsName: String = "labels") throws(DataError) -> Dataset {
        let images = Gzip.isCompressed(images) ? try Gzip.decompress(images, path: imagesName) : images
        let labels = Gzip.isCompressed(labels) ? try Gzip.decompress(labels, path: labelsName) : labels
        let imageDims = try IDXFormat.dimensions(of: images, path: imagesName, rank: 3)
        let labelDims = try IDXFormat.dimensions(of: labels, path: labelsName, rank: 1)
        guard imageDims[0] == labelDims[0] else { throw .countMismatch(images: imageDims[0], labels: labelDims[0]) }
        let (count, height, width) = (imageDims[0], imageDims[1], imageDims[2])
        let pixels = height * width
        var x = Matrix(rows: count, columns: pixels)
        x.storage.withUnsafeMutableBufferPointer { p in
            images.withUnsafeBufferPointer { source in
                for k in 0..<(count * pixels) { p[k] = Float(source[16 + k]) / 255 }
            }
        }
        let classLabels = labels[8...].map { Int($0) }
        let name = imagesName.split(separator: "/").last.map(String.init) ?? imagesName
        return try Dataset(name: name, summary: "\(name): \(count) images \(height)x\(width)",
                           features: x, labels: classLabels, classCount: (classLabels.max() ?? 0) + 1,
                           imageShape: ImageShape(height: height, width: width))
    }
}
