# vntech in a container, for batch runs on a cluster (docs/cluster/). Build from the repository root:
#   docker build -t vntech:latest .
#   docker run --rm -v "$PWD/articles:/data:ro" vntech:latest analyze /data

# Build stage: the SDK publishes the tool (framework-dependent; models and word lists are embedded in the assembly).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props VnTechNewsExtractor.sln ./
COPY models/ models/
COPY src/ src/
RUN dotnet publish src/VnTechNewsExtractor.Cli -c Release -o /app -p:UseAppHost=false --nologo

# Runtime stage: the .NET runtime only, run as the image's non-root user.
FROM mcr.microsoft.com/dotnet/runtime:10.0 AS runtime
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1
WORKDIR /app
COPY --from=build /app ./
# The official .NET images define the unprivileged user "app" (uid 1654, APP_UID); files it writes go to mounted volumes.
USER $APP_UID
WORKDIR /data
ENTRYPOINT ["dotnet", "/app/vntech.dll"]
CMD ["--help"]
