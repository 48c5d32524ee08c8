#!/usr/bin/env bash
# CI's dependency check: no high or critical advisory in a production dependency.
# If the registry's audit endpoint cannot be reached (an offline or proxied build machine), say
# so loudly and go on, unless AUDIT_REQUIRED=1; an advisory found always fails the build.
set -uo pipefail
out="$(npm audit --omit=dev --audit-level=high --json 2>/dev/null)"
rc=$?
if [ $rc -eq 0 ]; then
  echo "npm audit: no high or critical advisory in production dependencies"
  exit 0
fi
if echo "$out" | grep -q '"vulnerabilities"'; then
  npm audit --omit=dev --audit-level=high
  exit 1
fi
echo "WARNING: npm audit could not reach the registry's audit endpoint; advisories NOT checked:"
echo "$out" | grep -m1 '"message"'
[ "${AUDIT_REQUIRED:-0}" = "1" ] && exit 1
exit 0
