#!/bin/sh
# Regenerates the report screenshots in docs/img/ (linked from docs/report.md and README.md): simulated runs of
# built-in scenarios with fixed seeds, each report.html opened in headless chromium (Debian's `chromium`; another
# browser binary through CHROMIUM=...). Run from anywhere: sh docs/img/make-screenshots.sh
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
img="$repo/docs/img"
chromium=${CHROMIUM:-chromium}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() { # scenario seed: a sim run folder under $work/<scenario>
    dotnet run --project "$repo/host/Generals.Cli" -- run "$1" --seed "$2" --out "$work/$1" >/dev/null
}

# Headless chromium paints nothing above a #fragment it scrolled to, so instead of scrolling to a part, the copy it opens
# hides every other part of the page (each part of report.html is a <section> with an id).
shot() { # scenario png sections...
    folder="$work/$1"; png="$img/$2"; shift 2
    hide="section"
    for section in "$@"; do hide="$hide:not(#$section)"; done
    sed "0,/<\/style>/s//$hide { display: none; }<\/style>/" "$folder/report.html" > "$folder/shot.html"
    "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,1000 \
        --screenshot="$png" "file://$folder/shot.html" 2>/dev/null
    echo "$png: $(wc -c < "$png") bytes"
}

run om-n3-m1 1
shot om-n3-m1 report-om-n3-m1-witness.png verdicts diagram agreement
run fd-partial-sync-fixed 1
shot fd-partial-sync-fixed report-fd-partial-sync-fixed.png detectors
run two-generals 1
shot two-generals report-two-generals-map.png two-generals
run arbitrary-link 1
shot arbitrary-link report-arbitrary-link-network.png network
