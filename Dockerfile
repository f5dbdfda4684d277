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
USER portal
WORKDIR /var/lib/portal
COPY --from=build /src/target/tongban-portal-*.jar /opt/portal/portal.jar
ENV PORTAL_DATA_DIR=/var/lib/portal/data \
    JAVA_TOOL_OPTIONS="-Xmx2g -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health/readiness || wget -q -O /dev/null http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-jar", "/opt/portal/portal.jar"]
