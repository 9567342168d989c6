#!/usr/bin/env node
// A tiny SageMaker-compatible model server and trainer: a linear model over numeric rows, with no
// dependencies beyond Node.js. SageMaker starts the container as `docker run IMAGE serve` (endpoints,
// batch transform) or `docker run IMAGE train` (training jobs); the argument reaches this program
// because the Dockerfile's ENTRYPOINT is in exec form.

import { Buffer } from 'node:buffer'
import { createServer } from 'node:http'
import { setTimeout } from 'node:timers'
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const ML = process.env.SM_ML_ROOT || '/opt/ml' // SageMaker mounts everything under /opt/ml
const MODEL_DIR = path.join(ML, 'model')
const PORT = Number(process.env.SAGEMAKER_BIND_TO_PORT || 8080)
const MAX_PAYLOAD_MB = 6
const log = message => console.log(`[demo-model] ${message}`)

// ---- serve ---------------------------------------------------------------------------------------

function loadModel() {
  // The model artifact (model.tar.gz) is unpacked read-only into /opt/ml/model before start.
  const model = JSON.parse(readFileSync(path.join(MODEL_DIR, 'model.json'), 'utf8'))
  if (!Array.isArray(model.weights) || typeof model.bias !== 'number') {
    throw new Error('model.json needs "weights" (an array of numbers) and "bias" (a number)')
  }
  return model
}

/** Rows of numbers from a request body, by Content-Type. */
function parseRows(body, contentType) {
  const type = (contentType || 'text/csv').split(';')[0].trim().toLowerCase()
  const lines = body
    .split('\n')
    .map(l => l.trim())
    .filter(Boolean)
  if (type === 'text/csv') return lines.map(l => l.split(',').map(Number))
  if (type === 'application/jsonlines') return lines.map(l => JSON.parse(l))
  if (type === 'application/json') {
    const data = JSON.parse(body)
    return Array.isArray(data) ? data : data.instances
  }
  const error = new Error(
    `unsupported Content-Type "${type}"; send text/csv, application/json or application/jsonlines`
  )
  error.status = 415
  throw error
}

function predict(model, rows) {
  if (!Array.isArray(rows) || rows.length === 0)
    throw Object.assign(new Error('no rows'), { status: 400 })
  return rows.map((row, i) => {
    if (
      !Array.isArray(row) ||
      row.length !== model.weights.length ||
      row.some(v => !Number.isFinite(v))
    ) {
      throw Object.assign(new Error(`row ${i + 1} must have ${model.weights.length} numbers`), {
        status: 400
      })
    }
    return row.reduce((sum, v, j) => sum + v * model.weights[j], model.bias)
  })
}

function serve() {
  let model
  try {
    model = loadModel()
  } catch (err) {
    // Exit non-zero with one clear line: SageMaker shows the container log when startup fails.
    log(`cannot load the model from ${MODEL_DIR}: ${err.message}`)
    process.exit(1)
  }
  log(`loaded a linear model with ${model.weights.length} features from ${MODEL_DIR}`)
  const server = createServer((req, res) => {
    const send = (status, body, type = 'text/plain') => {
      res.writeHead(status, { 'content-type': type })
      res.end(body)
    }
    // Health check: 200 quickly, no model work (SageMaker times each ping out after 2 s).
    if (req.method === 'GET' && req.url === '/ping') return send(200, '')
    // Batch transform asks once how to split the input; MaxConcurrentTransforms x MaxPayloadInMB <= 100.
    if (req.method === 'GET' && req.url === '/execution-parameters') {
      return send(
        200,
        JSON.stringify({
          MaxConcurrentTransforms: 1,
          BatchStrategy: 'MULTI_RECORD',
          MaxPayloadInMB: MAX_PAYLOAD_MB
        }),
        'application/json'
      )
    }
    if (req.method === 'POST' && req.url === '/invocations') {
      const chunks = []
      let size = 0
      req.on('data', chunk => {
        size += chunk.length
        if (size <= MAX_PAYLOAD_MB * 1024 * 1024) chunks.push(chunk)
      })
      req.on('end', () => {
        if (size > MAX_PAYLOAD_MB * 1024 * 1024)
          return send(413, `payload over ${MAX_PAYLOAD_MB} MB`)
        try {
          const predictions = predict(
            model,
            parseRows(Buffer.concat(chunks).toString('utf8'), req.headers['content-type'])
          )
          // Answer in the Accept type when it is JSON, else CSV (one prediction per line, like the input).
          if ((req.headers.accept || '').includes('json')) {
            return send(200, JSON.stringify({ predictions }), 'application/json')
          }
          return send(200, `${predictions.join('\n')}\n`, 'text/csv')
        } catch (err) {
          return send(err.status || 400, `${err.message}\n`)
        }
      })
      return
    }
    send(404, 'not found\n')
  })
  server.listen(PORT, '0.0.0.0', () => log(`serving on port ${PORT}`))
  // SageMaker stops a container with SIGTERM, then SIGKILL 30 s later: finish and exit promptly.
  process.on('SIGTERM', () => {
    log('SIGTERM: closing')
    server.close(() => process.exit(0))
    setTimeout(() => process.exit(0), 5000).unref()
    server.closeIdleConnections?.()
  })
}

// ---- train ---------------------------------------------------------------------------------------

/** Least squares with an optional ridge term: solves (XᵀX + λI) w = Xᵀy by Gaussian elimination. */
function fit(rows, l2) {
  const n = rows[0].length // label + features → features + bias
  const A = Array.from({ length: n }, () => new Array(n).fill(0))
  const b = new Array(n).fill(0)
  for (const [y, ...features] of rows) {
    const x = [...features, 1]
    for (let i = 0; i < n; i++) {
      b[i] += x[i] * y
      for (let j = 0; j < n; j++) A[i][j] += x[i] * x[j]
    }
  }
  for (let i = 0; i < n - 1; i++) A[i][i] += l2
  for (let c = 0; c < n; c++) {
    const p = A.slice(c).reduce(
      (best, row, k) => (Math.abs(row[c]) > Math.abs(A[best][c]) ? c + k : best),
      c
    )
    ;[A[c], A[p], b[c], b[p]] = [A[p], A[c], b[p], b[c]]
    if (Math.abs(A[c][c]) < 1e-12)
      throw new Error('the training data is degenerate (a feature is constant or duplicated)')
    for (let r = 0; r < n; r++) {
      if (r === c) continue
      const f = A[r][c] / A[c][c]
      for (let k = c; k < n; k++) A[r][k] -= f * A[c][k]
      b[r] -= f * b[c]
    }
  }
  const w = b.map((v, i) => v / A[i][i])
  return {
    weights: w.slice(0, -1).map(v => Number(v.toFixed(6))),
    bias: Number(w.at(-1).toFixed(6))
  }
}

function train() {
  try {
    // Hyperparameters arrive as a string-to-string map in hyperparameters.json.
    const hpFile = path.join(ML, 'input/config/hyperparameters.json')
    const hp = statSync(hpFile, { throwIfNoEntry: false })
      ? JSON.parse(readFileSync(hpFile, 'utf8'))
      : {}
    const l2 = Number(hp.l2 ?? 0)
    // File mode: each channel's data is under /opt/ml/input/data/<channel>; CSV with the label first.
    const dir = path.join(ML, 'input/data/training')
    const rows = readdirSync(dir)
      .filter(f => f.endsWith('.csv'))
      .flatMap(f => readFileSync(path.join(dir, f), 'utf8').split('\n'))
      .map(l => l.trim())
      .filter(Boolean)
      .map(l => l.split(',').map(Number))
    if (rows.length === 0) throw new Error(`no CSV rows in ${dir}`)
    const model = fit(rows, l2)
    // Whatever is in /opt/ml/model becomes model.tar.gz, the artifact the transform job loads.
    mkdirSync(MODEL_DIR, { recursive: true })
    writeFileSync(path.join(MODEL_DIR, 'model.json'), `${JSON.stringify(model, null, 2)}\n`)
    log(`trained on ${rows.length} rows: weights ${model.weights.join(', ')}, bias ${model.bias}`)
  } catch (err) {
    // SageMaker shows the first 1024 characters of /opt/ml/output/failure as the job's FailureReason.
    mkdirSync(path.join(ML, 'output'), { recursive: true })
    writeFileSync(path.join(ML, 'output/failure'), `Training failed: ${err.message}`)
    log(`training failed: ${err.message}`)
    process.exit(1)
  }
}

const command = process.argv[2]
if (command === 'serve') serve()
else if (command === 'train') train()
else {
  console.error('usage: serve | train (SageMaker passes one of them as the container argument)')
  process.exit(2)
}
