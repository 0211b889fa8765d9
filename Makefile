# govkg: `make demo` sets up and serves the seeds; `make test` sets up and runs the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
# Debian packages the tests use (real headless Chromium, Graphviz with a CJK font)
APT_PACKAGES := chromium graphviz fonts-noto-cjk
# command:package pairs: the Debian package is installed when the command is missing (node
# may come from elsewhere, e.g. NodeSource, whose nodejs ships npm without Debian's npm)
APT_COMMANDS :=
# the Cypher linter (Neo4j's parser, an npm package pinned in its package-lock.json)
LINT := cypher/lint

.PHONY: setup system-deps node-deps demo test cypher lint-cypher bench bench-api tour clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

# Installs the Debian packages only when one is missing (needs root, as on CI).
system-deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	for c in $(APT_COMMANDS); do command -v $${c%%:*} >/dev/null 2>&1 || missing="$$missing $${c#*:}"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

demo: setup system-deps
	$(BIN)/govkg serve --build seeds/ --host $(HOST) --port $(PORT)

# npm ci from the committed lockfile, again only when the lockfile changes
node-deps: $(LINT)/node_modules/.installed

$(LINT)/node_modules/.installed: $(LINT)/package-lock.json
	@$(MAKE) --no-print-directory system-deps APT_PACKAGES= APT_COMMANDS="node:nodejs npm:npm"
	cd $(LINT) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

test: setup system-deps node-deps
	$(BIN)/pytest -q

lint-cypher: setup node-deps
	GOVKG_PYTHON=$(BIN)/python node $(LINT)/lint.mjs

# cypher/schema.cypher and the generated cypher/writes/ from loaders/schema.py (commit them)
cypher: setup
	$(BIN)/python -m graph.cypher_gen

# the README's five-minute tour: its outputs, regenerated on the seeds (commit README.md)
tour: setup system-deps
	$(BIN)/python scripts/tour.py

bench: setup
	$(BIN)/python bench/build_bench.py

# the API benchmark's load generator is wrk (a C program: it leaves the cores to the service)
bench-api: setup
	@$(MAKE) --no-print-directory system-deps APT_PACKAGES=wrk
	$(BIN)/python bench/api_bench.py --workers 2

clean:
	rm -rf $(VENV) .govkg test-output $(LINT)/node_modules
