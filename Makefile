# fivews — every routine action is a make target.
#   make figures   set up .venv from the lock file, then execute the notebooks and write figures/
#   make test      set up .venv when needed, then run the tests (which execute the notebooks too)
#   make lab       open the notebooks in JupyterLab on the project's kernel
#   make lint      ruff format --check and ruff check
#   make identity  the analysis output against the stored digests (tools/output_digest.py)

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.fivews-installed
KERNEL := fivews
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9]*.ipynb))

.PHONY: all setup figures notebooks test lab lock lint identity browser benchmarks clean

all: figures

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(PY) -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Python (fivews)" >/dev/null
	$(PY) -c "import fivews.nlp as n; n.load_base_model()" 
	touch $(STAMP)

# Headless Chromium for the browser tests (Debian's package; skipped where apt is missing).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "note: could not install chromium; browser tests will be skipped"; \
	  else echo "note: chromium not installed and cannot install it here; browser tests will be skipped"; fi; }

notebooks figures: setup
	$(PY) tools/run_notebooks.py --kernel $(KERNEL) $(NOTEBOOKS)

test: setup browser
	$(PY) -m pytest -q

lab: setup
	$(BIN)/jupyter lab --ServerApp.root_dir=notebooks

lint: setup
	$(BIN)/ruff format --check src tests benchmarks tools
	$(BIN)/ruff check src tests benchmarks tools

identity: setup
	$(PY) tools/output_digest.py --sets project shared --check tests/data/output_digests.json

# The accuracy benchmarks read the real corpora from ../shared/data.
benchmarks: setup
	$(PY) benchmarks/throughput.py
	$(PY) benchmarks/timeml.py
	$(PY) benchmarks/five_ws.py benchmarks/data/five_ws_polnear/dev.json
	$(PY) benchmarks/five_ws.py benchmarks/data/five_ws_polnear/holdout2.json
	$(PY) benchmarks/five_ws.py benchmarks/data/five_ws_polnear/holdout3.json
	$(PY) benchmarks/five_ws.py benchmarks/data/five_ws_events/dev.json
	$(PY) benchmarks/five_ws.py benchmarks/data/five_ws
	$(PY) benchmarks/claims.py --split dev
	$(PY) benchmarks/claims.py benchmarks/data/claims
	$(PY) benchmarks/geo.py
	$(PY) benchmarks/linking.py
	$(PY) benchmarks/scaling.py
	$(PY) benchmarks/published.py --meantime
	$(PY) benchmarks/events_quality.py --set dev

# Re-resolve the lock file (needs network access to PyPI).
lock:
	uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 \
	  --python-platform x86_64-manylinux_2_28 -o requirements.lock

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
