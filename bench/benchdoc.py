"""Shared helpers for writing benchmark figures into docs/benchmarks.md.

Each benchmark owns one '## ' section; writing it replaces only that section.
"""
import os
import platform
import re


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine():
    return f"{os.cpu_count()} cores, {cpu_model()}, {platform.system()} {platform.release()}"


def replace_section(doc, heading, section):
    """Returns `doc` with the section under `heading` replaced by `section`
    (which starts with the heading line), or appended if absent."""
    if not doc.strip():
        return "# Benchmarks\n\n" + section
    lines = doc.splitlines(keepends=True)
    start = next((i for i, l in enumerate(lines) if l.rstrip() == heading), None)
    if start is None:
        return doc.rstrip("\n") + "\n\n" + section
    end = next((i for i in range(start + 1, len(lines)) if re.match(r"## ", lines[i])),
               len(lines))
    tail = "".join(lines[end:])
    return "".join(lines[:start]) + section.rstrip("\n") + "\n" + ("\n" + tail if tail else "")


def write_section(path, heading, section):
    try:
        with open(path, encoding="utf-8") as f:
            doc = f.read()
    except FileNotFoundError:
        doc = ""
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(replace_section(doc, heading, section))
