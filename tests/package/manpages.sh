#!/usr/bin/env bash
# package.manpages: every long option a program's --help lists is documented in its man page, and
# the man page documents no option the program does not accept; man reads the page without a
# warning.
set -uo pipefail
failed=0
while [ $# -ge 2 ]; do
  program=$1 page=$2; shift 2
  name=$(basename "$program")
  help_options=$("$program" --help 2>/dev/null | grep -oE '^ +(-[a-zA-Z], )?--[a-z0-9-]+' \
                 | grep -oE -- '--[a-z0-9-]+' | sort -u)
  [ -n "$help_options" ] || { echo "package.manpages: $name --help lists no options" >&2; failed=1; continue; }
  # The options a page documents: the tag lines after .TP.
  page_options=$(awk 'tag { print; tag = 0 } /^\.TP/ { tag = 1 }' "$page" | sed 's/\\-/-/g' \
                 | grep -oE -- '--[a-z0-9-]+' | sort -u)
  missing=$(comm -23 <(echo "$help_options") <(echo "$page_options"))
  extra=$(comm -13 <(echo "$help_options") <(echo "$page_options"))
  [ -z "$missing" ] || { echo "package.manpages: $page lacks $(echo $missing)" >&2; failed=1; }
  [ -z "$extra" ] || { echo "package.manpages: $page names options $name does not accept: $(echo $extra)" >&2; failed=1; }
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
  [ -z "$warnings" ] || { echo "package.manpages: man warns on $page: $warnings" >&2; failed=1; }
done
[ "$failed" -eq 0 ] && echo "package.manpages: ok"
exit "$failed"
