#!/usr/bin/env bash
# Builds a package that depends on nnlab by version, as another project would, and
# compiles every ```swift block of the README inside it, one executable target each.
# It checks the committed HEAD: the clone is tagged 0.0.0-consumer-check (only in the
# temporary clone) and required with `exact:`, so SwiftPM applies its rules for
# versioned dependencies (no unsafe flags, public API only).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
version="0.0.0-consumer-check"

git clone --quiet "$root" "$work/nnlab"
git -C "$work/nnlab" tag "$version"

consumer="$work/consumer"
mkdir -p "$consumer/Sources"
awk -v dir="$consumer/Sources" '
    /^```swift[[:space:]]*$/ { n++; inside = 1; system("mkdir -p " dir "/ReadmeSnippet" n); next }
    /^```/ && inside { inside = 0; next }
    inside { print > (dir "/ReadmeSnippet" n "/main.swift") }
' "$root/README.md"
count="$(find "$consumer/Sources" -name main.swift | wc -l)"
if [ "$count" -eq 0 ]; then echo "check-consumer: no swift blocks found in README.md" >&2; exit 1; fi

targets=""
for dir in "$consumer"/Sources/ReadmeSnippet*; do
    name="$(basename "$dir")"
    targets="$targets        .executableTarget(name: \"$name\", dependencies: [
            .product(name: \"NNLab\", package: \"nnlab\"), .product(name: \"TextPlot\", package: \"nnlab\"),
        ]),
"
done
cat > "$consumer/Package.swift" <<SWIFT
// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "consumer",
    dependencies: [.package(url: "file://$work/nnlab", exact: "$version")],
    targets: [
$targets    ]
)
SWIFT

echo "check-consumer: building a package that requires nnlab $version, with $count README snippet(s)"
swift build --package-path "$consumer"
for dir in "$consumer"/Sources/ReadmeSnippet*; do
    name="$(basename "$dir")"
    echo "check-consumer: running $name"
    "$(swift build --package-path "$consumer" --show-bin-path)/$name" > "$work/$name.out"
    tail -n 3 "$work/$name.out"
done
echo "check-consumer: ok"
