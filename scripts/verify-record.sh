#!/usr/bin/env bash
# Verifies a SQLite compliance record by hand, with sqlite3, sha256sum and openssl only: no Java,
# no code of this project. It recomputes every entry's hash from its body, every link (prev) and
# every column, checks each outcome's decision and each checkpoint's place in the chain and, given
# a public key, each checkpoint's Ed25519 signature.
#
#   scripts/verify-record.sh RECORD.db [PUBLIC.pem]
#
# Exit 0 when the record verifies, 1 at the first break (printed), 2 on unusable input.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 || ! -f "$1" ]]; then
  echo "usage: $0 RECORD.db [PUBLIC.pem]" >&2
  exit 2
fi
db=$1
key=${2:-}
sql() { sqlite3 -readonly -batch -noheader -separator $'\t' "$db" "$@"; }
broken() { echo "broken at entry $1: $2"; exit 1; }

[[ $(sql "SELECT count(*) FROM record_meta") == 1 ]] || broken 0 "record_meta holds not one row"
record_id=$(sql "SELECT record_id FROM record_meta")

# 1. Every entry, in seq order: seq without gaps, hash = SHA-256 of the body's bytes, prev = the
#    hash of the entry before, and the columns equal to the body's fields.
expected=1
prev=$(printf '0%.0s' {1..64})
while IFS=$'\t' read -r seq hash body_prev body; do
  [[ $seq == "$expected" ]] || broken "$expected" "missing; the next entry is $seq"
  computed=$(printf '%s' "$body" | sha256sum | cut -d' ' -f1)
  [[ $computed == "$hash" ]] || broken "$seq" "hash is $hash, the body's SHA-256 is $computed"
  [[ $body_prev == "$prev" ]] || broken "$seq" "prev is $body_prev, the hash of entry $((seq - 1)) is $prev"
  prev=$hash
  expected=$((seq + 1))
done < <(sql "SELECT seq, hash, json_extract(body, '\$.prev'), body FROM record_entry ORDER BY seq")
head=$((expected - 1))

# 2. The columns against the bodies, and each outcome against an earlier DECISION entry, in SQL.
column=$(sql "SELECT seq FROM record_entry
  WHERE json_extract(body, '\$.seq') IS NOT seq
     OR json_extract(body, '\$.kind') IS NOT kind
     OR json_extract(body, '\$.recordedAt') IS NOT recorded_at
     OR json_extract(body, '\$.unit') IS NOT unit
     OR json_extract(body, '\$.requestId') IS NOT request_id
  ORDER BY seq LIMIT 1")
[[ -z $column ]] || broken "$column" "a column disagrees with the body"
orphan=$(sql "SELECT o.seq FROM record_entry o
  WHERE o.kind = 'OUTCOME' AND NOT EXISTS (
    SELECT 1 FROM record_entry d WHERE d.kind = 'DECISION'
      AND d.seq = json_extract(o.body, '\$.decisionSeq') AND d.seq < o.seq)
  ORDER BY o.seq LIMIT 1")
[[ -z $orphan ]] || broken "$orphan" "the outcome names no earlier DECISION entry"

# 3. Checkpoints: (seq, hash) still in the chain and, with a key, the signature over the canonical
#    JSON {"at":...,"hash":...,"recordId":...,"seq":...}.
key_id=""
if [[ -n $key ]]; then
  key_id=$(openssl pkey -pubin -in "$key" -outform DER | sha256sum | cut -d' ' -f1)
fi
signed=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
while IFS=$'\t' read -r seq hash at kid signature; do
  (( seq <= head )) || broken "$seq" "a checkpoint signed entry $seq, the record ends at $head"
  in_chain=$(sql "SELECT hash FROM record_entry WHERE seq = $seq")
  [[ $in_chain == "$hash" ]] || broken "$seq" "a checkpoint signed hash $hash, the entry's is $in_chain"
  if [[ -n $key && $kid == "$key_id" ]]; then
    printf '{"at":"%s","hash":"%s","recordId":"%s","seq":%s}' "$at" "$hash" "$record_id" "$seq" \
      > "$work/signed"
    printf '%s' "$signature" | base64 -d > "$work/signature"
    openssl pkeyutl -verify -pubin -inkey "$key" -rawin -in "$work/signed" \
      -sigfile "$work/signature" > /dev/null 2>&1 || broken "$seq" "the checkpoint's signature fails"
    signed=$((signed + 1))
  fi
done < <(sql "SELECT seq, hash, signed_at, key_id, signature FROM record_checkpoint ORDER BY seq")
if [[ -n $key && $signed == 0 ]]; then
  broken 0 "no checkpoint is signed by the key $key_id"
fi

echo "verified: record $record_id, $head entries, head hash $prev, $signed signatures verified"
