import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer: the API action the stand-in expects, and the error it answers with (none = success). */
export interface Scenario {
  readonly action: string;
  readonly error?: { readonly code: string; readonly message: string };
  readonly response?: Record<string, unknown>;
}

export interface ReceivedRequest {
  readonly action: string | undefined;
  readonly version: string | undefined;
  readonly region: string | undefined;
  readonly signed: boolean;
  readonly body: unknown;
}

export interface StandIn {
  readonly endpoint: string;
  readonly requests: readonly ReceivedRequest[];
  close(): Promise<void>;
}

/**
 * A local stand-in for the GAAP API (2018-05-29) on 127.0.0.1: it answers each request with the next scenario,
 * in the real API 3.0 format `{"Response":{"Error":{"Code","Message"},"RequestId"}}` (or a success
 * `{"Response":{…,"RequestId"}}`), after checking that the request is what the real SDK sends: a signed POST
 * with the expected `X-TC-Action` and `X-TC-Version: 2018-05-29`.
 */
export async function startStandInGaap(script: readonly Scenario[]): Promise<StandIn> {
  const requests: ReceivedRequest[] = [];
  let next = 0;
  const server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      const header = (name: string): string | undefined => {
        const value = req.headers[name];
        return Array.isArray(value) ? value[0] : value;
      };
      const received: ReceivedRequest = {
        action: header('x-tc-action'),
        version: header('x-tc-version'),
        region: header('x-tc-region'),
        signed: (header('authorization') ?? '').startsWith('TC3-HMAC-SHA256 '),
        body: raw === '' ? undefined : (JSON.parse(raw) as unknown),
      };
      requests.push(received);
      const scenario = script[next++];
      const requestId = randomUUID();
      const reply = (body: unknown): void => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const problem =
        req.method !== 'POST'
          ? `expected POST, got ${req.method}`
          : received.version !== '2018-05-29'
            ? `expected X-TC-Version 2018-05-29, got ${received.version}`
            : !received.signed
              ? 'the request is not signed (TC3-HMAC-SHA256)'
              : scenario === undefined
                ? 'no scenario left'
                : scenario.action !== received.action
                  ? `expected action ${scenario.action}, got ${received.action}`
                  : undefined;
      if (problem !== undefined || scenario === undefined) {
        reply({
          Response: { Error: { Code: 'InvalidAction', Message: `stand-in: ${problem}` }, RequestId: requestId },
        });
      } else if (scenario.error !== undefined) {
        reply({
          Response: { Error: { Code: scenario.error.code, Message: scenario.error.message }, RequestId: requestId },
        });
      } else {
        reply({ Response: { ...scenario.response, RequestId: requestId } });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
