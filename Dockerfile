# Build stage: the publish command below is the one tests/Timeline.EndToEnd.Tests/PublishTests runs.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Timeline.Web/Timeline.Web.csproj -c Release -o /app/publish

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app/publish .
COPY seeds ./seeds
ENV ASPNETCORE_URLS=http://+:8080 \
    ConnectionStrings__Timeline="Data Source=/data/timeline.db" \
    Timeline__SeedPath=/app/seeds
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["dotnet", "Timeline.Web.dll"]
