#!/usr/bin/env bash
# Counts the SQL statements of each task completion's transaction (docs/adr/0013, addendum "the engine's share of a
# completion"): turns PostgreSQL's statement log on for one run of TaskCompletionBenchmark, then groups the logged
# statements by backend and transaction. Needs a local PostgreSQL you may reconfigure (ALTER SYSTEM, reset afterwards)
# and its log at /var/log/postgresql/postgresql-15-main.log; run from the project root after `./mvnw test-compile`.
# usage: [CP=<test classpath>] docs/bench/completion-statements.sh [cadres] [--show]
set -euo pipefail
N=${1:-100}
LOG=/var/log/postgresql/postgresql-15-main.log
CP=${CP:-$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)}
START=$(wc -c < "$LOG")
psql -h 127.0.0.1 -U postgres -Atqc "alter system set log_statement='all'" -c "select pg_reload_conf()" >/dev/null
trap 'psql -h 127.0.0.1 -U postgres -Atqc "alter system reset log_statement" -c "select pg_reload_conf()" >/dev/null' EXIT
java -Xmx2g -cp "target/test-classes:target/classes:$CP" cn.kaohe.campaign.bench.TaskCompletionBenchmark "$N" 1 0 \
    | grep "kaohe / bare" || true
tail -c +$((START + 1)) "$LOG" > target/completion-statements.log
python3 docs/bench/completion-statements.py target/completion-statements.log ${2:+show}
