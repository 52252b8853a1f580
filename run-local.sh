#!/usr/bin/env bash
# Runs Ticket or Leave It on this machine with one command; needs only a JDK 17.
# Builds all modules (tests skipped), then starts the local launcher: PostgreSQL and RabbitMQ where they already
# answer on their usual ports, embedded ones otherwise, a mail catcher, and the four deployables. Ctrl-C stops all.
# Logs, received mails, the generated token signing key and sealing secret are under .local/.
set -euo pipefail
cd "$(dirname "$0")"

java_command="${JAVA_HOME:+$JAVA_HOME/bin/}java"

echo "Building (the first build downloads dependencies and takes a few minutes)..."
./mvnw -q -DskipTests -T 2 package

exec "$java_command" -Xmx256m -jar local/target/local-0.1.0-SNAPSHOT-exec.jar
