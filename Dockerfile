# The portal as a container: build the production jar with the Maven wrapper, run it on a JRE.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY frontend frontend
COPY catalog catalog
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:25-jre
RUN useradd --system --home /var/lib/portal portal && mkdir -p /var/lib/portal && chown portal /var/lib/portal
ENV PORTAL_DATA_DIR=/var/lib/portal/data \
    JAVA_TOOL_OPTIONS="-Xmx2g -XX:+ExitOnOutOfMemoryError"
COPY --from=build /src/target/tongban-portal-*.jar /tmp/portal.jar
# Start-up (docs/performance-bench.md): the jar extracted to plain jars (no nested-jar class
# loading), and the JDK's AOT cache (JEP 483/514) from a training run that starts the portal on a
# throwaway H2 database and exits once the context is refreshed: classes come loaded and linked.
# The cache belongs to this JRE and these jars; it is rebuilt with the image.
RUN java -Djarmode=tools -jar /tmp/portal.jar extract --destination /opt/portal --application-filename portal.jar \
 && rm /tmp/portal.jar \
 && java -XX:AOTCacheOutput=/opt/portal/portal.aot -Dspring.context.exit=onRefresh -jar /opt/portal/portal.jar \
      --portal.data-dir=/tmp/aot-training \
 && rm -rf /tmp/aot-training
USER portal
WORKDIR /var/lib/portal
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health/readiness || wget -q -O /dev/null http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:AOTCache=/opt/portal/portal.aot", "-jar", "/opt/portal/portal.jar"]
