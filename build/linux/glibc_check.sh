#!/usr/bin/env bash
# Fails when any ELF file of a built folder needs a GLIBC symbol version above the oldest desktop's (2.31).
#   build/linux/glibc_check.sh dist/ReportDesk [MAX=2.31]
set -euo pipefail
folder=${1:?usage: glibc_check.sh FOLDER [MAX]}
max=${2:-2.31}
bad=0
while IFS= read -r -d '' file; do
  [ "$(head -c 4 "$file" | od -An -c | tr -d " ")" = "177ELF" ] || continue
  need=$(objdump -T "$file" 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -n1 || true)
  [ -n "$need" ] || continue
  if [ "$(printf '%s\n%s\n' "$need" "$max" | sort -V | tail -n1)" != "$max" ]; then
    echo "glibc_check: ${file#"$folder"/} needs GLIBC_$need (> $max)"
    bad=$((bad + 1))
  fi
done < <(find "$folder" -type f -print0)
if [ "$bad" -gt 0 ]; then
  echo "glibc_check: $bad files need a newer glibc than $max: the build does not start on glibc $max desktops"
  exit 1
fi
echo "glibc_check: every ELF file in $folder needs at most GLIBC_$max"
