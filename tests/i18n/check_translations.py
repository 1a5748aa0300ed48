#!/usr/bin/env python3
"""Fails when a shipped language is not complete.

For every translations/*.ts, lupdate runs on a temporary copy with the lupdate project that
qt_add_translations writes for update_translations (its sources and include paths, which
lupdate needs to name a class's namespace in its context), so a tr() string the code has but
the file lacks shows up as unfinished, and one the code no longer has as vanished or obsolete.
Then every message must have a finished, non-empty translation (each plural form), and a
translation must use the same %1/%L1/%n placeholders as its source. tessera_en.ts, the source
language's, holds only the messages with plural forms (lupdate -pluralonly).
"""
import argparse
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?[1-9]|%n")


def problems_of(ts_path, shown_name):
    problems = []
    root = ET.parse(ts_path).getroot()
    for context in root.iter("context"):
        context_name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            where = f"{shown_name}: [{context_name}] {source!r}"
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("vanished", "obsolete"):
                problems.append(f"{where}: {kind} (the code no longer has it)")
                continue
            if kind == "unfinished":
                problems.append(f"{where}: unfinished")
                continue
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            if not forms or any(not form.strip() for form in forms):
                problems.append(f"{where}: empty translation")
                continue
            wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
            for form in forms:
                if sorted(set(PLACEHOLDER.findall(form)) - {"%n"}) != wanted:
                    problems.append(f"{where}: placeholders differ in {form!r}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--cmake", default="cmake")
    parser.add_argument("--repo", required=True, type=pathlib.Path)
    parser.add_argument("--project-in", required=True,
                        help="the .lupdate/<target>_project.cmake qt_add_translations writes")
    parser.add_argument("--project-generator", required=True,
                        help="Qt's GenerateLUpdateProject.cmake, which turns it into JSON")
    args = parser.parse_args()

    ts_files = sorted((args.repo / "translations").glob("*.ts"))
    if not ts_files:
        print("no translations/*.ts found", file=sys.stderr)
        return 1
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        project = pathlib.Path(scratch) / "project.json"
        subprocess.run([args.cmake, f"-DIN_FILE={args.project_in}", f"-DOUT_FILE={project}",
                        "-P", args.project_generator], check=True)
        for ts in ts_files:
            copy = pathlib.Path(scratch) / ts.name
            shutil.copyfile(ts, copy)
            # No -no-obsolete here: strings the code dropped must stay visible as vanished.
            # English is the source language: its file holds only the plural forms.
            plural_only = ["-pluralonly"] if ts.name == "tessera_en.ts" else []
            subprocess.run([args.lupdate, "-silent", "-project", str(project),
                            "-locations", "none", *plural_only, "-ts", str(copy)],
                           check=True, capture_output=True, text=True)
            found = problems_of(copy, ts.name)
            print(f"{ts.name}: {len(found)} problem(s)")
            problems += found
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s): run `ninja -C build update_translations` and "
              "translate every unfinished entry.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
