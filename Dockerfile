# Build stage: the publish command below is the one tests/Timeline.EndToEnd.Tests/PublishTests runs.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore on its own layer: rebuilt only when a project file or a package version changes, not for every source edit.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Timeline.Domain/Timeline.Domain.csproj src/Timeline.Domain/
COPY src/Timeline.Data/Timeline.Data.csproj src/Timeline.Data/
COPY src/Timeline.Web/Timeline.Web.csproj src/Timeline.Web/
RUN dotnet restore src/Timeline.Web/Timeline.Web.csproj
COPY . .
RUN dotnet publish src/Timeline.Web/Timeline.Web.csproj -c Release -o /app/publish

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app/publish .
COPY seeds ./seeds
# The database lives on the volume, written by the image's non-root "app" user (APP_UID is set by the base image).
RUN mkdir -p /data && chown "$APP_UID" /data
USER $APP_UID
# AllowedHosts: the host names users reach the app by (add yours, e.g. -e AllowedHosts="timeline.example.org;localhost");
# a request naming another host is refused, so a forged Host header cannot make links to another site.
ENV ASPNETCORE_URLS=http://+:8080 \
    ConnectionStrings__Timeline="Data Source=/data/timeline.db" \
    Timeline__SeedPath=/app/seeds \
    AllowedHosts="localhost;127.0.0.1"
VOLUME /data
EXPOSE 8080
# The runtime image has no curl: the app itself asks its /health (database reachable) and exits 0 or 1.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["dotnet", "Timeline.Web.dll", "--health-check", "http://127.0.0.1:8080/health"]
ENTRYPOINT ["dotnet", "Timeline.Web.dll"]
