#!/usr/bin/env bash
# Several Headpin nodes for real: MariaDB, Redis, two app nodes and nginx with sticky sessions in front.
#   scripts/multinode/run.sh start     # builds the jar if needed; http://127.0.0.1:8180 (nodes on 8181, 8182)
#   scripts/multinode/run.sh status
#   scripts/multinode/run.sh stop
# Ports: HEADPIN_LB_PORT (8180), HEADPIN_NODE1_PORT (8181), HEADPIN_NODE2_PORT (8182). Database: headpin_multi.
# The nodes trust the local nginx (HEADPIN_TRUSTED_PROXIES): failed log-ins count against the address it forwards.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT=$(pwd)
STATE="$ROOT/target/multinode"
LB=${HEADPIN_LB_PORT:-8180}
NODE1=${HEADPIN_NODE1_PORT:-8181}
NODE2=${HEADPIN_NODE2_PORT:-8182}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

wait_until() { local limit=$1; shift; local waited=0; until "$@" >/dev/null 2>&1; do
  [ "$waited" -ge "$limit" ] && return 1; sleep 1; waited=$((waited + 1)); done; }
healthy() { curl -fsS "http://127.0.0.1:$1/actuator/health" | grep -q '"status":"UP"'; }

start_services() {
  if ! mysqladmin -h127.0.0.1 -uroot ping >/dev/null 2>&1; then
    echo "starting MariaDB"
    mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
    wait_until 60 mysqladmin -h127.0.0.1 -uroot ping
  fi
  if [ "$(redis-cli -h 127.0.0.1 ping 2>/dev/null)" != PONG ]; then
    echo "starting Redis"
    mkdir -p /var/lib/redis /var/log/redis
    redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
      --dir /var/lib/redis --logfile /var/log/redis/ci.log
    wait_until 30 redis-cli -h 127.0.0.1 ping
  fi
  command -v nginx >/dev/null || { echo "installing nginx"; apt-get update -qq && apt-get install -y -qq nginx-light >/dev/null; }
}

start_node() {
  local port=$1 name=$2
  echo "starting node $name on $port"
  SPRING_PROFILES_ACTIVE=mysql \
  SPRING_DATASOURCE_URL="jdbc:mysql://127.0.0.1:3306/headpin_multi?createDatabaseIfNotExist=true&characterEncoding=UTF-8" \
  SPRING_DATA_REDIS_HOST=127.0.0.1 HEADPIN_DEMO_DATA=true HEADPIN_NODE_ROUTE="n$name" \
  HEADPIN_TRUSTED_PROXIES=127.0.0.1,::1 \
    nohup "$JAVA_HOME/bin/java" -jar "$ROOT/target/headpin.jar" --server.port="$port" \
      > "$STATE/node-$name.log" 2>&1 &
  echo $! > "$STATE/node-$name.pid"
  wait_until 180 healthy "$port" || { echo "node $name did not start, see $STATE/node-$name.log"; exit 1; }
}

start() {
  mkdir -p "$STATE"
  start_services
  [ -f target/headpin.jar ] || ./mvnw -B -q package -DskipTests -Dheadpin.browser-test.skip=true
  mysql -h127.0.0.1 -uroot -e "CREATE DATABASE IF NOT EXISTS headpin_multi CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  # One after the other: the first node migrates the schema and seeds the demo data.
  start_node "$NODE1" 1
  start_node "$NODE2" 2
  sed -e "s#@PREFIX@#$STATE#g" -e "s#@NODE1@#$NODE1#" -e "s#@NODE2@#$NODE2#" -e "s#@PORT@#$LB#" \
    scripts/multinode/nginx.conf.template > "$STATE/nginx.conf"
  nginx -p "$STATE" -c "$STATE/nginx.conf"
  wait_until 20 healthy "$LB"
  echo "Headpin on two nodes behind nginx: http://127.0.0.1:$LB (nodes: $NODE1, $NODE2; logs in $STATE)"
}

stop() {
  [ -f "$STATE/nginx.pid" ] && nginx -p "$STATE" -c "$STATE/nginx.conf" -s stop 2>/dev/null || true
  for name in 1 2; do
    if [ -f "$STATE/node-$name.pid" ]; then
      kill "$(cat "$STATE/node-$name.pid")" 2>/dev/null || true
      rm -f "$STATE/node-$name.pid"
    fi
  done
  echo "stopped"
}

status() {
  for port in "$NODE1" "$NODE2" "$LB"; do
    if healthy "$port"; then echo "$port: up"; else echo "$port: down"; fi
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status"; exit 2 ;;
esac
