# The two set-up commands: `make run` starts nnlab, `make test` runs the tests.
# Each installs the system libraries it needs (once) and builds.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test bench deps build man consumer

deps:
	@if ! pkg-config --exists openblas 2>/dev/null || [ ! -f /usr/include/readline/readline.h ] || [ ! -f /usr/include/zlib.h ] \
		|| ! command -v xmllint >/dev/null; then \
		echo "Installing libopenblas-dev, libreadline-dev, zlib1g-dev and libxml2-utils (xmllint, for the JUnit report test)..."; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libopenblas-dev libreadline-dev zlib1g-dev libxml2-utils pkg-config; \
	fi

build: deps
	$(SWIFT) build -c release --product nnlab

run: build
	@$$($(SWIFT) build -c release --show-bin-path)/nnlab $(ARGS)

test: deps
	$(SWIFT) test -c release -Xswiftc -enable-testing
	$(MAKE) consumer

# A package that depends on nnlab by version, compiling and running the README's Swift blocks.
consumer: deps
	scripts/check-consumer.sh

bench: deps
	$(SWIFT) build -c release
	$(SWIFT) run -c release nnlab-bench

# The man page, generated from the command line's definition by swift-argument-parser's plugin.
man: deps
	$(SWIFT) package --allow-writing-to-package-directory generate-manual --output-directory docs/man
