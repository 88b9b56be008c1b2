import Testing
@testable import TextPlot

@Suite struct Preview {
    @Test func show() {
        let all: [any TextPlottable] = [Examples.trainVal, Examples.diverging, Examples.activations, Examples.histogram, Examples.clusters, Examples.gridSearch, Examples.field, Examples.bars, Examples.optimizerPath, Examples.spiral]
        for p in all { print(p.render(width: 72, height: 22).plainText) }
        print(Examples.field.render(width: 72, height: 22, colors: .ansi256).ansiText())
        print(Examples.spiral.render(width: 72, height: 22, colors: .ansi256).ansiText())
    }
}
