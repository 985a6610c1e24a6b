#!/usr/bin/env bash
# Maintainer script (issue 15): rewrites the golden render pages (src/test/golden/render/{ja,en}) from the current
# forms and sample data. Run it only when they change on purpose, then review the diff; the tests never write them.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
CAREPLAN_GOLDEN_UPDATE=1 mvn -B -q -pl careplan-spec-examples -am verify -Dtest=RenderGoldenTest \
  -Dsurefire.failIfNoSpecifiedTests=false
git status --short careplan-spec-examples/src/test/golden/render
