#!/bin/sh
# Install the Debian/Ubuntu libraries QtWebEngine needs (offscreen and on a real X display),
# plus Xvfb for screenshots. Does nothing when they are present or the system is not Debian-like;
# without root it prints the command to run instead of failing.
set -eu

PACKAGES="libegl1 libgl1 libx11-6 libxcomposite1 libxdamage1 libxext6 libxfixes3 libxrandr2
libxtst6 libasound2 libdbus-1-3 libfontconfig1 libgbm1 libglib2.0-0 libnss3 libxcb-dri3-0
libxkbcommon0 libxkbfile1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 xvfb xauth fonts-dejavu-core"

command -v dpkg-query >/dev/null 2>&1 || exit 0

missing=""
for package in $PACKAGES; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    case "$status" in
        *"ok installed"*) ;;
        *) missing="$missing $package" ;;
    esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system libraries:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
    echo "Some system libraries Qt needs are missing. Install them with:"
    echo "  sudo apt-get install$missing"
fi
