#!/usr/bin/env bash
# Issue 15: one instance against two behind nginx, on one PostgreSQL database (docs/deploying.md).
# Creates its own database, starts instances A and B from the packaged jar on the postgres profile,
# and two nginx front ends with the same configuration: one whose upstream is A alone, one with A and B.
# Then wrk against the topic page through each, as a guest and signed in (sessions are in the database
# on this profile), and prints requests/s, their ratio and the load average. On a shared 2-core machine
# the absolute numbers mean little; compare the ratio.
#   src/test/bench/two-instances.sh [seconds-per-run]     (default 20)
# Needs: nginx, wrk, curl, psql, a PostgreSQL at 127.0.0.1:5432 (user postgres). Ports: BASE_PORT (18600) to +3.
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-20}
base_port=${BASE_PORT:-18600}
both_port=$base_port one_port=$((base_port + 1)) port_a=$((base_port + 2)) port_b=$((base_port + 3))
database=${BENCH_DATABASE:-throttles_bench}
jar=${JAR:-target/interview-lab.jar}
[ -f "$jar" ] || ./mvnw -q -o -B package -DskipTests
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $database" || true
  rm -rf "$work"
}
trap cleanup EXIT
psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $database"
psql -q -h 127.0.0.1 -U postgres -d postgres -c "CREATE DATABASE $database"

instance() { # name port [more arguments]
  mkdir -p "$work/$1"
  SPRING_PROFILES_ACTIVE=postgres \
  INTERVIEWLAB_DB_URL="jdbc:postgresql://127.0.0.1:5432/$database" INTERVIEWLAB_DB_USER=postgres \
    java -Xmx256m -jar "$jar" --server.port="$2" --interviewlab.data-dir="$work/$1" \
      --interviewlab.trusted-proxies=127.0.0.1 "${@:3}" > "$work/$1.log" 2>&1 &
  pids+=($!)
}
ready() { # port pid
  until curl -fs -o /dev/null "http://127.0.0.1:$1/actuator/health/readiness"; do
    kill -0 "$2" 2>/dev/null || { tail -50 "$work"/*.log; exit 1; }
    sleep 1
  done
}
# A first: it migrates the empty database and imports the built-in content; B then finds both done
password=bench-admin-password-$$
instance a "$port_a" --interviewlab.admin.username=bench --interviewlab.admin.password="$password"; ready "$port_a" "${pids[0]}"
instance b "$port_b"; ready "$port_b" "${pids[1]}"

front() { # name listen-port upstream-servers...
  local name=$1 listen=$2; shift 2
  mkdir -p "$work/nginx-$name"
  {
    echo "worker_processes 1; pid $work/nginx-$name/nginx.pid; error_log $work/nginx-$name/error.log warn; daemon off;"
    echo "events { worker_connections 1024; }"
    echo "http {"
    echo "  log_format upstream '\$upstream_addr \$status';"
    echo "  access_log $work/nginx-$name/access.log upstream buffer=64k flush=1s;"
    echo "  client_body_temp_path $work/nginx-$name/body; proxy_temp_path $work/nginx-$name/proxy;"
    echo "  fastcgi_temp_path $work/nginx-$name/fcgi; uwsgi_temp_path $work/nginx-$name/uwsgi; scgi_temp_path $work/nginx-$name/scgi;"
    echo "  upstream interviewlab {"
    for server in "$@"; do echo "    server $server max_fails=3 fail_timeout=10s;"; done
    echo "    keepalive 32;"
    echo "  }"
    echo "  server {"
    echo "    listen 127.0.0.1:$listen;"
    echo "    client_max_body_size 3m;"
    echo "    location / {"
    echo "      proxy_pass http://interviewlab;"
    echo "      proxy_http_version 1.1;"
    echo "      proxy_set_header Connection \"\";"
    echo "      proxy_set_header Host \$host:\$server_port;"
    echo "      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;"
    echo "      proxy_set_header X-Forwarded-Proto \$scheme;"
    echo "      proxy_next_upstream error timeout http_502 http_503;"
    echo "    }"
    echo "  }"
    echo "}"
  } > "$work/nginx-$name/nginx.conf"
  nginx -c "$work/nginx-$name/nginx.conf" -p "$work/nginx-$name" &
  pids+=($!)
}
front one "$one_port" "127.0.0.1:$port_a"
front both "$both_port" "127.0.0.1:$port_a" "127.0.0.1:$port_b"
sleep 1
[ -n "${SHOW_CONFIG:-}" ] && cat "$work/nginx-both/nginx.conf"

url=/topics/tcp-connection-states
for port in "$one_port" "$both_port"; do curl -fsS -o /dev/null "http://127.0.0.1:$port$url"; done
# sign in once, through the two-instance front; the session then holds on either instance
cookies="$work/cookies"
csrf=$(curl -fsS -c "$cookies" -b "$cookies" "http://127.0.0.1:$both_port/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -fsS -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode username=bench --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$csrf" "http://127.0.0.1:$both_port/login"
session=$(awk '$6 == "JSESSIONID" {print $7}' "$cookies")
for port in "$port_a" "$port_b"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$session" "http://127.0.0.1:$port/account")
  [ "$status" = 200 ] || { echo "signed-in page on port $port answered $status"; exit 1; }
done
# warm-up: both instances compile the page's hot paths before anything is measured
wrk -t2 -c32 -d20s "http://127.0.0.1:$both_port$url" > /dev/null
wrk -t2 -c32 -d10s -H "Cookie: JSESSIONID=$session" "http://127.0.0.1:$both_port$url" > /dev/null

measure() { # port [wrk arguments]
  local out
  out=$(wrk -t2 -c32 -d"${seconds}s" --latency "${@:2}" "http://127.0.0.1:$1$url")
  printf "%s %s %s %s\n" "$(awk '/Requests\/sec/ {print $2}' <<< "$out")" "$(awk '$1=="50%" {print $2}' <<< "$out")" \
    "$(awk '$1=="99%" {print $2}' <<< "$out")" "$(cut -d' ' -f1 /proc/loadavg)"
  grep -E 'Non-2xx|Socket errors' <<< "$out" >&2 || true
}
echo "# $(date -u +%FT%TZ) $(nproc) cores, $url, $seconds s per run, 32 connections, 2 wrk threads, -Xmx256m each, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-36s %10s %8s %8s %s\n" run req/s p50 p99 "1-min load after the run"
# alternate the two, twice, so a neighbour's burst of work does not land on one side only
for who in guest signed-in; do
  extra=()
  [ "$who" = signed-in ] && extra=(-H "Cookie: JSESSIONID=$session")
  one=() both=()
  for round in 1 2; do
    read -r rps p50 p99 load <<< "$(measure "$one_port" "${extra[@]}")"; one+=("$rps")
    printf "%-36s %10s %8s %8s %s\n" "$who, one instance (round $round)" "$rps" "$p50" "$p99" "$load"
    read -r rps p50 p99 load <<< "$(measure "$both_port" "${extra[@]}")"; both+=("$rps")
    printf "%-36s %10s %8s %8s %s\n" "$who, two instances (round $round)" "$rps" "$p50" "$p99" "$load"
  done
  awk -v who="$who" -v a1="${one[0]}" -v a2="${one[1]}" -v b1="${both[0]}" -v b2="${both[1]}" \
    'BEGIN {printf "%s: two / one = %.2f (round 1 %.2f, round 2 %.2f)\n", who, (b1 + b2) / (a1 + a2), b1 / a1, b2 / a2}'
done
echo "requests the two-instance front sent to each (count, upstream, status):"
sleep 2; sort "$work/nginx-both/access.log" | uniq -c | sort -rn | head -5
