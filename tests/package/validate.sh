#!/usr/bin/env bash
# package.validate: desktop-file-validate and appstreamcli must report nothing at all (not even a
# warning), the metainfo's newest release must be the project's version, and every hicolor size
# must be a PNG of that size.
set -uo pipefail
desktop=$1 metainfo=$2 icons=$3 version=$4
failed=0
fail() { echo "package.validate: $*" >&2; failed=1; }

out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate failed"
[ -z "$out" ] || fail "desktop-file-validate on $desktop: $out"

out=$(appstreamcli validate --no-net --explain "$metainfo" 2>&1) || fail "appstreamcli validate failed: $out"
grep -E '^[EW]: ' <<<"$out" && fail "appstreamcli reports errors or warnings on $metainfo"

release=$(grep -o -m1 '<release version="[^"]*"' "$metainfo" | cut -d'"' -f2)
[ "$release" = "$version" ] || fail "newest release in the metainfo is '$release', the project is $version"

id=$(basename "$desktop" .desktop)
grep -q "^Icon=$id\$" "$desktop" || fail "$desktop does not name the icon $id"
for size in 16 22 24 32 48 64 128 256; do
  png=$icons/${size}x${size}/apps/$id.png
  [ -f "$png" ] || { fail "missing $png"; continue; }
  # A PNG's width and height are the big-endian words at offsets 16 and 20.
  dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}')
  [ "$dims" = "${size}x${size}" ] || fail "$png is $dims, not ${size}x${size}"
done

[ "$failed" -eq 0 ] && echo "package.validate: ok"
exit "$failed"
