/**
 * A minimal OpenAI-compatible model server on loopback, standing in for the provider behind a gateway (LiteLLM):
 * POST /v1/chat/completions streams a fixed answer with a usage chunk, and records every request it received
 * (headers and body) so a test sees exactly what reached the provider. Models it does not serve get OpenAI's 404
 * model_not_found. GET /v1/models lists the served models (LiteLLM asks for it at start).
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

export interface UpstreamRequest {
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

export interface OpenAiUpstream {
  url: string;
  requests: UpstreamRequest[];
  close(): Promise<void>;
}

export const UPSTREAM_USAGE = { prompt_tokens: 57, completion_tokens: 9, total_tokens: 66 };

export async function startOpenAiUpstream(options: { answer: string; models: string[] }): Promise<OpenAiUpstream> {
  const requests: UpstreamRequest[] = [];
  const pieces = options.answer.match(/\s*\S+/g) ?? [];
  const server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      if (req.method === 'GET' && req.url?.startsWith('/v1/models')) {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        return res.end(JSON.stringify({ object: 'list', data: options.models.map((id) => ({ id, object: 'model' })) }));
      }
      const body = JSON.parse(Buffer.concat(parts).toString('utf8') || '{}') as Record<string, unknown>;
      requests.push({ headers: req.headers, body });
      if (!options.models.includes(String(body.model))) {
        res.writeHead(404, { 'Content-Type': 'application/json' });
        return res.end(
          JSON.stringify({
            error: {
              message: `The model \`${body.model}\` does not exist`,
              type: 'invalid_request_error',
              code: 'model_not_found',
            },
          }),
        );
      }
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'x-request-id': `upstream-${requests.length}` });
      const base = {
        id: `chatcmpl-upstream-${requests.length}`,
        object: 'chat.completion.chunk',
        created: 1_700_000_000,
        model: body.model,
      };
      pieces.forEach((content, i) => {
        const finish = i === pieces.length - 1 ? 'stop' : null;
        res.write(
          `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: { content }, finish_reason: finish }] })}\n\n`,
        );
      });
      res.write(`data: ${JSON.stringify({ ...base, choices: [], usage: UPSTREAM_USAGE })}\n\n`);
      res.end('data: [DONE]\n\n');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
