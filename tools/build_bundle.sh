#!/bin/sh
# Build the standalone one-folder Moovdesk into dist/moovdesk/ (what `make bundle` runs).
# Copy that folder anywhere and start dist/moovdesk/moovdesk: no Python needed on the machine.
# Needs PyInstaller in the venv; it is installed on first use.
set -eu
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
DIST=${DIST:-dist}

if ! "$PYTHON" -c 'import PyInstaller' 2>/dev/null; then
    echo "Installing PyInstaller into the venv"
    "$PYTHON" -m pip install --quiet 'pyinstaller>=6.10' pyinstaller-hooks-contrib
fi

started=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath build/pyinstaller packaging/moovdesk.spec
ended=$(date +%s)

size=$(du -sh "$DIST/moovdesk" | cut -f1)
files=$(find "$DIST/moovdesk" -type f | wc -l)
echo "Built $DIST/moovdesk in $((ended - started)) s: $size, $files files."
echo "Start it with $DIST/moovdesk/moovdesk (the window) or $DIST/moovdesk/moovdesk-cli."
