#!/usr/bin/env bash
# Entente reliability suite: kill -9 during concurrent writes and during an import, N clients x T seconds of mixed
# reads and writes (errors, heap, file descriptors), and a full disk. Prints tried / failed / lost for each test.
# Usage: bench/reliability/reliability.sh [CLIENTS] [SECONDS]   (defaults 8 and 600; run from the project folder)
# TESTS="disk_full" runs only the tests named. The disk-full test mounts a 40 MB tmpfs and needs root; it is skipped otherwise. Everything runs on 127.0.0.1.
set -u
CLIENTS=${1:-8}
SECONDS_LOAD=${2:-600}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d /tmp/entente-reliability.XXXXXX)
KEY=reliability-key
PORT=0
SERVER_PID=""
trap 'stop_server; [ -n "${TMPFS:-}" ] && umount "$TMPFS" 2>/dev/null; rm -rf "$WORK"' EXIT

say() { printf '%s\n' "$*"; }

start_server() { # $1 data folder; sets SERVER_PID and PORT
  PORT=$(( 20000 + RANDOM % 20000 ))
  ENTENTE_JAVA_OPTS="-Xmx1g" "$ROOT/entente" serve --data "$1" --port "$PORT" --api-key "$KEY" \
      --glossaries "$WORK/none" --tmx "$WORK/none" >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 240); do
    curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || { say "server failed to start:"; tail -5 "$WORK/server.log"; return 1; }
    sleep 0.5
  done
  return 1
}

java_pid() { pgrep -P "$SERVER_PID" java || echo "$SERVER_PID"; }

stop_server() {
  [ -n "$SERVER_PID" ] || return 0
  local j; j=$(java_pid)
  kill "$j" "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null; SERVER_PID=""
}

kill9_server() {
  local j; j=$(java_pid)
  kill -9 "$j" 2>/dev/null; kill -9 "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null; SERVER_PID=""
}

unit_json() { # $1 client, $2 n
  printf '{"sourceLanguage":"fr","source":"Les Alliés %s-%s soutiennent Kyiv.","targetLanguage":"en","target":"Allies %s-%s support Kyiv.","memory":"rel"}' "$1" "$2" "$1" "$2"
}

writer() { # $1 client: writes until killed, appends acknowledged ids to its file
  local n=0
  while :; do
    n=$((n + 1))
    id=$(curl -s -m 10 -X POST "http://127.0.0.1:$PORT/api/v1/tm/units" -H "X-API-Key: $KEY" \
        -H 'Content-Type: application/json' -d "$(unit_json "$1" "$n")" -w '\n%{http_code}' 2>/dev/null)
    code=${id##*$'\n'}
    echo "$n" >>"$WORK/tried.$1"
    [ "$code" = 201 ] && printf '%s\n' "${id%$'\n'*}" | jq -r .id >>"$WORK/acked.$1"
  done
}

# ---------------------------------------------------------------- 1. kill -9 during concurrent writes
kill_during_writes() {
  local data="$WORK/data-kill"; rm -f "$WORK"/tried.* "$WORK"/acked.*
  start_server "$data" || return 1
  local pids=()
  for c in $(seq 1 "$CLIENTS"); do writer "$c" & pids+=($!); done
  sleep 8
  kill9_server
  kill "${pids[@]}" 2>/dev/null; wait "${pids[@]}" 2>/dev/null
  start_server "$data" || { say "kill -9 during writes: index did not open"; return 1; }
  local tried acked lost=0
  tried=$(cat "$WORK"/tried.* 2>/dev/null | wc -l)
  acked=$(cat "$WORK"/acked.* 2>/dev/null | wc -l)
  for id in $(cat "$WORK"/acked.* 2>/dev/null); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/v1/tm/units/$id")" = 200 ] || lost=$((lost + 1))
  done
  stop_server
  say "kill -9 during $CLIENTS concurrent writers: tried $tried writes, acknowledged $acked, lost $lost acknowledged; index opened: yes"
}

# ---------------------------------------------------------------- 2. kill -9 during an import
kill_during_import() {
  local data="$WORK/data-import" units=20000 tmx="$WORK/big.tmx"
  { printf '<tmx version="1.4"><header creationtool="r" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="fr" datatype="plaintext"/><body>\n'
    for i in $(seq 1 "$units"); do printf '<tu><tuv xml:lang="fr"><seg>Le sommet numéro %d de Washington.</seg></tuv><tuv xml:lang="en"><seg>Washington summit number %d.</seg></tuv></tu>\n' "$i" "$i"; done
    printf '</body></tmx>\n'; } >"$tmx"
  local tried=0 allornothing=0
  for delay in 0.5 1 2 3; do
    rm -rf "$data"
    start_server "$data" || return 1
    curl -s -o /dev/null -X POST "http://127.0.0.1:$PORT/api/v1/tm/import?name=big.tmx&async=true&memory=imp" \
        -H "X-API-Key: $KEY" -H 'Content-Type: application/xml' --data-binary @"$tmx"
    sleep "$delay"
    kill9_server
    start_server "$data" || { say "kill -9 during import: index did not open"; return 1; }
    n=$(curl -s "http://127.0.0.1:$PORT/api/v1/tm/memories" | jq '[.[] | select(.name=="imp") | .units] | add // 0')
    tried=$((tried + 1))
    if [ "$n" = 0 ] || [ "$n" = "$units" ]; then allornothing=$((allornothing + 1)); fi
    say "  import killed after ${delay}s: $n of $units units present"
    stop_server
  done
  say "kill -9 during a $units-unit import: tried $tried, all-or-nothing $allornothing, partial $((tried - allornothing)); index opened every time"
}

# ---------------------------------------------------------------- 3. N clients x T seconds of mixed load
mixed_client() { # $1 client, $2 end time
  local n=0 ok=0 err=0
  while [ "$(date +%s)" -lt "$2" ]; do
    n=$((n + 1))
    case $((n % 5)) in
      0) code=$(curl -s -o /dev/null -w '%{http_code}' -m 30 -X POST "http://127.0.0.1:$PORT/api/v1/tm/units" -H "X-API-Key: $KEY" -H 'Content-Type: application/json' -d "$(unit_json "m$1" "$n")") ;;
      1) code=$(curl -s -o /dev/null -w '%{http_code}' -m 30 "http://127.0.0.1:$PORT/api/v1/tm/lookup?lang=fr&text=Les%20Alli%C3%A9s%20$1-$n%20soutiennent%20Kyiv.") ;;
      2) code=$(curl -s -o /dev/null -w '%{http_code}' -m 30 -X POST "http://127.0.0.1:$PORT/api/v1/suggest" -H 'Content-Type: application/json' -d '{"text":"Les Alliés soutiennent Kyiv."}') ;;
      3) code=$(curl -s -o /dev/null -w '%{http_code}' -m 30 -X POST "http://127.0.0.1:$PORT/v2/check" -d 'language=en-GB&text=Allies increase defense spending in 2024.') ;;
      4) code=$(curl -s -o /dev/null -w '%{http_code}' -m 30 "http://127.0.0.1:$PORT/api/v1/tm/concordance?lang=fr&text=Alli%C3%A9s") ;;
    esac
    if [ "$code" -ge 200 ] && [ "$code" -lt 300 ]; then ok=$((ok + 1)); else err=$((err + 1)); fi
  done
  echo "$n $err" >"$WORK/mixed.$1"
}

heap_mb() { jcmd "$(java_pid)" GC.run >/dev/null 2>&1; jcmd "$(java_pid)" GC.heap_info 2>/dev/null | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub("K,?","",v); print int(v/1024); exit}}'; }
fds() { ls "/proc/$(java_pid)/fd" 2>/dev/null | wc -l; }

mixed_load() {
  local data="$WORK/data-mixed"
  start_server "$data" || return 1
  local heap0 fd0 end pids=()
  sleep 2; heap0=$(heap_mb); fd0=$(fds)
  end=$(( $(date +%s) + SECONDS_LOAD ))
  for c in $(seq 1 "$CLIENTS"); do mixed_client "$c" "$end" & pids+=($!); done
  wait "${pids[@]}"
  local heap1 fd1 tried=0 failed=0
  heap1=$(heap_mb); fd1=$(fds)
  for f in "$WORK"/mixed.*; do read -r a b <"$f"; tried=$((tried + a)); failed=$((failed + b)); done
  stop_server
  say "$CLIENTS clients x ${SECONDS_LOAD}s mixed reads and writes: tried $tried requests, failed $failed; heap after GC ${heap0} MB -> ${heap1} MB; open files $fd0 -> $fd1"
}

# ---------------------------------------------------------------- 4. full disk
disk_full() {
  if [ "$(id -u)" != 0 ]; then say "disk full: skipped (needs root to mount a small tmpfs)"; return 0; fi
  TMPFS="$WORK/small"; mkdir -p "$TMPFS"
  mount -t tmpfs -o size=40m tmpfs "$TMPFS" || { say "disk full: skipped (mount failed)"; return 0; }
  start_server "$TMPFS/data" || return 1
  local filler="$TMPFS/filler" n=0 refused=0 other=0 acked=() body code
  # fill the disk, leaving a little room, then write until the service refuses
  avail=$(df --output=avail -k "$TMPFS" | tail -1)
  fallocate -l $(( (avail - 600) * 1024 )) "$filler" 2>/dev/null || dd if=/dev/zero of="$filler" bs=1k count=$((avail - 600)) 2>/dev/null
  while [ "$n" -lt 3000 ]; do
    n=$((n + 1))
    body=$(curl -s -m 30 -X POST "http://127.0.0.1:$PORT/api/v1/tm/units" -H "X-API-Key: $KEY" -H 'Content-Type: application/json' -d "$(unit_json d "$n")" -w '\n%{http_code}')
    code=${body##*$'\n'}
    if [ "$code" = 201 ]; then acked+=("$(printf '%s' "${body%$'\n'*}" | jq -r .id)")
    elif [ "$code" = 507 ]; then refused=$((refused + 1)); [ "$refused" = 1 ] && say "  first refusal: ${body%$'\n'*}"; [ "$refused" -ge 20 ] && break
    else other=$((other + 1)); [ "$other" = 1 ] && say "  first other answer ($code): ${body%$'\n'*}"; [ "$other" -ge 20 ] && break
    fi
  done
  rm -f "$filler"  # space returns
  local after; after=$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$PORT/api/v1/tm/units" -H "X-API-Key: $KEY" -H 'Content-Type: application/json' -d "$(unit_json d after)")
  stop_server
  start_server "$TMPFS/data" || { say "disk full: index did not open after space returned"; return 1; }
  local lost=0
  for id in "${acked[@]}"; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/v1/tm/units/$id")" = 200 ] || lost=$((lost + 1))
  done
  stop_server
  umount "$TMPFS"; TMPFS=""
  say "disk full (40 MB tmpfs): tried $n writes, acknowledged ${#acked[@]}, refused with 507 $refused, other answers $other, lost $lost acknowledged; write after space returned: $after; index opened after restart: yes"
}

say "Entente reliability suite: $CLIENTS clients, ${SECONDS_LOAD}s of mixed load ($(date -u +%FT%TZ))"
for test in ${TESTS:-kill_during_writes kill_during_import mixed_load disk_full}; do "$test"; done
