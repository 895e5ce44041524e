# Consent Auditor for CI: Debian bookworm slim, Node 20, Debian's Chromium, run as a non-root user so that Chromium's
# sandbox works. Build: docker build -t consent-auditor .
# Run:   docker run --rm -v "$PWD:/out" consent-auditor scan https://www.example.com/ --json /out/report.json

# Stage 1: build the package tarball from this checkout (dev tools stay in this stage).
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY . .
# npm ci's prepare sets up data and types; npm pack's prepack builds the extensions, the CLI and the fixture's types.
RUN npm ci --no-audit --no-fund && npm pack --pack-destination /pkg

# Stage 2: what runs: Chromium, the package and its one run-time dependency.
FROM node:20-bookworm-slim
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-liberation ca-certificates \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /pkg/ /tmp/pkg/
RUN npm install -g --no-audit --no-fund /tmp/pkg/consent-auditor-*.tgz && rm -rf /tmp/pkg /root/.npm
# Chromium's sandbox needs a user that is not root (it refuses to start as root without --no-sandbox).
RUN useradd --create-home --shell /bin/bash auditor && mkdir -p /out && chown auditor /out
USER auditor
WORKDIR /home/auditor
ENV CHROMIUM_PATH=/usr/bin/chromium
ENTRYPOINT ["consent-auditor"]
CMD ["--help"]
