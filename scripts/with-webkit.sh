#!/bin/sh
# Runs a command with WebKitWebDriver listening on 127.0.0.1:${WEBKIT_DRIVER_PORT:-4445} inside a
# virtual X display (WebKitGTK's MiniBrowser has no headless mode).
#   scripts/with-webkit.sh npx wtr
# Needs (Debian): apt-get install -y webkit2gtk-driver xvfb xauth
exec xvfb-run -a -s "-screen 0 1280x1024x24" sh -c '
  WebKitWebDriver --port="${WEBKIT_DRIVER_PORT:-4445}" >"${TMPDIR:-/tmp}/webkitdriver.log" 2>&1 &
  WD=$!
  sleep 1
  "$@"; RC=$?
  kill $WD 2>/dev/null; wait $WD 2>/dev/null
  exit $RC' sh "$@"
