# Report Desk (法治报告助手): two commands for developers on Debian/Ubuntu.
#   make run    set up (system libraries, .venv, project) and start the app
#   make test   the same set-up, then the whole suite headless
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

TS     := $(wildcard i18n/report_desk_*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test lint bench setup clean dist dist-smoke i18n

setup: $(STAMP)

$(STAMP): pyproject.toml build/system-deps.sh
	@bash build/system-deps.sh
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

# Compiled translations are built from the committed .ts sources, never committed themselves.
$(QM) &: $(TS) | $(STAMP)
	$(PY) build/i18n.py release

# Refresh the .ts sources from the code (new strings appear untranslated; tests/test_i18n.py then fails).
i18n: $(STAMP)
	$(PY) build/i18n.py update
	$(PY) build/i18n.py release

run: $(STAMP) $(QM)
	$(PY) -m desktop $(ARGS)

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

lint: $(STAMP)
	$(PY) -m ruff check desktop tests build
	$(PY) -m ruff format --check desktop tests build

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m desktop.bench

# One-folder build for office PCs (Linux here; see README for the Windows command), then its smoke test.
dist: $(STAMP) $(QM)
	@bash build/system-deps.sh --dist $(PY)
	$(PY) -m pip install --quiet -e '.[build]'
	$(PY) -m PyInstaller --noconfirm --log-level WARN --workpath .cache/pyinstaller --distpath dist build/report_desk.spec
	bash build/smoke_dist.sh

dist-smoke:
	bash build/smoke_dist.sh

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache dist .cache
