#!/usr/bin/env bash
# Builds the published modules twice, each time in a fresh clone of HEAD, and compares the jars
# byte for byte. Exit 0 when every jar is identical; 1 when one differs.
set -euo pipefail
top=$(git rev-parse --show-toplevel)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
modules=(policy-api policy-core policy-json policy-testkit)
for run in 1 2; do
  git clone -q "$top" "$work/$run"
  (cd "$work/$run" && mvn -B -q -DskipTests package -pl "$(IFS=,; echo "${modules[*]}")" -am)
done
status=0
for module in "${modules[@]}"; do
  for jar in "$work/1/$module"/target/*.jar; do
    other="$work/2/$module/target/$(basename "$jar")"
    if cmp -s "$jar" "$other"; then
      echo "identical: $module/target/$(basename "$jar") $(sha256sum "$jar" | cut -c1-16)"
    else
      echo "DIFFERENT: $module/target/$(basename "$jar")"
      status=1
    fi
  done
done
exit $status
