# Office Ledger: API, projector and (by default) the embedded PostgreSQL in one container.
#   docker build -t office-ledger .
#   docker run -p 3000:3000 -v office-ledger-data:/data --shm-size=256m office-ledger            # embedded PostgreSQL in /data
#   docker run -p 3000:3000 -e DATABASE_URL=postgres://… -e JWT_SECRET=… office-ledger        # external PostgreSQL
# Node.js as in CI (.ci/run, NODE_LTS): keep the two in step.
ARG NODE_VERSION=24.22.3

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY apps ./apps
COPY libs ./libs
COPY bench ./bench
COPY scripts ./scripts
RUN npm run build

FROM node:${NODE_VERSION}-bookworm-slim
# DejaVu for the Vietnamese PDFs (libs/forms/src/pdf-font.ts): -core has Sans and Serif upright only,
# -extra the italics and Serif Condensed of the administrative forms. procps: `ps`, with which the
# embedded PostgreSQL's launcher recognises a postmaster left behind. tini: PID 1 that forwards
# SIGTERM and reaps orphans.
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-dejavu-core fonts-dejavu-extra procps tini \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
# The embedded PostgreSQL's binaries come with the production dependencies (postinstall restores their symlinks).
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# The web application is served from apps/web (found above dist/), Chart.js from node_modules.
COPY apps/web ./apps/web
# The image's `node` user (uid 1000) owns the data folder; the embedded PostgreSQL runs as that user.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# /health/ready: event store, database and projector (the first start on an empty /data initialises PostgreSQL and a demo period).
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
# Not `npm start`: its prestart would compile again, with dev dependencies the image does not have.
CMD ["node", "dist/apps/server/src/main.js"]
