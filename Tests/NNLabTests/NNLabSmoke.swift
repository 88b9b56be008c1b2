import Testing
@testable import NNLab
