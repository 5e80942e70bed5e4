# syntax=docker/dockerfile:1
# Build:  docker build -t interview-lab .
# Run:    docker run -p 8080:8080 -v interview-lab-data:/data interview-lab

# --- build stage: the Maven wrapper on a JDK -------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src/ src/
COPY db/ db/
COPY frontend/ frontend/
RUN ./mvnw -B -ntp -q package -DskipTests \
 && java -Djarmode=tools -jar target/interview-lab.jar extract --destination /app
# Class data sharing: one training start-up writes the archive the real start-ups map in. Both start with
# the bean definitions Spring AOT worked out at build time (-Dspring.aot.enabled=true, as bin/interviewlab does;
# a profile such as postgres, and the backup/restore commands, start without them).
# The JVM settings of bin/interviewlab (docs/benchmarks/performance.md), for the training start too
ENV JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -Xmx128m -Xmn24m -XX:MetaspaceSize=64m -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=192m -XX:MaxDirectMemorySize=64m -XX:TrimNativeHeapInterval=10000 -XX:+ExitOnOutOfMemoryError"
RUN cd /app && java -Dspring.aot.enabled=true -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh \
      -Dinterviewlab.data-dir=/tmp/cds-training -jar interview-lab.jar

# --- run stage: a JRE, a non-root user, data on a volume --------------------------------------
FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home /app interviewlab \
 && mkdir -p /data && chown interviewlab /data
WORKDIR /app
COPY --from=build --chown=interviewlab /app/ /app/
USER interviewlab
ENV INTERVIEWLAB_DATA_DIR=/data
# as bin/interviewlab: two malloc arenas instead of up to eight per core
ENV MALLOC_ARENA_MAX=2
ENV JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -Xmx128m -Xmn24m -XX:MetaspaceSize=64m -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=192m -XX:MaxDirectMemorySize=64m -XX:TrimNativeHeapInterval=10000 -XX:+ExitOnOutOfMemoryError"
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-Dspring.aot.enabled=true", "-XX:SharedArchiveFile=app.jsa", "-Xshare:auto", "-jar", "interview-lab.jar"]
