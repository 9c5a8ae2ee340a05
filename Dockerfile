# The worker and codec server image used by docker-compose.yml.
# Build stage: dev dependencies, TypeScript compiled to dist/, the workflow bundle built ahead of time.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Runtime stage: production dependencies and compiled JavaScript only; no TypeScript loader, no dev dependencies.
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# The data directory exists in the image and belongs to the user the process runs as, so a fresh named volume
# mounted there inherits that ownership and LanceDB and the JSONL audit file can be created.
RUN mkdir -p /data && chown node:node /data
ENV VECTOR_STORE_DIR=/data/vectors AUDIT_LOG_PATH=/data/audit.jsonl
# The worker's process settings (workers/processTuning.ts): fewer malloc arenas, smaller V8 young generation, a heap
# limit of 512 MB (V8 then lets each isolate's heap grow by less than 1.6 times after a collection instead of 4).
ENV MALLOC_ARENA_MAX=2 NODE_OPTIONS="--max-semi-space-size=4 --max-old-space-size=512"
VOLUME ["/data"]
USER node
# node is PID 1 and receives SIGTERM itself: the worker stops polling, drains, and exits 0.
# --single-threaded-gc: less CPU per routing (workers/processTuning.ts); Node refuses it in NODE_OPTIONS.
CMD ["node", "--single-threaded-gc", "dist/workers/main.js"]
