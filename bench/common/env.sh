# Sourced by bench/*/run.sh.
#
# bench_root DIR: the repository holding DIR (git's top level, else two
# levels up, for a tree without .git).
bench_root() {
  git -C "$1" rev-parse --show-toplevel 2>/dev/null || (cd "$1/../.." && pwd)
}

# bench_source_rev ROOT: the commit a run measures, saying so when src/ or
# include/ have uncommitted changes. Read before building: the source built
# is the one measured, whatever changes meanwhile.
bench_source_rev() {
  local rev
  rev="$(git -C "$1" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  if [[ -n "$(git -C "$1" status --porcelain -- src include 2>/dev/null)" ]]; then
    rev="$rev with uncommitted changes to src/ or include/"
  fi
  echo "$rev"
}
