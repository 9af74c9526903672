# The two commands the README starts with: `make run` and `make test`. Both set up a fresh clone.
VENV    := .venv
PYTHON  := $(VENV)/bin/python
HRBOT   := $(VENV)/bin/hrbot
STAMP   := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False

.PHONY: setup index run test check evals bench clean

setup: $(STAMP)

# PyTorch first, as the CPU build: with 2.13.0 installed, the project's range pulls no CUDA wheels.
$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet torch==2.13.0
	$(VENV)/bin/pip install --quiet -e ".[test]"
	touch $(STAMP)

index: setup
	$(HRBOT) kb check
	$(HRBOT) index

run: index
	@echo "Serving on http://127.0.0.1:8000/ (API docs at /docs)"
	$(HRBOT) serve

check: setup
	$(HRBOT) kb check

test: index
	$(PYTHON) -m pytest
	$(PYTHON) -m evals --check

evals: index
	$(PYTHON) -m evals

bench: index
	$(PYTHON) -m evals.bench

clean:
	rm -rf $(VENV) .hrbot
