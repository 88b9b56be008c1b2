import Testing
@testable import NNLang
