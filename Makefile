# Two commands set everything up on a fresh Debian machine with the Swift toolchain:
#   make run   installs missing apt packages, builds in release, checks the sample paper's links, writes Reports/
#   make test  the same set-up, then the whole test suite
SHELL := /bin/bash
APT_PACKAGES := libcurl4-openssl-dev libidn2-dev libxml2-dev libsqlite3-dev libpsl-dev publicsuffix pkg-config python3 openssl ca-certificates
# chromium renders the HTML report in the browser tests and runs `check --browser`; a CJK font so its
# Chinese is drawn, not boxes; libnss3-tools (certutil) makes the NSS database that trusts --cacert;
# groff-base renders the man page in the install test; postgresql: the PostgreSQL store's tests start
# a throw-away server of their own (initdb in a temporary folder).
TEST_APT_PACKAGES := poppler-utils chromium fonts-wqy-microhei libnss3-tools groff-base postgresql
PAPER ?= References/un-ai-governance-main-channel.zh.txt
NAME := $(basename $(basename $(notdir $(PAPER))))
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps test-deps build release run test clean install install-files man fuzz fuzz-build

# Installs only what is missing; a fresh machine needs `apt-get update` first.
deps:
	@missing=""; for p in $(APT_PACKAGES) $(EXTRA_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "make: installing$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

test-deps:
	@$(MAKE) --no-print-directory deps EXTRA_PACKAGES="$(TEST_APT_PACKAGES)"
	@python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install -q jsonschema

# The Swift runtime and Foundation linked in statically: 22 MB instead of 29 MB resident before the
# first request (docs/benchmarks.md), and no Swift shared objects to ship beside the binary.
release: deps
	swift build -c release --static-swift-stdlib

build: deps
	swift build

# `check` exits 1 when it finds errors in the paper; that is a result, not a failed make.
run: release
	@mkdir -p Reports
	.build/release/citecheck parse $(PAPER) --format json --output Reports/$(NAME).references.json
	.build/release/citecheck parse $(PAPER)
	.build/release/citecheck check $(PAPER) --format html,json,junit,markdown,text --output-dir Reports/$(NAME) || [ $$? -eq 1 ]

# libFuzzer over every reader and parser (Sources/CiteCheckFuzz, one target per folder of
# Tests/Fuzz/corpus, or a list of existing fixtures in Tests/Fuzz/seeds/<target>.txt, gathered into
# .build-fuzz/seeds/<target>/ so the fixtures are not kept twice). Not part of `make test`: each target runs FUZZ_SECONDS (60 s: 11 minutes in
# all), starting from its committed seeds; what it learns goes to .build-fuzz/corpus, findings to
# .build-fuzz/findings/<target>/ and fail the make. FUZZ_TARGETS narrows the run.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= $(sort $(notdir $(wildcard Tests/Fuzz/corpus/*)) $(basename $(notdir $(wildcard Tests/Fuzz/seeds/*.txt))))
FUZZ_BIN := .build-fuzz/debug/citecheck-fuzz
# `-sanitize=fuzzer` links libFuzzer's own `main`, which collides with the one SwiftPM gives every
# executable; the same instrumentation plus the runtime without `main` (Sources/CiteCheckFuzz/main.swift
# calls its driver) links.
FUZZ_RUNTIME = $(firstword $(wildcard $(dir $(realpath $(shell command -v swiftc)))../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a))
fuzz-build: deps
	@[ -n "$(FUZZ_RUNTIME)" ] || { echo "make fuzz: the toolchain has no libclang_rt.fuzzer_no_main"; exit 1; }
	CITECHECK_FUZZ=1 swift build -c debug --scratch-path .build-fuzz --product citecheck-fuzz \
	  -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
	  -Xlinker $(FUZZ_RUNTIME) -Xlinker -lstdc++

fuzz: fuzz-build
	@failed=""; for t in $(FUZZ_TARGETS); do \
	  rm -rf .build-fuzz/seeds/$$t; mkdir -p .build-fuzz/corpus/$$t .build-fuzz/findings/$$t .build-fuzz/seeds/$$t; \
	  [ ! -d Tests/Fuzz/corpus/$$t ] || cp Tests/Fuzz/corpus/$$t/* .build-fuzz/seeds/$$t/; \
	  [ ! -f Tests/Fuzz/seeds/$$t.txt ] || grep -v '^#' Tests/Fuzz/seeds/$$t.txt | xargs -r cp -t .build-fuzz/seeds/$$t; \
	  echo "fuzz: $$t for $(FUZZ_SECONDS) s"; \
	  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=1 CITECHECK_FUZZ_TARGET=$$t $(FUZZ_BIN) \
	    -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	    -artifact_prefix=.build-fuzz/findings/$$t/ .build-fuzz/corpus/$$t .build-fuzz/seeds/$$t \
	    2> .build-fuzz/$$t.log || failed="$$failed $$t"; \
	  grep -E '^stat::number_of_executed_units|^==[0-9]+==ERROR|^SUMMARY' .build-fuzz/$$t.log | sed "s/^/  $$t: /"; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzz: findings in$$failed (see .build-fuzz/findings/)"; exit 1; fi


# The man page is made between the build and the tests (the install test installs it); swift test
# holds the build folder's lock, so the test cannot run the plugin itself.
test: test-deps
	swift build --build-tests
	@$(MAKE) --no-print-directory man
	swift test --skip-build

# The binary, shell completions for bash, zsh and fish, and a man page, all generated by
# swift-argument-parser from the command's own help. PREFIX defaults to /usr/local; DESTDIR stages.
#   make install                                   release build, man page, then install-files
#   make install-files BIN=.build/debug/citecheck DESTDIR=/tmp/x   any built binary, no rebuild
# The man page comes from swift-argument-parser's GenerateManual plugin (`make man`), which builds from
# the package's own checkouts: no network. install-files takes MAN= to install another page.
PREFIX ?= /usr/local
BIN ?= .build/release/citecheck
# The page says the same whatever the build; a debug build leaves the static release binary alone.
CONFIG ?= debug
MAN ?= .build/plugins/GenerateManual/outputs/citecheck/citecheck.1
install: release
	@$(MAKE) --no-print-directory man
	@$(MAKE) --no-print-directory install-files BIN=.build/release/citecheck

man:
	swift package generate-manual --configuration $(CONFIG)

install-files:
	@test -x "$(BIN)" || { echo "make: $(BIN) is not a built binary (swift build, or BIN=…)"; exit 2; }
	@test -s "$(MAN)" || { echo "make: $(MAN) is missing: make man CONFIG=debug|release"; exit 2; }
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/citecheck
	$(BIN) --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/citecheck
	$(BIN) --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_citecheck
	$(BIN) --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/citecheck.fish
	install -m 644 $(MAN) $(DESTDIR)$(PREFIX)/share/man/man1/citecheck.1

clean:
	rm -rf .build Reports/*
