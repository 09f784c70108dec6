# Two commands set everything up on a fresh Debian machine with the Swift toolchain:
#   make run   installs missing apt packages, builds in release, checks the sample paper's links, writes Reports/
#   make test  the same set-up, then the whole test suite
SHELL := /bin/bash
APT_PACKAGES := libcurl4-openssl-dev libidn2-dev libxml2-dev libsqlite3-dev libpsl-dev publicsuffix pkg-config python3 openssl ca-certificates
# chromium renders the HTML report in the browser tests; a CJK font so its Chinese is drawn, not boxes.
TEST_APT_PACKAGES := poppler-utils chromium fonts-wqy-microhei
PAPER ?= References/un-ai-governance-main-channel.zh.txt
NAME := $(basename $(basename $(notdir $(PAPER))))
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps test-deps build release run test clean

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

test: test-deps
	swift test

clean:
	rm -rf .build Reports/*
