# Build stage: the publish command below is the one tests/Timeline.EndToEnd.Tests/PublishTests runs.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Timeline.Web/Timeline.Web.csproj -c Release -o /app/publish

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app/publish .
COPY seeds ./seeds
# AllowedHosts: the host names users reach the app by (add yours, e.g. -e AllowedHosts="timeline.example.org;localhost");
# a request naming another host is refused, so a forged Host header cannot make links to another site.
ENV ASPNETCORE_URLS=http://+:8080 \
    ConnectionStrings__Timeline="Data Source=/data/timeline.db" \
    Timeline__SeedPath=/app/seeds \
    AllowedHosts="localhost;127.0.0.1"
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["dotnet", "Timeline.Web.dll"]
