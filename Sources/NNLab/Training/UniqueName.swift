/// Names that stay apart: `name`, or `name #2`, `name #3`… when earlier ones have it.
public enum UniqueName {
    /// `name` if it is not taken, else the first free `name #k`, k counted from 2.
    public static func make(_ name: String, taken: Set<String>) -> String {
        guard taken.contains(name) else { return name }
        var number = 2
        while taken.contains("\(name) #\(number)") { number += 1 }
        return "\(name) #\(number)"
    }
}
