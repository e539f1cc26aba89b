# Headpin container image: a Maven + JDK 25 build stage, and a JRE 25 runtime that runs the packaged jar.
#   docker build -t headpin .
#   docker run -p 8080:8080 -v headpin-data:/app/data \
#       -e HEADPIN_ADMIN_USERNAME=admin -e HEADPIN_ADMIN_PASSWORD='a strong password' headpin
# The embedded H2 database lives in /app/data; `compose.yaml` runs the app against MySQL 8.4 and Redis instead.
# No demo users here: the first start creates the administrator from HEADPIN_ADMIN_USERNAME / HEADPIN_ADMIN_PASSWORD
# (who chooses a new password at first log-in), or without them logs a one-time set-up token for /setup.

# ---- build ------------------------------------------------------------------------------------------------------
FROM eclipse-temurin:25-jdk AS build
WORKDIR /workspace
COPY . .
# The Vaadin plugin fetches the Node.js it needs for the production frontend bundle (kept in ~/.vaadin).
RUN --mount=type=cache,target=/root/.m2 \
    --mount=type=cache,target=/root/.vaadin \
    chmod +x mvnw \
 && ./mvnw -B -ntp -DskipTests package \
 && cp target/headpin.jar /headpin.jar

# ---- run --------------------------------------------------------------------------------------------------------
FROM eclipse-temurin:25-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 headpin \
 && useradd --system --uid 10001 --gid headpin --home-dir /app --shell /usr/sbin/nologin headpin \
 && mkdir -p /app/data /app/config \
 && chown -R headpin:headpin /app
WORKDIR /app
COPY --from=build --chown=headpin:headpin /headpin.jar /app/headpin.jar
# External Spring configuration (profile mysql); Spring reads ./config/ from the working directory.
COPY --chown=headpin:headpin config/ /app/config/
USER headpin:headpin

ENV JAVA_OPTS="-XX:MaxRAMPercentage=75.0" \
    PORT=8080 \
    HEADPIN_DEMO_DATA=false
VOLUME ["/app/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS "http://localhost:${PORT:-8080}/actuator/health" || exit 1
# JAVA_OPTS holds JVM options; arguments after the image name go to the application (e.g. --spring.profiles.active=mysql).
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/headpin.jar \"$@\"", "headpin"]
