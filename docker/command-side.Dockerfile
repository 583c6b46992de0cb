# syntax=docker/dockerfile:1
#
# command-side: REST commands, Axon aggregates, event store (port 8080).
# Build from the repository root (the build context must be the repo root):
#   docker build -f docker/command-side.Dockerfile -t fupin-ledger/command-side .
# Needs BuildKit (the default builder of Docker Engine 23+ and of `docker compose`): the
# Maven cache mount below and docker/command-side.Dockerfile.dockerignore depend on it.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
# The whole source tree (target/, .git etc. are excluded by the ignore file). A "pom files first"
# layer is not used: the root pom lists every module, so each module's pom would need its own COPY
# line, and dependency:go-offline cannot resolve the sibling SNAPSHOT modules. Instead ~/.m2 (local
# repository + the Maven distribution mvnw downloads) is a cache mount that survives source changes
# and is shared with the query-side build. sharing=locked because compose builds both images in
# parallel and Maven's local repository is not safe for two concurrent writers.
COPY . .
RUN --mount=type=cache,id=fupin-ledger-m2,target=/root/.m2,sharing=locked \
    sh ./mvnw -B -ntp -DskipTests -pl command-side -am clean package \
 && cp command-side/target/command-side-*-exec.jar /tmp/app.jar

FROM eclipse-temurin:17-jre
# curl is installed only for the healthcheck in docker/compose.yaml; the base image does not promise it.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system app \
 && useradd --system --gid app --no-create-home --home-dir /app --shell /usr/sbin/nologin app
WORKDIR /app
COPY --from=build /tmp/app.jar /app/app.jar
USER app:app
ENV SERVER_PORT=8080 \
    JAVA_TOOL_OPTIONS="-Xmx512m -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
