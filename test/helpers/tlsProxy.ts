/**
 * Test PKI and TLS front ends for a dev server: a CA made with the openssl CLI, a server certificate for
 * 127.0.0.1/localhost, a client certificate for mTLS, and a TLS-terminating proxy (ALPN h2) that pipes the
 * decrypted gRPC stream to the dev server's plain-text port, as a load balancer in front of Temporal would.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http2 from 'node:http2';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tls from 'node:tls';

export interface TestPki {
  dir: string;
  caCert: string;
  serverCert: string;
  serverKey: string;
  clientCert: string;
  clientKey: string;
}

export function createTestPki(): TestPki {
  const dir = mkdtempSync(path.join(tmpdir(), 'temporal-pki-'));
  const file = (name: string) => path.join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const key = (name: string) => openssl('ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', file(name));
  key('ca.key');
  openssl(
    'req',
    '-x509',
    '-new',
    '-key',
    'ca.key',
    '-sha256',
    '-days',
    '2',
    '-subj',
    '/CN=router test CA',
    '-out',
    'ca.pem',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  );
  const leaf = (name: string, usage: string, san?: string) => {
    key(`${name}.key`);
    openssl('req', '-new', '-key', `${name}.key`, '-subj', `/CN=${name}`, '-out', `${name}.csr`);
    const ext = [
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature',
      `extendedKeyUsage=${usage}`,
    ];
    if (san) ext.push(`subjectAltName=${san}`);
    writeFileSync(file(`${name}.ext`), `${ext.join('\n')}\n`);
    openssl(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-days',
      '2',
      '-sha256',
      '-extfile',
      `${name}.ext`,
      '-out',
      `${name}.pem`,
    );
  };
  leaf('server', 'serverAuth', 'IP:127.0.0.1,DNS:localhost');
  leaf('client', 'clientAuth');
  return {
    dir,
    caCert: file('ca.pem'),
    serverCert: file('server.pem'),
    serverKey: file('server.key'),
    clientCert: file('client.pem'),
    clientKey: file('client.key'),
  };
}

export interface TlsProxy {
  address: string;
  /** Handshakes the proxy refused (mTLS without a valid client certificate). */
  refused: number;
  close(): Promise<void>;
}

export async function startTlsProxy(
  pki: TestPki,
  target: string,
  options: { requireClientCert: boolean },
): Promise<TlsProxy> {
  const [host, port] = [target.slice(0, target.lastIndexOf(':')), Number(target.slice(target.lastIndexOf(':') + 1))];
  const sockets = new Set<net.Socket>();
  const server = tls.createServer(
    {
      key: readFileSync(pki.serverKey),
      cert: readFileSync(pki.serverCert),
      ca: readFileSync(pki.caCert),
      requestCert: options.requireClientCert,
      rejectUnauthorized: options.requireClientCert,
      ALPNProtocols: ['h2'],
    },
    (client) => {
      const upstream = net.connect(port, host);
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
        s.on('error', () => (s === client ? upstream : client).destroy());
      }
      client.pipe(upstream).pipe(client);
    },
  );
  const proxy: TlsProxy = { address: '', refused: 0, close: () => closeServer(server, sockets) };
  server.on('tlsClientError', () => (proxy.refused += 1));
  proxy.address = await listen(server);
  return proxy;
}

export interface HeaderRecorder {
  address: string;
  headers: http2.IncomingHttpHeaders[];
  close(): Promise<void>;
}

/**
 * An h2 TLS endpoint that records each request's metadata and refuses it as a server refuses a bad key
 * (UNAUTHENTICATED, echoing the key in its message, as careless servers do), to check what a client sends and shows.
 */
export async function startHeaderRecorder(pki: TestPki): Promise<HeaderRecorder> {
  const headers: http2.IncomingHttpHeaders[] = [];
  const sockets = new Set<net.Socket>();
  const server = http2.createSecureServer({ key: readFileSync(pki.serverKey), cert: readFileSync(pki.serverCert) });
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('stream', (stream, requestHeaders) => {
    headers.push(requestHeaders);
    const echoed = String(requestHeaders.authorization ?? '');
    stream.respond(
      {
        ':status': 200,
        'content-type': 'application/grpc',
        'grpc-status': '16',
        'grpc-message': encodeURIComponent(`rejected ${echoed}`),
      },
      { endStream: true },
    );
  });
  const recorder: HeaderRecorder = { address: '', headers, close: () => closeServer(server, sockets) };
  recorder.address = await listen(server);
  return recorder;
}

function listen(server: net.Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`127.0.0.1:${(server.address() as net.AddressInfo).port}`)),
  );
}

function closeServer(server: net.Server, sockets: Set<net.Socket>): Promise<void> {
  for (const s of sockets) s.destroy();
  return new Promise((resolve) => server.close(() => resolve()));
}
