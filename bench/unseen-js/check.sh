#!/usr/bin/env bash
# Contract check for the unseen-js repair cases (see README.md): the same checks as blind-js's, on this folder.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec bash "$here/../blind-js/check.sh" "$here"
