/// The start of a CommonMark HTML block (its seven kinds) and the condition that ends
/// it. Inside an HTML block nothing is Markdown: a fence in a comment does not run.
struct HTMLBlockStart {
    enum End: Equatable {
        /// Kinds 1–5 end on the line that contains one of these (case-insensitive).
        case contains([String])
        /// Kind 6 ends before a blank line.
        case blankLine
        /// Kind 7 too, but it may not interrupt a paragraph.
        case blankLineType7

        func isMet(by line: String) -> Bool {
            guard case let .contains(markers) = self else { return false }
            let lowered = line.lowercased()
            return markers.contains { lowered.contains($0) }
        }
    }

    let end: End

    private static let rawTags = ["pre", "script", "style", "textarea"]
    private static let blockTags: Set<String> = [
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
        "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html",
        "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol", "optgroup",
        "option", "p", "param", "search", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
        "title", "tr", "track", "ul",
    ]

    /// The HTML block `text` (a line without its indentation) starts, if any.
    init?(_ text: String) {
        guard text.hasPrefix("<") else { return nil }
        let lowered = text.lowercased()
        let body = lowered.dropFirst()
        let name = String(body.drop { $0 == "/" }.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        let afterName = body.drop { $0 == "/" }.dropFirst(name.count).first
        let nameEnds = afterName == nil || afterName == " " || afterName == ">"
        if !body.hasPrefix("/"), Self.rawTags.contains(name), nameEnds {
            end = .contains(Self.rawTags.map { "</\($0)>" })
        } else if body.hasPrefix("!--") {
            end = .contains(["-->"])
        } else if body.hasPrefix("?") {
            end = .contains(["?>"])
        } else if body.hasPrefix("![cdata[") {
            end = .contains(["]]>"])
        } else if body.hasPrefix("!"), body.dropFirst().first?.isLetter == true {
            end = .contains([">"])
        } else if Self.blockTags.contains(name), nameEnds || lowered.dropFirst(1 + name.count).hasPrefix("/>")
                    || lowered.dropFirst(2 + name.count).hasPrefix("/>") {
            end = .blankLine
        } else if Self.isCompleteTag(text) {
            end = .blankLineType7
        } else {
            return nil
        }
    }

    /// A whole open or closing tag followed by nothing but spaces (HTML block kind 7).
    private static func isCompleteTag(_ text: String) -> Bool {
        let attribute = #"(\s+[A-Za-z_:][A-Za-z0-9_.:-]*(\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?)"#
        let open = #"<[A-Za-z][A-Za-z0-9-]*"# + attribute + #"*\s*/?>"#
        let close = #"</[A-Za-z][A-Za-z0-9-]*\s*>"#
        guard let pattern = try? Regex("^(" + open + "|" + close + #")\s*$"#) else { return false }
        return text.wholeMatch(of: pattern) != nil
    }
}
