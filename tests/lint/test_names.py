#!/usr/bin/env python3
"""Fails when a Catch test name cannot be run by ctest as it is.

catch_discover_tests turns each test name into a ctest name and a filter; a ";" splits the name
(CMake lists), so the test would "pass" without running. Leading or trailing spaces and a
leading "-" break the filter the same way."""
import pathlib, re, sys

root = pathlib.Path(sys.argv[1])
bad = []
for path in sorted(root.rglob("*.cpp")):
    text = path.read_text(encoding="utf-8")
    for match in re.finditer(r'TEST_CASE\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)', text):
        name = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', match.group(1)))
        if ";" in name or name != name.strip() or name.startswith("-"):
            line = text.count("\n", 0, match.start()) + 1
            bad.append(f"{path.relative_to(root)}:{line}: {name!r}")
for entry in bad:
    print("test name ctest cannot run:", entry)
print(f"{len(bad)} bad test names")
sys.exit(1 if bad else 0)
