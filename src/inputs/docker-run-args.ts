// `docker-run-args`: the extra `docker run` options a seller may give, from an allow-list, so a
// pull request cannot widen what the container under test reaches (mounts, network, privileges).

import { InputError, shown } from './error.js'

interface RunOption {
  /** What a valid value looks like, for the error. */
  expected: string
  valid: RegExp
  /** A switch: no value, or =true / =false. */
  switch?: boolean
}

// docker's sizes (go-units RAMInBytes): 512m, 8g, 1.5GiB, 1073741824
const DOCKER_SIZE = { expected: 'a size such as 512m or 8g', valid: /^\d+(\.\d+)?[kmgtp]?i?b?$/i }
const CPU_LIST = {
  expected: 'CPU or node numbers such as 0-3 or 0,2',
  valid: /^\d+(-\d+)?(,\d+(-\d+)?)*$/
}
const INTEGER = { expected: 'a whole number', valid: /^-?\d+$/ }

/**
 * What `docker-run-args` may set: resources, GPUs and accelerator devices, and KEY=VALUE variables.
 * Nothing here reaches the host (no mounts, network, namespaces, privileges, logging or labels) or
 * changes how SageMaker starts and stops the container (entrypoint, init, user, restart).
 */
const RUN_OPTIONS: Record<string, RunOption> = {
  '--cpus': { expected: 'a number of CPUs such as 2 or 1.5', valid: /^(?=.*[1-9])\d+(\.\d+)?$/ },
  '--cpuset-cpus': CPU_LIST,
  '--cpuset-mems': CPU_LIST,
  '--cpu-shares': { expected: 'a relative weight such as 512', valid: /^\d+$/ },
  '--cpu-period': INTEGER,
  '--cpu-quota': INTEGER,
  '--memory': DOCKER_SIZE,
  '--memory-reservation': DOCKER_SIZE,
  '--memory-swap': {
    expected: 'a size such as 16g, or -1',
    valid: /^(-1|\d+(\.\d+)?[kmgtp]?i?b?)$/i
  },
  '--memory-swappiness': { expected: 'a number from 0 to 100', valid: /^(\d{1,2}|100)$/ },
  '--shm-size': DOCKER_SIZE,
  '--ulimit': {
    expected: 'NAME=SOFT[:HARD] such as nofile=65536:65536 or memlock=-1',
    valid:
      /^(core|cpu|data|fsize|locks|memlock|msgqueue|nice|nofile|nproc|rss|rtprio|rttime|sigpending|stack)=-?\d+(:-?\d+)?$/
  },
  '--gpus': {
    expected: 'all, a number of GPUs, or device=ID[,ID] such as device=0,1',
    valid: /^(all|[1-9]\d*|"?device=[\w-]+(,[\w-]+)*"?)$/
  },
  // accelerators only: a disk or /dev/mem would give the container the host
  '--device': {
    expected:
      'an accelerator under /dev (nvidia*, dri, kfd, neuron*, infiniband), optionally :CONTAINER_PATH[:rwm]',
    valid:
      /^\/dev\/(nvidia[\w-]*|nvidia-caps\/[\w-]+|dri(\/[\w-]+)?|kfd|neuron\d+|infiniband\/[\w-]+)(:\/dev(\/[\w-]+)+)?(:[rwm]{1,3})?$/
  },
  // `-e NAME` without a value would copy NAME from the runner's environment into the container
  '--env': {
    expected: 'NAME=VALUE (a bare NAME would copy the runner variable NAME into the container)',
    valid: /^[A-Za-z_][A-Za-z0-9_]*=/
  },
  '--read-only': { expected: 'true or false', valid: /^(true|false)$/, switch: true },
  // the NVIDIA runtime is runc plus GPU hooks; another configured runtime may not isolate at all
  '--runtime': { expected: 'nvidia (or use --gpus)', valid: /^nvidia$/ }
}
const SHORT_OPTIONS: Record<string, string> = {
  '-c': '--cpu-shares',
  '-m': '--memory',
  '-e': '--env'
}

/**
 * Splits `docker-run-args` like a shell would (quotes, no expansion), accepts only the options in
 * RUN_OPTIONS (as `--flag value`, `--flag=value`, `-m 8g`, `-m8g` or `-m=8g`) with valid values, and
 * returns them normalized to `--flag=value`, so no value can ever be read as another option.
 */
export function parseDockerRunArgs(value: string): string[] {
  const args: string[] = []
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g
  for (const m of value.matchAll(re)) {
    args.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] ?? m[3]))
  }
  const refuse = (detail: string): never => {
    throw new InputError('docker-run-args', detail)
  }
  const out: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (!/^-[^-]|^--[^-=]/.test(arg)) {
      // a stray word would become docker's IMAGE, and the real image its command
      refuse(
        `contains ${shown(arg)}, which is neither an option nor an option's value; give docker run options only (the preflight passes the image and \`serve\` or \`train\` itself), such as --gpus all --memory 8g -e MODEL_NAME=demo`
      )
    }
    const long = arg.startsWith('--')
    const eq = arg.indexOf('=')
    const given = long ? (eq === -1 ? arg : arg.slice(0, eq)) : arg.slice(0, 2)
    // attached short values: -m8g, -eKEY=v, -m=8g (and -u0, -v/:/host, -it are refused below)
    const attached = long ? (eq === -1 ? undefined : arg.slice(eq + 1)) : arg.slice(2) || undefined
    const name = SHORT_OPTIONS[given] ?? given
    const option = RUN_OPTIONS[name]
    if (!option) {
      refuse(
        `contains ${shown(given)}${given === arg ? '' : ` (in ${shown(arg)})`}, which is not allowed. SageMaker runs the container isolated, with only /opt/ml mounted, so network, privilege, namespace, mount, logging, label and lifecycle options are refused. Allowed: ${Object.keys(RUN_OPTIONS).join(', ')} (-c, -m and -e for short), such as --gpus all --memory 8g --shm-size 1g -e MODEL_NAME=demo`
      )
    }
    if (option.switch) {
      if (attached !== undefined && !option.valid.test(attached)) {
        refuse(`has ${shown(arg)}; ${name} takes no value, or =true or =false`)
      }
      if (attached !== 'false') out.push(name)
      continue
    }
    const v = long ? (attached ?? args[++i]) : (attached?.replace(/^=/, '') ?? args[++i])
    if (v === undefined) refuse(`ends with ${shown(arg)}, which needs a value: ${option.expected}`)
    if (!option.valid.test(v) || v.includes('\0')) {
      refuse(
        name === '--env' && !v.includes('=')
          ? `passes ${shown(`${given} ${v}`)} without a value; give -e NAME=VALUE so nothing from the runner's environment reaches the container`
          : `gives ${given} the value ${shown(v)}; expected ${option.expected}`
      )
    }
    out.push(`${name}=${v}`)
  }
  return out
}
