import Testing
@testable import NNLessons
