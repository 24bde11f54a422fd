#!/usr/bin/env python3
"""Stores version histories in git the way NewsDiffs does, and measures it.

usage: bench/watch/git_histories.py EXPORT.jsonl WORKDIR > result.json

EXPORT.jsonl is what `stet_watch_bench --export` writes: every version stet
stored, in time order ({url, number, seen_at, time, headline, byline,
paragraphs}). As NewsDiffs' scraper does (add_to_git_repo in
website/frontend/management/commands/scraper.py): one file per article,
named by its URL without the scheme (the port dropped too), holding the
date, headline and byline lines and then the body; `git add` for a new file,
then `git commit <file>` for each version, in time order (the commit dated
when the version was seen). Then the repository is copied twice and packed
with `git gc` (what NewsDiffs runs after every scrape) and with
`git gc --aggressive`. Sizes are apparent file sizes in bytes.
"""
import json
import os
import shutil
import subprocess
import sys
import time


def git(repo, *args, env=None):
    subprocess.run(["git", "-C", repo, *args], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def tree_bytes(path, sub=None):
    total = 0
    root = os.path.join(path, sub) if sub else path
    for dirpath, _, files in os.walk(root):
        for f in files:
            total += os.path.getsize(os.path.join(dirpath, f))
    return total


def pack_bytes(gitdir):
    pack = idx = 0
    d = os.path.join(gitdir, "objects", "pack")
    for f in os.listdir(d) if os.path.isdir(d) else []:
        if f.endswith(".pack"):
            pack += os.path.getsize(os.path.join(d, f))
        elif f.endswith(".idx"):
            idx += os.path.getsize(os.path.join(d, f))
    loose = 0
    for sub in os.listdir(os.path.join(gitdir, "objects")):
        if len(sub) == 2:
            loose += tree_bytes(os.path.join(gitdir, "objects", sub))
    return pack, idx, loose


def file_name(url):
    rest = url.split("://", 1)[-1]
    host, _, path = rest.partition("/")
    return host.split(":")[0] + "/" + path


def measure(repo):
    gitdir = os.path.join(repo, ".git")
    pack, idx, loose = pack_bytes(gitdir)
    return {
        "git_dir_bytes": tree_bytes(gitdir),
        "hooks_bytes": tree_bytes(gitdir, "hooks"),
        "pack_bytes": pack,
        "idx_bytes": idx,
        "loose_object_bytes": loose,
    }


def main():
    export, work = sys.argv[1], sys.argv[2]
    rows = [json.loads(line) for line in open(export, encoding="utf-8")]
    rows.sort(key=lambda r: r["seen_at"])  # stable: ties keep export order
    shutil.rmtree(work, ignore_errors=True)
    repo = os.path.join(work, "loose")
    os.makedirs(repo)
    git(repo, "init", "-q")
    git(repo, "config", "user.name", "bench")
    git(repo, "config", "user.email", "bench@localhost")
    git(repo, "config", "gc.auto", "0")  # packed explicitly below
    first_seen = {}
    text_bytes = 0
    t0 = time.monotonic()
    for r in rows:
        name = file_name(r["url"])
        first_seen.setdefault(name, r["time"])
        data = "\n".join([first_seen[name], r["headline"], r["byline"],
                          "\n\n".join(r["paragraphs"])]) + "\n"
        text_bytes += len(data.encode("utf-8"))
        full = os.path.join(repo, name)
        new = not os.path.exists(full)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(data)
        env = dict(os.environ, GIT_AUTHOR_DATE=r["time"], GIT_COMMITTER_DATE=r["time"])
        if new:
            git(repo, "add", name, env=env)
        git(repo, "commit", "-q", name, "-m",
            ("Adding file " if new else "Change to ") + name, env=env)
    commit_s = time.monotonic() - t0
    out = {"versions": len(rows), "articles": len(first_seen),
           "newsdiffs_text_bytes": text_bytes, "commit_s": commit_s,
           "git_version": subprocess.check_output(["git", "--version"], text=True).strip(),
           "loose": measure(repo)}
    for label, args in (("gc", ["gc", "-q"]), ("gc_aggressive", ["gc", "-q", "--aggressive"])):
        copy = os.path.join(work, label)
        shutil.copytree(repo, copy, symlinks=True)
        t = time.monotonic()
        git(copy, *args)
        out[label] = measure(copy)
        out[label]["seconds"] = time.monotonic() - t
    json.dump(out, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
