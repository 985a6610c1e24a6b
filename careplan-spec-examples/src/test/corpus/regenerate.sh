#!/usr/bin/env bash
# Maintainers only: rewrites the conformance corpus (careplan-spec-examples/src/main/resources/corpus) from the
# sample units. CorpusGenerator fails when a case trips any rule but its own. Review `git diff` afterwards.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
mvn -B -q -pl careplan-spec-examples -am test -Dtest=CorpusGenerator -Dcorpus.generate=true \
    -Dsurefire.failIfNoSpecifiedTests=false
git status --short careplan-spec-examples/src/main/resources/corpus
