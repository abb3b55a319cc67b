#!/bin/sh
# Runs every fixture in this folder against its shapes file and compares the
# (source shape, focus node) pairs of the report with the fixture's "# expect:" lines.
# Usage (from anywhere): ontology/shapes/tests/check-fixtures.sh
# Needs the project classpath in /tmp/kkg-cp.txt (or CP set in the environment).
# The Java test does the same; this script is for quick local loops.
set -u
here=$(cd "$(dirname "$0")" && pwd)
shapes=$(dirname "$here")
cp=${CP:-$(cat /tmp/kkg-cp.txt)}
query=$(mktemp --suffix=.rq) ; report=$(mktemp --suffix=.ttl)
cat > "$query" <<'Q'
PREFIX sh: <http://www.w3.org/ns/shacl#>
SELECT ?shape ?focus WHERE { ?r a sh:ValidationResult ; sh:sourceShape ?shape ; sh:focusNode ?focus }
Q
status=0
for f in "$here"/valid-*.ttl "$here"/invalid-*.ttl; do
  name=$(basename "$f")
  concern=$(echo "$name" | sed -E 's/^(in)?valid-([a-z]+).*/\2/')
  java -cp "$cp" shacl.shacl validate --shapes "$shapes/$concern.ttl" --data "$f" > "$report" 2>&1
  actual=$(java -cp "$cp" arq.sparql --data "$report" --query "$query" --results=tsv 2>&1 | tail -n +2 |
    sed -e 's#<https://w3id.org/kidal-kg/shapes\#\([^>]*\)>#kks:\1#' \
        -e 's#<https://w3id.org/kidal-kg/id/\([^>]*\)>#kid:\1#' | tr '\t' ' ' | sort -u)
  expected=$(sed -n 's/^# expect: *//p' "$f" | sed "s/ *$//" | sort -u)
  if [ "$actual" = "$expected" ]; then
    echo "PASS $name ($(printf '%s' "$expected" | grep -c .) distinct shape/focus pairs)"
  else
    echo "FAIL $name"; echo "  expected:"; printf '%s\n' "$expected" | sed 's/^/    /'
    echo "  actual:"; printf '%s\n' "$actual" | sed 's/^/    /'; status=1
  fi
done
rm -f "$query" "$report"
exit $status
