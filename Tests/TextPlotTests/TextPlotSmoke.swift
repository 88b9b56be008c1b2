import Testing
@testable import TextPlot
