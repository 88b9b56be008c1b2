/// Reading MNIST-style IDX files.
extension Dataset {
    /// Reads an images file (`[count, rows, columns]` bytes) and a labels file
    /// (`[count]` bytes): pixels scaled to 0...1, the image shape kept, classes up to
    /// the largest label.
    public static func readIDX(imagesPath: String, labelsPath: String) throws(DataError) -> Dataset {
        let images = try DataFile.read(imagesPath)
        let labels = try DataFile.read(labelsPath)
        return try parseIDX(images: images, labels: labels, imagesName: imagesPath, labelsName: labelsPath)
    }

    /// Parses IDX images and labels already in memory (names are for errors).
    public static func parseIDX(images: [UInt8], labels: [UInt8], imagesName: String = "images",
                                labelsName: String = "labels") throws(DataError) -> Dataset {
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
