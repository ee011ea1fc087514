# The two commands: `make run` opens the dashboard, `make test` runs every suite.
# Both bootstrap .venv on a fresh machine with nothing but python3 (3.11+).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test server bench lint typecheck snapshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@# PyAudio needs the PortAudio library; without it the app runs text-only and the voice
	@# tests that need a sound device say why they cannot run.
	-$(PY) -m pip install -q -e '.[audio]' || echo "PyAudio not installed (no PortAudio headers): voice input disabled"
	touch $(STAMP)

# The project's bytecode compiled first (in a moment when it is up to date): where PYTHONDONTWRITEBYTECODE
# is set, as on this machine and in many container images, Python would compile every module of the
# dashboard and the embedded CRM from source at each start instead (bench/bench_tui.py --compiled).
run: $(STAMP)
	$(PY) -m compileall -q crm_server crm_tui
	$(VENV)/bin/crm-tui

server: $(STAMP)
	$(VENV)/bin/crm-server

# Tests that need a system program (tmux, PulseAudio, espeak-ng, sox, PortAudio) skip when it is missing
# and the run ends with one line naming the apt-get command that installs them; under CI=true they fail.
test: $(STAMP)
	$(PY) -m pytest -q -p no:cacheprovider

bench: $(STAMP)
	$(PY) bench/run_all.py

lint: $(STAMP)
	$(VENV)/bin/ruff check crm_server crm_tui tests bench
	$(VENV)/bin/mypy crm_server crm_tui

snapshots: $(STAMP)
	$(PY) -m pytest -q tests/tui --snapshot-update

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
