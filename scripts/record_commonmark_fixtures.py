"""Records the reference the lesson reader is tested against: for every Markdown file in
Tests/NNLessonsTests/Fixtures/CommonMark, the fenced code blocks, headings and block
quote paragraphs that markdown-it-py (CommonMark preset) finds, as expected.json.

Usage: pip install markdown-it-py && python3 scripts/record_commonmark_fixtures.py
"""
import json
import pathlib

from markdown_it import MarkdownIt

folder = pathlib.Path(__file__).resolve().parent.parent / "Tests/NNLessonsTests/Fixtures/CommonMark"
parser = MarkdownIt("commonmark")
expected = {}
for path in sorted(folder.glob("*.md")):
    tokens = parser.parse(path.read_text())
    fences, headings, quotes = [], [], []
    depth = 0
    for index, token in enumerate(tokens):
        if token.type == "fence":
            fences.append({"info": token.info.strip(), "line": token.map[0] + 1,
                           "content": token.content.split("\n")[:-1] if token.content else []})
        elif token.type == "heading_open":
            headings.append({"line": token.map[0] + 1, "level": int(token.tag[1]), "text": tokens[index + 1].content})
        elif token.type == "blockquote_open":
            depth += 1
            quotes.append([])
        elif token.type == "blockquote_close":
            depth -= 1
        elif token.type == "paragraph_open" and depth > 0:
            quotes[-1].append(tokens[index + 1].content)
    expected[path.name] = {"fences": fences, "headings": headings, "quotes": quotes}
(folder / "expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n")
print(f"recorded {len(expected)} files")
