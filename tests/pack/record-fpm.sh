#!/bin/sh
# Stand-in for fpm (CUSTOM_FPM_PATH), which electron-builder would download: records the arguments
# (NUL-separated) and copies every file mapped under /usr/share, then writes a placeholder package.
set -eu
record="${CADENCE_FPM_RECORD:?CADENCE_FPM_RECORD must name a folder}"
mkdir -p "$record/files"
: >"$record/args"
package=""
previous=""
for arg in "$@"; do
  printf '%s\0' "$arg" >>"$record/args"
  if [ "$previous" = "--package" ]; then package="$arg"; fi
  case "$arg" in
    *=/usr/share/*)
      source="${arg%%=*}"
      target="$record/files${arg#*=}"
      mkdir -p "$(dirname "$target")"
      cp "$source" "$target"
      ;;
  esac
  previous="$arg"
done
echo "stand-in package: fpm did not run" >"$package"
