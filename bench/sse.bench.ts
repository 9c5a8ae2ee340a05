/**
 * Streaming-path figures for `npm run bench`:
 * 1. the SSE accumulator alone, over a large generated stream fed in random-sized network chunks;
 * 2. end to end over loopback: the real client against the gateway simulator with zero pacing.
 * Bounded: fixed sizes, a few rounds, best round reported (the least disturbed by the machine).
 */
import { createStreamAccumulator } from '../domain/gateway/sseAccumulator';
import { startGatewaySimulator } from '../simulators/gateway/server';
import { benchGatewayClient } from './gatewayBench';
import { prng } from './prng';

const CHUNKS = 20_000;
const ROUNDS = 3;
const E2E_WORDS = 20_000;

function generatedStream(): Buffer {
  const events: string[] = [];
  for (let i = 0; i < CHUNKS; i++) {
    const content = i % 7 === 0 ? ' café' : ` word${i}`;
    const finish = i === CHUNKS - 1 ? '"stop"' : 'null';
    events.push(
      `data: {"id":"resp_bench","object":"chat.completion.chunk","model":"gpt-4o-mini","choices":[{"index":0,"delta":{"content":"${content}"},"finish_reason":${finish}}]}\n\n`,
    );
  }
  events.push('data: [DONE]\n\n');
  return Buffer.from(events.join(''), 'utf8');
}

function splitRandomly(bytes: Buffer, random: () => number): Buffer[] {
  const parts: Buffer[] = [];
  for (let at = 0; at < bytes.length;) {
    const size = 1 + Math.floor(random() * 4096);
    parts.push(bytes.subarray(at, at + size));
    at += size;
  }
  return parts;
}

/** Decimal megabytes, as the sanitizer bench reports, so the figures compare. */
const mbPerSecond = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);
const usPerChunk = (ms: number, chunks: number) => (ms * 1000) / chunks;

function accumulatorFigures(): void {
  const bytes = generatedStream();
  const parts = splitRandomly(bytes, prng(42));
  let best = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const started = process.hrtime.bigint();
    const acc = createStreamAccumulator();
    for (const part of parts) acc.feed(part);
    const out = acc.finish();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (out.chunks !== CHUNKS) throw new Error(`bench stream parsed to ${out.chunks} chunks, expected ${CHUNKS}`);
    best = Math.min(best, ms);
  }
  console.log(
    `accumulator: ${(bytes.length / 1024 / 1024).toFixed(1)} MiB, ${CHUNKS} SSE chunks in ${parts.length} network reads: ` +
      `${mbPerSecond(bytes.length, best).toFixed(1)} MB/s, ${usPerChunk(best, CHUNKS).toFixed(2)} µs/chunk`,
  );
}

async function endToEndFigures(): Promise<void> {
  const longAnswer = Array.from({ length: E2E_WORDS }, (_, i) => `w${i}`).join(' ');
  const sim = await startGatewaySimulator({ chunkDelayMs: 0, answer: () => longAnswer });
  try {
    const client = benchGatewayClient(sim);
    let best = { ms: Infinity, bytes: 0, chunks: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const result = await client.streamInference({
        idempotencyKey: `bench-${Date.now()}-${round}`,
        payload: {
          model: 'gpt-4o-mini',
          temperature: 0.2,
          max_tokens: E2E_WORDS + 10,
          stream: true,
          messages: [{ role: 'user', content: 'bench' }],
        },
      });
      if (result.answer !== longAnswer) throw new Error('end-to-end bench answer differs from what the simulator sent');
      if (result.metrics.latencyMs < best.ms)
        best = { ms: result.metrics.latencyMs, bytes: result.metrics.bytes, chunks: result.metrics.chunks };
    }
    console.log(
      `end to end (client + simulator, loopback, zero pacing): ${(best.bytes / 1024 / 1024).toFixed(1)} MiB, ${best.chunks} chunks: ` +
        `${mbPerSecond(best.bytes, best.ms).toFixed(1)} MB/s, ${usPerChunk(best.ms, best.chunks).toFixed(2)} µs/chunk`,
    );
  } finally {
    await sim.close();
  }
}

export async function run(): Promise<void> {
  accumulatorFigures();
  await endToEndFigures();
}
