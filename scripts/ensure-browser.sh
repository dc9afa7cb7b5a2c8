#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (never a downloaded browser). Installs it, and the CJK fonts
# the screenshots need, when they are missing; does nothing when they are there.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
# Not `fc-list | grep -q`: under pipefail, grep -q exits at the first match and fc-list, still writing,
# dies of SIGPIPE, so the pipeline fails although the font is there. Read the whole list, then match.
fonts="$(fc-list 2>/dev/null || true)"
[[ "$fonts" == *"Noto Sans CJK"* ]] || missing+=(fonts-noto-cjk)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-browser: ${missing[*]} missing and not root: install them with apt-get" >&2
  exit 1
fi
echo "ensure-browser: installing ${missing[*]} from Debian"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
