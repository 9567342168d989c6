export const id = 374;
export const ids = [374];
export const modules = {

/***/ 4664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E0: () => (/* binding */ withProgress),
/* harmony export */   Mn: () => (/* binding */ streamLines)
/* harmony export */ });
/* unused harmony exports PROGRESS_EVERY_MS, printable, MAX_STREAMED_LINES */
// While the preflight waits on a container (startup, training, a slow invocation), a line every few
// seconds through the run's Logger: what it waits for, the time spent against the limit, and the
// container's latest log line. Container output is untrusted: it is shown only through `printable`.
const PROGRESS_EVERY_MS = 10000;
/** Runs `wait`, reporting progress every `everyMs` until it settles. */
async function withProgress(log, options, wait) {
    const show = (line) => {
        if (log.status)
            log.status(line);
        else if (line !== undefined)
            log.info(line);
    };
    const timer = setInterval(() => {
        const latest = options.latestLine();
        show(`${options.what}: ${seconds(options.elapsedSeconds())} of ${seconds(options.limitSeconds)}; ${latest ? `latest log line: ${printable(latest)}` : 'no log output yet'}`);
    }, options.everyMs ?? PROGRESS_EVERY_MS);
    timer.unref();
    try {
        return await wait;
    }
    finally {
        clearInterval(timer);
        show(undefined);
    }
}
function seconds(s) {
    return `${Math.floor(s)} s`;
}
// CSI (colours, cursor moves) and OSC (titles, hyperlinks) sequences, then any other control character
// eslint-disable-next-line no-control-regex
const ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b./g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/**
 * A container's log line made safe to print in a log or a terminal: no escape sequences or control
 * characters, cut to `width`. Callers print it after a prefix of their own, so that a line such as
 * `::error::…` never starts a line of GitHub's log, where it would be a workflow command.
 */
function printable(line, width = 200) {
    const text = line.replace(ESCAPES, '').replace(/\t/g, ' ').replace(CONTROL, '').trim();
    return text.length > width ? `${text.slice(0, width)}…` : text;
}
/** The lines streamed from one container before the rest is left to the report's excerpt. */
const MAX_STREAMED_LINES = 2000;
/** Passes a container's log lines to the log as they come: escaped, prefixed, at most `max`. */
function streamLines(log, prefix, max = MAX_STREAMED_LINES) {
    let count = 0;
    return line => {
        const text = printable(line, 500);
        if (!text)
            return;
        count++;
        if (count <= max)
            log.info(`${prefix} | ${text}`);
        else if (count === max + 1) {
            log.info(`${prefix} | … more than ${max} lines: the rest is not shown here (the report keeps the last ones)`);
        }
    };
}


/***/ }),

/***/ 7354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mc: () => (/* binding */ Container)
});

// UNUSED EXPORTS: limitArgs, runArgs

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ./src/core/timing.ts
var timing = __webpack_require__(5745);
// EXTERNAL MODULE: ./src/docker/command.ts
var command = __webpack_require__(1721);
;// CONCATENATED MODULE: ./src/docker/log-tail.ts
// A container's log can be 100 MB: keep its head and its tail, in bounded memory. The line that
// explains a failure often comes first (the port a server bound, the model it could not load) and is
// followed by hundreds of lines of the same noise (each /ping poll logged), so evidence shows both
// ends and collapses repeated lines.
const HEAD_BYTES = 4 * 1024;
/** Lines kept from the start of the log when the whole does not fit in what is shown. */
const HEAD_LINES = 5;
class LogTail {
    maxBytes;
    head = [];
    headSize = 0;
    chunks = [];
    size = 0;
    dropped = 0;
    /** Bytes pushed so far: whether lines are still arriving. */
    received = 0;
    constructor(maxBytes = 64 * 1024) {
        this.maxBytes = maxBytes;
    }
    push(chunk) {
        this.received += chunk.length;
        if (this.headSize < HEAD_BYTES) {
            const part = chunk.subarray(0, HEAD_BYTES - this.headSize);
            this.head.push(part);
            this.headSize += part.length;
        }
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size > this.maxBytes && this.chunks.length > 1) {
            const first = this.chunks.shift();
            this.size -= first.length;
            this.dropped += first.length;
        }
        if (this.size > this.maxBytes) {
            const only = this.chunks[0];
            const cut = only.length - this.maxBytes;
            this.chunks[0] = only.subarray(cut);
            this.size -= cut;
            this.dropped += cut;
        }
    }
    /** The kept tail; a partial first line is dropped when the head was cut off. */
    text() {
        return this.tailText().text;
    }
    tailText() {
        const s = Buffer.concat(this.chunks).toString('utf8');
        if (this.dropped === 0)
            return { text: s, partial: 0 };
        const partial = s.indexOf('\n') + 1;
        return { text: s.slice(partial), partial: Buffer.byteLength(s.slice(0, partial)) };
    }
    /**
     * Up to `n` lines to show, repeats collapsed: the first lines of the log and the last, with a
     * marker between them when lines were left out. Each line is cut to `width` characters.
     */
    lines(n, width = 300) {
        const cut = (l) => (l.length > width ? `${l.slice(0, width)}…` : l);
        const headBytes = Buffer.concat(this.head);
        const tail = this.tailText();
        if (this.dropped <= headBytes.length) {
            // the head still holds what the tail lost: the whole log is here
            const whole = headBytes.subarray(0, this.dropped).toString('utf8') + Buffer.concat(this.chunks);
            return pick(collapse(splitLines(whole)), n).map(cut);
        }
        const complete = headBytes.subarray(0, headBytes.lastIndexOf('\n') + 1);
        const head = collapse(splitLines(complete.toString('utf8')));
        const h = Math.min(head.length, HEAD_LINES, Math.max(0, n - 2));
        const rest = collapse(splitLines(tail.text)).slice(-(n - h - (h > 0 ? 1 : 0)));
        if (h === 0)
            return rest.map(cut);
        const gap = `[… ${this.dropped + tail.partial - complete.length} bytes not kept]`;
        return [...head.slice(0, h), gap, ...rest].map(cut);
    }
    excerpt(n = 60) {
        return this.lines(n).join('\n');
    }
}
function splitLines(text) {
    return text.split(/\r?\n/).filter(l => l.trim() !== '');
}
/** Lines that differ only in numbers (timestamps, durations, ids): the same line, for collapsing. */
function shape(line) {
    return line.replace(/\d+/g, '0');
}
/**
 * Each line once, in order of first appearance; a line that comes back (even interleaved with
 * others, as polling noise is) is counted on its first appearance instead of shown again.
 */
function collapse(lines) {
    const first = new Map();
    const out = [];
    for (const line of lines) {
        const seen = first.get(shape(line));
        if (seen)
            seen.more++;
        else {
            first.set(shape(line), { index: out.length, more: 0 });
            out.push(line);
        }
    }
    for (const { index, more } of first.values()) {
        if (more > 0)
            out[index] += `  [… ${more} more like this]`;
    }
    return out;
}
/** All lines when they fit in `n`; else the first few, a marker, and the last ones. */
function pick(lines, n) {
    if (lines.length <= n)
        return lines;
    const first = Math.min(HEAD_LINES, Math.max(0, n - 2));
    if (first === 0)
        return lines.slice(-n);
    const last = lines.slice(-(n - first - 1));
    return [...lines.slice(0, first), `[… ${lines.length - first - last.length} lines]`, ...last];
}

;// CONCATENATED MODULE: ./src/docker/stats.ts
// Peak memory and CPU of a running container, so sellers can pick instance types from measurements
// and an out-of-memory kill can be told with the peak that led to it. Read from the container's
// cgroup files when the engine runs on this host (no process to start, a sample whenever asked), else
// from `docker stats` (one JSON line a second, on every engine: a VM, another host).


const UNITS = {
    B: 1,
    KB: 1e3,
    MB: 1e6,
    GB: 1e9,
    TB: 1e12,
    KIB: 1024,
    MIB: 1024 ** 2,
    GIB: 1024 ** 3,
    TIB: 1024 ** 4
};
/** `12.5MiB` (the first half of docker's "12.5MiB / 1GiB") in bytes; undefined when unreadable. */
function parseDockerSize(text) {
    const m = /^\s*([\d.]+)\s*([a-zA-Z]+)\s*$/.exec(text);
    const unit = m ? UNITS[m[2].toUpperCase()] : undefined;
    return m && unit ? Math.round(Number(m[1]) * unit) : undefined;
}
/** One line of `docker stats --format '{{json .}}'` (with the terminal codes docker adds) folded
 * into the peaks so far. Lines that are not a sample (the engine's blank first read) change nothing. */
function foldSample(peaks, line) {
    // eslint-disable-next-line no-control-regex -- docker stats redraws with ESC[H and ESC[K
    const json = line.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '').trim();
    if (!json.startsWith('{'))
        return peaks;
    let sample;
    try {
        sample = JSON.parse(json);
    }
    catch {
        return peaks;
    }
    const memory = parseDockerSize((sample.MemUsage ?? '').split('/')[0] ?? '');
    const cpu = Number.parseFloat(sample.CPUPerc ?? '');
    if (memory === undefined && Number.isNaN(cpu))
        return peaks;
    return {
        samples: peaks.samples + 1,
        peakMemoryBytes: Math.max(peaks.peakMemoryBytes ?? 0, memory ?? 0),
        peakCpuPercent: Math.max(peaks.peakCpuPercent ?? 0, Number.isNaN(cpu) ? 0 : cpu)
    };
}
/** The container's cgroup files on this host, or `docker stats` where they are not here. */
async function startSampler(container, env) {
    const files = cgroupFiles(await (0,promises_.readFile)(`/proc/${container.pid}/cgroup`, 'utf8').catch(() => ''), container.id);
    if (files) {
        const sampler = new CgroupSampler(files);
        await sampler.sampleNow();
        if (sampler.current.samples > 0)
            return sampler;
        sampler.stop(); // named but not readable here (another cgroup namespace)
    }
    return new DockerStatsSampler(container.name, env);
}
/**
 * The cgroup folders `/proc/PID/cgroup` names, as this host mounts them, when they are the
 * container's (its id is in the path, under the cgroupfs and systemd drivers alike): a PID that is
 * another process of this host (an engine in a VM numbers its own) is never read.
 */
function cgroupFiles(procCgroup, id, root = '/sys/fs/cgroup') {
    if (!/^[0-9a-f]{64}$/.test(id))
        return undefined;
    const lines = procCgroup
        .split('\n')
        .map(l => l.split(':'))
        .filter(l => l.length >= 3);
    const path = (controller) => {
        const line = lines.find(([, list]) => list.split(',').includes(controller));
        return line && line[2]?.includes(id)
            ? { list: line[1], dir: line.slice(2).join(':') }
            : undefined;
    };
    const memory = path('memory');
    const cpu = path('cpuacct');
    if (memory && cpu) {
        return {
            version: 1,
            memory: `${root}/${memory.list}${memory.dir}`,
            cpu: `${root}/${cpu.list}${cpu.dir}`
        };
    }
    const unified = lines.find(([hierarchy, list]) => hierarchy === '0' && list === '');
    const dir = unified?.slice(2).join(':');
    return dir?.includes(id) ? { version: 2, dir: `${root}${dir}` } : undefined;
}
/** Memory in use without the page cache the kernel can drop (what `docker stats` shows), and CPU
 * time so far, from a cgroup's files. */
function cgroupUsage(version, files) {
    const stat = (key, text) => {
        const m = new RegExp(`^${key} (\\d+)$`, 'm').exec(text);
        return m ? Number(m[1]) : undefined;
    };
    const usage = Number(files.usage.trim());
    const inactive = stat(version === 1 ? 'total_inactive_file' : 'inactive_file', files.stat) ?? 0;
    const cpuSeconds = version === 1 ? Number(files.cpu.trim()) / 1e9 : (stat('usage_usec', files.cpu) ?? NaN) / 1e6;
    if (!Number.isFinite(usage) || !Number.isFinite(cpuSeconds))
        return undefined;
    return { memoryBytes: inactive < usage ? usage - inactive : usage, cpuSeconds };
}
/** How often cgroup files are read (docker stats gives a sample a second). */
const CGROUP_SAMPLE_MS = 250;
/** CPU use is judged over windows this long, as docker stats does, or the last window of a run. */
const CPU_WINDOW_MS = 1000;
/** Samples the cgroup files given; exported for tests of each cgroup layout. */
class CgroupSampler {
    files;
    peaks = { samples: 0 };
    window;
    /** The busiest full window so far; until there is one, the run's average (a run under a second). */
    cpuPeak;
    shortRun;
    timer;
    stopped = false;
    last = Promise.resolve();
    sampled = Promise.resolve();
    constructor(files) {
        this.files = files;
        this.timer = setInterval(() => void this.sampleNow(), CGROUP_SAMPLE_MS);
        this.timer.unref();
    }
    get current() {
        return { ...this.peaks };
    }
    /** One sample after the one in flight: two reads that overlap could land out of order, and a
     * later counter taken as the window's start would make the CPU use negative. */
    sampleNow() {
        this.last = this.last.then(() => this.sample());
        return this.last;
    }
    async sample() {
        const f = this.files;
        const at = performance.now();
        const [usage, stat, cpu] = await Promise.all((f.version === 1
            ? [`${f.memory}/memory.usage_in_bytes`, `${f.memory}/memory.stat`, `${f.cpu}/cpuacct.usage`]
            : [`${f.dir}/memory.current`, `${f.dir}/memory.stat`, `${f.dir}/cpu.stat`]).map(file => (0,promises_.readFile)(file, 'utf8').catch(() => '')));
        const use = cgroupUsage(f.version, { usage, stat, cpu });
        // the cgroup goes with the container: nothing more to read
        if (!use)
            return void clearInterval(this.timer);
        if (this.stopped)
            return;
        // the counter belongs to when the reads began, not to when they ended
        if (!this.window)
            this.window = { at, cpuSeconds: use.cpuSeconds };
        else {
            const ms = at - this.window.at;
            const percent = ((use.cpuSeconds - this.window.cpuSeconds) * 1000 * 100) / ms;
            if (ms >= CPU_WINDOW_MS) {
                this.cpuPeak = Math.max(this.cpuPeak ?? 0, percent);
                this.window = { at, cpuSeconds: use.cpuSeconds };
            }
            else if (this.cpuPeak === undefined && ms >= CGROUP_SAMPLE_MS)
                this.shortRun = percent;
        }
        const busiest = this.cpuPeak ?? this.shortRun;
        this.peaks = {
            samples: this.peaks.samples + 1,
            peakMemoryBytes: Math.max(this.peaks.peakMemoryBytes ?? 0, use.memoryBytes),
            ...(busiest === undefined ? {} : { peakCpuPercent: Math.round(busiest * 100) / 100 })
        };
    }
    stop() {
        this.stopped = true;
        clearInterval(this.timer);
        return this.current;
    }
}
class DockerStatsSampler {
    peaks = { samples: 0 };
    child;
    buffered = '';
    onSample = () => undefined;
    /** Resolves with the first sample (docker takes about a second to give one). */
    sampled = new Promise(resolve => (this.onSample = resolve));
    constructor(container, env) {
        this.child = (0,command/* spawnDocker */.Qp)(['stats', '--format', '{{json .}}', container], env, {
            stdio: ['ignore', 'pipe', 'ignore']
        });
        this.child.on('error', () => undefined);
        this.child.stdout?.on('data', (chunk) => {
            const lines = (this.buffered + chunk.toString('utf8')).split('\n');
            this.buffered = (lines.pop() ?? '').slice(-4096); // a sample line is short; cap a runaway one
            for (const line of lines)
                this.peaks = foldSample(this.peaks, line);
            if (this.peaks.samples > 0)
                this.onSample();
        });
    }
    get current() {
        return { ...this.peaks };
    }
    sampleNow() {
        return Promise.resolve(); // docker stats samples on its own clock
    }
    stop() {
        this.peaks = foldSample(this.peaks, this.buffered);
        this.buffered = '';
        this.child.kill('SIGKILL');
        return this.current;
    }
}

// EXTERNAL MODULE: ./src/docker/image-files.ts
var image_files = __webpack_require__(2599);
// EXTERNAL MODULE: ./src/docker/volumes.ts
var volumes = __webpack_require__(9627);
;// CONCATENATED MODULE: ./src/docker/container.ts
// One container run the way SageMaker runs it: `docker run --network none IMAGE serve|train`, attached,
// so the docker CLI process is at once the log stream and the exit code.










// json-file is what the attached stream is read from; capped, a container flooding its output cannot
// fill the runner's disk (hosted runners have ~14 GB free) while the smoke test reads the live stream
const LOG_CAP = [
    '--log-driver',
    'json-file',
    '--log-opt',
    'max-size=10m',
    '--log-opt',
    'max-file=2'
];
// a fork bomb in the container must not exhaust the runner's process table; real model servers
// (gunicorn/torchserve workers, tokenizer threads: every thread counts) stay far below this
const PIDS_LIMIT = ['--pids-limit', '4096'];
function runArgs(name, spec) {
    const args = ['run', '--name', name, '--network', spec.network ?? 'none', '--pull', 'never'];
    if (spec.hostname)
        args.push('--hostname', spec.hostname);
    if (spec.network && spec.hostname)
        args.push('--network-alias', spec.hostname);
    if (spec.limits)
        args.push(...limitArgs(spec.limits, (0,external_node_os_.availableParallelism)()));
    for (const m of spec.mounts) {
        const field = (0,volumes/* mountField */.C9)(`source=${m.source}`);
        args.push('--mount', `type=bind,${field},target=${m.target}${m.readOnly ? ',readonly' : ''}`);
    }
    const binds = spec.mounts.map(m => m.target);
    args.push(...(0,volumes/* labelledVolumeArgs */.xU)(spec.volumes ?? [], spec.labels, binds));
    for (const [k, v] of Object.entries(spec.env))
        args.push('--env', `${k}=${v}`);
    // after `docker-run-args`, where docker keeps the last value: no argument can replace the labels
    // (the post step finds leftovers by them) or lift the caps; `--`: an image named like a flag stays
    // an image
    return [
        ...args,
        ...spec.extraArgs,
        ...LOG_CAP,
        ...PIDS_LIMIT,
        ...spec.labels,
        '--',
        spec.image,
        spec.command
    ];
}
/**
 * The instance's vCPUs and memory, swap off (an instance has none). --cpus caps the time, and the
 * cpuset makes the processor count the image sees the instance's, so a server that starts one
 * worker per core starts as many as it would on the instance.
 */
function limitArgs(limits, hostCpus) {
    const memory = String(limits.memoryBytes);
    const args = ['--memory', memory, '--memory-swap', memory];
    if (limits.cpus === undefined)
        return args;
    args.unshift('--cpus', String(Math.min(limits.cpus, hostCpus)));
    const cores = Math.ceil(limits.cpus);
    if (cores < hostCpus)
        args.push('--cpuset-cpus', cores === 1 ? '0' : `0-${cores - 1}`);
    return args;
}
/** How often the engine is asked whether the container runs yet. */
const PID_POLL_MS = 50;
/** How long stopping waits for a first resource sample that has not come yet. */
const FIRST_SAMPLE_MS = 3000;
/** How often a stopping container's first process is looked for in /proc. */
const GONE_POLL_MS = 10;
class Container {
    env;
    name;
    log;
    /** Resolves with the exit code (docker's 125-127 when the container could not start). */
    exited;
    exitCode = undefined;
    /** Whether the engine killed it for running out of memory (read when it is removed). */
    oomKilled = false;
    startedAt = performance.now();
    child;
    sampler;
    pidRead;
    /** Its first process as this host numbers it, when /proc shows it in the container's cgroup
     * (a local engine): its exit is then seen as it happens, before docker reports it. */
    hostProcess;
    limited;
    /** Runs `spec` with the VOLUMEs its image declares mounted labelled with the run. */
    static async start(spec, env, onLine) {
        const volumes = spec.volumes ?? (await (0,image_files/* declaredVolumes */.u$)(env, spec.image));
        return new Container({ ...spec, volumes }, env, onLine);
    }
    /** `onLine` receives each log line as it comes (stdout and stderr), for streaming it to the log. */
    constructor(spec, env, onLine) {
        this.env = env;
        this.name = `marketplace-ml-preflight-${spec.command}-${(0,external_node_crypto_.randomBytes)(5).toString('hex')}`;
        this.limited = spec.limits !== undefined;
        this.log = new LogTail();
        this.child = (0,command/* spawnDocker */.Qp)(runArgs(this.name, spec), env, { stdio: ['ignore', 'pipe', 'pipe'] });
        const streams = [this.child.stdout, this.child.stderr].map(stream => {
            const lines = onLine ? lineSplitter(onLine) : undefined;
            stream?.on('data', (b) => {
                this.log.push(b);
                lines?.push(b);
            });
            return lines;
        });
        this.exited = new Promise(resolve => {
            this.child.on('error', err => {
                this.log.push(Buffer.from(`${err.message}\n`));
                this.exitCode = null;
                resolve(null);
            });
            this.child.on('close', code => {
                for (const lines of streams)
                    lines?.end();
                this.exitCode = code;
                resolve(code);
            });
        });
    }
    get running() {
        return this.exitCode === undefined;
    }
    secondsSinceStart() {
        return (performance.now() - this.startedAt) / 1000;
    }
    /**
     * The container's host PID once it runs; undefined when it exited first. Asked of the engine
     * once: later callers (training asks twice) share the first answer, and its `signal`.
     */
    pid(signal) {
        this.pidRead ??= this.readPid(signal);
        return this.pidRead;
    }
    async readPid(signal) {
        for (;;) {
            // a poll's wait comes first too: no engine has created the container by the time this is
            // asked, and an inspect that arrives while it starts is answered once it runs
            await (0,timing/* within */.u)(this.exited, PID_POLL_MS);
            signal.throwIfAborted();
            if (!this.running)
                return undefined;
            const r = await (0,command/* docker */.T3)(['inspect', '--format', '{{.State.Pid}} {{.Id}}', this.name], {
                env: this.env,
                timeoutMs: 10000,
                signal
            });
            const [pid, id] = r.stdout.trim().split(' ');
            if (r.code === 0 && Number(pid) > 0) {
                this.sampler ??= await startSampler({ name: this.name, id, pid: Number(pid) }, this.env);
                const own = { pid: Number(pid), id };
                if (/^[0-9a-f]{64}$/.test(id) && (await inContainerCgroup(own)))
                    this.hostProcess = own;
                return Number(pid);
            }
        }
    }
    /** Waits at most `ms` for the container to exit; whether it has. A connection that drops is often
     * the container dying, and docker reports the exit (and flushes the last log lines) a moment later. */
    async exitsWithin(ms) {
        await (0,timing/* within */.u)(this.exited, ms);
        return !this.running;
    }
    /**
     * SIGTERM, then SIGKILL after `graceMs`: SageMaker's stop (30 s serving, 120 s training).
     * `seenExit`: return as soon as the first process is seen gone from this host's /proc, about 80 ms
     * before `docker run` reports it; `exitCode` is then known only once the container is removed.
     */
    async stop(graceMs, seenExit = false) {
        // a last sample while the cgroup is there; with docker stats, a run shorter than its first
        // sample would report no peaks at all: worth waiting for when an instance type was asked for
        // (its memory is judged), not otherwise
        if (this.sampler && this.running) {
            await this.sampler.sampleNow(); // the last look at the cgroup, which goes with the container
            if (this.limited)
                await (0,timing/* within */.u)(this.sampler.sampled, FIRST_SAMPLE_MS);
        }
        const start = performance.now();
        const seconds = () => (performance.now() - start) / 1000;
        if (!this.running)
            return { killed: false, seconds: 0 };
        // the attached `docker run` passes SIGTERM on to the container (its --sig-proxy, on without a
        // TTY, which docker-run-args cannot change): no docker process to start for it
        if (!this.child.kill('SIGTERM')) {
            await (0,command/* docker */.T3)(['kill', '--signal', 'TERM', this.name], { env: this.env, timeoutMs: 15000 });
        }
        // the exit code is a number or null, 'gone' the process seen to exit before docker says so;
        // undefined means the grace period ran out
        const exit = seenExit ? Promise.race([this.exited, this.processGone()]) : this.exited;
        if ((await (0,timing/* within */.u)(exit, graceMs)) !== undefined) {
            return { killed: false, seconds: seconds() };
        }
        await (0,command/* docker */.T3)(['kill', '--signal', 'KILL', this.name], { env: this.env, timeoutMs: 15000 });
        await (0,timing/* within */.u)(this.exited, 15000);
        return { killed: true, seconds: seconds() };
    }
    /** Resolves with 'gone' once the first process has left this host's /proc (polled while the
     * container runs); never when its PID is not this host's to watch. */
    async processGone() {
        const own = this.hostProcess;
        for (; own && this.running; await (0,timing/* within */.u)(this.exited, GONE_POLL_MS)) {
            if (!(await inContainerCgroup(own)))
                return 'gone';
        }
        return new Promise(() => undefined);
    }
    /** Peak memory and CPU since the container ran (sampled once its PID was asked for). */
    peaks() {
        return this.sampler?.current ?? { samples: 0 };
    }
    /** Removes the container whatever state it is in; never throws. */
    async remove() {
        this.sampler?.stop();
        // the kernel's OOM killer sends SIGKILL, which `docker run` reports as 137: only then ask why
        if (this.exitCode === 137) {
            const state = await (0,command/* docker */.T3)(['inspect', '--format', '{{.State.OOMKilled}}', this.name], {
                env: this.env,
                timeoutMs: 15000
            });
            this.oomKilled = state.stdout.trim() === 'true';
        }
        await (0,command/* docker */.T3)(['rm', '--force', '--volumes', this.name], { env: this.env, timeoutMs: 60000 });
        // `docker run` reports the exit a moment after the engine removed the container (its code is
        // kept in the report): killed only if it does not
        await (0,timing/* within */.u)(this.exited, 1000);
        if (this.running)
            this.child.kill('SIGKILL');
        await (0,timing/* within */.u)(this.exited, 5000);
    }
}
/** A line longer than this is passed on in pieces, so an endless line cannot grow memory. */
const MAX_LINE_CHARS = 16 * 1024;
/** Splits a byte stream into lines (UTF-8 kept whole across chunks) for `onLine`. */
function lineSplitter(onLine) {
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    let partial = '';
    const take = (text) => {
        const parts = (partial + text).split('\n');
        partial = parts.pop() ?? '';
        // a progress bar redraws its line after \r: pass on what a terminal would show last
        for (const line of parts)
            onLine(line.replace(/\r$/, '').replace(/^.*\r/s, ''));
        for (; partial.length > MAX_LINE_CHARS; partial = partial.slice(MAX_LINE_CHARS)) {
            onLine(partial.slice(0, MAX_LINE_CHARS));
        }
    };
    return {
        push: b => take(decoder.write(b)),
        end: () => {
            take(decoder.end());
            if (partial)
                onLine(partial);
            partial = '';
        }
    };
}
/** Whether `pid` is, in this host's /proc, a process in the cgroup of container `id`: false once it
 * has exited (or the PID names another process). */
async function inContainerCgroup({ pid, id }) {
    const text = await (0,promises_.readFile)(`/proc/${pid}/cgroup`, 'utf8').catch(() => '');
    return text.includes(id);
}


/***/ }),

/***/ 9894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ openExecProbe),
/* harmony export */   Au: () => (/* binding */ BodyTooLargeError),
/* harmony export */   B2: () => (/* binding */ ProbeError),
/* harmony export */   Jh: () => (/* binding */ SMALL_ANSWER_BYTES),
/* harmony export */   sG: () => (/* binding */ openNsenterProbe)
/* harmony export */ });
/* unused harmony export socketPathIn */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7408);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1721);
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(65);
// Reaching 127.0.0.1:8080 (or the port in SAGEMAKER_BIND_TO_PORT) inside a container that has no network (`--network none`: no port can be
// published). Primary: a tiny forwarder, run by the host's node inside the container's network
// namespace (nsenter), listening on a Unix socket on the host; requests are then plain HTTP with no
// process per request. Fallback: `docker exec` with curl, python or busybox wget in the image.










class ProbeError extends Error {
    timedOut;
    ms;
    constructor(message, timedOut = false, ms = 0) {
        super(message);
        this.timedOut = timedOut;
        this.ms = ms;
        this.name = 'ProbeError';
    }
}
/** The answer's body passed the request's maxBodyBytes; the request was ended there. */
class BodyTooLargeError extends ProbeError {
    status;
    constructor(status, limit, ms) {
        super(`answered ${status ? `${status} ` : ''}with a body of more than ${limit.toLocaleString('en-US')} bytes; reading stopped there`, false, ms);
        this.status = status;
        this.name = 'BodyTooLargeError';
    }
}
/**
 * The most of a small answer (GET /ping, GET /execution-parameters) that is read: their rules need a
 * status and a short JSON object, and SageMaker documents no limit of theirs (project choice). Also
 * how much of any body is kept for messages, so all of a small answer is kept.
 */
const SMALL_ANSWER_BYTES = 64 * 1024;
// Pipes each connection on the Unix socket (argv[1]) to 127.0.0.1:<argv[2]> in this network
// namespace; exits when its stdin closes, so it never outlives the run. When the server closes
// first, the client's side is ended, not destroyed, so the last bytes of an answer (a 413) arrive.
const FORWARDER = `const net=require('net');
const s=net.createServer(c=>{const u=net.connect(+process.argv[2],'127.0.0.1');
const end=()=>{c.destroy();u.destroy()};c.pipe(u);u.pipe(c);
for(const x of [c,u])x.on('error',end);c.on('close',end);u.on('close',()=>c.end())});
s.on('error',e=>{process.stderr.write('listening on '+process.argv[1]+': '+e.message);process.exit(1)});
s.listen(process.argv[1],()=>{require('fs').chmodSync(process.argv[1],0o666);process.stdout.write('ready\\n')});
process.stdin.on('end',()=>process.exit(0));process.stdin.on('error',()=>process.exit(0));process.stdin.resume();`;
/** A Unix socket's path must fit in sun_path (108 bytes on Linux), with room for the NUL. */
const SOCKET_PATH_MAX = 100;
/**
 * The forwarder's socket: in `dir` (the run's temporary directory, removed with it) when the path
 * fits, otherwise in a short directory of its own under /tmp, as a deep RUNNER_TEMP needs (named
 * after the run, for the post step).
 */
function socketPathIn(dir, run) {
    const name = `forward-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(4).toString('hex')}.sock`;
    const socketPath = node_path__WEBPACK_IMPORTED_MODULE_5___default().join(dir, name);
    if (Buffer.byteLength(socketPath) <= SOCKET_PATH_MAX)
        return { socketPath };
    const ownDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.mkdtempSync)((0,_labels_js__WEBPACK_IMPORTED_MODULE_9__/* .socketDirPrefix */ .h9)(run));
    return { socketPath: node_path__WEBPACK_IMPORTED_MODULE_5___default().join(ownDir, name), ownDir };
}
async function openNsenterProbe(pid, dir, run, port = _catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_7__/* .SERVING_PORT */ .b0) {
    const { socketPath, ownDir } = socketPathIn(dir, run);
    const removeSocket = () => {
        process.off('exit', removeSocket);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.rmSync)(ownDir ?? socketPath, { recursive: true, force: true });
    };
    // a run stopped by a second signal exits without closing the probe; the run directory goes
    // with RUNNER_TEMP, a directory of its own under /tmp would not
    if (ownDir)
        process.once('exit', removeSocket);
    const nsenter = [
        `--net=/proc/${pid}/ns/net`,
        process.execPath,
        '-e',
        FORWARDER,
        socketPath,
        String(port)
    ];
    const root = process.getuid?.() === 0;
    const [command, args] = root ? ['nsenter', nsenter] : ['sudo', ['-n', 'nsenter', ...nsenter]];
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, { stdio: 'pipe', env: { PATH: envPath() } });
    await new Promise((resolve, reject) => {
        let err = '';
        const timer = setTimeout(() => fail('the forwarder did not start within 10 s'), 10000);
        function fail(why) {
            clearTimeout(timer);
            // killing sudo does not kill what it started; the forwarder exits when its stdin closes
            child.stdin?.end();
            child.kill('SIGKILL');
            removeSocket();
            reject(new ProbeError(`${root ? '' : 'sudo -n '}nsenter: ${why}`));
        }
        child.stderr?.on('data', (b) => (err = (err + b.toString()).slice(-500)));
        child.stdout?.on('data', (b) => {
            if (b.toString().includes('ready')) {
                clearTimeout(timer);
                resolve();
            }
        });
        child.on('error', e => fail(e.message));
        child.on('exit', code => fail(withoutStack(err) || `exited with ${code}`));
    });
    child.removeAllListeners('exit');
    return new NsenterProbe(child, socketPath, removeSocket, port);
}
/** Whole tenths: the probe's timeouts are user-facing. */
function seconds(ms) {
    return Number((ms / 1000).toFixed(1));
}
/** What a crashed forwarder printed, minus node's stack frames: the log is for sellers. */
function withoutStack(stderr) {
    return stderr
        .split('\n')
        .filter(l => l.trim() && !/^\s+at |^Node\.js v/.test(l))
        .join(' ')
        .trim();
}
function envPath() {
    return process.env.PATH || '/usr/sbin:/usr/bin:/sbin:/bin';
}
class NsenterProbe {
    child;
    socketPath;
    removeSocket;
    port;
    method = 'nsenter';
    constructor(child, socketPath, removeSocket, port) {
        this.child = child;
        this.socketPath = socketPath;
        this.removeSocket = removeSocket;
        this.port = port;
    }
    request(req) {
        const start = performance.now();
        const ms = () => Math.round(performance.now() - start);
        return new Promise((resolve, reject) => {
            const r = (0,node_http__WEBPACK_IMPORTED_MODULE_4__.request)({
                socketPath: this.socketPath,
                method: req.method,
                path: req.path,
                headers: { Host: `127.0.0.1:${this.port}`, ...req.headers },
                agent: false
            }, res => {
                const status = res.statusCode ?? 0;
                readBody(res, req, () => status, ms).then(body => {
                    clearTimeout(timer);
                    resolve({ status, ms: ms(), ...body });
                }, done);
            });
            const timer = setTimeout(() => done(new ProbeError(`no answer within ${seconds(req.timeoutMs)} s`, true, ms())), req.timeoutMs);
            function done(err) {
                clearTimeout(timer);
                r.destroy();
                reject(err);
            }
            r.on('error', e => done(new ProbeError(connectionMessage(e, this.port), false, ms())));
            if (req.bodyFile) {
                const body = (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.createReadStream)(req.bodyFile);
                body.on('error', e => done(new ProbeError(e.message, false, ms())));
                body.pipe(r);
            }
            else
                r.end();
        });
    }
    async close() {
        this.child.stdin?.end();
        const exited = new Promise(r => this.child.once('exit', r));
        if (this.child.exitCode === null && this.child.signalCode === null) {
            const t = setTimeout(() => this.child.kill('SIGKILL'), 2000);
            await exited;
            clearTimeout(t);
        }
        this.removeSocket();
    }
}
/**
 * Reads an answer's body within `req.maxBodyBytes`: keeps its start and, when asked, writes all of
 * it to `req.saveBodyTo`, the answer paused while the disk catches up. Past the limit it rejects
 * with BodyTooLargeError (every failure is a ProbeError), and the caller ends the request.
 */
async function readBody(body, req, status, ms) {
    const start = [];
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
    let bytes = 0;
    const file = req.saveBodyTo ? (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.createWriteStream)(req.saveBodyTo) : undefined;
    try {
        for await (const chunk of body) {
            if (bytes + chunk.length > req.maxBodyBytes) {
                throw new BodyTooLargeError(status(), req.maxBodyBytes, ms());
            }
            if (bytes < SMALL_ANSWER_BYTES)
                start.push(chunk.subarray(0, SMALL_ANSWER_BYTES - bytes));
            bytes += chunk.length;
            hash.update(chunk);
            if (file && !file.write(chunk))
                await (0,node_events__WEBPACK_IMPORTED_MODULE_2__.once)(file, 'drain');
        }
        if (file)
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_6__.finished)(file.end());
    }
    catch (err) {
        file?.destroy();
        throw err instanceof ProbeError ? err : new ProbeError(err.message, false, ms());
    }
    return { bodyStart: Buffer.concat(start).toString('utf8'), bytes, sha256: hash.digest('hex') };
}
function connectionMessage(e, port) {
    // the forwarder closes the connection when nothing listens on the port
    return /socket hang up|ECONNRESET|EPIPE/.test(e.message)
        ? `nothing answered on port ${port}`
        : e.message;
}
const PYTHON = `import sys,time,urllib.request as u,urllib.error as e
m,url,t=sys.argv[1],sys.argv[2],float(sys.argv[3])
h=dict(a.split(': ',1) for a in sys.argv[4:])
d=sys.stdin.buffer.read() if m=='POST' else None
try:
  r=u.urlopen(u.Request(url,data=d,headers=h,method=m),timeout=t);c=r.status
except e.HTTPError as x:
  r=x;c=x.code
sys.stderr.write('HTTP/1.1 %d\\n'%c);sys.stdout.buffer.write(r.read())`;
/** Runs the HTTP request inside the container with whatever client the image has. */
async function openExecProbe(container, env, port = _catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_7__/* .SERVING_PORT */ .b0) {
    const candidates = [
        ['curl', ['curl', '--version']],
        ['python3', ['python3', '-c', 'pass']],
        ['python', ['python', '-c', 'pass']],
        ['wget', ['wget', '--help']]
    ];
    for (const [tool, check] of candidates) {
        const r = await (0,_command_js__WEBPACK_IMPORTED_MODULE_8__/* .docker */ .T3)(['exec', container, ...check], { env, timeoutMs: 15000 });
        // busybox prints its usage to stderr and exits 1 for --help
        if (r.code === 0 || (tool === 'wget' && /BusyBox|Usage: wget/i.test(r.stderr + r.stdout)))
            return new ExecProbe(container, env, tool, port);
    }
    throw new ProbeError('the image has none of curl, python3, python or wget for `docker exec`');
}
class ExecProbe {
    container;
    env;
    tool;
    port;
    method;
    constructor(container, env, tool, port) {
        this.container = container;
        this.env = env;
        this.tool = tool;
        this.port = port;
        this.method = `docker exec (${tool})`;
    }
    command(req) {
        const url = `http://127.0.0.1:${this.port}${req.path}`;
        const secs = String(Math.max(1, Math.ceil(req.timeoutMs / 1000)));
        // each tool sets Content-Length from the body it read; a second one makes servers answer 400
        const headers = Object.entries(req.headers ?? {})
            .filter(([k]) => k.toLowerCase() !== 'content-length')
            .map(([k, v]) => `${k}: ${v}`);
        const post = req.method === 'POST';
        switch (this.tool) {
            case 'curl':
                return [
                    'curl', '-sS', '-D', '/dev/stderr', '-o', '-', '-m', secs, '-X', req.method,
                    ...headers.flatMap(h => ['-H', h]),
                    ...(post ? ['--data-binary', '@-'] : []),
                    url
                ]; // prettier-ignore
            case 'python3':
            case 'python':
                return [this.tool, '-c', PYTHON, req.method, url, secs, ...headers];
            case 'wget':
                return [
                    // no -T: Debian's busybox 1.35 wget crashes with it; the exec itself is timed
                    'wget', '-q', '-S', '-O', '-',
                    ...headers.flatMap(h => ['--header', h]),
                    ...(post ? ['--post-file', '/dev/stdin'] : []),
                    url
                ]; // prettier-ignore
        }
    }
    request(req) {
        const start = performance.now();
        const ms = () => Math.round(performance.now() - start);
        const args = ['exec', ...(req.bodyFile ? ['-i'] : []), this.container, ...this.command(req)];
        return new Promise((resolve, reject) => {
            const child = (0,_command_js__WEBPACK_IMPORTED_MODULE_8__/* .spawnDocker */ .Qp)(args, this.env, {
                stdio: [req.bodyFile ? 'pipe' : 'ignore', 'pipe', 'pipe']
            });
            let err = '';
            // the tools print the status lines on stderr, before the body
            const status = () => Number([...err.matchAll(/HTTP\/\d(?:\.\d)?\s+(\d{3})/g)].at(-1)?.[1] ?? 0);
            const fail = (e) => {
                clearTimeout(timer);
                child.kill('SIGKILL');
                reject(e);
            };
            const timer = setTimeout(() => fail(new ProbeError(`no answer within ${seconds(req.timeoutMs)} s`, true, ms())), req.timeoutMs + 2000);
            child.stderr?.on('data', (b) => (err = (err + b.toString()).slice(-8192)));
            const body = readBody(child.stdout, req, status, ms);
            body.catch(fail);
            child.on('error', e => fail(new ProbeError(e.message, false, ms())));
            child.on('close', () => {
                clearTimeout(timer);
                if (!status()) {
                    const why = err.trim().split('\n').at(-1) || 'no HTTP answer';
                    const timedOut = /timed out|timeout/i.test(why);
                    return reject(new ProbeError(`${this.tool}: ${why}`, timedOut, ms()));
                }
                // a body that failed has rejected already
                body.then(b => resolve({ status: status(), ms: ms(), ...b }), () => undefined);
            });
            if (req.bodyFile && child.stdin) {
                const upload = (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.createReadStream)(req.bodyFile);
                upload.on('error', () => child.stdin?.end());
                child.stdin.on('error', () => undefined);
                upload.pipe(child.stdin);
            }
        });
    }
    async close() { }
}


/***/ }),

/***/ 6868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ UnreachableError),
/* harmony export */   N2: () => (/* binding */ startServing)
/* harmony export */ });
/* unused harmony exports waitReady, pollDelay */
/* harmony import */ var _core_progress_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4664);
/* harmony import */ var _core_timing_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5745);
/* harmony import */ var _catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7408);
/* harmony import */ var _container_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7354);
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65);
/* harmony import */ var _probe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9894);
/* harmony import */ var _sockets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3074);
// One serving session of an image, as SageMaker starts it for an endpoint or a transform job:
// `docker run --network none IMAGE serve`, the container's port reached by a probe, GET /ping polled
// until 200, then requests sent with a timeout and a bounded answer, and the container removed. The
// smoke test and the validation replay both serve through it.







/**
 * Starts the container and waits until GET /ping answers 200 (or it exits, or ignores its port, or
 * the startup window runs out). A fault on the way (no probe reaches it, an abort) removes the
 * container before it is thrown.
 */
async function startServing(ctx, spec) {
    const port = spec.port ?? _catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVING_PORT */ .b0;
    const container = await _container_js__WEBPACK_IMPORTED_MODULE_1__/* .Container */ .mc.start({
        image: spec.image,
        command: 'serve',
        env: spec.env,
        mounts: spec.mounts,
        extraArgs: ctx.inputs.dockerRunArgs,
        labels: spec.labels,
        ...(spec.volumes ? { volumes: spec.volumes } : {}),
        ...(spec.limits ? { limits: spec.limits } : {})
    }, ctx.env);
    const session = new Session(ctx, spec, container, port);
    try {
        await session.start();
        return session;
    }
    catch (err) {
        await session.close();
        throw err;
    }
}
class Session {
    ctx;
    spec;
    container;
    port;
    probe;
    ready = { kind: 'exited' };
    pid;
    constructor(ctx, spec, container, port) {
        this.ctx = ctx;
        this.spec = spec;
        this.container = container;
        this.port = port;
    }
    async start() {
        const pid = this.container.pid(this.ctx.signal);
        this.spec.whileStarting?.();
        this.pid = await pid;
        if (this.pid === undefined)
            return;
        this.probe = await openProbe(this.ctx, this.spec, this.container, this.pid, this.port);
        if (!this.probe)
            return;
        this.ready = await this.awaitReady(this.probe);
    }
    awaitReady(probe) {
        const { ctx, spec, container } = this;
        const wait = waitReady(container, probe, ctx.inputs.startupTimeoutSec * 1000, ctx.signal, {
            port: this.port,
            ...(spec.bindToPort ? { listeners: () => this.listeners() } : {})
        });
        if (!spec.progress)
            return wait;
        return (0,_core_progress_js__WEBPACK_IMPORTED_MODULE_5__/* .withProgress */ .E0)(ctx.log, {
            what: spec.progress.what,
            limitSeconds: ctx.inputs.startupTimeoutSec,
            elapsedSeconds: () => container.secondsSinceStart(),
            latestLine: () => container.log.lines(1)[0],
            everyMs: spec.progress.everyMs
        }, wait);
    }
    listeners() {
        return this.pid === undefined
            ? Promise.resolve(undefined)
            : (0,_sockets_js__WEBPACK_IMPORTED_MODULE_4__/* .readListeners */ .yF)(this.pid, this.container.name, this.ctx.env);
    }
    request(req) {
        if (!this.probe)
            throw new Error('the container was never reached');
        return timedRequest(this.probe, req, this.ctx.signal);
    }
    invoke(i) {
        return this.request({
            method: 'POST',
            path: '/invocations',
            headers: {
                ...(i.contentType ? { 'Content-Type': i.contentType } : {}),
                'Content-Length': String(i.bytes),
                ...i.headers
            },
            bodyFile: i.file,
            timeoutMs: i.timeoutMs,
            maxBodyBytes: i.maxBodyBytes,
            ...(i.saveBodyTo ? { saveBodyTo: i.saveBodyTo } : {})
        });
    }
    async close(stopGraceMs) {
        if (stopGraceMs !== undefined && this.container.running) {
            await this.container.stop(stopGraceMs);
        }
        // the forwarder ends on its own once told; removing the container need not wait for it
        await Promise.all([this.probe?.close(), this.container.remove()]);
        this.spec.onClosed?.(this.container);
    }
}
/**
 * /ping polling: every 100 ms for the first seconds (a quick start is measured closely), then less
 * often, so a slow start does not fill the log with polls. SageMaker does not document its own
 * cadence; 1 s keeps the startup time measured to the second.
 */
const POLL_MS = 100;
const POLL_MAX_MS = 1000;
const POLL_FAST_FOR_MS = 3000;
/** A /ping attempt cut shorter than this by the startup deadline proves nothing, so none is made. */
const MIN_ATTEMPT_MS = 100;
async function openProbe(ctx, setup, container, pid, port) {
    let nsenter;
    if (setup.probe === 'auto') {
        try {
            return await (0,_probe_js__WEBPACK_IMPORTED_MODULE_3__/* .openNsenterProbe */ .sG)(pid, setup.tmp, (0,_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .runId */ .Vz)(ctx.env), port);
        }
        catch (err) {
            nsenter = err.message;
            ctx.log.info(`Probing with docker exec: ${nsenter}`);
        }
    }
    try {
        return await (0,_probe_js__WEBPACK_IMPORTED_MODULE_3__/* .openExecProbe */ .Ao)(container.name, ctx.env, port);
    }
    catch (err) {
        if (!container.running)
            return undefined;
        throw new UnreachableError(`the container's port ${port} could not be reached: ${nsenter ? `nsenter into its network namespace failed (${nsenter}), and ` : ''}${err.message}. Run on a runner where the step may use nsenter (root or passwordless sudo, as on GitHub-hosted runners), or add curl, python3 or wget to the image`);
    }
}
/** Neither probe could reach the container: a limit of the machine, not a finding on the image. */
class UnreachableError extends Error {
    name = 'UnreachableError';
}
/** Polls GET /ping until 200; notices an exited container at once. */
async function waitReady(container, probe, timeoutMs, signal, options = { port: _catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVING_PORT */ .b0 }) {
    const start = performance.now();
    const deadline = start + timeoutMs - container.secondsSinceStart() * 1000;
    let last = `nothing answered on port ${options.port}`;
    let lastStatus;
    let tried = false;
    const exited = container.exited.then(() => 'exited');
    while (performance.now() < deadline) {
        signal.throwIfAborted();
        if (!container.running)
            return { kind: 'exited' };
        const remaining = deadline - performance.now();
        if (remaining < MIN_ATTEMPT_MS)
            break;
        const attempt = Math.min(_catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .PING_TIMEOUT_MS */ .qp, remaining);
        const r = await Promise.race([
            probe
                .request({
                method: 'GET',
                path: '/ping',
                timeoutMs: attempt,
                maxBodyBytes: _probe_js__WEBPACK_IMPORTED_MODULE_3__/* .SMALL_ANSWER_BYTES */ .Jh
            })
                // the status is all the wait needs: a body past the limit is for the ping check once started
                .catch(e => (e instanceof _probe_js__WEBPACK_IMPORTED_MODULE_3__/* .BodyTooLargeError */ .Au ? { status: e.status } : e)),
            exited
        ]);
        if (r === 'exited')
            return { kind: 'exited' };
        if (r instanceof Error) {
            // a deadline-shortened attempt that timed out says less than the full attempt before it
            const cutShort = r instanceof _probe_js__WEBPACK_IMPORTED_MODULE_3__/* .ProbeError */ .B2 && r.timedOut && attempt < _catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .PING_TIMEOUT_MS */ .qp;
            if (!cutShort || !tried) {
                last = r.message;
                lastStatus = undefined;
            }
        }
        else if (r.status === 200) {
            return { kind: 'ready', seconds: container.secondsSinceStart() };
        }
        else {
            last = `answered ${r.status}`;
            lastStatus = r.status;
        }
        tried = true;
        if (options.listeners && (await ignoresPort(options.listeners, options.port))) {
            return { kind: 'ignores-port', seconds: container.secondsSinceStart() };
        }
        await (0,_core_timing_js__WEBPACK_IMPORTED_MODULE_6__/* .within */ .u)(exited, pollDelay(performance.now() - start), signal);
    }
    return container.running ? { kind: 'timeout', last, lastStatus } : { kind: 'exited' };
}
/** Whether the server listens on 8080 and not on the port it was given. */
async function ignoresPort(listeners, port) {
    const open = new Set((await listeners())?.map(l => l.port));
    return open.has(_catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVING_PORT */ .b0) && !open.has(port);
}
/** The pause after a /ping attempt `elapsedMs` into the wait. */
function pollDelay(elapsedMs) {
    if (elapsedMs < POLL_FAST_FOR_MS)
        return POLL_MS;
    return Math.min(POLL_MAX_MS, POLL_MS * 2 ** Math.ceil((elapsedMs - POLL_FAST_FOR_MS) / 1000));
}
async function timedRequest(probe, req, signal) {
    try {
        return await (0,_core_timing_js__WEBPACK_IMPORTED_MODULE_6__/* .unlessAborted */ .W)(probe.request(req), signal);
    }
    catch (err) {
        if (signal.aborted)
            throw err;
        const e = err;
        return {
            error: e.message,
            timedOut: e.timedOut ?? false,
            tooLarge: e instanceof _probe_js__WEBPACK_IMPORTED_MODULE_3__/* .BodyTooLargeError */ .Au,
            ms: e.ms ?? 0
        };
    }
}


/***/ }),

/***/ 3074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gM: () => (/* binding */ loopbackOnly),
/* harmony export */   yF: () => (/* binding */ readListeners)
/* harmony export */ });
/* unused harmony exports parseListeners, isLoopback */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1721);
// Which addresses the container listens on. The probe reaches 127.0.0.1 inside the container, but
// SageMaker's health check and requests come from outside it: a server bound to loopback only answers
// the probe and never SageMaker. The kernel's socket tables (/proc/<pid>/net/tcp, tcp6) say which.


const LISTEN = '0A';
/** The listening sockets in a /proc/net/tcp or tcp6 table (addresses in the kernel's hex form). */
function parseListeners(table) {
    const out = [];
    for (const line of table.split('\n').slice(1)) {
        const [, local, , state] = line.trim().split(/\s+/);
        const m = /^([0-9A-Fa-f]{8}|[0-9A-Fa-f]{32}):([0-9A-Fa-f]{4})$/.exec(local ?? '');
        if (!m || state !== LISTEN)
            continue;
        out.push({ address: addressOf(m[1]), port: parseInt(m[2], 16) });
    }
    return out;
}
/** Each 32-bit word is in host (little-endian) byte order. */
function addressOf(hex) {
    const bytes = (hex.match(/.{8}/g) ?? []).flatMap(word => [...Buffer.from(word, 'hex').reverse()]);
    if (bytes.length === 4)
        return bytes.join('.');
    const groups = [];
    for (let i = 0; i < 16; i += 2)
        groups.push(((bytes[i] << 8) | bytes[i + 1]).toString(16));
    // the URL parser writes IPv6 in its canonical short form (::1, ::ffff:7f00:1)
    return new URL(`http://[${groups.join(':')}]/`).hostname.slice(1, -1);
}
function isLoopback(address) {
    return /^127\./.test(address) || address === '::1' || /^::ffff:7f/.test(address);
}
/**
 * The loopback addresses a port is bound to, when it is bound to loopback only; undefined when
 * something listens on it where SageMaker can reach it (or nothing listens on it at all).
 */
function loopbackOnly(listeners, port) {
    const on = listeners.filter(l => l.port === port);
    if (on.length === 0 || !on.every(l => isLoopback(l.address)))
        return undefined;
    return on.map(l => (l.address.includes(':') ? `[${l.address}]:${port}` : `${l.address}:${port}`));
}
/**
 * The container's listening sockets: through the host's /proc when this process may read it, else
 * `docker exec cat` inside the container. Undefined when neither works (the check is then skipped).
 */
async function readListeners(pid, container, env) {
    const tables = ['tcp', 'tcp6'];
    try {
        const texts = await Promise.all(tables.map(t => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(`/proc/${pid}/net/${t}`, 'utf8').catch(noTable)));
        return texts.flatMap(parseListeners);
    }
    catch {
        const r = await (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .docker */ .T3)(['exec', container, 'cat', '/proc/net/tcp', '/proc/net/tcp6'], {
            env,
            timeoutMs: 10000
        });
        // cat reads both files even when one is missing (IPv6 disabled), and exits 1
        if (!r.stdout.includes('local_address'))
            return undefined;
        return r.stdout.split(/\n(?=\s*sl\s)/).flatMap(parseListeners);
    }
}
/** A kernel without IPv6 has no tcp6 table; any other error means /proc is not readable. */
function noTable(err) {
    if (err.code === 'ENOENT')
        return '';
    throw err;
}


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ splitRecords),
/* harmony export */   HQ: () => (/* binding */ countingLines),
/* harmony export */   pl: () => (/* binding */ batchRecords),
/* harmony export */   tp: () => (/* binding */ assembled)
/* harmony export */ });
// How a transform job cuts its input into requests and puts the answers back together: split by
// SplitType, batched by BatchStrategy within MaxPayloadInMB, assembled by AssembleWith. Pure (the
// answers are streams the caller opens).
const RECORDIO_MAGIC = 0xced7230a;
/** The records of one input object; a RecordIO record keeps its framing (the container reads it). */
function splitRecords(data, split) {
    if (split === 'None' || data.length === 0)
        return data.length ? [data] : [];
    if (split === 'Line') {
        const records = [];
        let start = 0;
        for (let i = data.indexOf(10); i !== -1; i = data.indexOf(10, start)) {
            records.push(data.subarray(start, i + 1));
            start = i + 1;
        }
        if (start < data.length)
            records.push(data.subarray(start));
        // SageMaker skips empty lines
        return records.filter(r => r.toString('latin1').trim() !== '');
    }
    if (split === 'RecordIO')
        return splitRecordIO(data);
    throw new Error(`SplitType ${split} is not replayed`);
}
/**
 * MXNet RecordIO: magic, a length word (upper 3 bits: continuation flag), data padded to 4 bytes.
 * A record split in parts (flags 1 first, 2 middle, 3 last) is one record: its parts stay together.
 */
function splitRecordIO(data) {
    const records = [];
    let offset = 0;
    let start = 0;
    while (offset < data.length) {
        if (offset + 8 > data.length || data.readUInt32LE(offset) !== RECORDIO_MAGIC) {
            throw new Error(`not a RecordIO record at byte ${offset} (no magic number 0xced7230a)`);
        }
        const word = data.readUInt32LE(offset + 4);
        const length = word & ((1 << 29) - 1);
        const end = offset + 8 + length + ((4 - (length % 4)) % 4);
        if (end > data.length)
            throw new Error(`the RecordIO record at byte ${offset} is truncated`);
        offset = end;
        const flag = word >>> 29;
        if (flag === 0 || flag === 3) {
            records.push(data.subarray(start, end));
            start = end;
        }
    }
    if (start < data.length)
        throw new Error(`the RecordIO record at byte ${start} has no last part`);
    return records;
}
/**
 * SingleRecord: one record per request. MultiRecord: as many whole records as fit in `maxBytes`
 * (0 means no limit, as MaxPayloadInMB 0 does). A record larger than the limit is returned alone
 * and reported by the caller: SageMaker fails the job on it.
 */
function batchRecords(records, strategy, maxBytes) {
    if (strategy === 'SingleRecord')
        return records.map(r => ({ body: r, records: 1 }));
    const batches = [];
    let current = [];
    let size = 0;
    for (const r of records) {
        if (current.length && maxBytes > 0 && size + r.length > maxBytes) {
            batches.push({ body: Buffer.concat(current), records: current.length });
            current = [];
            size = 0;
        }
        current.push(r);
        size += r.length;
    }
    if (current.length)
        batches.push({ body: Buffer.concat(current), records: current.length });
    return batches;
}
/**
 * The answers, in order, as AssembleWith joins them: Line puts each on a line of its own, None
 * concatenates them as they are. Streamed: an answer may be as large as 100 MB.
 */
/** Passes the chunks on, counting their newlines into `lines` (the records of a Line output). */
async function* countingLines(chunks, lines) {
    for await (const chunk of chunks) {
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1))
            lines.count++;
        yield chunk;
    }
}
async function* assembled(answers, assembleWith) {
    for (const answer of answers) {
        let last;
        for await (const chunk of answer) {
            if (chunk.length)
                last = chunk[chunk.length - 1];
            yield chunk;
        }
        if (assembleWith === 'Line' && last !== 10)
            yield Buffer.from('\n');
    }
}


/***/ }),

/***/ 9517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GS: () => (/* binding */ replayTraining),
/* harmony export */   JC: () => (/* binding */ channelFolders)
/* harmony export */ });
/* unused harmony exports profileHosts, profileVolume */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4637);
/* harmony import */ var _inputs_training_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3191);
/* harmony import */ var _request_rules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3822);
/* harmony import */ var _smoke_training_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6971);
// The training job of an algorithm's validation profile, replayed with the training smoke test's
// machinery (src/smoke/training.ts): the profile's channels (from `validation-data`, copied into
// one folder per channel, as File mode delivers them), its HyperParameters and its
// MaxRuntimeInSeconds. The model it writes feeds the transform replay.






/** The channel folders, as File mode fills them, or why a channel has no data. */
async function channelFolders(job, locate, into) {
    const channels = [];
    let bytes = 0;
    for (const ch of job.InputDataConfig ?? []) {
        const uri = ch.DataSource?.S3DataSource?.S3Uri ?? '';
        const objects = await locate(uri);
        if ('unavailable' in objects)
            return objects;
        const name = ch.ChannelName ?? 'training';
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(into, name);
        const mode = (0,_inputs_training_js__WEBPACK_IMPORTED_MODULE_3__/* .isInputMode */ .kt)(ch.InputMode) ? { mode: ch.InputMode } : {};
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true, mode: 0o755 });
        for (const o of objects) {
            const rel = o.key === uri ? node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.basename(o.key) : o.key.slice(uri.length);
            const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, rel.replace(/^\/+/, ''));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true, mode: 0o755 });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)(o.file, file);
            bytes += o.bytes;
        }
        const source = ch.DataSource?.S3DataSource;
        const distribution = source?.S3DataDistributionType;
        channels.push({
            channel: name,
            path: dir,
            ...mode,
            ...(ch.RecordWrapperType === 'RecordIO' ? { recordIO: true } : {}),
            ...(distribution === 'ShardedByS3Key' || distribution === 'FullyReplicated'
                ? { distribution }
                : {}),
            ...(source?.S3DataType ? { dataType: source.S3DataType } : {})
        });
    }
    return { channels, bytes };
}
async function replayTraining(ctx, setup) {
    const started = performance.now();
    // the training smoke test, run with the profile's channels, hyperparameters and time limit; its
    // verdicts become this profile's
    const inputs = {
        ...ctx.inputs,
        trainingData: setup.channels,
        hyperparameters: Object.fromEntries(Object.entries(setup.job.HyperParameters ?? {}).map(([k, v]) => [k, String(v)])),
        trainingTimeoutSec: setup.job.StoppingCondition?.MaxRuntimeInSeconds ?? 86400,
        trainingInstanceCount: profileHosts(setup.job, setup.distributed),
        checkpointResume: false
    };
    const facts = { resources: [] };
    const sub = { ...ctx, inputs, findings: new _core_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .Findings */ .Fv(), facts };
    const trained = await (0,_smoke_training_js__WEBPACK_IMPORTED_MODULE_5__/* .train */ .B)(sub, {
        image: setup.image,
        tmp: setup.tmp,
        labels: setup.labels,
        stopGraceMs: setup.stopGraceMs,
        volume: profileVolume(setup.job, ctx.inputs.trainingVolumeGB),
        mode: profileMode(setup.job),
        ...(setup.user ? { user: setup.user } : {})
    });
    const failure = sub.findings
        .allFindings()
        .map(f => f.message)
        .join('\n');
    const modelOut = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(setup.outDir, 'model');
    if (trained)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.cp)(trained, modelOut, { recursive: true });
    metricMatches(ctx, setup.profile, setup.metrics, facts.training?.logExcerpt ?? '');
    const seconds = facts.training?.durationSeconds;
    if (trained && seconds !== undefined)
        ctx.findings.apply('spot-training', (0,_request_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .spotRun */ .e7)(seconds));
    return {
        ...(trained ? { modelDir: trained } : {}),
        ...(trained ? {} : { failure: failure || 'training produced no model' }),
        fact: {
            profile: setup.profile,
            kind: 'training',
            status: trained ? 'pass' : 'fail',
            requests: 0,
            records: 0,
            inputBytes: setup.inputBytes,
            outputBytes: facts.training?.modelBytes ?? 0,
            durationMs: Math.round(performance.now() - started),
            outputDir: modelOut,
            outputs: []
        }
    };
}
/** The profile's TrainingInputMode (File when it names none, as CreateTrainingJob defaults). */
function profileMode(job) {
    const mode = job.TrainingInputMode;
    return (0,_inputs_training_js__WEBPACK_IMPORTED_MODULE_3__/* .isInputMode */ .kt)(mode)
        ? { mode, from: "the validation profile's TrainingInputMode" }
        : { mode: 'File', from: 'the validation profile sets no TrainingInputMode' };
}
/**
 * Hosts the profile trains on: its InstanceCount when the algorithm declares
 * SupportsDistributedTraining, otherwise one (request-schema judges the count's range).
 */
function profileHosts(job, distributed) {
    const count = job.ResourceConfig?.InstanceCount;
    if (!distributed || typeof count !== 'number' || !Number.isInteger(count))
        return 1;
    return Math.min(Math.max(count, 1), _inputs_training_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_TRAINING_HOSTS */ .SO);
}
/** The profile's ML storage volume; `training-volume-size` when it names none (request-schema
 * reports that). */
function profileVolume(job, inputGB) {
    const size = job.ResourceConfig?.VolumeSizeInGB;
    return typeof size === 'number' && size > 0
        ? { gb: size, from: "the profile's ResourceConfig.VolumeSizeInGB" }
        : {
            gb: inputGB,
            from: '`training-volume-size`: the profile sets no ResourceConfig.VolumeSizeInGB'
        };
}
/** metric-definitions' second half: a regex that matches nothing in the replayed training log. */
function metricMatches(ctx, profile, metrics, log) {
    for (const m of metrics) {
        const re = (0,_request_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .metricRegex */ .Ku)(m.Regex ?? '');
        if (typeof re === 'string' || re.test(log))
            continue;
        ctx.findings.add('metric-definitions', {
            severity: 'warning',
            message: `The metric "${m.Name}" (regex "${m.Regex}") matched nothing in the log of the replayed training of validation profile "${profile}": SageMaker would record no value for it.`,
            help: 'Print the metric in the form the regex expects, or fix the regex against a line your training prints.'
        });
    }
}


/***/ }),

/***/ 264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $7: () => (/* binding */ portPlan),
/* harmony export */   Iv: () => (/* binding */ endpointContainers),
/* harmony export */   XZ: () => (/* binding */ BIND_TO_PORT_LABEL),
/* harmony export */   xf: () => (/* binding */ BOUND_PORT)
/* harmony export */ });
// accept-bind-to-port: SageMaker sets SAGEMAKER_BIND_TO_PORT only when the endpoint runs several
// containers (a multi-container endpoint or an inference pipeline); a model package with one
// container is served on 8080 whatever its label says (SageMaker developer guide, inference
// pipelines; /work/shared/reference/sagemaker-marketplace-rules.md, "pipelines only").
const BIND_TO_PORT_LABEL = 'com.amazonaws.sagemaker.capabilities.accept-bind-to-port';
/** The port an image that accepts SAGEMAKER_BIND_TO_PORT is told to use: anything but 8080. */
const BOUND_PORT = 9080;
/**
 * The containers of the first InferenceSpecification, from a described resource or a request:
 * that is the endpoint the served image runs in. Undefined when neither is given.
 */
function endpointContainers(ctx) {
    const resource = ctx.facts.resources.find(r => r.servingContainers !== undefined);
    if (resource?.servingContainers !== undefined) {
        return { count: resource.servingContainers, source: resource.arn };
    }
    for (const file of [ctx.inputs.modelPackageRequest, ctx.inputs.algorithmRequest]) {
        const spec = file?.request.InferenceSpecification;
        if (Array.isArray(spec?.Containers)) {
            return { count: spec.Containers.length, source: `\`${file.input}\`` };
        }
    }
    return undefined;
}
function portPlan(labels, containers) {
    if (labels?.[BIND_TO_PORT_LABEL] !== 'true')
        return { bindToPort: false };
    if (containers && containers.count > 1) {
        return {
            bindToPort: true,
            portReason: `the image is labelled ${BIND_TO_PORT_LABEL}=true and ${containers.source} runs ${containers.count} containers, so SageMaker gives each its port in SAGEMAKER_BIND_TO_PORT`
        };
    }
    const one = containers
        ? `${containers.source} has one container`
        : 'no request or resource names other containers';
    return {
        bindToPort: false,
        portReason: `the image is labelled ${BIND_TO_PORT_LABEL}=true, but SageMaker sets SAGEMAKER_BIND_TO_PORT only when an endpoint runs several containers (multi-container endpoints, inference pipelines), and ${one}: it is served on 8080`
    };
}


/***/ }),

/***/ 4097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ scriptLineEndingsCause)
/* harmony export */ });
/* harmony import */ var _docker_image_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2599);
/* harmony import */ var _image_checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7352);
/* harmony import */ var _image_startup_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6666);
// Why a container that never started failed, from the image itself: a `serve` or `train` script
// saved with Windows line endings dies before it prints anything but the engine's "no such file or
// directory", which names no cause. Read only after a failed start, so a passing run pays nothing.



/** The first line is all that is judged (a `#!` line is short). */
const FIRST_LINE_BYTES = 256;
/**
 * " Cause: … saved with Windows line endings … Convert it …" when the program `docker run IMAGE
 * <command>` starts is a script whose first line ends in \r; '' otherwise, or when the image
 * cannot be read (the log's own signs still speak then).
 */
async function scriptLineEndingsCause(ctx, image, labels, command) {
    try {
        const inspected = await (0,_docker_image_files_js__WEBPACK_IMPORTED_MODULE_0__/* .inspectLocalImage */ .hF)(ctx.env, image, ctx.signal);
        if (!inspected.ok)
            return '';
        const paths = (0,_image_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .entryProgramPaths */ .rI)(inspected.config, command);
        const files = await (0,_docker_image_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readImageFiles */ .Zw)(ctx.env, image, paths, labels, { volumes: inspected.config.volumes, signal: ctx.signal }, FIRST_LINE_BYTES);
        const script = paths.map(p => files.get(p)).find(f => f !== undefined);
        if (!script)
            return '';
        const started = inspected.config.entrypoint?.length ? 'ENTRYPOINT' : command;
        const verdict = (0,_image_startup_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .lineEndingsVerdict */ .Ox)(image, started, script);
        return verdict.ok ? '' : ` Cause: ${verdict.finding.message} ${verdict.finding.help}`;
    }
    catch {
        ctx.signal.throwIfAborted();
        return '';
    }
}


/***/ }),

/***/ 4288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ executionParametersVerdicts),
/* harmony export */   GQ: () => (/* binding */ askExecutionParameters)
/* harmony export */ });
/* unused harmony export checkExecutionParameters */
/* harmony import */ var _docker_probe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9894);
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4637);
/* harmony import */ var _core_timing_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5745);
/* harmony import */ var _catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7408);
// GET /execution-parameters: the batch-transform settings a container may suggest, checked against
// the limits of CreateTransformJob (MaxConcurrentTransforms × MaxPayloadInMB ≤ 100 MB). Asked by the
// smoke test's batch run (the execution-parameters rule) and by the validation replay (the values
// its transform job leaves unset).




const STRATEGIES = ['MULTI_RECORD', 'SINGLE_RECORD'];
// SageMaker Python SDK local mode spells them MultiRecord / SingleRecord
const SDK_SPELLING = {
    MultiRecord: 'MULTI_RECORD',
    SingleRecord: 'SINGLE_RECORD'
};
function checkExecutionParameters(body) {
    const errors = [];
    const warnings = [];
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch {
        return { errors: [`the body is not JSON: "${body.slice(0, 200)}"`], warnings };
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        return { errors: [`the body is not a JSON object: ${body.slice(0, 200)}`], warnings };
    }
    const p = parsed;
    const mct = p.MaxConcurrentTransforms;
    const mpm = p.MaxPayloadInMB;
    const strategy = p.BatchStrategy;
    if (mct !== undefined && !(Number.isInteger(mct) && mct >= 1)) {
        errors.push(`MaxConcurrentTransforms is ${JSON.stringify(mct)}; expected an integer ≥ 1`);
    }
    if (mpm !== undefined &&
        !(Number.isInteger(mpm) && mpm >= 0 && mpm <= _catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_BATCH_PAYLOAD_MB */ .Tg)) {
        errors.push(`MaxPayloadInMB is ${JSON.stringify(mpm)}; expected an integer from 0 to ${_catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_BATCH_PAYLOAD_MB */ .Tg}`);
    }
    if (strategy !== undefined) {
        if (typeof strategy === 'string' && SDK_SPELLING[strategy]) {
            warnings.push(`BatchStrategy is "${strategy}", the SageMaker Python SDK local-mode spelling; the CreateTransformJob API spells it "${SDK_SPELLING[strategy]}"`);
        }
        else if (typeof strategy !== 'string' || !STRATEGIES.includes(strategy)) {
            errors.push(`BatchStrategy is ${JSON.stringify(strategy)}; expected MULTI_RECORD or SINGLE_RECORD`);
        }
    }
    const concurrent = typeof mct === 'number' ? mct : _catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_CONCURRENT_TRANSFORMS */ .i5;
    const payload = typeof mpm === 'number' ? mpm : _catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_BATCH_PAYLOAD_MB */ .wO;
    if (errors.length === 0 && concurrent * payload > _catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONCURRENT_PAYLOAD_MB */ .ER) {
        errors.push(`MaxConcurrentTransforms × MaxPayloadInMB is ${concurrent} × ${payload} = ${concurrent * payload} MB; the limit is ${_catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONCURRENT_PAYLOAD_MB */ .ER} MB`);
    }
    return {
        errors,
        warnings,
        value: {
            ...(typeof mct === 'number' ? { MaxConcurrentTransforms: mct } : {}),
            ...(typeof strategy === 'string' ? { BatchStrategy: strategy } : {}),
            ...(typeof mpm === 'number' ? { MaxPayloadInMB: mpm } : {})
        }
    };
}
const ASK_TIMEOUT_MS = 10000;
/** Asks the serving container, as a transform job does once /ping answers. */
async function askExecutionParameters(probe, signal) {
    let r;
    try {
        r = await (0,_core_timing_js__WEBPACK_IMPORTED_MODULE_3__/* .unlessAborted */ .W)(probe.request({
            method: 'GET',
            path: '/execution-parameters',
            timeoutMs: ASK_TIMEOUT_MS,
            maxBodyBytes: _docker_probe_js__WEBPACK_IMPORTED_MODULE_0__/* .SMALL_ANSWER_BYTES */ .Jh
        }), signal);
    }
    catch (err) {
        if (signal.aborted)
            throw err;
        const { message } = err;
        return {
            kind: 'fault',
            message: err instanceof _docker_probe_js__WEBPACK_IMPORTED_MODULE_0__/* .BodyTooLargeError */ .Au ? message : `got no answer: ${message}`
        };
    }
    if (r.status === 404)
        return { kind: 'none' };
    if (r.status !== 200) {
        return { kind: 'fault', message: `answered ${r.status}; expected 200 with JSON, or 404` };
    }
    return { kind: 'answered', parameters: checkExecutionParameters(r.bodyStart) };
}
/** The execution-parameters rule on what the container answered. */
function executionParametersVerdicts(answer) {
    if (answer.kind === 'fault') {
        return [(0,_core_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)({ message: `GET /execution-parameters ${answer.message}.` })];
    }
    if (answer.kind === 'none')
        return [(0,_core_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .pass */ .IX)('answered 404: the transform job defaults apply')];
    const { errors, warnings, value } = answer.parameters;
    return (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .findingsOrPass */ .FH)(errors.map(e => `GET /execution-parameters: ${e}.`), warnings.map(w => `GET /execution-parameters: ${w}.`), `answered ${JSON.stringify(value)}`);
}


/***/ }),

/***/ 3391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K8: () => (/* binding */ Hosts),
  ls: () => (/* binding */ planHosts),
  vU: () => (/* binding */ singleHost)
});

// UNUSED EXPORTS: deal

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/timing.ts
var timing = __webpack_require__(5745);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/docker/command.ts
var command = __webpack_require__(1721);
;// CONCATENATED MODULE: ./src/docker/network.ts
// The Docker network a training job on several hosts runs on: created for the run with --internal
// (peers reach each other by host name, nothing reaches out) and labelled with the run id, so the
// post step removes it if the run is killed.


async function createNetwork(env, labels) {
    const name = `marketplace-ml-preflight-net-${(0,external_node_crypto_.randomBytes)(5).toString('hex')}`;
    const r = await (0,command/* docker */.T3)(['network', 'create', '--internal', ...labels, name], {
        env,
        timeoutMs: 30000
    });
    if (r.code !== 0) {
        throw new Error(`docker network create --internal ${name} failed (${r.stderr.trim() || `exit ${r.code}`}): training on several hosts needs a network for their containers`);
    }
    return name;
}
/** Removes the network once no container is attached to it. */
async function removeNetwork(env, name) {
    await (0,command/* docker */.T3)(['network', 'rm', name], { env, timeoutMs: 30000 });
}

// EXTERNAL MODULE: ./src/smoke/input-modes.ts
var input_modes = __webpack_require__(5840);
// EXTERNAL MODULE: ./src/smoke/log-signs.ts
var log_signs = __webpack_require__(1144);
// EXTERNAL MODULE: ./src/smoke/training-host.ts
var training_host = __webpack_require__(1670);
;// CONCATENATED MODULE: ./src/smoke/hosts.ts
// Training on several hosts, as SageMaker runs a job with InstanceCount above 1: one container per
// host (algo-1 … algo-N), each with its own /opt/ml and resourceconfig.json, on a Docker network
// created for the run with --internal, so peers reach each other by host name and nothing reaches
// out (docker/network.ts).
// train() (training.ts) runs algo-1 itself; this module starts, waits for and removes the others.







function hostNames(count) {
    return Array.from({ length: count }, (_, i) => `algo-${i + 1}`);
}
/** The one-host plan: every channel as given. */
function singleHost(channels) {
    return { name: 'algo-1', hosts: ['algo-1'], channels };
}
/** ShardedByS3Key: the objects, in key order, dealt round-robin; host `index` gets its share. */
function deal(items, index, hosts) {
    return items.filter((_, i) => i % hosts === index);
}
/**
 * One plan per host. A FullyReplicated channel is the same folder for all; a ShardedByS3Key one is
 * split into a folder per host under `into`.
 */
async function planHosts(channels, count, into) {
    const hosts = hostNames(count);
    const plans = hosts.map(name => ({ name, hosts, channels: [] }));
    for (const c of channels) {
        const files = c.distribution === 'ShardedByS3Key' ? await (0,input_modes/* channelFiles */.xJ)(c.path) : undefined;
        for (const [i, plan] of plans.entries()) {
            if (!files) {
                plan.channels.push(c);
                continue;
            }
            const dir = external_node_path_default().join(into, plan.name, c.channel);
            await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o755 });
            for (const file of deal(files, i, count)) {
                // a single-file channel is one object, named by its file
                const to = external_node_path_default().join(dir, file === c.path ? external_node_path_default().basename(file) : external_node_path_default().relative(c.path, file));
                await (0,promises_.mkdir)(external_node_path_default().dirname(to), { recursive: true, mode: 0o755 });
                await (0,promises_.copyFile)(file, to);
            }
            plan.channels.push({ ...c, path: dir });
        }
    }
    return plans;
}
/** The hosts besides algo-1, on the run's network. */
class Hosts {
    env;
    network;
    peers;
    constructor(env, network, peers) {
        this.env = env;
        this.network = network;
        this.peers = peers;
    }
    /**
     * Creates the run's network and starts algo-2 … algo-N, each with its own /opt/ml under `tmp`
     * in the run's input mode; `spec` is what algo-1 runs with.
     */
    static async start(ctx, spec, plans, tmp, mode) {
        const network = await createNetwork(ctx.env, spec.labels);
        const hosts = new Hosts(ctx.env, network, []);
        try {
            for (const plan of plans.slice(1)) {
                const laid = await (0,training_host/* layout */.Zp)(ctx, external_node_path_default().join(tmp, `ml-${plan.name}`), plan, mode);
                const log = `train ${plan.name}`;
                hosts.peers.push(await training_host/* HostRun */.wB.start(ctx, spec, { plan, laid, mode, network, log }));
            }
        }
        catch (err) {
            await hosts.remove();
            throw err;
        }
        return hosts;
    }
    /**
     * Waits at most `ms` for every peer to exit: why the job fails because of one (each failing
     * host named, with its last log lines), or undefined when all exited 0.
     */
    async failure(ms, signal) {
        const all = Promise.all(this.peers.map(p => p.container.exited));
        await (0,timing/* within */.u)(all, ms, signal);
        const failed = this.peers.filter(p => p.container.exitCode !== 0);
        if (failed.length === 0)
            return undefined;
        const lines = failed.map(p => peerFailure(p, this.peers.length + 1, ms));
        return `${lines.join('\n')}\nA SageMaker training job fails when any of its hosts fails.`;
    }
    /** Every host's last log lines, each line led by its host's name. */
    excerpts(first) {
        const named = (host, text) => text
            .split('\n')
            .filter(Boolean)
            .map(l => `[${host}] ${l}`)
            .join('\n');
        return [
            named('algo-1', first),
            ...this.peers.map(p => named(p.host, p.container.log.excerpt(20)))
        ].join('\n');
    }
    /** Removes the peers, then the network (a network with containers attached cannot go). */
    async remove() {
        await Promise.all(this.peers.map(p => p.remove()));
        await removeNetwork(this.env, this.network);
    }
}
function peerFailure(peer, count, ms) {
    const { host, container } = peer;
    const lines = container.log.lines(15);
    const unreachable = (0,log_signs/* networkLines */.ct)(lines).length > 0 || lines.some(l => /algo-\d+/.test(l))
        ? ` It could not reach its peers: the ${count} hosts share a network where each reaches the others by name (algo-1 … algo-${count}) and nothing else.`
        : '';
    const what = container.exitCode === undefined
        ? `was still running at the end of the training-timeout, ${Math.round(ms / 1000)} s after algo-1 exited`
        : `exited with code ${container.exitCode}`;
    return `Host ${host} ${what}.${unreachable} Its last log lines:\n${(0,log_signs/* quote */.hD)(lines.map(l => `[${host}] ${l}`))}`;
}


/***/ }),

/***/ 9538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OG: () => (/* binding */ acquireImage),
  kO: () => (/* binding */ checkImageContents)
});

// UNUSED EXPORTS: pullFailure

// EXTERNAL MODULE: ./src/aws/credentials.ts
var credentials = __webpack_require__(6963);
// EXTERNAL MODULE: ./src/aws/clients.ts
var aws_clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/aws/ecr-login.ts
// The registry password for pulling an ECR image, as `aws ecr get-login-password` gets it: one
// ecr:GetAuthorizationToken call in the image's Region. The token is a secret: it is returned to the
// caller only, never logged, and its failures say nothing of it.


const ACTION = 'ecr:GetAuthorizationToken';
/**
 * A login for the image's registry. The token is the caller's: it opens every registry in that Region
 * that the caller may pull from (registryIds is deprecated), so cross-account images work too.
 * Throws AwsCallError (denied, no credentials, …) for the caller to fall back on.
 */
async function ecrLogin(ctx, ref) {
    // its own client, closed at once: the AWS phase's clients are released before the smoke test
    const clients = new aws_clients/* AwsClients */.cE();
    try {
        const ecr = await clients.ecr(ref.region, { fips: ref.fips, dualStack: ref.dualStack });
        const { GetAuthorizationTokenCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19));
        const out = await (0,errors/* awsCall */.uF)(ACTION, ctx.signal, () => ecr.send(new GetAuthorizationTokenCommand({}), { abortSignal: ctx.signal }));
        // base64 of "AWS:<password>"
        const token = out.authorizationData?.[0]?.authorizationToken ?? '';
        const decoded = Buffer.from(token, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon <= 0 || colon === decoded.length - 1) {
            throw new errors/* AwsCallError */.iQ({
                kind: 'other',
                code: 'InvalidAuthorizationToken',
                action: ACTION,
                message: `${ACTION} answered without a usable authorization token.`
            });
        }
        return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    finally {
        await clients.destroy();
    }
}

// EXTERNAL MODULE: ./src/docker/command.ts
var command = __webpack_require__(1721);
// EXTERNAL MODULE: ./src/docker/image-files.ts
var image_files = __webpack_require__(2599);
// EXTERNAL MODULE: ./src/image/checks.ts + 1 modules
var checks = __webpack_require__(7352);
// EXTERNAL MODULE: ./src/image/ref.ts
var ref = __webpack_require__(2812);
// EXTERNAL MODULE: ./src/aws/registry-rules.ts
var registry_rules = __webpack_require__(7212);
;// CONCATENATED MODULE: ./src/smoke/images.ts
// Getting the image onto the engine: a local image is used as is; an ECR image is pulled the way
// SageMaker pulls it, logged in with a token from ecr:GetAuthorizationToken when AWS credentials are
// at hand (in a temporary Docker config), else with whatever credentials the engine already has.








const PULL_TIMEOUT_MS = 30 * 60 * 1000;
/** `local.inspected`: the inspection of this local image, when the caller started it earlier. */
async function acquireImage(ctx, image, local) {
    if (!local) {
        const pulled = await pull(ctx, image);
        if (!pulled.ok)
            return pulled;
    }
    const inspected = await (local?.inspected ?? (0,image_files/* inspectLocalImage */.hF)(ctx.env, image, ctx.signal));
    if (inspected.ok)
        return { ok: true, config: inspected.config };
    if (!local)
        return { ok: true }; // pulled: the engine has it, only its config is unknown
    return {
        ok: false,
        message: `\`${local.input}\` "${image}" is not an image on the local Docker engine: ${inspected.reason}`,
        help: 'Build it in an earlier step (docker build -t NAME ., or docker/build-push-action with load: true) and pass the same name.'
    };
}
async function pull(ctx, image) {
    const auth = await registryAuth(ctx, image);
    try {
        ctx.log.info(`Pulling ${image} (${auth.how})`);
        const r = await (0,command/* docker */.T3)(['pull', '--quiet', '--', image], {
            env: auth.login?.env ?? ctx.env,
            timeoutMs: PULL_TIMEOUT_MS,
            signal: ctx.signal
        });
        ctx.signal.throwIfAborted();
        if (r.code === 0)
            return { ok: true };
        const failure = pullFailure(image, r.stderr);
        if (auth.noCredentials && ctx.inputs.smokeTest === 'auto' && failure.denied) {
            return {
                ok: false,
                skip: true,
                message: `no AWS credentials to pull ${image} with, and the Docker engine is not logged in to its registry (as on pull requests from forks); add aws-actions/configure-aws-credentials, or pass \`local-image\``
            };
        }
        const notLoggedIn = auth.notLoggedIn
            ? ` (the preflight did not log in to ECR itself: ${auth.notLoggedIn})`
            : '';
        return { ok: false, message: `${failure.message}${notLoggedIn}`, help: failure.help };
    }
    finally {
        await auth.login?.dispose();
    }
}
/** How the pull authenticates: an ECR login of its own, or the engine's existing credentials. */
async function registryAuth(ctx, image) {
    const parsed = (0,ref/* parseImageUri */.f9)(image);
    if (!parsed.ok)
        return { how: "with the Docker engine's credentials" };
    const fallback = (why) => {
        ctx.log.info(`Not logging in to ${parsed.ref.host}: ${why}. Pulling with the Docker engine's existing credentials.`);
        return { how: "with the Docker engine's existing credentials", notLoggedIn: why };
    };
    if (!(await (0,credentials.findCredentials)())) {
        return { ...fallback('no AWS credentials were found'), noCredentials: true };
    }
    let token;
    try {
        token = await ecrLogin(ctx, parsed.ref);
    }
    catch (err) {
        ctx.signal.throwIfAborted();
        return fallback((0,errors/* problemOf */.Zw)(err, 'ecr:GetAuthorizationToken', ctx.signal).message);
    }
    const session = await (0,command/* loginTemporarily */.ks)(ctx.env, parsed.ref.host, token, ctx.signal);
    if (!session.ok)
        return fallback(`docker login failed: ${session.reason}`);
    return { how: 'logged in with ecr:GetAuthorizationToken', login: session.login };
}
/** What a failed `docker pull` means for the seller. */
function pullFailure(image, stderr) {
    const why = (0,command/* lastLines */.w$)(stderr, 3) || 'docker pull failed';
    const message = `\`docker pull ${image}\` failed: ${why}`;
    if (/no space left on device/i.test(stderr)) {
        return {
            message,
            help: 'The runner ran out of disk: GitHub-hosted runners have about 14 GB free. Free space first (remove unused toolchains, `docker system prune -af`), use a larger runner, or shrink the image.'
        };
    }
    if (/no basic auth credentials|unauthorized|denied|authorization token has expired|403/i.test(stderr)) {
        return {
            message,
            denied: true,
            help: 'Add aws-actions/configure-aws-credentials before this step with a role allowed ecr:GetAuthorizationToken, ecr:BatchGetImage and ecr:GetDownloadUrlForLayer on the repository: the preflight then logs in to ECR itself. Or pass `local-image`.'
        };
    }
    if (/not found|manifest unknown|does not exist/i.test(stderr)) {
        return { message, help: 'Check the repository, tag and digest; push the image first.' };
    }
    return {
        message,
        help: 'Check that the runner can reach the registry and that AWS credentials allowed to pull the image are configured (aws-actions/configure-aws-credentials), or pass `local-image`.'
    };
}
/**
 * The rules an image on the engine answers without running it: platform and ENTRYPOINT from its
 * config, the image rules (src/image/checks.ts), and files shipped under /opt/ml/model that the
 * given `model-data` would hide. For a `local-image` this is the only place they are
 * checked; for a pulled image it confirms what the registry checks read from ECR.
 */
async function checkImageContents(ctx, image, input, labels, config, api) {
    if (!config)
        return;
    const key = input.includes('training') ? 'trainingImage' : 'image';
    const facts = ctx.facts[key] ?? { uri: image };
    ctx.facts[key] = {
        ...facts,
        ...(input.startsWith('local-') ? { local: image } : {}),
        platforms: facts.platforms ?? [config.platform],
        ...(config.entrypoint ? { entrypoint: config.entrypoint } : {}),
        ...(config.cmd ? { cmd: config.cmd } : {})
    };
    ctx.findings.apply('platform', (0,registry_rules/* platformVerdict */.ZL)(input, [config.platform]));
    ctx.findings.apply('entrypoint', (0,registry_rules/* entrypointVerdict */.S0)(input, config.entrypoint, config.cmd));
    await (0,checks/* checkLocalImage */.hN)(ctx, image, input, labels, config, api);
    // SageMaker mounts model data over /opt/ml/model only when the model has some
    if (!ctx.inputs.modelData || input.includes('training'))
        return;
    try {
        const files = await (0,image_files/* filesUnder */.mz)(ctx.env, image, '/opt/ml/model', labels, {
            volumes: config.volumes,
            signal: ctx.signal,
            api
        });
        ctx.findings.apply('entrypoint', (0,registry_rules/* optMlVerdict */.g9)(input, files));
    }
    catch (err) {
        ctx.signal.throwIfAborted();
        ctx.log.warning(`Could not list the files ${image} ships under /opt/ml/model: ${err.message}`);
    }
}


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sz: () => (/* binding */ channelMounts),
/* harmony export */   b_: () => (/* binding */ channelMode),
/* harmony export */   f_: () => (/* binding */ modeEvidence),
/* harmony export */   gp: () => (/* binding */ modeRuns),
/* harmony export */   ub: () => (/* binding */ feedPipes),
/* harmony export */   xJ: () => (/* binding */ channelFiles)
/* harmony export */ });
/* unused harmony export recordHeader */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_8___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_8__);
/* harmony import */ var _inputs_training_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3191);
/* harmony import */ var _log_signs_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1144);
// TrainingInputMode as SageMaker delivers it. File and FastFile: a folder per channel at
// /opt/ml/input/data/<channel> (read-only here: FastFile mounts the S3 prefix read-only, and File's
// copy is the seller's own data, never to be changed by a test). Pipe: no folder, but a FIFO
// /opt/ml/input/data/<channel>_<epoch> per channel, written from the host: epoch 0 streams the
// channel's objects in key order, and each time the container has read one to its end (or closed
// it) the next epoch's FIFO appears with the whole channel again.











const exec = (0,node_util__WEBPACK_IMPORTED_MODULE_8__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
const openFd = (0,node_util__WEBPACK_IMPORTED_MODULE_8__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_1__.open);
/** Epochs a container may open per channel: bounds a trainer that reopens its FIFO forever. */
const MAX_EPOCHS = 100;
/** How often a FIFO is tried for a reader (opening it for writing must not block a thread). */
const READER_POLL_MS = 50;
/** MXNet RecordIO: a record is magic, length with a 3-bit continuation flag, data, padding to 4. */
const RECORDIO_MAGIC = 0xced7230a;
const RECORDIO_MAX_PART = 2 ** 29 - 1;
/**
 * The training runs of a smoke test: one per mode an algorithm request's TrainingChannels declare
 * (File, then Pipe, then FastFile; a channel that does not support the run's mode is read in the
 * first it does), else one in `training-input-mode`.
 */
function modeRuns(inputs) {
    const spec = inputs.algorithmRequest?.request.TrainingSpecification;
    const specs = spec?.TrainingChannels ?? [];
    const supported = (name) => (specs.find(s => s.Name === name)?.SupportedInputModes ?? []).filter(_inputs_training_js__WEBPACK_IMPORTED_MODULE_9__/* .isInputMode */ .kt);
    const declared = _inputs_training_js__WEBPACK_IMPORTED_MODULE_9__/* .INPUT_MODES */ .mG.filter(m => specs.some(s => s.SupportedInputModes?.includes(m)));
    if (!declared.length) {
        return [
            {
                mode: inputs.trainingInputMode,
                from: '`training-input-mode`',
                channels: inputs.trainingData
            }
        ];
    }
    return declared.map(mode => ({
        mode,
        from: "the algorithm request's SupportedInputModes",
        channels: inputs.trainingData.map(c => {
            const modes = supported(c.channel);
            return modes.length && !modes.includes(mode) ? { ...c, mode: modes[0] } : c;
        })
    }));
}
function channelMode(c, run) {
    return c.mode ?? run;
}
/**
 * The channels' mounts: a read-only folder per File/FastFile channel; for Pipe channels, the one
 * host folder the FIFOs are made in (returned as `pipeDir`, fed by feedPipes once the container runs).
 */
async function channelMounts(ml, channels, run) {
    const mounts = [];
    const piped = channels.filter(c => channelMode(c, run) === 'Pipe');
    let pipeDir;
    if (piped.length) {
        pipeDir = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(ml, 'input', 'data');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(pipeDir, { recursive: true, mode: 0o755 });
        // epoch 0 is there when the container starts, as on SageMaker; feedPipes makes the rest
        for (const c of piped)
            await makeFifo(pipeDir, c, 0);
        mounts.push({ source: pipeDir, target: '/opt/ml/input/data', readOnly: true });
    }
    for (const c of channels.filter(c => !piped.includes(c))) {
        // SageMaker gives a channel as a directory of the S3 objects: a file goes inside it, by its name
        const dir = `/opt/ml/input/data/${c.channel}`;
        const isDir = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(c.path)).isDirectory();
        mounts.push({
            source: c.path,
            target: isDir ? dir : `${dir}/${node_path__WEBPACK_IMPORTED_MODULE_4___default().basename(c.path)}`,
            readOnly: true
        });
    }
    return { mounts, ...(pipeDir ? { pipeDir } : {}) };
}
/**
 * Feeds every Pipe channel's FIFOs until `stop` aborts (the container exited): never blocks the
 * event loop or a thread on a FIFO nobody opens, and a reader that goes away only ends its epoch.
 */
function feedPipes(pipeDir, channels, run, stop) {
    const opened = new Map();
    const piped = channels.filter(c => channelMode(c, run) === 'Pipe');
    for (const c of piped)
        opened.set(c.channel, 0);
    const done = Promise.all(piped.map(c => feedChannel(pipeDir, c, stop, () => opened.set(c.channel, (opened.get(c.channel) ?? 0) + 1)))).then(() => undefined);
    return { opened, done };
}
async function feedChannel(pipeDir, c, stop, onOpen) {
    const files = await channelFiles(c.path);
    for (let epoch = 0; epoch < MAX_EPOCHS && !stop.aborted; epoch++) {
        const fifo = epoch === 0 ? node_path__WEBPACK_IMPORTED_MODULE_4___default().join(pipeDir, `${c.channel}_0`) : await makeFifo(pipeDir, c, epoch);
        const fd = await whenOpened(fifo, stop);
        if (fd === undefined)
            return;
        onOpen();
        const pipe = new node_net__WEBPACK_IMPORTED_MODULE_3__.Socket({ fd, readable: false, writable: true });
        try {
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_6__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_5__.Readable.from(objects(files, c.recordIO === true)), pipe, { signal: stop });
        }
        catch {
            // the reader closed its end (EPIPE) or the container exited: this epoch is over
        }
        finally {
            pipe.destroy();
        }
    }
}
async function makeFifo(pipeDir, c, epoch) {
    const fifo = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(pipeDir, `${c.channel}_${epoch}`);
    await exec('mkfifo', ['-m', '0644', '--', fifo]);
    return fifo;
}
/** The FIFO opened for writing once a reader has it open; undefined when stopped first. */
async function whenOpened(fifo, stop) {
    while (!stop.aborted) {
        try {
            // O_NONBLOCK: fails at once (ENXIO) while no reader has it open, instead of waiting for one
            return await openFd(fifo, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK);
        }
        catch (err) {
            if (err.code !== 'ENXIO')
                throw err;
        }
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_7__.setTimeout)(READER_POLL_MS, undefined, { signal: stop }).catch(() => undefined);
    }
    return undefined;
}
/** The regular files of a channel in S3 key order (links are not followed). */
async function channelFiles(root) {
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(root)).isDirectory())
        return [root];
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(root, { recursive: true, withFileTypes: true });
    return entries
        .filter(e => e.isFile())
        .map(e => node_path__WEBPACK_IMPORTED_MODULE_4___default().join(e.parentPath, e.name))
        .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}
/** The channel's bytes, each object as one record when RecordIO-wrapped. */
async function* objects(files, recordIO) {
    for (const file of files) {
        if (!recordIO) {
            yield* (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file);
            continue;
        }
        const size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(file)).size;
        const parts = Math.max(1, Math.ceil(size / RECORDIO_MAX_PART));
        for (let i = 0, offset = 0; i < parts; i++) {
            const len = Math.min(RECORDIO_MAX_PART, size - offset);
            // continuation flag: 0 whole record, 1 first part, 2 middle, 3 last
            const flag = parts === 1 ? 0 : i === 0 ? 1 : i === parts - 1 ? 3 : 2;
            yield recordHeader(flag, len);
            if (len > 0) {
                yield* (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file, {
                    start: offset,
                    end: offset + len - 1
                });
            }
            yield Buffer.alloc((4 - (len % 4)) % 4);
            offset += len;
        }
    }
}
function recordHeader(flag, length) {
    const header = Buffer.alloc(8);
    header.writeUInt32LE(RECORDIO_MAGIC, 0);
    header.writeUInt32LE(((flag << 29) | length) >>> 0, 4);
    return header;
}
/**
 * What the train-exit finding adds when training failed in a mode other than File: the mode and
 * where it came from, what the container found there, and the log lines naming its input.
 */
function modeEvidence(choice, channels, opened, log) {
    const modes = [...new Set(channels.map(c => channelMode(c, choice.mode)))];
    if (!modes.some(m => m !== 'File'))
        return '';
    const seen = channels.map(c => {
        const mode = channelMode(c, choice.mode);
        if (mode !== 'Pipe') {
            return `channel "${c.channel}" was the read-only folder /opt/ml/input/data/${c.channel} (${mode})`;
        }
        const n = opened?.get(c.channel) ?? 0;
        return `channel "${c.channel}" was the FIFO /opt/ml/input/data/${c.channel}_0, with no /opt/ml/input/data/${c.channel} folder, and the container ${n ? `opened ${n} epoch(s) of it` : 'never opened it'}`;
    });
    const looked = log.filter(l => /\/opt\/ml\/input\/data|read-only file system|no such file/i.test(l));
    return ` It trained in ${modes.join(' and ')} input mode (${choice.from}): ${seen.join('; ')}.${looked.length ? ` What the container looked for:\n${(0,_log_signs_js__WEBPACK_IMPORTED_MODULE_10__/* .quote */ .hD)(looked.slice(-10))}\n` : ''} A training image that declares ${modes.join(' or ')} must read its channels that way.`;
}


/***/ }),

/***/ 4646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I9: () => (/* binding */ limitsFor),
/* harmony export */   Kd: () => (/* binding */ runnerFacts),
/* harmony export */   TD: () => (/* binding */ recordResources),
/* harmony export */   ZV: () => (/* binding */ serverlessLimits),
/* harmony export */   p1: () => (/* binding */ largerThanRunner),
/* harmony export */   qf: () => (/* binding */ mergeResourceFacts)
/* harmony export */ });
/* unused harmony exports resourceFacts, resourcesVerdict */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _catalog_instance_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1503);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2020);
/* harmony import */ var _catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7408);
// instance-resources: the containers run with the vCPUs and memory of the `instance-type` the seller
// lists, so a model that needs more memory than that instance fails here, as it would on SageMaker
// (OOM-killed), and the peaks of every run are measured for choosing recommended instance types.




const GiB = 1024 ** 3;
/** Above this share of the instance's memory a run passes with a warning: no room for a larger request. */
const MEMORY_WARN_SHARE = 0.9;
/** The container of a serverless endpoint: `serverless-memory`, and the vCPUs SageMaker gives with it
 * unnamed (not set). */
function serverlessLimits(memoryMb) {
    return { instanceType: `${SERVERLESS} ${memoryMb} MB`, memoryBytes: memoryMb * _core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .MiB */ .lv };
}
const SERVERLESS = 'a serverless endpoint of';
/** What to do about a container that does not fit: a larger instance type, or a larger serverless
 * memory setting. */
function fitHelp(instanceType) {
    return instanceType.startsWith(SERVERLESS)
        ? `Give the serverless endpoint more memory (MemorySizeInMB, \`serverless-memory\` here: up to ${Math.max(..._catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .SERVERLESS_MEMORY_MB */ .VT)} MB) and document it, or make the model need less: load it once (not per worker), start fewer workers, use a smaller batch or a quantized model; a model that needs more than ${Math.max(..._catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .SERVERLESS_MEMORY_MB */ .VT)} MB needs a real-time endpoint.`
        : `List larger instance types (more memory than ${instanceType}) as the recommended and supported ones, or make the model need less: load it once (not per worker), start fewer workers, use a smaller batch or a quantized model.`;
}
function limitsFor(instanceType) {
    const t = instanceType ? (0,_catalog_instance_types_js__WEBPACK_IMPORTED_MODULE_1__/* .findInstanceType */ .Jw)(instanceType) : undefined;
    return t ? { instanceType: t.name, cpus: t.vcpus, memoryBytes: t.memoryGiB * GiB } : undefined;
}
/** The machine the containers run on, stated beside every figure measured on it. */
function runnerFacts() {
    const model = (0,node_os__WEBPACK_IMPORTED_MODULE_0__.cpus)()[0]?.model.trim();
    return {
        cpus: (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)(),
        ...(model ? { cpuModel: model } : {}),
        memoryBytes: (0,node_os__WEBPACK_IMPORTED_MODULE_0__.totalmem)()
    };
}
/** Why the runner cannot give the container the instance's size, or undefined when it can. */
function largerThanRunner(limits, hostCpus, hostMemoryBytes) {
    if ((limits.cpus ?? 0) <= hostCpus && limits.memoryBytes <= hostMemoryBytes)
        return undefined;
    return `${limits.instanceType} has ${limits.cpus !== undefined ? `${limits.cpus} vCPUs and ` : ''}${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(limits.memoryBytes)}, but this runner has ${hostCpus} CPUs and ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(hostMemoryBytes)}: the containers run with what the runner has, so a model that fits the runner but not the instance (or the reverse) is not told apart. Run on a larger runner to test ${limits.instanceType} as it is.`;
}
function resourceFacts(limits, peaks, oomKilled) {
    return {
        ...(limits
            ? {
                instanceType: limits.instanceType,
                ...(limits.cpus !== undefined ? { cpus: limits.cpus } : {}),
                memoryBytes: limits.memoryBytes
            }
            : {}),
        ...(peaks.peakMemoryBytes !== undefined ? { peakMemoryBytes: peaks.peakMemoryBytes } : {}),
        ...(peaks.peakCpuPercent !== undefined ? { peakCpuPercent: peaks.peakCpuPercent } : {}),
        ...(oomKilled ? { oomKilled } : {})
    };
}
/** The larger of two runs' peaks (real-time and batch), for one figure per image in the report. */
function mergeResourceFacts(a, b) {
    const max = (x, y) => x === undefined ? y : y === undefined ? x : Math.max(x, y);
    const peakMemoryBytes = max(a.peakMemoryBytes, b.peakMemoryBytes);
    const peakCpuPercent = max(a.peakCpuPercent, b.peakCpuPercent);
    return {
        ...a,
        ...(peakMemoryBytes !== undefined ? { peakMemoryBytes } : {}),
        ...(peakCpuPercent !== undefined ? { peakCpuPercent } : {}),
        ...(a.oomKilled || b.oomKilled ? { oomKilled: true } : {})
    };
}
/** `run` says what the container was doing: "serving", "in the batch-transform run", "training". */
function resourcesVerdict(run, use, hostMemoryBytes) {
    const peak = use.peakMemoryBytes !== undefined ? (0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(use.peakMemoryBytes) : 'not measured';
    const of = use.memoryBytes
        ? `the ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(use.memoryBytes)} of ${use.instanceType}`
        : `this runner's ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(hostMemoryBytes)} (no \`instance-type\` given)`;
    if (use.oomKilled) {
        return {
            ok: false,
            finding: {
                message: `The container was killed for running out of memory ${run} (State.OOMKilled): peak memory seen ${peak}, limit ${of}. On SageMaker the same container fails the same way, with the endpoint, transform or training job ending in an error.`,
                help: use.instanceType
                    ? fitHelp(use.instanceType)
                    : 'Make the model need less memory (load it once, fewer workers, a smaller batch), and pass `instance-type` to test with the memory of the smallest instance type you list.'
            }
        };
    }
    const cpu = use.peakCpuPercent !== undefined ? `, peak CPU ${use.peakCpuPercent.toFixed(0)}%` : '';
    if (use.memoryBytes &&
        use.peakMemoryBytes !== undefined &&
        use.peakMemoryBytes > MEMORY_WARN_SHARE * use.memoryBytes) {
        return {
            ok: false,
            finding: {
                severity: 'warning',
                message: `Peak memory ${peak} ${run} is above ${MEMORY_WARN_SHARE * 100}% of ${of}${cpu}: a larger request or model version may not fit.`,
                help: `Recommend an instance type with more memory than ${use.instanceType}, or reduce the model's memory.`
            }
        };
    }
    return { ok: true, detail: `peak memory ${peak} of ${of}${cpu} ${run}` };
}
/** After a run: its facts, and instance-resources decided from them (`run` as in resourcesVerdict). */
function recordResources(findings, container, limits, run) {
    const use = resourceFacts(limits, container.peaks(), container.oomKilled);
    findings.apply('instance-resources', resourcesVerdict(run, use, (0,node_os__WEBPACK_IMPORTED_MODULE_0__.totalmem)()));
    return use;
}


/***/ }),

/***/ 1144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IT: () => (/* binding */ likelyCause),
/* harmony export */   Wr: () => (/* binding */ servingLines),
/* harmony export */   ct: () => (/* binding */ networkLines),
/* harmony export */   hD: () => (/* binding */ quote)
/* harmony export */ });
/* unused harmony export knownCauses */
// What a container's log says about why it failed: reaching for the network is the most common
// reason a model that works on a laptop fails under SageMaker's network isolation.
const NETWORK = [
    /Temporary failure in name resolution/i,
    /Name or service not known/i,
    /getaddrinfo|EAI_AGAIN|ENOTFOUND/,
    /Could not resolve host/i,
    /Failed to resolve/i,
    /No address associated with hostname/i,
    /Network is unreachable|ENETUNREACH|EHOSTUNREACH|No route to host/i,
    /NewConnectionError|MaxRetryError|ConnectTimeout|ConnectionError\(|EndpointConnectionError/,
    /Could not connect to the endpoint URL/i,
    /huggingface\.co|hf\.co\/|HF_HUB_OFFLINE|pypi\.org|files\.pythonhosted\.org|download\.pytorch\.org/i,
    /s3[.-][a-z0-9-]*\.?amazonaws\.com|\.s3\.amazonaws\.com|sts\.amazonaws\.com/i,
    /(pip|conda) install/i
];
/** The log lines that show the container tried to reach the network (at most `max`). */
function networkLines(lines, max = 5) {
    return lines.filter(line => NETWORK.some(re => re.test(line))).slice(-max);
}
function quote(lines) {
    return lines.map(l => `    ${l}`).join('\n');
}
// What servers print once they serve on SageMaker's port (gunicorn, Flask/werkzeug, uvicorn,
// waitress, TorchServe/MMS, node), or gunicorn on a Unix socket behind nginx (AWS's own samples):
// seen while asked to `train`, the image ignores its argument. A dashboard on another port is not.
const SERVING = [
    /(Listening at|Running on|Uvicorn running on|Serving on|API bind to):? https?:\/\/[^\s/]*:8080\b/i,
    /Listening at: unix:/,
    /[Ll]istening on (port )?(\S+:)?8080\b/
];
/** The log lines that say the container is serving (at most `max`). */
function servingLines(lines, max = 3) {
    return lines.filter(line => SERVING.some(re => re.test(line))).slice(0, max);
}
// Failures whose log line names the cause outright, most of them Python 2-era code (AWS's
// scikit_bring_your_own sample among it) meeting a current base image. Each gives the fix.
const CAUSES = [
    [
        // the log is escaped: a carriage return shows as the two characters \r
        /['‘]?([\w./+-]{1,60})\\r['’]?: (?:No such file or directory|bad interpreter)/,
        m => `The script's first line names \`${m[1]}\` followed by a carriage return: it was saved with Windows line endings (CRLF). Convert it to Unix line endings (\`dos2unix\`, or \`RUN sed -i 's/\\r$//' <script>\` in the Dockerfile; \`* text eol=lf\` in .gitattributes).`
    ],
    [
        /exec (\/[^\s:]{1,200}): no such file or directory/,
        m => `${m[1]}, or the interpreter its first line names, is not in the image; a first line saved with Windows line endings (\`#!/bin/bash\\r\`) reads as a missing interpreter. The \`entrypoint\` check reads the script from the image and says whether it was.`
    ],
    [
        /env: (?:can't execute )?['‘]([\w.+-]{1,40})['’]: No such file or directory/,
        m => `A script starts with \`#!/usr/bin/env ${m[1]}\` and the image has no \`${m[1]}\` on PATH.${m[1] === 'python' ? ' Python 2-era samples start their `serve` and `train` this way; current Debian and Ubuntu images have only `python3`: change the first line to `#!/usr/bin/env python3`, or install python-is-python3.' : ` Install \`${m[1]}\` in the image or change the script's first line.`}`
    ],
    [
        /No such file or directory: ['"]?(\/opt\/ml\/model\/[^'"\s]{0,100})/,
        m => `The server opens ${m[1]}, which is not there. SageMaker extracts the model package's ModelDataUrl (model.tar.gz) into /opt/ml/model: pass the same artifact as \`model-data\` (a .tar.gz or a folder), and check that it holds that path.`
    ],
    [
        /exec format error/i,
        () => 'A program in the image is built for another CPU architecture (e.g. arm64 from an Apple-silicon Mac): SageMaker runs linux/amd64 (or Graviton only where declared). Build with `docker build --platform linux/amd64`.'
    ],
    [
        /write\(\) argument must be str, not bytes/,
        () => "Python 2-era code under Python 3: bytes (typically `pickle.dump`) are written to a file opened in text mode. Open it in binary mode: `open(path, 'wb')` (and `'rb'` to load)."
    ],
    [
        /object has no attribute '(ix|as_matrix)'/,
        m => `pandas removed \`DataFrame.${m[1]}\` in 1.0: use ${m[1] === 'ix' ? '`.iloc` (by position) or `.loc` (by label)' : '`.to_numpy()`'}, or pin the pandas the code was written for.`
    ],
    [
        /No module named '(StringIO|cPickle|urllib2|ConfigParser|Queue)'/,
        m => `\`${m[1]}\` is a Python 2 module: use ${{ StringIO: '`io.StringIO`', cPickle: '`pickle`', urllib2: '`urllib.request`', ConfigParser: '`configparser`', Queue: '`queue`' }[m[1]]} under Python 3.`
    ],
    [
        /Missing parentheses in call to '(print|exec)'/,
        m => `A Python 2 \`${m[1]}\` statement under Python 3: call it as a function, \`${m[1]}(…)\`.`
    ]
];
/** The known causes the lines show, each once, as sentences that say what to change. */
function knownCauses(lines) {
    const found = new Set();
    for (const line of lines) {
        for (const [re, explain] of CAUSES) {
            const m = re.exec(line);
            if (m)
                found.add(explain(m));
        }
    }
    return [...found];
}
/** " Likely cause: …" for a failure message, or nothing when no known cause shows. */
function likelyCause(lines) {
    const causes = knownCauses(lines);
    return causes.length ? ` Likely cause: ${causes.join(' ')}` : '';
}


/***/ }),

/***/ 5563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ch: () => (/* binding */ modelFolder),
/* harmony export */   EF: () => (/* binding */ modelMounts),
/* harmony export */   M0: () => (/* binding */ checkModelArchive),
/* harmony export */   mI: () => (/* binding */ firstBytes)
/* harmony export */ });
/* unused harmony exports isArchive, MAX_ENTRIES, judgeEntry, inspectModelArchive, archiveName, modelArchiveFindings, unpackModelArchive */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3519);
/* harmony import */ var _payloads_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4843);
// `model-data` given as model.tar.gz: read before anything is unpacked (the model-archive rule), then
// unpacked the way SageMaker lays it out in /opt/ml/model, but safely. The archive comes from the
// pull request, so it may carry `../` paths, absolute paths, links out of the folder, device nodes,
// setuid bits, or expand to terabytes; none of that reaches the host.





function isArchive(file) {
    return /\.(tar\.gz|tgz)$/.test(file);
}
// more entries than any model needs; beyond it, unpacking alone would be a denial of service
const MAX_ENTRIES = 200_000;
const EXAMPLES = 3; // entries quoted per problem, so a hostile archive cannot flood the report
const UNPACKED = new Set(['File', 'OldFile', 'ContiguousFile', 'Directory', 'SymbolicLink', 'Link']);
/** Whether one entry may be unpacked into the folder. Pure: the same judgement for both passes. */
function judgeEntry(entry) {
    const name = JSON.stringify(entry.path.slice(0, 200));
    if (node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.isAbsolute(entry.path)) {
        return { ok: false, error: true, why: `${name} has an absolute path` };
    }
    if (entry.path.split('/').includes('..')) {
        return { ok: false, error: true, why: `${name} climbs out of the folder with ..` };
    }
    if (entry.type === 'SymbolicLink' || entry.type === 'Link') {
        const target = entry.linkpath ?? '';
        // a symbolic link resolves from its own folder, a hard link from the archive's root
        const resolved = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.normalize(entry.type === 'SymbolicLink'
            ? node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.join(node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.dirname(entry.path), target)
            : target);
        if (node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.isAbsolute(target) || resolved === '..' || resolved.startsWith('../')) {
            const kind = entry.type === 'Link' ? 'a hard link' : 'a symbolic link';
            return {
                ok: false,
                error: true,
                why: `${name} is ${kind} to ${JSON.stringify(target.slice(0, 200))}, outside the archive`
            };
        }
    }
    if (!UNPACKED.has(entry.type)) {
        return { ok: false, error: false, why: `${name} is a ${entry.type} entry` };
    }
    return { ok: true };
}
/** Reads every header of the archive (bodies are skipped) and judges it against `maxBytes`. */
async function inspectModelArchive(archive, maxBytes, signal) {
    const report = { errors: [], skipped: [], entries: 0, bytes: 0 };
    const problems = [];
    let problemCount = 0;
    const tops = new Set();
    let nested = false;
    const magic = await firstBytes(archive, 2);
    if (magic[0] !== 0x1f || magic[1] !== 0x8b) {
        report.errors.push('it is not gzip-compressed; SageMaker expects a gzip-compressed tar (tar -czf)');
        return report;
    }
    const parser = new tar__WEBPACK_IMPORTED_MODULE_3__/* .Parser */ .iX({
        strict: true,
        // the size cap below bounds a tar bomb; a model of zeros compresses beyond node-tar's ratio guard
        maxDecompressionRatio: Infinity,
        // a filter that never admits an entry: its header is judged, its body skipped unread
        filter: (_path, e) => {
            const entry = e; // Stats only when creating an archive
            report.entries++;
            report.bytes += entry.size ?? 0;
            const verdict = judgeEntry({
                path: entry.path,
                type: entry.type,
                linkpath: entry.linkpath
            });
            if (verdict.ok) {
                // what lands in /opt/ml/model: its first path segment, to spot one folder holding it all
                const parts = entry.path
                    .replace(/^(\.\/)+/, '')
                    .split('/')
                    .filter(Boolean);
                if (parts.length > 0 && parts[0] !== '.') {
                    tops.add(parts[0]);
                    nested ||= parts.length > 1 || entry.type === 'Directory';
                }
            }
            else if (verdict.error) {
                if (++problemCount <= EXAMPLES)
                    problems.push(verdict.why);
            }
            else if (report.skipped.length < EXAMPLES) {
                report.skipped.push(verdict.why);
            }
            if (report.bytes > maxBytes) {
                parser.abort(new OverCap(`its files add up to more than ${(0,_payloads_js__WEBPACK_IMPORTED_MODULE_4__/* .mib */ .jO)(maxBytes)}`));
            }
            else if (report.entries > MAX_ENTRIES) {
                parser.abort(new OverCap(`it holds more than ${MAX_ENTRIES} entries`));
            }
            return false;
        }
    });
    try {
        await feed(archive, parser, signal);
    }
    catch (err) {
        if (err instanceof OverCap)
            report.errors.push(err.message);
        else if (signal?.aborted)
            throw err;
        else
            report.errors.push(`it cannot be read: ${short(err)}`);
    }
    if (problemCount > 0) {
        const more = problemCount > EXAMPLES ? ` (and ${problemCount - EXAMPLES} more)` : '';
        report.errors.push(`it has entries that would land outside /opt/ml/model: ${problems.join('; ')}${more}`);
    }
    // a numbered folder is TensorFlow Serving's model version (/opt/ml/model/1/saved_model.pb)
    const [top] = tops;
    if (tops.size === 1 && nested && !/^\d+$/.test(top))
        report.nestedUnder = top;
    return report;
}
/** model-archive, decided before any container runs; whether `model-data` can be unpacked and served. */
async function checkModelArchive(ctx) {
    const { inputs, findings } = ctx;
    if (!inputs.modelData || !isArchive(inputs.modelData)) {
        const why = inputs.modelData ? '`model-data` is a directory' : 'no `model-data` archive given';
        findings.skip('model-archive', why);
        return true;
    }
    const report = await inspectModelArchive(inputs.modelData, inputs.maxModelDataSizeBytes, ctx.signal);
    const { findings: list, detail } = modelArchiveFindings(archiveName(ctx), report);
    for (const finding of list)
        findings.add('model-archive', finding);
    if (list.length === 0)
        findings.pass('model-archive', detail);
    return report.errors.length === 0;
}
/** `model-data` as the seller wrote it: relative to the workspace. */
function archiveName(ctx) {
    const { modelData = '', workspace } = ctx.inputs;
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(workspace, modelData) || modelData;
}
/** model-archive, from the report: an error, a warning, or the detail of a pass. */
function modelArchiveFindings(name, report) {
    const findings = [];
    if (report.errors.length > 0) {
        findings.push({
            severity: 'error',
            message: `${name} was not unpacked, so the container was not served with it: ${report.errors.join('; ')}.`,
            file: name
        });
    }
    if (report.nestedUnder) {
        findings.push({
            severity: 'warning',
            message: `Everything in ${name} is under the folder ${report.nestedUnder}/, so SageMaker puts the model at /opt/ml/model/${report.nestedUnder}/… instead of /opt/ml/model/…, and a container that loads /opt/ml/model/<file> fails to find it.`,
            help: `Archive the folder's contents rather than the folder: tar -C ${report.nestedUnder} -czf model.tar.gz .`,
            file: name
        });
    }
    if (report.skipped.length > 0) {
        findings.push({
            severity: 'warning',
            message: `${name} has entries that are not unpacked (only files, folders and links inside the archive are): ${report.skipped.join('; ')}.`,
            help: 'Leave device nodes and FIFOs out of the archive; create what the model needs at start-up.',
            file: name
        });
    }
    return { findings, detail: `${report.entries} entries, ${(0,_payloads_js__WEBPACK_IMPORTED_MODULE_4__/* .mib */ .jO)(report.bytes)} unpacked` };
}
/**
 * Unpacks an inspected archive into `into`: files, folders and links that stay inside only, owned
 * by the runner's user, with plain permissions (no setuid, no device nodes), under the same caps.
 */
async function unpackModelArchive(archive, into, maxBytes, signal) {
    let bytes = 0;
    let entries = 0;
    const unpack = new tar__WEBPACK_IMPORTED_MODULE_3__/* .Unpack */ .dX({
        cwd: into,
        strict: true,
        maxDecompressionRatio: Infinity,
        preserveOwner: false, // root unpacks as root: the archive's owners would be kept otherwise
        noMtime: true,
        filter: (_path, e) => {
            const entry = e; // Stats only when creating an archive
            bytes += entry.size ?? 0;
            if (bytes > maxBytes || ++entries > MAX_ENTRIES) {
                unpack.abort(new OverCap(`${archive} grew past the caps while unpacking`));
                return false;
            }
            if (!judgeEntry(entry).ok)
                return false;
            // readable by a non-root USER in the image, and never setuid/setgid/sticky
            entry.mode = entry.type === 'Directory' || (entry.mode ?? 0) & 0o111 ? 0o755 : 0o644;
            return true;
        }
    });
    await feed(archive, unpack, signal);
}
/**
 * /opt/ml/model from a local copy of the model data, for the smoke test and the validation replay:
 * a folder as it is; an archive unpacked into `<tmp>/model` (0755 whatever the umask, so a non-root
 * USER in the image can read it); none, undefined: SageMaker mounts nothing when a model has no
 * model data, and the image's own /opt/ml/model (a model baked in) is served. `failed` says why an
 * archive could not be unpacked, for the caller's finding.
 */
async function modelFolder(ctx, local, tmp) {
    if (!local)
        return undefined;
    if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(local)).isDirectory())
        return local;
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(tmp, 'model');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(dir, 0o755);
    try {
        await unpackModelArchive(local, dir, ctx.inputs.maxModelDataSizeBytes, ctx.signal);
        return dir;
    }
    catch (err) {
        ctx.signal.throwIfAborted();
        return { failed: `could not be unpacked into ${dir}: ${err.message}` };
    }
}
/** The /opt/ml/model mount of a serving container: none when there is no model data to mount. */
function modelMounts(dir) {
    return dir ? [{ source: dir, target: '/opt/ml/model', readOnly: true }] : [];
}
class OverCap extends Error {
}
/** Streams the file into a node-tar parser; settles when it is done, fails on any error. */
function feed(archive, parser, signal) {
    return new Promise((resolve, reject) => {
        const source = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(archive);
        let aborted;
        const fail = (err) => {
            source.destroy();
            reject(aborted ?? err);
        };
        const onAbort = () => parser.abort(signal?.reason);
        signal?.addEventListener('abort', onAbort, { once: true });
        parser.on('abort', (err) => (aborted = err));
        parser.on('error', fail);
        source.on('error', fail);
        parser.on('close', () => {
            signal?.removeEventListener('abort', onAbort);
            if (aborted)
                reject(aborted);
            else
                resolve();
        });
        source.pipe(parser);
    });
}
/** The first `n` bytes of a file (fewer when it is shorter). */
async function firstBytes(file, n) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    try {
        const buffer = Buffer.alloc(n);
        const { bytesRead } = await handle.read(buffer, 0, n, 0);
        return buffer.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
    }
}
function short(err) {
    const message = err instanceof Error ? err.message : String(err);
    return message.length > 200 ? `${message.slice(0, 200)}…` : message;
}


/***/ }),

/***/ 9328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ modelDataUrl),
/* harmony export */   z: () => (/* binding */ modelSource)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _request_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7037);
/* harmony import */ var _replay_validation_data_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5857);
// Which model the smoke test serves, the one SageMaker would: `model-data`; else the local copy
// `validation-data` maps for the model data the request (or the described model package) names, the
// copy the replay serves too; else nothing is mounted and the image's own /opt/ml/model is served
// (a model baked into the image, as AWS's Marketplace listing sample ships it).



/** The first inference container's model data, as CreateModelPackage names it. */
function modelDataUrl(raw) {
    const spec = raw.InferenceSpecification;
    const c = spec?.Containers?.[0];
    const url = c?.ModelDataUrl ?? c?.ModelDataSource?.S3DataSource?.S3Uri;
    return typeof url === 'string' ? url : undefined;
}
function modelSource(ctx) {
    const { modelData, validationData, workspace } = ctx.inputs;
    const shown = (p) => node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(workspace, p) || p;
    if (modelData)
        return { local: modelData, shown: shown(modelData) };
    const named = (0,_request_index_js__WEBPACK_IMPORTED_MODULE_1__/* .requestFiles */ .J)(ctx)
        .map(f => ({ url: modelDataUrl(f.request), by: f.input }))
        .find(n => n.url) ??
        ctx.facts.resources
            .filter(r => r.servingModelData)
            .map(r => ({ url: r.servingModelData, by: r.arn }))[0];
    if (!named?.url)
        return { image: true };
    const found = (0,_replay_validation_data_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveObjects */ .z)(named.url, validationData);
    const local = (found?.find(o => o.key === named.url) ?? found?.[0])?.file;
    if (local)
        return { local, shown: `${shown(local)} (the local copy of ${named.url})` };
    return {
        missing: `${named.by} names the model data ${named.url}, which has no local copy: map it in \`validation-data\` (${named.url}=./path/to/model.tar.gz) or pass \`model-data\`, so the container is served with its model`
    };
}


/***/ }),

/***/ 5872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ BODY_LIMIT_HELP),
/* harmony export */   Wm: () => (/* binding */ grownBody),
/* harmony export */   i6: () => (/* binding */ requestSizeVerdict),
/* harmony export */   lQ: () => (/* binding */ batchLimitBytes),
/* harmony export */   wB: () => (/* binding */ describeLargeRequest),
/* harmony export */   wH: () => (/* binding */ isRecordOriented)
/* harmony export */ });
/* unused harmony export csvHeader */
/* harmony import */ var _payloads_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4843);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2020);
/* harmony import */ var _catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7408);
/* harmony import */ var _response_size_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7106);
/* harmony import */ var _replay_records_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4065);
// request-size-limit: SageMaker sends real-time requests of up to 6 MiB and batch requests of up to
// the MaxPayloadInMB in force, but sample payloads are small, so a server's own body limit (AWS's
// scikit_bring_your_own sets nginx `client_max_body_size 5m`) never shows locally. One request is
// grown from a sample's records to the limit and sent after the samples pass.





/** Types whose records are lines, so repeating them makes a larger request of the same kind. */
const LINE_TYPES = new Set([
    'text/csv',
    'application/jsonlines',
    'application/x-jsonlines',
    'text/plain'
]);
/** MXNet RecordIO framing (SageMaker's built-in algorithms' protobuf records among it). */
const RECORDIO_TYPES = new Set(['application/x-recordio-protobuf', 'application/x-recordio']);
const baseType = (contentType) => contentType.split(';')[0].trim().toLowerCase();
/** Whether a larger request of this type can be grown by repeating the sample's records. */
function isRecordOriented(contentType) {
    const type = baseType(contentType);
    return LINE_TYPES.has(type) || RECORDIO_TYPES.has(type);
}
/** The batch limit in force: /execution-parameters' MaxPayloadInMB when valid, else SageMaker's 6. */
function batchLimitBytes(executionParameters) {
    const mb = executionParameters?.MaxPayloadInMB;
    const valid = typeof mb === 'number' && Number.isInteger(mb) && mb >= 1 && mb <= _catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_BATCH_PAYLOAD_MB */ .Tg;
    return (valid ? mb : _catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_BATCH_PAYLOAD_MB */ .wO) * _core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .MiB */ .lv;
}
/**
 * A CSV header line: `header=present` in the Content-Type, or a first line that is not numeric
 * while the lines after it are. A grown request keeps it once, as a larger file would.
 */
function csvHeader(lines, contentType) {
    const [type, ...params] = contentType.split(';').map(p => p.trim().toLowerCase());
    if (type !== 'text/csv' || lines.length === 0)
        return false;
    if (params.includes('header=present'))
        return true;
    const numeric = (line) => line.split(',').every(f => f.trim() !== '' && Number.isFinite(Number(f.trim())));
    return lines.length > 1 && !numeric(lines[0]) && lines.slice(1).every(numeric);
}
/**
 * A sample cut into its records: RecordIO records with their framing (a sample that is not valid
 * RecordIO is one record: whole copies of it), else its non-blank lines, each ending in a newline,
 * a CSV header apart.
 */
function sampleRecords(sample, contentType) {
    const none = Buffer.alloc(0);
    if (RECORDIO_TYPES.has(baseType(contentType))) {
        try {
            return { header: none, records: (0,_replay_records_js__WEBPACK_IMPORTED_MODULE_4__/* .splitRecords */ .DQ)(sample, 'RecordIO') };
        }
        catch {
            return { header: none, records: sample.length ? [sample] : [] };
        }
    }
    const lines = sample
        .toString('utf8')
        .split(/\r?\n/)
        .filter(line => line.trim() !== '');
    const header = csvHeader(lines, contentType) ? Buffer.from(`${lines.shift()}\n`) : none;
    return { header, records: lines.map(line => Buffer.from(`${line}\n`)) };
}
/**
 * The sample's records repeated, whole, up to `limit` bytes (a CSV header once, first); undefined
 * when the sample has no record or is already as large (then the samples themselves tested the limit).
 */
function grownBody(sample, limit, contentType) {
    const { header, records } = sampleRecords(sample, contentType);
    const block = Buffer.concat(records);
    const room = limit - header.length;
    if (records.length === 0 || block.length >= room)
        return undefined;
    const copies = Math.floor(room / block.length);
    let size = header.length + copies * block.length;
    let count = copies * records.length;
    const tail = [];
    for (const r of records) {
        if (size + r.length > limit)
            break;
        tail.push(r);
        size += r.length;
        count++;
    }
    // one native fill, not a concat of a copy per repeat: a 12-byte sample repeats 500,000 times
    const body = Buffer.allocUnsafe(size);
    header.copy(body, 0);
    body.fill(block, header.length, header.length + copies * block.length);
    Buffer.concat(tail).copy(body, header.length + copies * block.length);
    return { body, records: count };
}
const BODY_LIMIT_HELP = "Raise the serving stack's request body limit to at least what SageMaker sends (6 MiB real-time, MaxPayloadInMB in batch transform, up to 100 MB): nginx `client_max_body_size` (AWS's scikit_bring_your_own sample sets 5m), Flask `MAX_CONTENT_LENGTH`, TorchServe and MMS `max_request_size` (6553500 bytes by default), Express body-parser `limit` (100kb by default), or your framework's maximum body size.";
/** The verdict on one grown request; `what` says what it was and which limit it reached. */
function requestSizeVerdict(what, result, mode, type = 'realtime') {
    const { status } = result;
    // an echoing server answers a request this large with more than SageMaker passes on
    if (result.tooLarge)
        return { ok: false, finding: (0,_response_size_js__WEBPACK_IMPORTED_MODULE_2__/* .oversizedAnswer */ .Y)(what, result.error, mode, type) };
    if (status !== undefined && status >= 200 && status < 300) {
        return { ok: true, detail: `${what} answered ${status}` };
    }
    if (status === 413 || (status === undefined && !result.timedOut)) {
        const seen = status === 413
            ? 'was refused with 413 Request Entity Too Large'
            : `got no answer: the connection was closed before any response (${result.error})`;
        return {
            ok: false,
            finding: {
                message: `${what} ${seen}, although the sample payloads passed. SageMaker sends requests this large, so the server's own body limit is below SageMaker's.`,
                help: BODY_LIMIT_HELP
            }
        };
    }
    const body = result.bodyStart?.trim().slice(0, 300);
    return {
        ok: false,
        finding: {
            severity: 'warning',
            message: result.timedOut
                ? `${what} did not answer in time (${result.error}); a request this large may be too slow for SageMaker's limits.`
                : `${what} answered ${status}, although the sample payloads passed.${body ? ` Response body: "${body}"` : ''}`
        }
    };
}
/** "a 6.0 MiB request of 50,000 text/csv records grown from sample.csv (the real-time limit)". */
function describeLargeRequest(bytes, records, contentType, sample, limit) {
    return `A ${(0,_payloads_js__WEBPACK_IMPORTED_MODULE_0__/* .mib */ .jO)(bytes)} POST /invocations of ${records.toLocaleString('en-US')} ${contentType} records grown from ${sample} (${limit})`;
}


/***/ }),

/***/ 7106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ responseLimit),
/* harmony export */   Y: () => (/* binding */ oversizedAnswer)
/* harmony export */ });
/* harmony import */ var _catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7408);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);
/* harmony import */ var _payloads_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4843);
// How much of an /invocations answer is read: what SageMaker passes on of one (LIMITS), so an answer
// that never ends costs the runner neither memory nor the whole invocation timeout, and ends in a
// finding that names the limit.



/** The most of one answer read in a run: the endpoint type's (InvokeEndpoint's 6 MiB real-time,
 * 4 MB serverless), 100 MB in batch. */
function responseLimit(mode, type = 'realtime') {
    return mode === 'realtime' ? _catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .ENDPOINT_LIMITS */ .bZ[type].responseBytes : _catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.batchBytes;
}
const ENDLESS = 'A body that never ends (no Content-Length, and no last chunk of a chunked answer) holds the request open until it times out';
/**
 * The finding on an answer past its run's limit. `what` names the request; `seen` is the probe's
 * "answered 200 with a body of more than … bytes; reading stopped there".
 */
function oversizedAnswer(what, seen, mode, type = 'realtime') {
    if (mode === 'realtime' && type !== 'realtime') {
        const limits = _catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .ENDPOINT_LIMITS */ .bZ[type];
        return {
            message: `${what} ${seen}. ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .capitalize */ .ZH)(limits.name)} passes on at most ${(0,_payloads_js__WEBPACK_IMPORTED_MODULE_1__/* .mib */ .jO)(limits.responseBytes)} of an answer${type === 'async' ? ' (SageMaker documents no limit on an asynchronous answer; the preflight reads no more of one)' : ''}. ${ENDLESS}.`,
            help: `Answer each request with at most ${(0,_payloads_js__WEBPACK_IMPORTED_MODULE_1__/* .mib */ .jO)(limits.responseBytes)}: the predictions, not the input echoed back, and end the body (a Content-Length, or the last chunk). Source: ${limits.source}.`
        };
    }
    if (mode === 'realtime') {
        return {
            message: `${what} ${seen}. InvokeEndpoint returns at most 6 MiB (6,291,456 bytes) of an answer, so SageMaker cannot pass this one to the buyer. ${ENDLESS}.`,
            help: 'Answer each request with at most 6 MiB: the predictions, not the input echoed back or full-precision arrays, and end the body (a Content-Length, or the last chunk). Source: SageMaker Runtime API reference, InvokeEndpoint (response Body: maximum length 6291456).'
        };
    }
    return {
        message: `${what} ${seen}. A transform job sends at most 100 MB in one request and SageMaker documents no larger answer; the preflight reads no more of one. ${ENDLESS}, and a transform job fails once InvocationsTimeoutInSeconds (600 s by default) runs out.`,
        help: 'Answer each request with the predictions for the records it carried, and end the body (a Content-Length, or the last chunk); if answers grow with the request, lower MaxPayloadInMB. Source: AWS Marketplace seller guide, Service restrictions and quotas (100 MB per batch-transform invocation); CreateTransformJob (MaxPayloadInMB at most 100).'
    };
}


/***/ }),

/***/ 8722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ BATCH_ENV),
  w: () => (/* binding */ serve)
});

// EXTERNAL MODULE: ./src/catalog/sagemaker-limits.ts
var sagemaker_limits = __webpack_require__(7408);
// EXTERNAL MODULE: ./src/docker/probe.ts
var probe = __webpack_require__(9894);
// EXTERNAL MODULE: ./src/docker/serving.ts
var serving = __webpack_require__(6868);
// EXTERNAL MODULE: ./src/docker/sockets.ts
var sockets = __webpack_require__(3074);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/smoke/execution-parameters.ts
var execution_parameters = __webpack_require__(4288);
// EXTERNAL MODULE: ./src/core/progress.ts
var progress = __webpack_require__(4664);
// EXTERNAL MODULE: ./src/core/findings.ts
var findings = __webpack_require__(4637);
// EXTERNAL MODULE: ./src/core/stats.ts
var stats = __webpack_require__(8796);
;// CONCATENATED MODULE: ./src/smoke/concurrency.ts
// Buyers send requests to an endpoint at once. After the one-at-a-time pass, the payloads that
// answered are sent `concurrency` at a time: every answer must succeed and equal the answer the same
// payload got alone, and a server that answers them one after another is shown with its figures.


/** The payload each of `n` concurrent requests carries: the answered ones in turn. */
function concurrentPlan(answered, n) {
    return answered.length === 0
        ? []
        : Array.from({ length: n }, (_, i) => answered[i % answered.length]);
}
/** Sends every planned request at once; the answers in plan order, and the pass's wall time. */
async function sendAll(plan, send) {
    const start = performance.now();
    const answers = await Promise.all(plan.map(send));
    return { answers, wallMs: Math.round(performance.now() - start) };
}
/** Latency below which "serialized" is noise rather than a queue (project choice). */
const SERIAL_MIN_MS = 50;
const same = (a, b) => 'status' in a &&
    'status' in b &&
    a.status === b.status &&
    a.bytes === b.bytes &&
    a.bodyStart === b.bodyStart;
function concurrencyFacts(pass) {
    const seq = [...pass.sequential.values()].map(a => a.ms);
    const ms = pass.answers.map(a => a.ms);
    return {
        mode: pass.mode,
        concurrency: pass.plan.length,
        requests: pass.answers.length,
        sequentialP50Ms: (0,stats/* percentile */.Y)(seq, 50),
        sequentialP95Ms: (0,stats/* percentile */.Y)(seq, 95),
        p50Ms: (0,stats/* percentile */.Y)(ms, 50),
        p95Ms: (0,stats/* percentile */.Y)(ms, 95),
        wallMs: pass.wallMs,
        failed: pass.answers.filter(a => !('status' in a) || a.status < 200 || a.status > 299).length,
        differing: pass.answers.filter((a, i) => 'status' in a && a.status < 300 && !same(a, pass.sequential.get(pass.plan[i]))).length
    };
}
const shown = (a) => 'error' in a ? a.error : `${a.status}, ${a.bytes} bytes: "${a.bodyStart.trim().slice(0, 200)}"`;
/** `invocation`: every concurrent answer succeeded and equals the answer alone. */
function concurrentAnswerVerdicts(pass) {
    const n = pass.plan.length;
    const out = [];
    const failed = pass.answers.flatMap((a, i) => 'status' in a && a.status >= 200 && a.status < 300 ? [] : [`  ${pass.plan[i]}: ${shown(a)}`]);
    if (failed.length) {
        out.push((0,findings/* fail */.fJ)({
            message: `${failed.length} of ${n} POST /invocations sent at once${pass.where} failed, though each payload answered 2xx alone:\n${failed.slice(0, 5).join('\n')}`,
            help: 'Buyers send requests to an endpoint at once: let the server take several (more workers, a request queue instead of refusing), and keep per-request state out of globals shared between requests.'
        }));
    }
    const differing = pass.answers.flatMap((a, i) => {
        const alone = pass.sequential.get(pass.plan[i]);
        return 'status' in a && a.status < 300 && !same(a, alone)
            ? [`  ${pass.plan[i]}: alone ${shown(alone)}; at once ${shown(a)}`]
            : [];
    });
    if (differing.length) {
        out.push((0,findings/* fail */.fJ)({
            message: `${differing.length} of ${n} POST /invocations sent at once${pass.where} answered differently from the same payload sent alone:\n${differing.slice(0, 5).join('\n')}`,
            help: 'Answers that change when requests overlap mean requests share state: keep each request’s input, batch and output in the request (not in module globals or a shared buffer), and make inference deterministic.'
        }));
    }
    return out;
}
/** `invocation-latency`: a warning when the concurrent answers queued one behind another. */
function serializationVerdict(facts, where) {
    const n = facts.concurrency;
    const figures = `sent alone p50 ${facts.sequentialP50Ms} ms, p95 ${facts.sequentialP95Ms} ms; ${n} at once p50 ${facts.p50Ms} ms, p95 ${facts.p95Ms} ms`;
    // one after another, the k-th of n waits k times as long: the median about n/2 times
    const serialized = n >= 2 &&
        facts.sequentialP50Ms >= SERIAL_MIN_MS &&
        facts.p50Ms >= 0.8 * (n / 2) * facts.sequentialP50Ms &&
        facts.p95Ms >= 0.8 * n * facts.sequentialP50Ms;
    if (!serialized)
        return (0,findings/* pass */.IX)(`${figures}${where}`);
    return (0,findings/* warn */.R8)({
        message: `The server answered ${n} requests sent at once one after another${where}: ${figures}. An endpoint instance serves buyers' requests concurrently, so its latency grows with every request in the queue.`,
        help: 'Run as many workers (or model replicas, or a batching queue) as the instance has vCPUs or GPUs, e.g. gunicorn --workers, TorchServe default_workers_per_model, SAGEMAKER_MODEL_SERVER_WORKERS.'
    });
}
/** Sends `n` requests at once, records the `invocation` and `invocation-latency` verdicts, and
 * returns the figures for the report. */
async function runConcurrentPass(findings, r) {
    const plan = concurrentPlan([...r.alone.keys()], r.n);
    const { answers, wallMs } = await sendAll(plan, r.send);
    const pass = {
        mode: r.mode,
        where: r.where,
        plan,
        answers,
        wallMs,
        sequential: r.alone
    };
    const facts = concurrencyFacts(pass);
    const inRun = (v) => v.ok ? v : { ok: false, finding: { ...v.finding, run: r.run } };
    findings.apply('invocation', concurrentAnswerVerdicts(pass).map(inRun));
    findings.apply('invocation-latency', inRun(serializationVerdict(facts, r.where)));
    return facts;
}

// EXTERNAL MODULE: ./src/smoke/model-archive.ts
var model_archive = __webpack_require__(5563);
// EXTERNAL MODULE: ./src/smoke/payloads.ts + 37 modules
var payloads = __webpack_require__(4843);
// EXTERNAL MODULE: ./src/smoke/request-size.ts
var request_size = __webpack_require__(5872);
// EXTERNAL MODULE: ./src/smoke/response-size.ts
var response_size = __webpack_require__(7106);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/timing.ts
var timing = __webpack_require__(5745);
// EXTERNAL MODULE: ./src/smoke/log-signs.ts
var log_signs = __webpack_require__(1144);
;// CONCATENATED MODULE: ./src/smoke/serve-run.ts
// The state one serving run of the smoke test shares between its steps (startup verdicts, payloads,
// the large request, SIGTERM), and the helpers each step words its findings with.




/** How long a dropped invocation waits for docker to report that the container died. */
const EXIT_NOTICE_MS = 1000;
/**
 * An invocation's own log lines arrive a moment after its answer (servers log once the answer is
 * out; docker relays the log): wait a little, then until the log is quiet, before quoting it.
 */
const LOG_SETTLE_MIN_MS = 500;
const LOG_QUIET_MS = 250;
const LOG_SETTLE_MAX_MS = 1500;
/** `evidence` (the log lines) differs from run to run: one message in both runs is one finding. */
function fail(r, rule, message, help, evidence) {
    r.failed.add(rule);
    r.ctx.findings.add(rule, { message, help, run: r.run, evidence });
}
function logTail(r, n = 15) {
    return (0,log_signs/* quote */.hD)(r.container.log.lines(n));
}
function lastLines(r) {
    return `Last log lines:\n${logTail(r)}`;
}
function latestLine(r) {
    return r.container.log.lines(1)[0];
}
function networkCheck(r) {
    const lines = (0,log_signs/* networkLines */.ct)(r.container.log.lines(300));
    if (lines.length === 0)
        return;
    fail(r, 'network-dependency', `The container reached for the network and failed (it runs with --network none, as under SageMaker network isolation). Log lines:\n${(0,log_signs/* quote */.hD)(lines)}`);
}
/** " The container exited with code N." once docker reports it died, after a dropped request. */
async function exitNote(r) {
    return (await r.container.exitsWithin(EXIT_NOTICE_MS))
        ? ` The container exited with code ${r.container.exitCode}.`
        : '';
}
/** POST /invocations with a file, as SageMaker sends it in this run. */
function invoke(r, contentType, bytes, file) {
    const { accept } = r.ctx.inputs;
    return r.session.invoke({
        file,
        bytes,
        contentType,
        headers: {
            ...(accept ? { Accept: accept } : {}),
            ...(r.mode === 'realtime' ? sageMakerHeaders() : {})
        },
        timeoutMs: r.timeoutMs,
        maxBodyBytes: (0,response_size/* responseLimit */.T)(r.mode, r.ctx.inputs.endpointType)
    });
}
/** The headers SageMaker adds to a real-time invocation: a server that refuses unknown headers
 * fails here as it would behind an endpoint (InvokeEndpoint: CustomAttributes, InferenceId). */
function sageMakerHeaders() {
    return {
        'X-Amzn-SageMaker-Custom-Attributes': 'preflight=true',
        'X-Amzn-SageMaker-Inference-Id': (0,external_node_crypto_.randomUUID)()
    };
}
/** Sends `request` with `busyWith` naming it for the /ping monitor meanwhile. */
async function whileBusy(r, what, request) {
    r.busyWith = what;
    try {
        return await request;
    }
    finally {
        r.busyWith = undefined;
    }
}
/** Waits until no log line has arrived for a moment (bounded), so a finding quotes its own request's. */
async function logSettled(container) {
    const deadline = performance.now() + LOG_SETTLE_MAX_MS;
    let seen = container.log.received;
    await (0,timing/* within */.u)(container.exited, LOG_SETTLE_MIN_MS);
    while (container.log.received !== seen && performance.now() < deadline) {
        seen = container.log.received;
        await (0,timing/* within */.u)(container.exited, LOG_QUIET_MS);
    }
}
/** How much of an answer the report keeps to show where it changed against a baseline: the digest
 * compares the whole answer, this start shows the difference in most (project choice). */
const ANSWER_START_CHARS = 256;
/** An answer's size, digest and first characters, for a later run's comparison (`baseline`). */
function answerOf(res) {
    // whole characters: a cut through a surrogate pair would not survive JSON
    const start = Array.from(res.bodyStart.slice(0, ANSWER_START_CHARS + 1))
        .slice(0, ANSWER_START_CHARS)
        .join('');
    return { answerBytes: res.bytes, answerSha256: res.sha256, answerStart: start };
}
function fact(p, mode, r) {
    return { payload: p.name, contentType: p.contentType, bytes: p.bytes, mode, ...r };
}

;// CONCATENATED MODULE: ./src/smoke/invocations.ts
// The sample payloads of one serving run, each sent as SageMaker sends it (POST /invocations with
// its Content-Type), then `concurrency` at a time, and the invocation, invocation-latency and
// server-timeouts verdicts on them.









/** Sends each payload the run may send, in turn; one that cannot be sent is recorded with why. */
async function sendPayloads(r) {
    const { mode, outcome, setup } = r;
    const limit = mode === 'batch'
        ? batchPayloadLimit(r)
        : sagemaker_limits/* ENDPOINT_LIMITS */.bZ[r.ctx.inputs.endpointType].requestBytes;
    for (const p of setup.payloads) {
        r.ctx.signal.throwIfAborted();
        const notSent = !r.container.running
            ? 'not sent: the container had exited'
            : mode === 'batch' && setup.skipInBatch?.has(p.name)
                ? `not sent: it did not answer within invocation-timeout (${r.ctx.inputs.invocationTimeoutSec} s) in the real-time run; raise invocation-timeout (up to 3600) to measure its batch latency`
                : p.bytes > limit
                    ? 'not sent: too large (see payload-size)'
                    : undefined;
        if (notSent) {
            outcome.invocations.push(fact(p, mode, { latencyMs: 0, error: notSent }));
            continue;
        }
        const res = await sendPayload(r, p);
        if ('error' in res)
            await noAnswer(r, p, res);
        else
            await answered(r, p, res);
    }
}
/** The batch run's limit per object, after payload-size judges each against it: a transform job
 * with SplitType None sends each object whole, and refuses one over MaxPayloadInMB. */
function batchPayloadLimit(r) {
    const params = r.outcome.executionParameters;
    const maxMb = params?.MaxPayloadInMB ?? sagemaker_limits/* DEFAULT_BATCH_PAYLOAD_MB */.wO;
    const answered = r.outcome.executionParameters !== undefined;
    for (const finding of (0,payloads/* batchPayloadFindings */.HN)(r.setup.payloads, maxMb, answered)) {
        r.ctx.findings.add('payload-size', finding);
    }
    return maxMb > 0 ? Math.min(sagemaker_limits/* LIMITS */.b1.batchBytes, maxMb * core_text/* MiB */.lv) : sagemaker_limits/* LIMITS */.b1.batchBytes;
}
/** POST /invocations with one payload, its progress reported while the answer is awaited. */
function sendPayload(r, p) {
    const sent = performance.now();
    return (0,progress/* withProgress */.E0)(r.ctx.log, {
        what: `Waiting for POST /invocations with ${p.name}${r.where}`,
        limitSeconds: r.timeoutMs / 1000,
        elapsedSeconds: () => (performance.now() - sent) / 1000,
        latestLine: () => latestLine(r),
        everyMs: r.setup.progressMs
    }, whileBusy(r, `POST /invocations with ${p.name}`, invoke(r, p.contentType, p.bytes, p.file)));
}
async function noAnswer(r, p, res) {
    r.outcome.invocations.push(fact(p, r.mode, {
        latencyMs: res.ms,
        error: res.error,
        ...(res.timedOut ? { timedOut: true } : {})
    }));
    if (res.timedOut) {
        fail(r, 'invocation-latency', `POST /invocations with ${p.name} did not answer within ${r.timeoutMs / 1000} s${latencyLimit(r)}.`);
    }
    else if (res.tooLarge) {
        const f = (0,response_size/* oversizedAnswer */.Y)(`POST /invocations with ${p.name} (${p.contentType})`, res.error, r.mode, r.ctx.inputs.endpointType);
        // an answer past what the run's endpoint type (or batch) passes on is a size, not a server, fault
        fail(r, 'payload-size', f.message, f.help);
    }
    else {
        const exited = await exitNote(r);
        await logSettled(r.container);
        fail(r, 'invocation', `POST /invocations with ${p.name} (${p.contentType}) got no answer: ${res.error}.${exited}`, undefined, lastLines(r));
        networkCheck(r);
    }
}
async function answered(r, p, res) {
    r.outcome.invocations.push(fact(p, r.mode, { latencyMs: res.ms, status: res.status, ...answerOf(res) }));
    if (res.status >= 200 && res.status <= 299) {
        r.alone.set(p.name, res);
        r.outcome.samples ??= [await sampleFact(p, r.mode, res, r.ctx.inputs.accept)];
        return;
    }
    const body = res.bodyStart.trim().slice(0, 500);
    await logSettled(r.container);
    fail(r, 'invocation', `POST /invocations with ${p.name} (${p.contentType}) answered ${res.status}.${body ? ` Response body: "${body}"` : ''}`, res.status === 413 ? request_size/* BODY_LIMIT_HELP */.$H : undefined, lastLines(r));
    if (res.status === 502 || res.status === 504) {
        // the front server (nginx) answered for a model server that died or gave up on the request
        r.ctx.findings.add('server-timeouts', {
            severity: 'warning',
            run: r.run,
            message: `POST /invocations with ${p.name} answered ${res.status} after ${(res.ms / 1000).toFixed(1)} s: the front server gave up on the model server behind it (a worker timeout, such as gunicorn's --timeout, or nginx's proxy_read_timeout), or that server crashed.`
        });
    }
    networkCheck(r);
}
/** In real time, the answered payloads sent `concurrency` at a time (concurrency.ts judges them). */
async function concurrentPass(r) {
    const n = r.ctx.inputs.concurrency;
    if (r.mode !== 'realtime' || n <= 1 || r.alone.size === 0 || !r.container.running)
        return;
    const byName = new Map(r.setup.payloads.map(p => [p.name, p]));
    const facts = await whileBusy(r, `${n} POST /invocations sent at once`, runConcurrentPass(r.ctx.findings, {
        n,
        alone: r.alone,
        send: name => {
            const p = byName.get(name);
            return invoke(r, p.contentType, p.bytes, p.file);
        },
        mode: r.mode,
        where: r.where,
        run: r.run
    }));
    r.outcome.concurrency = [facts];
}
/** " (invocation-timeout; a serverless endpoint allows 60 s)": what the timeout stands for. */
function latencyLimit(r) {
    const type = r.ctx.inputs.endpointType;
    if (r.mode === 'batch' || type === 'realtime')
        return '';
    const limits = sagemaker_limits/* ENDPOINT_LIMITS */.bZ[type];
    return ` (invocation-timeout; ${limits.name} allows at most ${limits.maxInvocationSeconds} s: ${limits.source})`;
}
/** invocation and invocation-latency passes, or the failure when no payload answered 2xx. */
function invocationVerdicts(r) {
    const { findings } = r.ctx;
    const { invocations } = r.outcome;
    const count = r.setup.payloads.length;
    if (count === 0)
        return;
    const n = invocations.filter(i => i.status !== undefined && i.status < 300).length;
    const max = Math.max(0, ...invocations.map(i => i.latencyMs));
    // a server that never answers has not shown it can serve, whatever else is ignored
    if (n === 0 && !r.failed.has('invocation')) {
        fail(r, 'invocation', `None of the ${count} payload(s) got a 2xx answer from POST /invocations${r.where}: ${unanswered(invocations)}.`, 'Marketplace validation sends the sample requests and needs answers: make /invocations answer each sample within `invocation-timeout` (load the model at startup, keep samples small).', lastLines(r));
    }
    if (!r.failed.has('invocation')) {
        findings.pass('invocation', `${n} payload(s) answered 2xx${r.where}`);
    }
    if (!r.failed.has('invocation-latency')) {
        findings.pass('invocation-latency', `slowest invocation ${max} ms${r.where}`);
    }
}
/** How much of a sample request and of its answer the report keeps (listing evidence shows less). */
const SAMPLE_BYTES = 2048;
/** The first payload a run answered 2xx: the start of the request and of the answer, as text. */
async function sampleFact(p, mode, r, accept) {
    const request = textStart(await (0,model_archive/* firstBytes */.mI)(p.file, SAMPLE_BYTES));
    const answer = textStart(Buffer.from(r.bodyStart.slice(0, SAMPLE_BYTES), 'utf8'));
    return {
        mode,
        payload: p.name,
        contentType: p.contentType,
        ...(accept ? { accept } : {}),
        ...(request !== undefined ? { request } : {}),
        requestBytes: p.bytes,
        status: r.status,
        ...(answer !== undefined ? { answer } : {}),
        answerBytes: r.bytes,
        latencyMs: r.ms
    };
}
/** The bytes as text, a character cut at the end dropped; undefined for binary data (an image,
 * RecordIO: invalid UTF-8 or control characters other than tab and line ends). */
function textStart(bytes) {
    let text;
    try {
        // streaming: a multi-byte character cut at the end waits for bytes that never come
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    }
    catch {
        return undefined;
    }
    // eslint-disable-next-line no-control-regex -- control characters mark binary data
    return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/.test(text) ? undefined : text;
}
/** Why no payload answered 2xx, counted by cause: "2 timed out (see invocation-latency); 1 not sent: too large". */
function unanswered(invocations) {
    const causes = new Map();
    for (const i of invocations) {
        const cause = i.timedOut
            ? 'timed out (see invocation-latency)'
            : (i.error ?? `answered ${i.status}`);
        causes.set(cause, (causes.get(cause) ?? 0) + 1);
    }
    return [...causes].map(([cause, n]) => `${n} ${cause}`).join('; ');
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/smoke/large-request.ts
// request-size-limit in a serving run: one request grown from a passing sample's records to the
// limit SageMaker sends in the run, and sent after the samples (the verdict is request-size.ts's).







/** The request grown from a sample to `limit`, written to a file once; undefined when the sample
 * already reaches the limit. */
function grow(g, sample, limit) {
    const key = `${limit} ${sample.name}`;
    let grown = g.grown.get(key);
    if (!grown) {
        const file = external_node_path_default().join(g.setup.tmp, `large-request-${g.mode}-${g.grown.size}`);
        grown = (0,promises_.readFile)(sample.file).then(async (data) => {
            const body = (0,request_size/* grownBody */.Wm)(data, limit, sample.contentType);
            if (!body)
                return undefined;
            await (0,promises_.writeFile)(file, body.body);
            return { bytes: body.body.length, records: body.records, file };
        });
        g.grown.set(key, grown);
    }
    return grown;
}
/** Grows the real-time request while the server starts, from the sample it is likeliest grown from
 * (the first one made of records sent); a sample that cannot be read fails when the request is sent. */
function growLikely(g, type) {
    const { requestBytes } = sagemaker_limits/* ENDPOINT_LIMITS */.bZ[type];
    const likely = g.setup.payloads.find(p => (0,request_size/* isRecordOriented */.wH)(p.contentType) && p.bytes <= requestBytes);
    if (likely)
        grow(g, likely, endpointGrowth(type).limit).catch(() => undefined);
}
/** The limit request-size-limit grows to in the endpoint run, and how findings name it. */
function endpointGrowth(type) {
    const limit = sagemaker_limits/* ENDPOINT_LIMITS */.bZ[type].grownRequestBytes;
    const limitName = type === 'serverless'
        ? 'the serverless limit of 4 MB'
        : type === 'async'
            ? 'the real-time limit of InvokeEndpoint; asynchronous requests of up to 1 GB are not grown that far'
            : 'the real-time limit of InvokeEndpoint';
    return { limit, limitName };
}
/** request-size-limit: one request grown from a passing sample's records to SageMaker's limit. */
async function largeRequest(r) {
    const { findings } = r.ctx;
    const { mode, outcome, where } = r;
    const sample = r.setup.payloads.find(p => r.alone.has(p.name) && (0,request_size/* isRecordOriented */.wH)(p.contentType));
    if (!sample || !r.container.running) {
        if (r.setup.payloads.length > 0) {
            findings.skip('request-size-limit', `no sample payload made of records (text/csv, application/jsonlines, text/plain, RecordIO) answered 2xx${where}, so no larger request could be grown from its records`);
        }
        return;
    }
    const type = r.ctx.inputs.endpointType;
    const batchLimit = (0,request_size/* batchLimitBytes */.lQ)(outcome.executionParameters);
    const { limit, limitName } = mode === 'batch'
        ? { limit: batchLimit, limitName: `the batch limit, MaxPayloadInMB ${batchLimit / core_text/* MiB */.lv}` }
        : endpointGrowth(type);
    const large = await grow(r, sample, limit);
    if (!large) {
        findings.pass('request-size-limit', `${sample.name} (${(0,payloads/* mib */.jO)(sample.bytes)}) already reaches ${limitName}${where}`);
        return;
    }
    const what = `${(0,request_size/* describeLargeRequest */.wB)(large.bytes, large.records, sample.contentType, sample.name, limitName)}${where}`;
    const res = await whileBusy(r, `POST /invocations with the ${(0,payloads/* mib */.jO)(large.bytes)} request-size-limit request`, invoke(r, sample.contentType, large.bytes, large.file)).finally(() => (0,promises_.rm)(large.file, { force: true }));
    (outcome.largeRequests ??= []).push({
        mode,
        payload: sample.name,
        bytes: large.bytes,
        records: large.records,
        latencyMs: res.ms,
        ...('error' in res ? { error: res.error } : { status: res.status })
    });
    const verdict = (0,request_size/* requestSizeVerdict */.i6)(what, 'error' in res ? res : { status: res.status, bodyStart: res.bodyStart }, mode, type);
    if (!verdict.ok)
        verdict.finding.message += `${await exitNote(r)} ${lastLines(r)}`;
    findings.apply('request-size-limit', verdict);
}

// EXTERNAL MODULE: ./src/smoke/entry-script.ts
var entry_script = __webpack_require__(4097);
// EXTERNAL MODULE: ./src/smoke/instance-resources.ts
var instance_resources = __webpack_require__(4646);
;// CONCATENATED MODULE: ./src/smoke/ping-monitor.ts
// SageMaker keeps sending GET /ping to an instance in service and takes it out of service when the
// answer is not 200 within 2 s. While invocations run, the monitor asks the same every second, so
// a server whose health route waits behind inference (one worker, busy) is caught.



/** How many failed pings a finding and the report quote. */
const QUOTED = 5;
class PingMonitor {
    probe;
    during;
    everyMs;
    samples = [];
    started = performance.now();
    stopped = false;
    wake = () => undefined;
    loop;
    /** Starts pinging at once; `during` names what runs at the moment a ping is sent. */
    constructor(probe, during, everyMs = sagemaker_limits/* PING_UNDER_LOAD_EVERY_MS */.I8) {
        this.probe = probe;
        this.during = during;
        this.everyMs = everyMs;
        this.loop = this.run();
    }
    async run() {
        while (!this.stopped) {
            const sent = performance.now();
            const during = this.during();
            // between invocations there is no load to measure
            if (during !== undefined)
                this.samples.push({ ...(await this.ping()), during });
            const pause = Math.max(0, this.everyMs - (performance.now() - sent));
            await new Promise(resolve => {
                const timer = setTimeout(resolve, pause);
                this.wake = () => {
                    clearTimeout(timer);
                    resolve();
                };
            });
        }
    }
    async ping() {
        const atSeconds = Number(((performance.now() - this.started) / 1000).toFixed(1));
        try {
            const r = await this.probe.request({
                method: 'GET',
                path: '/ping',
                timeoutMs: sagemaker_limits/* PING_TIMEOUT_MS */.qp,
                maxBodyBytes: probe/* SMALL_ANSWER_BYTES */.Jh
            });
            return { atSeconds, ms: r.ms, status: r.status };
        }
        catch (err) {
            // a ProbeError carries how long it waited (the whole 2 s on a timeout)
            return { atSeconds, ms: err.ms ?? 0, error: err.message };
        }
    }
    /** Stops (after the ping in flight, at most 2 s) and returns what was seen. */
    async stop() {
        this.stopped = true;
        this.wake();
        await this.loop;
        return this.samples;
    }
}
const failed = (s) => s.error !== undefined || s.status !== 200;
/** The report's summary of one run's pings under load. */
function pingUnderLoadFacts(samples, mode) {
    const times = samples.map(s => s.ms).sort((a, b) => a - b);
    return {
        mode,
        pings: samples.length,
        ...(times.length
            ? { p50Ms: times[Math.floor((times.length - 1) / 2)], maxMs: times[times.length - 1] }
            : {}),
        failed: samples.filter(failed).length,
        failures: samples.filter(failed).slice(0, QUOTED)
    };
}
const PING_HELP = 'Answer /ping without waiting behind inference: run more workers than the requests an instance serves at once (gunicorn --workers, TorchServe default_workers_per_model, a model server thread pool), or serve /ping from a route that does not queue behind the model (nginx or the front server answering it, an async health handler); and check the server’s worker timeout (gunicorn --timeout) is longer than the slowest inference.';
/** `ping`: every /ping under load answered 200 within 2 s, or a finding quoting the ones that did not. */
function pingUnderLoadVerdict(samples, where) {
    if (samples.length === 0)
        return undefined;
    const bad = samples.filter(failed);
    const facts = pingUnderLoadFacts(samples, where);
    if (bad.length === 0) {
        return (0,findings/* pass */.IX)(`${samples.length} GET /ping sent while invocations ran${where} answered 200 (p50 ${facts.p50Ms} ms, slowest ${facts.maxMs} ms)`);
    }
    const lines = bad
        .slice(0, QUOTED)
        .map(s => `  at ${s.atSeconds} s, while ${s.during}: ${s.error ?? `answered ${s.status}`} (${s.ms} ms)`);
    return (0,findings/* fail */.fJ)({
        message: `${bad.length} of ${samples.length} GET /ping sent every second while invocations ran${where} did not answer 200 within 2 s. SageMaker keeps pinging an endpoint in service and takes an instance that fails out of service, so buyers' requests fail while the model is busy:\n${lines.join('\n')}`,
        help: PING_HELP
    });
}

// EXTERNAL MODULE: ./src/smoke/bind-to-port.ts
var bind_to_port = __webpack_require__(264);
;// CONCATENATED MODULE: ./src/smoke/serve.ts
// One serving run of the image, exactly as SageMaker starts it: `docker run --network none IMAGE
// serve`, /opt/ml/model read-only, no variables but SageMaker's. Real-time first, then batch
// transform (SAGEMAKER_BATCH=true), which is how Marketplace validates a model package. An image
// labelled accept-bind-to-port=true is given another port in SAGEMAKER_BIND_TO_PORT and probed
// there, as a multi-container endpoint or inference pipeline does. The steps of a run share one
// ServeRun (serve-run.ts): startup verdicts here, the payloads (invocations.ts), the large request
// (large-request.ts), then SIGTERM here.















// What a transform job that sets no batch values of its own passes: SAGEMAKER_BATCH alone. The
// developer guide (batch code): SAGEMAKER_MAX_PAYLOAD_IN_MB, _BATCH_STRATEGY and
// _MAX_CONCURRENT_TRANSFORMS "come from the API call made by the user. If the user doesn't set
// values for them, they aren't passed", so a server must not need them.
const BATCH_ENV = { SAGEMAKER_BATCH: 'true' };
async function serve(ctx, setup, mode) {
    const where = mode === 'batch' ? ' in the batch-transform run (SAGEMAKER_BATCH=true)' : '';
    const outcome = { started: false, invocations: [], logExcerpt: '' };
    const grown = new Map();
    const session = await (0,serving/* startServing */.N2)(ctx, {
        ...servingSpec(setup, mode),
        // grown while the server starts
        ...(mode === 'realtime'
            ? { whileStarting: () => growLikely({ grown, setup, mode }, ctx.inputs.endpointType) }
            : {}),
        progress: { what: `Waiting for GET /ping to answer 200${where}`, everyMs: setup.progressMs },
        onClosed: container => {
            outcome.resources = (0,instance_resources/* recordResources */.TD)(ctx.findings, container, setup.limits, mode === 'batch' ? 'in the batch-transform run' : 'while serving');
        }
    });
    const r = {
        ctx,
        setup,
        mode,
        session,
        container: session.container,
        outcome,
        failed: new Set(),
        where,
        // findings name the run they showed in; one crash in both runs is one finding naming both
        run: mode === 'batch' ? 'the batch-transform run (SAGEMAKER_BATCH=true)' : endpointRun(ctx),
        timeoutMs: mode === 'batch' ? sagemaker_limits/* BATCH_INVOCATION_MS */.PA : ctx.inputs.invocationTimeoutSec * 1000,
        grown,
        alone: new Map()
    };
    try {
        outcome.probeMethod = session.probe?.method;
        if (await startupVerdicts(r, session.ready))
            await served(r, session.probe);
        return outcome;
    }
    finally {
        await r.pings?.stop();
        await session.close();
        outcome.exitCode = r.container.exitCode ?? undefined;
        outcome.logExcerpt = r.container.log.excerpt();
    }
}
/** How findings name the endpoint run: "the real-time run", "the serverless endpoint run". */
function endpointRun(ctx) {
    const type = ctx.inputs.endpointType;
    return type === 'realtime'
        ? 'the real-time run'
        : `the ${type === 'async' ? 'asynchronous' : 'serverless'} endpoint run`;
}
/** The container SageMaker runs in this mode: SAGEMAKER_BATCH in batch, the port it is given. */
function servingSpec(setup, mode) {
    const port = setup.bindToPort ? bind_to_port/* BOUND_PORT */.xf : sagemaker_limits/* SERVING_PORT */.b0;
    return {
        image: setup.image,
        env: {
            ...(mode === 'batch' ? BATCH_ENV : {}),
            ...(setup.bindToPort ? { SAGEMAKER_BIND_TO_PORT: String(port) } : {})
        },
        mounts: (0,model_archive/* modelMounts */.EF)(setup.modelDir),
        labels: setup.labels,
        ...(setup.volumes ? { volumes: setup.volumes } : {}),
        ...(setup.limits ? { limits: setup.limits } : {}),
        tmp: setup.tmp,
        probe: setup.probe,
        port,
        ...(setup.bindToPort ? { bindToPort: true } : {})
    };
}
/** Everything after /ping first answered 200: the payloads, the large request, the verdicts. */
async function served(r, probe) {
    const { ctx, outcome, where } = r;
    await pingVerdicts(r);
    if (r.mode === 'batch')
        outcome.executionParameters = await executionParameters(ctx, probe);
    // SageMaker keeps asking /ping once traffic flows; so does the preflight while invocations run
    const pings = (r.pings = new PingMonitor(probe, () => r.busyWith));
    await sendPayloads(r);
    await concurrentPass(r);
    await largeRequest(r);
    const samples = await pings.stop();
    outcome.pingUnderLoad = [pingUnderLoadFacts(samples, r.mode)];
    const underLoad = pingUnderLoadVerdict(samples, where);
    if (underLoad && !underLoad.ok)
        fail(r, 'ping', underLoad.finding.message, underLoad.finding.help);
    else if (underLoad)
        ctx.findings.pass('ping', underLoad.detail);
    invocationVerdicts(r);
    if (!r.failed.has('ping') && outcome.pingMs !== undefined) {
        ctx.findings.pass('ping', `GET /ping answered 200 in ${outcome.pingMs} ms${where}`);
    }
    await sigterm(r);
    if (!r.failed.has('network-dependency')) {
        ctx.findings.pass('network-dependency', `served with --network none${where}`);
    }
}
/** serve-start (and ping, network-dependency) when /ping never answered 200; false then. */
async function startupVerdicts(r, ready) {
    const { setup, where } = r;
    const { port } = r.session;
    if (ready.kind === 'exited') {
        const scriptCause = await (0,entry_script/* scriptLineEndingsCause */.J)(r.ctx, setup.image, setup.labels, 'serve');
        fail(r, 'serve-start', exitedMessage(r, scriptCause));
        networkCheck(r);
        return false;
    }
    if (ready.kind === 'ignores-port') {
        fail(r, 'serve-start', `The image is labelled ${bind_to_port/* BIND_TO_PORT_LABEL */.XZ}=true, but given SAGEMAKER_BIND_TO_PORT=${port}${where} it listens on 8080 and not on ${port} (seen ${ready.seconds.toFixed(1)} s after start). Port ${port} is expected because ${setup.portReason}; SageMaker sends /ping there, and the endpoint fails its health check. ${lastLines(r)}`, `Read the port from SAGEMAKER_BIND_TO_PORT (8080 when unset) in the server's start script, or remove the label.`);
        return false;
    }
    if (ready.kind === 'timeout') {
        startupTimeout(r, ready);
        return false;
    }
    r.outcome.started = true;
    r.outcome.startupSeconds = round(ready.seconds, 2);
    return true;
}
/** `scriptCause`: what the image's own entry script shows (it outranks the log's signs). */
function exitedMessage(r, scriptCause) {
    const { container } = r;
    const code = container.exitCode;
    const after = container.secondsSinceStart().toFixed(1);
    const what = code === 125
        ? 'docker could not create the container (exit 125)'
        : code === 126 || code === 127
            ? `the entrypoint could not be run (exit ${code})`
            : `the container exited with code ${code}`;
    return `${(0,core_text/* capitalize */.ZH)(what)} ${after} s after \`docker run --network none ${r.setup.image} serve\`, before GET /ping answered 200.${scriptCause || (0,log_signs/* likelyCause */.IT)(container.log.lines(300))} ${lastLines(r)}`;
}
/** GET /ping never answered 200 within `startup-timeout`: silent, or answering another status. */
function startupTimeout(r, ready) {
    const { setup } = r;
    const { port } = r.session;
    const silent = ready.lastStatus === undefined;
    fail(r, 'serve-start', `GET /ping did not answer 200 within ${r.ctx.inputs.startupTimeoutSec} s${startupLimit(r)} (last attempt: ${ready.last}).${setup.portReason ? ` Port ${port} is expected because ${setup.portReason}.` : ''}${(0,log_signs/* likelyCause */.IT)(r.container.log.lines(300))} ${lastLines(r)}`, silent
        ? `Listen on 0.0.0.0:${port} (or [::]:${port}): SageMaker sends every request to port ${port}${setup.bindToPort ? ' (SAGEMAKER_BIND_TO_PORT)' : ''}, from outside the container.`
        : undefined);
    if (!silent) {
        fail(r, 'ping', `GET /ping answered ${ready.lastStatus}; SageMaker needs 200 (the body may be empty).`);
    }
    networkCheck(r);
}
/** " (a serverless endpoint allows 180 s: …)" when the endpoint type bounds startup-timeout. */
function startupLimit(r) {
    const limits = sagemaker_limits/* ENDPOINT_LIMITS */.bZ[r.ctx.inputs.endpointType];
    return limits.maxStartupSeconds
        ? `; ${limits.name} must answer within ${limits.maxStartupSeconds} s (${limits.source})`
        : '';
}
/** serve-start once started (the listener must not be loopback only), and GET /ping asked again. */
async function pingVerdicts(r) {
    const { outcome, where, setup } = r;
    const { session } = r;
    const { port } = session;
    // the socket table is read while /ping is asked again: reading it cannot change the answer
    const [listening, ping] = await Promise.all([
        session.listeners(),
        session.request({
            method: 'GET',
            path: '/ping',
            timeoutMs: sagemaker_limits/* PING_TIMEOUT_MS */.qp,
            maxBodyBytes: probe/* SMALL_ANSWER_BYTES */.Jh
        })
    ]);
    const loopback = (0,sockets/* loopbackOnly */.gM)(listening ?? [], port);
    if (loopback) {
        // the probe reaches loopback from inside; SageMaker's health check never does
        fail(r, 'serve-start', `GET /ping answered 200 after ${outcome.startupSeconds} s${where}, but only on ${loopback.join(' and ')}: the server listens on loopback only. The preflight asks from inside the container; SageMaker's health check and requests come from outside it, so they never reach the server and the endpoint fails its health check.`, `Bind the server to 0.0.0.0:${port} (or [::]:${port}), e.g. \`listen ${port};\` in nginx, \`--bind 0.0.0.0:${port}\` for gunicorn, \`host="0.0.0.0"\` for Flask or uvicorn.`);
    }
    else {
        r.ctx.findings.pass('serve-start', `answered GET /ping 200 after ${outcome.startupSeconds} s${where}${setup.portReason ? ` on ${setup.bindToPort ? `SAGEMAKER_BIND_TO_PORT=${port}` : port}: ${setup.portReason}` : ''}`);
    }
    if ('error' in ping) {
        fail(r, 'ping', ping.tooLarge
            ? `Once started, GET /ping ${ping.error}. SageMaker's health check needs only the status: answer 200 with an empty body.`
            : `GET /ping did not answer within ${sagemaker_limits/* PING_TIMEOUT_MS */.qp / 1000} s once started: ${ping.error}.`);
    }
    else if (ping.status !== 200) {
        fail(r, 'ping', `GET /ping answered ${ping.status} once started; SageMaker needs 200.`);
    }
    else {
        outcome.pingMs = ping.ms;
    }
}
/** sigterm: the container must exit within the grace SageMaker gives it after SIGTERM; judged
 * once per image, and not at all when ignored (the container is then killed at once). */
async function sigterm(r) {
    const { container, setup, where, outcome } = r;
    const { findings } = r.ctx;
    if (!container.running) {
        findings.skip('sigterm', `the container exited with code ${container.exitCode} before it could be stopped${where}`);
    }
    else if (setup.sigtermJudged) {
        await container.stop(0);
        findings.skip('sigterm', setup.sigtermJudged);
    }
    else {
        // the container's own exit times its stop: docker reports it a moment later
        const stop = await container.stop(setup.stopGraceMs, true);
        outcome.stopSeconds = round(stop.seconds, 2);
        if (stop.killed) {
            findings.add('sigterm', {
                message: `The container was still running ${setup.stopGraceMs / 1000} s after SIGTERM and had to be killed (SIGKILL).`,
                run: r.run
            });
        }
        else {
            findings.pass('sigterm', `exited ${outcome.stopSeconds} s after SIGTERM${where}`);
        }
    }
}
async function executionParameters(ctx, probe) {
    const answer = await (0,execution_parameters/* askExecutionParameters */.GQ)(probe, ctx.signal);
    ctx.findings.apply('execution-parameters', (0,execution_parameters/* executionParametersVerdicts */.FN)(answer));
    return answer.kind === 'answered' ? answer.parameters.value : undefined;
}
function round(n, digits) {
    return Number(n.toFixed(digits));
}


/***/ }),

/***/ 1670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zp: () => (/* binding */ layout),
/* harmony export */   _V: () => (/* binding */ trainingEnv),
/* harmony export */   wB: () => (/* binding */ HostRun)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_progress_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4664);
/* harmony import */ var _docker_container_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7354);
/* harmony import */ var _input_modes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5840);
/* harmony import */ var _payloads_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4843);
/* harmony import */ var _workdir_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8345);
// One training host as SageMaker runs it: its /opt/ml laid out (input/config/*.json with its own
// resourceconfig.json, the channels in the run's input mode, model/, output/, checkpoints/, owned
// by root with mode 0755), its container, and the feeders of its Pipe channels. train()
// (training.ts) runs algo-1, hosts.ts the others, checkpoints.ts the interrupted and restarted runs.







const JOB_NAME = 'marketplace-ml-preflight';
/** TRAINING_JOB_NAME and TRAINING_JOB_ARN, as SageMaker sets them in every training container. */
function trainingEnv(ctx) {
    const region = ctx.inputs.region ?? 'us-east-1';
    const account = ctx.inputs.sellerAccountIds[0] ?? '000000000000';
    return {
        TRAINING_JOB_NAME: JOB_NAME,
        TRAINING_JOB_ARN: `arn:aws:sagemaker:${region}:${account}:training-job/${JOB_NAME}`
    };
}
/**
 * One host's input/config/*.json, input/data/ (by input mode), model/, output/, checkpoints/ (the
 * plan's folder when it has one: checkpoints.ts restarts with it): root-owned, mode 0755, as
 * SageMaker makes them.
 */
async function layout(ctx, ml, host, choice) {
    const config = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(ml, 'input', 'config');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(config, { recursive: true, mode: 0o755 });
    const files = {
        'hyperparameters.json': ctx.inputs.hyperparameters,
        'inputdataconfig.json': await inputDataConfig(host.channels, choice),
        // eth0: the one interface a container on one network has
        'resourceconfig.json': {
            current_host: host.name,
            hosts: host.hosts,
            network_interface_name: 'eth0'
        }
    };
    for (const [name, value] of Object.entries(files)) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(config, name), JSON.stringify(value), { mode: 0o644 });
    }
    const mounts = [{ source: config, target: '/opt/ml/input/config', readOnly: false }];
    for (const dir of ['model', 'output', 'checkpoints']) {
        const p = dir === 'checkpoints' && host.checkpoints ? host.checkpoints : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(ml, dir);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(p, { recursive: true, mode: 0o755 });
        mounts.push({ source: p, target: `/opt/ml/${dir}`, readOnly: false });
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(ml, 'output', 'data'), { recursive: true, mode: 0o755 });
    const data = await (0,_input_modes_js__WEBPACK_IMPORTED_MODULE_3__/* .channelMounts */ .Sz)(ml, host.channels, choice.mode);
    // the FIFOs stay the runner's: the feeder opens them for writing
    if (!(await (0,_workdir_js__WEBPACK_IMPORTED_MODULE_5__/* .ownByRoot */ .cK)(mounts.map(m => m.source)))) {
        ctx.log.info('/opt/ml stays owned by the runner user (no passwordless sudo to hand it to root)');
    }
    return { mounts: [...mounts, ...data.mounts], ...(data.pipeDir ? { pipeDir: data.pipeDir } : {}) };
}
/** inputdataconfig.json: each channel's content type, mode, distribution and record wrapping. */
async function inputDataConfig(channels, choice) {
    const config = {};
    for (const c of channels) {
        config[c.channel] = {
            ContentType: (0,_payloads_js__WEBPACK_IMPORTED_MODULE_4__/* .contentTypeFor */ .Zy)(await firstFile(c.path)),
            TrainingInputMode: (0,_input_modes_js__WEBPACK_IMPORTED_MODULE_3__/* .channelMode */ .b_)(c, choice.mode),
            S3DistributionType: c.distribution ?? 'FullyReplicated',
            RecordWrapperType: c.recordIO ? 'RecordIO' : 'None'
        };
    }
    return config;
}
async function firstFile(p) {
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(p)).isDirectory())
        return p;
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(p, { withFileTypes: true });
    return entries.find(e => e.isFile())?.name ?? '';
}
/** A running host: its container and, in Pipe mode, the feeders of its FIFOs. */
class HostRun {
    host;
    container;
    feedStop;
    opened;
    fed;
    constructor(host, container, feedStop, 
    /** What the Pipe feeders saw; undefined without Pipe channels. */
    opened, fed) {
        this.host = host;
        this.container = container;
        this.feedStop = feedStop;
        this.opened = opened;
        this.fed = fed;
    }
    /**
     * Starts the host's container on its laid-out /opt/ml (`network`: the run's, with several
     * hosts), then feeds its Pipe channels until it exits or the run is cancelled.
     */
    static async start(ctx, spec, run) {
        const container = await _docker_container_js__WEBPACK_IMPORTED_MODULE_2__/* .Container */ .mc.start({
            ...spec,
            mounts: run.laid.mounts,
            hostname: run.plan.name,
            ...(run.network ? { network: run.network } : {})
        }, ctx.env, (0,_core_progress_js__WEBPACK_IMPORTED_MODULE_6__/* .streamLines */ .Mn)(ctx.log, run.log));
        const feedStop = new AbortController();
        void container.exited.finally(() => feedStop.abort());
        ctx.signal.addEventListener('abort', () => feedStop.abort(), {
            once: true,
            signal: feedStop.signal
        });
        const feed = run.laid.pipeDir
            ? (0,_input_modes_js__WEBPACK_IMPORTED_MODULE_3__/* .feedPipes */ .ub)(run.laid.pipeDir, run.plan.channels, run.mode.mode, feedStop.signal)
            : undefined;
        const fed = (feed?.done ?? Promise.resolve()).catch((err) => ctx.log.warning(`Feeding the Pipe channels failed: ${err.message}`));
        return new HostRun(run.plan.name, container, feedStop, feed?.opened, fed);
    }
    /** Stops the feeders and removes the container. */
    async remove() {
        this.feedStop.abort();
        await this.container.remove();
        await this.fed;
    }
}


/***/ }),

/***/ 6971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rt: () => (/* binding */ runMode),
  B: () => (/* binding */ train),
  uN: () => (/* binding */ trainSpec)
});

// UNUSED EXPORTS: notIn

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/timing.ts
var timing = __webpack_require__(5745);
;// CONCATENATED MODULE: ./src/docker/container-files.ts
// Files a container left in the folders it shared with the host. The container chose what they are:
// a link to /proc/self/environ or .git/config, a FIFO that never answers, /dev/zero, a 1.5 GB file,
// a million entries. So nothing here follows a link, opens anything but a regular file, reads more
// than it needs, or walks without a bound on entries and time.




/** What a path is when it is not a regular file, in words for a finding. */
function kindOf(st) {
    if (st.isSymbolicLink())
        return 'a symbolic link';
    if (st.isFIFO())
        return 'a FIFO (named pipe)';
    if (st.isCharacterDevice() || st.isBlockDevice())
        return 'a device node';
    if (st.isSocket())
        return 'a socket';
    if (st.isDirectory())
        return 'a directory';
    return 'not a regular file';
}
// O_NOFOLLOW: a link swapped in after lstat fails with ELOOP instead of being followed;
// O_NONBLOCK: opening a FIFO swapped in never waits for a writer
const READ_FLAGS = external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK;
/**
 * The first `maxBytes` of a regular file, read without following links. `shown` is how the finding
 * names the file (its path inside the container).
 */
async function readSmallFile(file, shown, maxBytes, timeoutMs = 5000) {
    const refused = (what) => ({
        kind: 'refused',
        reason: `${shown} is ${what}; not followed or read`
    });
    let st;
    try {
        st = await (0,promises_.lstat)(file);
    }
    catch {
        return { kind: 'missing' };
    }
    if (!st.isFile())
        return refused(kindOf(st));
    const read = async () => {
        let handle;
        try {
            handle = await (0,promises_.open)(file, READ_FLAGS);
        }
        catch (err) {
            const code = err.code;
            return code === 'ELOOP' ? refused('a symbolic link') : { kind: 'missing' };
        }
        try {
            // the lstat above may be stale: judge what was actually opened
            const opened = await handle.stat();
            if (!opened.isFile())
                return refused(kindOf(opened));
            const buffer = Buffer.alloc(maxBytes);
            const { bytesRead } = await handle.read(buffer, 0, maxBytes, 0);
            return {
                kind: 'text',
                text: buffer.subarray(0, bytesRead).toString('utf8'),
                truncated: opened.size > bytesRead
            };
        }
        finally {
            await handle.close();
        }
    };
    const result = await (0,timing/* within */.u)(read(), timeoutMs);
    return result ?? { kind: 'refused', reason: `${shown} could not be read within ${timeoutMs} ms` };
}
const TALLY_BOUNDS = { entries: 100_000, ms: 10_000 };
/**
 * Regular files under `dir` and their total size, never following links (a link counts as neither).
 * Iterative, one directory handle open at a time, and bounded in entries and time, so a container
 * that wrote a million files costs the host a bounded walk, not gigabytes.
 */
async function tallyFiles(dir, bounds = TALLY_BOUNDS) {
    const tally = { files: 0, bytes: 0, diskBytes: 0, partial: false };
    const linked = new Set(); // inodes of files with several names, counted once
    const deadline = performance.now() + bounds.ms;
    const pending = [dir];
    let entries = 0;
    for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
        let handle;
        try {
            handle = await (0,promises_.opendir)(current);
        }
        catch {
            continue; // vanished or unreadable: nothing to count
        }
        try {
            for (let entry = await handle.read(); entry; entry = await handle.read()) {
                if (++entries > bounds.entries || performance.now() > deadline) {
                    tally.partial = true;
                    return tally;
                }
                const p = external_node_path_default().join(current, entry.name);
                // the entry type comes from the directory itself (no stat, no link followed)
                if (entry.isDirectory())
                    pending.push(p);
                else if (entry.isFile()) {
                    const st = await (0,promises_.lstat)(p).catch(() => undefined);
                    tally.files++;
                    tally.bytes += st?.size ?? 0;
                    if (st && !linked.has(st.ino))
                        tally.diskBytes += st.blocks * 512; // st_blocks: 512-byte units
                    if (st && st.nlink > 1)
                        linked.add(st.ino);
                }
            }
        }
        finally {
            await handle.close().catch(() => undefined);
        }
    }
    return tally;
}

// EXTERNAL MODULE: ./src/catalog/sagemaker-limits.ts
var sagemaker_limits = __webpack_require__(7408);
// EXTERNAL MODULE: ./src/docker/sockets.ts
var sockets = __webpack_require__(3074);
// EXTERNAL MODULE: ./src/core/progress.ts
var progress = __webpack_require__(4664);
// EXTERNAL MODULE: ./src/inputs/training.ts
var training = __webpack_require__(3191);
// EXTERNAL MODULE: ./src/smoke/log-signs.ts
var log_signs = __webpack_require__(1144);
// EXTERNAL MODULE: ./src/smoke/entry-script.ts
var entry_script = __webpack_require__(4097);
// EXTERNAL MODULE: ./src/smoke/instance-resources.ts
var instance_resources = __webpack_require__(4646);
// EXTERNAL MODULE: ./src/smoke/input-modes.ts
var input_modes = __webpack_require__(5840);
// EXTERNAL MODULE: ./src/image/container-user.ts
var container_user = __webpack_require__(3760);
// EXTERNAL MODULE: ./src/smoke/hosts.ts + 1 modules
var smoke_hosts = __webpack_require__(3391);
// EXTERNAL MODULE: ./src/smoke/training-host.ts
var training_host = __webpack_require__(1670);
;// CONCATENATED MODULE: ./src/smoke/training-volume.ts
// The ML storage volume of a training job (ResourceConfig.VolumeSizeInGB): SageMaker gives `train`
// that much disk for /opt/ml, and the write that fills it fails with "No space left on device".
// Here /opt/ml is host folders under RUNNER_TEMP that nothing else would stop a container from
// filling the runner's disk through, so what it wrote there is measured while it runs, and crossing
// the volume's size stops it. Measured, not enforced by a size-limited mount: a loop device or a
// quota needs privileges the runner's user lacks, and a tmpfs would hold the files in memory.


/** VolumeSizeInGB counts GB of 2^30 bytes, as EBS sizes the volume. */
const GB = 1024 ** 3;
/** One walk, bounded so that a look every second stays cheap. */
const WALK_BOUNDS = { entries: 100_000, ms: 2000 };
/** How often what training wrote is measured: crossing the volume is seen within about this. */
const WATCH_EVERY_MS = 1000;
/** Bytes in use on the filesystem holding `dir`. */
async function diskUsed(dir) {
    const fs = await (0,promises_.statfs)(dir);
    return (fs.blocks - fs.bfree) * fs.bsize;
}
/**
 * The disk space the files under `root` take, never following a link; `baseline` is diskUsed(root)
 * from before training started.
 */
async function measureVolume(root, baseline, bounds = WALK_BOUNDS) {
    const tally = await tallyFiles(root, bounds);
    if (!tally.partial)
        return { bytes: tally.diskBytes, estimated: false };
    // a flood of small files would hide big ones from a bounded walk, not from the runner's disk
    return { bytes: Math.max(tally.diskBytes, (await diskUsed(root)) - baseline), estimated: true };
}
/**
 * Measures `root` about every second while the container runs: the use that first crosses
 * `limitBytes`, or undefined once the container exited.
 */
async function watchVolume(root, limitBytes, baseline, container) {
    for (;;) {
        const started = performance.now();
        const use = await measureVolume(root, baseline);
        if (use.bytes > limitBytes)
            return use;
        // a slow walk is followed by as long a pause: the host's disk is walked at most half the time
        const pause = Math.max(WATCH_EVERY_MS, performance.now() - started);
        if (await container.exitsWithin(pause))
            return undefined;
    }
}
/** GB to three significant digits (whole GB from 100): 0.0525, 2.5, 30.1, 250. */
function gb(bytes) {
    const n = bytes / GB;
    return n >= 100 ? n.toFixed(0) : String(Number(n.toPrecision(3)));
}
/** training-volume: what `train` wrote under /opt/ml against the volume; `log`, its last lines. */
function volumeVerdict(written, volume, log) {
    const { use, stoppedAfter } = written;
    const about = use.estimated ? 'about ' : '';
    if (use.bytes <= volume.gb * GB) {
        return {
            ok: true,
            detail: `wrote ${about}${gb(use.bytes)} GB under /opt/ml; the ML storage volume holds ${volume.gb} GB (${volume.from})`
        };
    }
    const estimated = use.estimated
        ? " (More files than are counted one by one, so that is how much the runner's disk grew while it ran.)"
        : '';
    const stopped = stoppedAfter === undefined
        ? 'It exited before it could be stopped.'
        : `It was stopped ${stoppedAfter.toFixed(1)} s after it started, before it could fill the runner's disk.`;
    return {
        ok: false,
        finding: {
            message: `Training wrote ${about}${gb(use.bytes)} GB under /opt/ml; the ML storage volume holds ${volume.gb} GB (${volume.from}).${estimated} On SageMaker the write that fills the volume fails with "No space left on device", and so does the training job. ${stopped}${log ? ` Last log lines:\n${log}` : ''}`
        }
    };
}

;// CONCATENATED MODULE: ./src/smoke/training.ts
// The training smoke test: /opt/ml laid out exactly as SageMaker lays it out, `docker run
// --network none IMAGE train` (or one container per host on the run's own network), then what the
// run left in /opt/ml/model and /opt/ml/output/failure.















const FAILURE_CHARS = sagemaker_limits/* FAILURE_REASON_CHARS */.op;
const FAILURE_BYTES = 4 * FAILURE_CHARS; // enough for 1024 characters of UTF-8
/** How often a training run is checked for a server it should not have started. */
const SERVING_CHECK_MS = 1000;
/** A server starts within seconds; after this only the log is watched (no socket reads). */
const SOCKET_CHECK_FOR_MS = 60000;
/** The run's input mode: the setup's (a request or profile chose it), else `training-input-mode`. */
function runMode(ctx, setup) {
    return setup.mode ?? { mode: ctx.inputs.trainingInputMode, from: '`training-input-mode`' };
}
/** What every training container runs with, besides its mounts, host name and network. */
function trainSpec(ctx, setup) {
    return {
        image: setup.image,
        command: 'train',
        env: (0,training_host/* trainingEnv */._V)(ctx),
        extraArgs: ctx.inputs.dockerRunArgs,
        labels: setup.labels,
        ...(setup.limits ? { limits: setup.limits } : {})
    };
}
const NOT_COMPLETED = 'training did not complete (see train-exit)';
/** Runs `train`; returns the directory holding the trained model when training passed. */
async function train(ctx, setup) {
    const choice = runMode(ctx, setup);
    const refused = (0,training/* fastFileRefusals */.iK)(ctx.inputs.trainingData, choice.mode);
    if (refused) {
        ctx.findings.add('train-exit', refused);
        ctx.findings.skip('train-model-output', NOT_COMPLETED);
        return undefined;
    }
    const run = await startTraining(ctx, setup, choice);
    try {
        return await judgeTraining(run);
    }
    finally {
        await endTraining(run);
    }
}
/**
 * Lays out every host's /opt/ml, starts algo-2 … algo-N on the run's network (with several hosts),
 * then algo-1, whose ML storage volume is watched from then on.
 */
async function startTraining(ctx, setup, choice) {
    const { inputs } = ctx;
    const ml = external_node_path_default().join(setup.tmp, 'ml');
    const shards = external_node_path_default().join(setup.tmp, 'shards');
    const plans = await (0,smoke_hosts/* planHosts */.ls)(inputs.trainingData, inputs.trainingInstanceCount, shards);
    const laid = await (0,training_host/* layout */.Zp)(ctx, ml, plans[0], choice);
    const baseline = await diskUsed(ml);
    const spec = trainSpec(ctx, setup);
    const hosts = plans.length > 1 ? await smoke_hosts/* Hosts */.K8.start(ctx, spec, plans, setup.tmp, choice) : undefined;
    const network = hosts ? { network: hosts.network } : {};
    const log = hosts ? 'train algo-1' : 'train';
    const first = await training_host/* HostRun */.wB.start(ctx, spec, {
        plan: plans[0],
        laid,
        mode: choice,
        log,
        ...network
    }).catch(async (err) => {
        await hosts?.remove();
        throw err;
    });
    first.container.pid(ctx.signal).catch(() => undefined); // starts the resource sampler once it runs
    const facts = { image: setup.image };
    ctx.facts.training = facts;
    const overfilled = fillsVolume(ml, setup.volume, baseline, first.container);
    return { ctx, setup, choice, ml, baseline, first, ...(hosts ? { hosts } : {}), facts, overfilled };
}
/** Waits for algo-1 (and its peers), then judges train-exit, training-volume, train-model-output. */
async function judgeTraining(run) {
    const { ctx, facts, first } = run;
    const { container } = first;
    const ended = await untilEnded(run);
    ctx.signal.throwIfAborted();
    if (ended && 'seen' in ended) {
        await servedInstead(run, ended.seen);
        return undefined;
    }
    const stopped = ended === undefined ? await stopAtTimeout(run) : '';
    facts.durationSeconds = Number(container.secondsSinceStart().toFixed(2));
    facts.exitCode = container.exitCode ?? null;
    // crossed while it ran (also during a grace period), or seen once it ended
    const written = (await run.overfilled) ?? { use: await measureVolume(run.ml, run.baseline) };
    if (wroteTooMuch(ctx, container, run.setup.volume, written))
        return undefined;
    if (facts.timedOut || facts.exitCode !== 0) {
        await exitFailure(run, stopped);
        return undefined;
    }
    const left = ctx.inputs.trainingTimeoutSec * 1000 - container.secondsSinceStart() * 1000;
    const peers = await run.hosts?.failure(Math.max(left, 0), ctx.signal);
    if (peers) {
        ctx.findings.add('train-exit', { message: `Host algo-1 exited 0, but:\n${peers}` });
        ctx.findings.skip('train-model-output', NOT_COMPLETED);
        return undefined;
    }
    const on = run.hosts ? ` on each of ${run.hosts.peers.length + 1} hosts` : '';
    const inMode = run.choice.mode === 'File' ? '' : ` in ${run.choice.mode} input mode`;
    ctx.findings.pass('train-exit', `exited 0${on} after ${facts.durationSeconds} s${inMode}`);
    return modelOutput(run);
}
/**
 * algo-1's exit, a server it started instead of training, or the volume it filled; undefined at
 * the training-timeout.
 */
async function untilEnded(run) {
    const { ctx } = run;
    const { container } = run.first;
    const limitSeconds = ctx.inputs.trainingTimeoutSec;
    // an image that serves when asked to train would run until the training-timeout: end it early
    const serving = servingInstead(ctx, container).then(s => s ?? new Promise(() => { }));
    const full = run.overfilled.then(over => over ?? new Promise(() => { }));
    return (0,progress/* withProgress */.E0)(ctx.log, {
        what: 'Training (`train`)',
        limitSeconds,
        elapsedSeconds: () => container.secondsSinceStart(),
        latestLine: () => container.log.lines(1)[0],
        everyMs: run.setup.progressMs
    }, (0,timing/* within */.u)(Promise.race([
        container.exited.then(code => ({ code })),
        serving.then(seen => ({ seen })),
        full.then(over => ({ over }))
    ]), limitSeconds * 1000, ctx.signal));
}
/** train-exit for an image that served when asked to train. */
async function servedInstead(run, seen) {
    const { ctx, setup, facts } = run;
    const { container } = run.first;
    await container.stop(setup.stopGraceMs);
    facts.durationSeconds = Number(container.secondsSinceStart().toFixed(2));
    facts.exitCode = container.exitCode ?? null;
    const entrypoint = ctx.facts.trainingImage?.entrypoint;
    ctx.findings.add('train-exit', {
        message: `\`docker run --network none ${setup.image} train\` started a server instead of training: ${seen} It was stopped after ${facts.durationSeconds} s. The image's ENTRYPOINT${entrypoint ? ` ${JSON.stringify(entrypoint)}` : ''} ignores the \`train\` argument, so a SageMaker training job would serve until its MaxRuntimeInSeconds ends it and then fail. Last log lines:\n${(0,log_signs/* quote */.hD)(container.log.lines(15))}`,
        help: 'Make the ENTRYPOINT act on its argument: run training for `train` and the server for `serve` (e.g. a start script that checks "$1", with exec-form ENTRYPOINT), or publish separate training and inference images.'
    });
    ctx.findings.skipAll(['train-model-output', 'training-volume'], NOT_COMPLETED);
}
/** Stops algo-1 at the training-timeout; how it stopped, for train-exit. */
async function stopAtTimeout(run) {
    const { stopGraceMs } = run.setup;
    run.facts.timedOut = true;
    const stop = await run.first.container.stop(stopGraceMs);
    return stop.killed
        ? ` It was stopped with SIGTERM and, still running ${stopGraceMs / 1000} s later, killed (SIGKILL).`
        : ` It was stopped with SIGTERM.`;
}
/** train-exit for a run that failed or timed out: the failure file, the mode, the user, the log. */
async function exitFailure(run, stopped) {
    const { ctx, facts, choice } = run;
    const { container } = run.first;
    const { inputs } = ctx;
    const failure = await failureReason(run.ml);
    facts.failureReason = failure.text;
    // the traceback a script writes to the failure file is usually in its log too: show it once
    const log = (0,log_signs/* quote */.hD)(notIn(failure.text, container.log.lines(15)));
    const reason = failure.text
        ? ` /opt/ml/output/failure says: "${failure.text}".`
        : ` ${failure.unread ?? '/opt/ml/output/failure is empty'}.`;
    const lines = container.log.lines(300);
    const network = (0,log_signs/* networkLines */.ct)(lines);
    const reached = network.length
        ? ` The log shows it reached for the network (training runs with network isolation too):\n${(0,log_signs/* quote */.hD)(network)}\n`
        : '';
    const what = facts.timedOut
        ? `\`train\` did not finish within the training-timeout of ${inputs.trainingTimeoutSec} s.${stopped}`
        : `\`train\` exited with code ${facts.exitCode} after ${facts.durationSeconds} s.`;
    const mode = (0,input_modes/* modeEvidence */.f_)(choice, inputs.trainingData, run.first.opened, lines);
    const cause = (await (0,entry_script/* scriptLineEndingsCause */.J)(ctx, run.setup.image, run.setup.labels, 'train')) ||
        (0,log_signs/* likelyCause */.IT)([...(failure.text?.split('\n') ?? []), ...lines]);
    ctx.findings.add('train-exit', {
        message: `${what}${reason}${reached}${mode}${(0,container_user/* rootExplanation */.SE)(run.setup.user)}${cause} Last log lines:\n${log}`
    });
    ctx.findings.skip('train-model-output', NOT_COMPLETED);
}
/** train-model-output: the model algo-1 left in /opt/ml/model, returned when there is one. */
async function modelOutput(run) {
    const { ctx, facts } = run;
    const model = await tallyFiles(external_node_path_default().join(run.ml, 'model'));
    facts.modelFiles = model.files;
    facts.modelBytes = model.bytes;
    const atLeast = model.partial ? 'at least ' : '';
    if (model.files === 0) {
        ctx.findings.add('train-model-output', {
            message: `\`train\` exited 0 but left /opt/ml/model empty, so there is no model.tar.gz for the transform job. Last log lines:\n${(0,log_signs/* quote */.hD)(run.first.container.log.lines(15))}`
        });
        return undefined;
    }
    ctx.findings.pass('train-model-output', `${atLeast}${model.files} file(s), ${atLeast}${model.bytes} bytes in /opt/ml/model`);
    return external_node_path_default().join(run.ml, 'model');
}
/** Removes every host and the network, then records algo-1's resources and every host's log. */
async function endTraining(run) {
    const { first, hosts, facts } = run;
    await first.remove();
    await hosts?.remove();
    await run.overfilled; // no walk of the folders, or stop, goes on once they may be removed
    const excerpt = first.container.log.excerpt();
    facts.logExcerpt = hosts ? hosts.excerpts(excerpt) : excerpt;
    facts.resources = (0,instance_resources/* recordResources */.TD)(run.ctx.findings, first.container, run.setup.limits, 'while training');
}
/**
 * Watches what the container writes under /opt/ml and kills it the moment that crosses the volume,
 * whatever train() waits for (a SIGTERM grace period too): the write that fills a SageMaker volume
 * fails at once, so no grace period to write more. Undefined when it exited within the volume.
 */
async function fillsVolume(ml, volume, baseline, container) {
    // a failed walk (only once its folders are removed) ends the watch, never the run
    const use = await watchVolume(ml, volume.gb * GB, baseline, container).catch(() => undefined);
    if (!use)
        return undefined;
    const running = container.running;
    const seconds = container.secondsSinceStart();
    await container.stop(0);
    return running ? { use, stoppedAfter: seconds } : { use };
}
/** training-volume; true when `train` wrote more than the volume holds, which fails the training. */
function wroteTooMuch(ctx, container, volume, written) {
    const verdict = volumeVerdict(written, volume, (0,log_signs/* quote */.hD)(container.log.lines(15)));
    ctx.findings.apply('training-volume', verdict);
    if (verdict.ok)
        return false;
    ctx.findings.skipAll(['train-exit', 'train-model-output'], 'training wrote more than its ML storage volume holds (see training-volume)');
    return true;
}
/**
 * What shows the container serves instead of training (a listener on 8080, or a log line saying it
 * serves); undefined once it has exited without either.
 */
async function servingInstead(ctx, container) {
    const pid = await container.pid(ctx.signal).catch(() => undefined);
    while (container.running && !ctx.signal.aborted) {
        const lines = (0,log_signs/* servingLines */.Wr)(container.log.lines(300));
        if (lines.length > 0)
            return `it printed\n${(0,log_signs/* quote */.hD)(lines)}\n`;
        if (pid !== undefined && container.secondsSinceStart() * 1000 < SOCKET_CHECK_FOR_MS) {
            const listeners = await (0,sockets/* readListeners */.yF)(pid, container.name, ctx.env);
            if (listeners?.some(l => l.port === sagemaker_limits/* SERVING_PORT */.b0)) {
                return `it listens on port ${sagemaker_limits/* SERVING_PORT */.b0}, as a serving container does.`;
            }
        }
        await (0,timing/* within */.u)(container.exited, SERVING_CHECK_MS);
    }
    return undefined;
}
/** The failure file's text, or why it was not read (the container chose what it is). */
async function failureReason(ml) {
    const file = await readSmallFile(external_node_path_default().join(ml, 'output', 'failure'), '/opt/ml/output/failure', FAILURE_BYTES);
    if (file.kind === 'refused')
        return { unread: file.reason };
    if (file.kind === 'missing')
        return { unread: '`train` did not write /opt/ml/output/failure' };
    const text = file.kind === 'text' ? file.text.trim().slice(0, FAILURE_CHARS) : '';
    return text ? { text } : {};
}
/** The log lines that do not repeat a line of the failure text. */
function notIn(text, lines) {
    if (!text)
        return lines;
    const said = new Set(text
        .split('\n')
        .map(l => l.trim())
        .filter(Boolean));
    const rest = lines.filter(l => !said.has(l.trim()));
    return rest.length ? rest : ['(every line is in /opt/ml/output/failure above)'];
}


/***/ }),

/***/ 8345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M1: () => (/* binding */ removeDir),
/* harmony export */   cK: () => (/* binding */ ownByRoot),
/* harmony export */   mk: () => (/* binding */ makeTempDir)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_4__);
// Temporary directories for /opt/ml: world-readable, owned by root as SageMaker's are (so a
// non-root USER that cannot write them fails here as it fails there), and always removed, even
// when a root container left root-owned files in them.





const exec = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
async function makeTempDir(env, prefix) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), `marketplace-ml-preflight-${prefix}-`));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(dir, 0o755);
    return dir;
}
/**
 * Hands `dirs` and what is under them to root, as SageMaker's /opt/ml is: already so when the
 * preflight runs as root; otherwise through passwordless sudo (GitHub-hosted runners). Without
 * it the folders stay the runner's (mode 0755: still not writable by another USER); false then.
 */
async function ownByRoot(dirs) {
    if (process.getuid?.() === 0)
        return true;
    try {
        await exec('sudo', ['-n', 'chown', '-R', '0:0', '--', ...dirs], { timeout: 60000 });
        return true;
    }
    catch {
        return false;
    }
}
async function removeDir(dir) {
    // rm(1) rather than fs.rm: a container may leave a million files in /opt/ml/model, and fs.rm
    // queues a request per entry at once in this process (hundreds of MB for 200,000 files)
    try {
        await exec('rm', ['-rf', '--', dir], { timeout: 10 * 60000 });
    }
    catch (err) {
        // files written by a root container; GitHub-hosted runners allow passwordless sudo
        if (process.getuid?.() === 0)
            throw err;
        await exec('sudo', ['-n', 'rm', '-rf', '--', dir], { timeout: 10 * 60000 });
    }
}


/***/ })

};
