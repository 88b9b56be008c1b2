/// Elementary functions written with IEEE-754 basic operations only.
///
/// `+ − × ÷` and `squareRoot()` are correctly rounded on every conforming machine, so
/// functions built from them alone give the same bits everywhere, unlike the C
/// library's `exp` or `log`, whose last bits differ between glibc versions, macOS and
/// musl. Each function follows the classic fdlibm algorithm (argument reduction, then a
/// minimax polynomial or rational approximation), rewritten in Swift; all stay within
/// 1 ulp of the correctly rounded result and treat NaN, ±∞, ±0 and subnormals as C99
/// Annex F says.
///
///     Math.exp(1)           // 2.718281828459045
///     Math.log(2)           // 0.6931471805599453
///     Math.pow(10, -3)      // 0.001
///
/// For `Float`, compute in `Double` and round once more (`Float(Math.tanh(Double(x)))`):
/// the result is then the same on every machine too.
public enum Math {}
