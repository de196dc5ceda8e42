# Report Desk (法治报告助手): two commands for developers on Debian/Ubuntu.
#   make run    set up (system libraries, .venv, project) and start the app
#   make test   the same set-up, then the whole suite headless
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

TS     := $(wildcard i18n/report_desk_*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test lint bench page-matrix setup clean dist dist-host dist-smoke dist-tarball i18n ime-test faults

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
	$(PY) -m ruff check desktop tests build tools
	$(PY) -m ruff format --check desktop tests build tools

# Fault harness: the real window under Xvfb, typed into without pause and SIGKILLed at random moments
# (12 trials); fails when a trial lost more than 3 s of typing. FAULTS_DISPLAY picks the X display.
faults: $(STAMP) $(QM)
	@command -v Xvfb >/dev/null && command -v xdotool >/dev/null && command -v xdpyinfo >/dev/null || \
	  apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends xvfb xdotool x11-utils
	$(PY) tools/faults.py $(FAULTS_ARGS)

# The compiled translations too: the window starts in Chinese as the user's does (the .qm is loaded before it shows).
bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m desktop.bench

# The issue-15 page checks on every seed and the 公文 fixture (上报版/公开版; soffice, app LibreOffice PDF, Qt PDF).
page-matrix: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.measure.matrix $(MATRIX_OUT)

# One-folder build for office PCs: built inside a cached Debian 11 root (glibc 2.31) so it starts on the oldest
# supported desktops, then its smoke test (every main job) and the Windows installer script's compile check.
# First run ~5–8 min (root + CPython), later runs ~1 min; see build/NOTES.md. Needs root.
dist: $(STAMP) $(QM)
	@bash build/system-deps.sh --dist $(PY)
	bash build/linux/buildroot.sh
	bash build/smoke_dist.sh
	bash build/windows/check_installer.sh

# The same spec with this machine's venv (quick, for trying spec changes; the result needs this machine's glibc).
dist-host: $(STAMP) $(QM)
	@bash build/system-deps.sh --dist $(PY)
	$(PY) -m pip install --quiet -e '.[build]'
	$(PY) -m PyInstaller --noconfirm --log-level WARN --workpath .cache/pyinstaller --distpath dist build/report_desk.spec
	find dist/ReportDesk -xtype l -delete
	bash build/smoke_dist.sh

# Chinese input in the real window under ibus, fcitx5 and fcitx 4 (installs them from Debian; root; not in `test`):
# types pinyin with xdotool and reads the committed text back from the store, from source and from dist/ReportDesk;
# for fcitx 4 it also checks that the window told the clerk how to type Chinese (see README).
#   make ime-test [IME_ARGS="--display 20 --work /tmp/rd-ime --shots docs/screenshots"]
ime-test: $(STAMP) $(QM)
	bash tools/ime/deps.sh
	$(PY) -m tools.ime.harness $(IME_ARGS)

dist-smoke:
	bash build/smoke_dist.sh

# Start-up (exec → first paint) of dist/ReportDesk against a bare PySide6 window bundled the same way, one run.
.PHONY: dist-startup
dist-startup: dist
	REPORT_DESK_BARE_WINDOW=1 bash build/linux/buildroot.sh
	python3 build/linux/startup_bench.py dist/ReportDesk/ReportDesk dist/BareWindow/BareWindow

# The Linux tarball for a clerk's IT person: dist/ReportDesk-<version>-linux-x86_64.tar.gz with install.sh/uninstall.sh.
dist-tarball: dist
	bash build/linux/make_tarball.sh

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache dist .cache
