// A local stand-in for AWS endpoints, so wire-level tests drive the real SDK over HTTP: the SDK finds
// it through its own AWS_ENDPOINT_URL_<SERVICE> variables. It speaks JSON 1.1 (ECR, SageMaker), the
// query protocol (STS, EC2) and REST (S3, the Marketplace Catalog); handlers are keyed by operation
// name (or "METHOD /path" for REST) and can inject latency, throttling and errors.

import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeRequest {
  method: string
  path: string
  headers: http.IncomingHttpHeaders
  body: string
  /** JSON 1.1: the parsed body; query protocol: the form parameters. */
  params: Record<string, unknown>
  operation: string
}

export interface FakeResponse {
  status?: number
  headers?: Record<string, string>
  /** An object is sent as JSON 1.1; a string as given (XML for the query protocol and S3). */
  body?: unknown
}

export type Handler = (req: FakeRequest) => FakeResponse | Promise<FakeResponse>

export interface FakeAws {
  url: string
  requests: FakeRequest[]
  /** Environment for the SDK: endpoints for every service, fake static credentials, a Region. */
  env: Record<string, string>
  /** Operations seen, in order. */
  operations(): string[]
  close(): Promise<void>
}

export const SERVICES = [
  'ECR',
  'STS',
  'EC2',
  'SAGEMAKER',
  'S3',
  'CLOUDWATCH_LOGS',
  'MARKETPLACE_CATALOG'
]

export async function startFakeAws(
  handlers: Record<string, Handler>,
  options: { latencyMs?: number } = {}
): Promise<FakeAws> {
  const requests: FakeRequest[] = []
  let requestCount = 0
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', c => chunks.push(c))
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8')
      const target = req.headers['x-amz-target']
      let operation: string
      let params: Record<string, unknown> = {}
      if (typeof target === 'string') {
        operation = target.split('.').pop() ?? target
        params = body ? JSON.parse(body) : {}
      } else if (
        String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded')
      ) {
        params = Object.fromEntries(new URLSearchParams(body))
        operation = String(params.Action)
      } else {
        // REST (S3, the Marketplace Catalog): the query string, and a JSON body (restJson1)
        const url = new URL(req.url ?? '/', 'http://x')
        operation = `${req.method} ${url.pathname}`
        const json = String(req.headers['content-type']).startsWith('application/json')
        params = {
          ...Object.fromEntries(url.searchParams),
          ...(json && body ? JSON.parse(body) : {})
        }
      }
      const fake: FakeRequest = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        body,
        params,
        operation
      }
      requests.push(fake)
      const handler = handlers[operation]
      let out: FakeResponse
      try {
        if (options.latencyMs) await new Promise(r => setTimeout(r, options.latencyMs))
        out = handler
          ? await handler(fake)
          : jsonError(400, 'UnknownOperationException', `fake-aws has no handler for ${operation}`)
      } catch (err) {
        out = jsonError(500, 'InternalFailure', (err as Error).message)
      }
      requestCount++
      const isJson = out.body !== undefined && typeof out.body !== 'string'
      res.writeHead(out.status ?? 200, {
        'x-amzn-requestid': `fake-request-${requestCount}`,
        'content-type': isJson ? 'application/x-amz-json-1.1' : 'text/xml',
        ...out.headers
      })
      res.end(
        out.body === undefined ? '' : isJson ? JSON.stringify(out.body) : (out.body as string)
      )
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    requests,
    env: {
      ...Object.fromEntries(SERVICES.map(s => [`AWS_ENDPOINT_URL_${s}`, url])),
      AWS_ACCESS_KEY_ID: 'AKIAFAKEFAKEFAKEFAKE',
      AWS_SECRET_ACCESS_KEY: 'fake-secret',
      AWS_REGION: 'us-east-2',
      AWS_EC2_METADATA_DISABLED: 'true'
    },
    operations: () => requests.map(r => r.operation),
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** A JSON 1.1 error, as ECR and SageMaker send them. */
export function jsonError(status: number, code: string, message: string): FakeResponse {
  return { status, body: { __type: code, message } }
}

/** A query-protocol error, as STS and EC2 send them. */
export function queryError(status: number, code: string, message: string): FakeResponse {
  return {
    status,
    body: `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>fake-request</RequestId></ErrorResponse>`
  }
}

/** Answers with `first` the first `times` calls, then with `then` (e.g. throttling once). */
export function failFirst(times: number, first: FakeResponse, then: Handler): Handler {
  let calls = 0
  return req => (calls++ < times ? first : then(req))
}

/** Answers each call with the next handler, the last one for ever. */
export function sequence(...handlers: Handler[]): Handler {
  let i = 0
  return req => handlers[Math.min(i++, handlers.length - 1)](req)
}

/** Sets the fake's environment for the duration of a test; returns a restore function. */
export function useEnv(env: Record<string, string>): () => void {
  const saved = Object.fromEntries(Object.keys(env).map(k => [k, process.env[k]]))
  Object.assign(process.env, env)
  return () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  }
}
