// TrainingInputMode as SageMaker delivers it. File and FastFile: a folder per channel at
// /opt/ml/input/data/<channel> (read-only here: FastFile mounts the S3 prefix read-only, and File's
// copy is the seller's own data, never to be changed by a test). Pipe: no folder, but a FIFO
// /opt/ml/input/data/<channel>_<epoch> per channel, written from the host: epoch 0 streams the
// channel's objects in key order, and each time the container has read one to its end (or closed
// it) the next epoch's FIFO appears with the whole channel again.

import { execFile } from 'node:child_process'
import { constants, createReadStream, open } from 'node:fs'
import { mkdir, readdir, stat } from 'node:fs/promises'
import { Socket } from 'node:net'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import { promisify } from 'node:util'
import type { Mount } from '../docker/container.js'
import type { InputMode, TrainingChannel } from '../inputs/training.js'
import { quote } from './log-signs.js'

const exec = promisify(execFile)
const openFd = promisify(open)

/** Epochs a container may open per channel: bounds a trainer that reopens its FIFO forever. */
const MAX_EPOCHS = 100
/** How often a FIFO is tried for a reader (opening it for writing must not block a thread). */
const READER_POLL_MS = 50
/** MXNet RecordIO: a record is magic, length with a 3-bit continuation flag, data, padding to 4. */
const RECORDIO_MAGIC = 0xced7230a
const RECORDIO_MAX_PART = 2 ** 29 - 1

/** How the run's mode was chosen, named in the finding when training fails in it. */
export interface ModeChoice {
  mode: InputMode
  from: string
}

export function channelMode(c: TrainingChannel, run: InputMode): InputMode {
  return c.mode ?? run
}

/**
 * The channels' mounts: a read-only folder per File/FastFile channel; for Pipe channels, the one
 * host folder the FIFOs are made in (returned as `pipeDir`, fed by feedPipes once the container runs).
 */
export async function channelMounts(
  ml: string,
  channels: TrainingChannel[],
  run: InputMode
): Promise<{ mounts: Mount[]; pipeDir?: string }> {
  const mounts: Mount[] = []
  const piped = channels.filter(c => channelMode(c, run) === 'Pipe')
  let pipeDir: string | undefined
  if (piped.length) {
    pipeDir = path.join(ml, 'input', 'data')
    await mkdir(pipeDir, { recursive: true, mode: 0o755 })
    // epoch 0 is there when the container starts, as on SageMaker; feedPipes makes the rest
    for (const c of piped) await makeFifo(pipeDir, c, 0)
    mounts.push({ source: pipeDir, target: '/opt/ml/input/data', readOnly: true })
  }
  for (const c of channels.filter(c => !piped.includes(c))) {
    // SageMaker gives a channel as a directory of the S3 objects: a file goes inside it, by its name
    const dir = `/opt/ml/input/data/${c.channel}`
    const isDir = (await stat(c.path)).isDirectory()
    mounts.push({
      source: c.path,
      target: isDir ? dir : `${dir}/${path.basename(c.path)}`,
      readOnly: true
    })
  }
  return { mounts, ...(pipeDir ? { pipeDir } : {}) }
}

/** What the Pipe feeders saw: per channel, how many epochs the container opened. */
export type Opened = Map<string, number>

/**
 * Feeds every Pipe channel's FIFOs until `stop` aborts (the container exited): never blocks the
 * event loop or a thread on a FIFO nobody opens, and a reader that goes away only ends its epoch.
 */
export function feedPipes(
  pipeDir: string,
  channels: TrainingChannel[],
  run: InputMode,
  stop: AbortSignal
): { opened: Opened; done: Promise<void> } {
  const opened: Opened = new Map()
  const piped = channels.filter(c => channelMode(c, run) === 'Pipe')
  for (const c of piped) opened.set(c.channel, 0)
  const done = Promise.all(
    piped.map(c =>
      feedChannel(pipeDir, c, stop, () => opened.set(c.channel, (opened.get(c.channel) ?? 0) + 1))
    )
  ).then(() => undefined)
  return { opened, done }
}

async function feedChannel(
  pipeDir: string,
  c: TrainingChannel,
  stop: AbortSignal,
  onOpen: () => void
): Promise<void> {
  const files = await channelFiles(c.path)
  for (let epoch = 0; epoch < MAX_EPOCHS && !stop.aborted; epoch++) {
    const fifo =
      epoch === 0 ? path.join(pipeDir, `${c.channel}_0`) : await makeFifo(pipeDir, c, epoch)
    const fd = await whenOpened(fifo, stop)
    if (fd === undefined) return
    onOpen()
    const pipe = new Socket({ fd, readable: false, writable: true })
    try {
      await pipeline(Readable.from(objects(files, c.recordIO === true)), pipe, { signal: stop })
    } catch {
      // the reader closed its end (EPIPE) or the container exited: this epoch is over
    } finally {
      pipe.destroy()
    }
  }
}

async function makeFifo(pipeDir: string, c: TrainingChannel, epoch: number): Promise<string> {
  const fifo = path.join(pipeDir, `${c.channel}_${epoch}`)
  await exec('mkfifo', ['-m', '0644', '--', fifo])
  return fifo
}

/** The FIFO opened for writing once a reader has it open; undefined when stopped first. */
async function whenOpened(fifo: string, stop: AbortSignal): Promise<number | undefined> {
  while (!stop.aborted) {
    try {
      // O_NONBLOCK: fails at once (ENXIO) while no reader has it open, instead of waiting for one
      return await openFd(fifo, constants.O_WRONLY | constants.O_NONBLOCK)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENXIO') throw err
    }
    await sleep(READER_POLL_MS, undefined, { signal: stop }).catch(() => undefined)
  }
  return undefined
}

/** The regular files of a channel in S3 key order (links are not followed). */
export async function channelFiles(root: string): Promise<string[]> {
  if (!(await stat(root)).isDirectory()) return [root]
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  return entries
    .filter(e => e.isFile())
    .map(e => path.join(e.parentPath, e.name))
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
}

/** The channel's bytes, each object as one record when RecordIO-wrapped. */
async function* objects(files: string[], recordIO: boolean): AsyncGenerator<Buffer> {
  for (const file of files) {
    if (!recordIO) {
      yield* createReadStream(file) as AsyncIterable<Buffer>
      continue
    }
    const size = (await stat(file)).size
    const parts = Math.max(1, Math.ceil(size / RECORDIO_MAX_PART))
    for (let i = 0, offset = 0; i < parts; i++) {
      const len = Math.min(RECORDIO_MAX_PART, size - offset)
      // continuation flag: 0 whole record, 1 first part, 2 middle, 3 last
      const flag = parts === 1 ? 0 : i === 0 ? 1 : i === parts - 1 ? 3 : 2
      yield recordHeader(flag, len)
      if (len > 0) {
        yield* createReadStream(file, {
          start: offset,
          end: offset + len - 1
        }) as AsyncIterable<Buffer>
      }
      yield Buffer.alloc((4 - (len % 4)) % 4)
      offset += len
    }
  }
}

export function recordHeader(flag: number, length: number): Buffer {
  const header = Buffer.alloc(8)
  header.writeUInt32LE(RECORDIO_MAGIC, 0)
  header.writeUInt32LE(((flag << 29) | length) >>> 0, 4)
  return header
}

/**
 * What the train-exit finding adds when training failed in a mode other than File: the mode and
 * where it came from, what the container found there, and the log lines naming its input.
 */
export function modeEvidence(
  choice: ModeChoice,
  channels: TrainingChannel[],
  opened: Opened | undefined,
  log: string[]
): string {
  const modes = [...new Set(channels.map(c => channelMode(c, choice.mode)))]
  if (!modes.some(m => m !== 'File')) return ''
  const seen = channels.map(c => {
    const mode = channelMode(c, choice.mode)
    if (mode !== 'Pipe') {
      return `channel "${c.channel}" was the read-only folder /opt/ml/input/data/${c.channel} (${mode})`
    }
    const n = opened?.get(c.channel) ?? 0
    return `channel "${c.channel}" was the FIFO /opt/ml/input/data/${c.channel}_0, with no /opt/ml/input/data/${c.channel} folder, and the container ${n ? `opened ${n} epoch(s) of it` : 'never opened it'}`
  })
  const looked = log.filter(l =>
    /\/opt\/ml\/input\/data|read-only file system|no such file/i.test(l)
  )
  return ` It trained in ${modes.join(' and ')} input mode (${choice.from}): ${seen.join('; ')}.${
    looked.length ? ` What the container looked for:\n${quote(looked.slice(-10))}\n` : ''
  } A training image that declares ${modes.join(' or ')} must read its channels that way.`
}
