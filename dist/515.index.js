export const id = 515;
export const ids = [515];
export const modules = {

/***/ 5898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ platformName),
/* harmony export */   B3: () => (/* binding */ notFoundVerdict),
/* harmony export */   FG: () => (/* binding */ ACCEPTED_MEDIA_TYPES),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   P1: () => (/* binding */ sizeVerdict),
/* harmony export */   S0: () => (/* binding */ entrypointVerdict),
/* harmony export */   Wt: () => (/* binding */ platformsOf),
/* harmony export */   YS: () => (/* binding */ existsVerdict),
/* harmony export */   Z2: () => (/* binding */ MEDIA_TYPES),
/* harmony export */   ZF: () => (/* binding */ ownershipVerdict),
/* harmony export */   ZL: () => (/* binding */ platformVerdict),
/* harmony export */   g9: () => (/* binding */ optMlVerdict),
/* harmony export */   j5: () => (/* binding */ manifestVerdict),
/* harmony export */   n5: () => (/* binding */ amd64Entry),
/* harmony export */   nj: () => (/* binding */ scanVerdict),
/* harmony export */   tE: () => (/* binding */ largestLayers)
/* harmony export */ });
/* unused harmony exports AMD64, shortDigest */
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8855);
// The registry rules, decided from facts gathered from ECR: pure functions, no AWS calls. Each returns
// a verdict that src/aws/ecr.ts records; messages say what was seen, the rule table says how to fix.

const MEDIA_TYPES = {
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerSchema1: 'application/vnd.docker.distribution.manifest.v1+json',
    dockerSchema1Signed: 'application/vnd.docker.distribution.manifest.v1+prettyjws'
};
/** Every manifest type, so BatchGetImage returns the stored manifest rather than a conversion. */
const ACCEPTED_MEDIA_TYPES = Object.values(MEDIA_TYPES);
const AMD64 = 'linux/amd64';
const pass = (detail) => ({ ok: true, detail });
const fail = (finding) => ({ ok: false, finding });
// ---- ownership ----
function ownershipVerdict(input, registryId, sellerAccountIds, source) {
    const from = source === 'input' ? '`seller-account-id`' : 'the caller account, sts:GetCallerIdentity';
    if (sellerAccountIds.includes(registryId)) {
        return pass(`${input} is in registry account ${registryId}, a seller account (from ${from})`);
    }
    return fail({
        message: `\`${input}\` is in the registry of account ${registryId}, but the seller account${sellerAccountIds.length > 1 ? 's are' : ' is'} ${sellerAccountIds.join(', ')} (from ${from}).`,
        help: source === 'input'
            ? `Push the image to ${sellerAccountIds[0]}.dkr.ecr.REGION.amazonaws.com, or add ${registryId} to \`seller-account-id\` if it is your seller account.`
            : `Push the image to the seller account's registry, or pass \`seller-account-id\` if these credentials belong to a different account than the one that publishes.`,
        file: input
    });
}
// ---- existence ----
function existsVerdict(input, digest, tags) {
    return pass(`${input} exists as ${digest}${tags.length ? ` (tags: ${tags.slice(0, 5).join(', ')})` : ''}`);
}
function notFoundVerdict(input, where, code) {
    const what = where.digest ? `the digest ${where.digest}` : `the tag "${where.tag ?? 'latest'}"`;
    const message = code === 'RepositoryNotFoundException'
        ? `\`${input}\`: the repository "${where.repository}" does not exist in account ${where.registryId}, ${where.region} (RepositoryNotFoundException).`
        : `\`${input}\`: ${what} is not in the repository "${where.repository}" (account ${where.registryId}, ${where.region}) (ImageNotFoundException).`;
    return fail({ message, file: input });
}
// ---- size ----
/** The `count` largest layers, largest first. */
function largestLayers(layers, count = 3) {
    return [...layers].sort((a, b) => b.sizeBytes - a.sizeBytes).slice(0, count);
}
function sizeVerdict(input, sizeBytes, layers, maxBytes) {
    const top = largestLayers(layers);
    const layerText = top.length
        ? `; largest layers: ${top.map(l => `${shortDigest(l.digest)} ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(l.sizeBytes)}`).join(', ')}`
        : '';
    const size = `${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(sizeBytes)} compressed (${sizeBytes} bytes)`;
    if (sizeBytes <= maxBytes) {
        return pass(`${input} is ${size}, within \`max-image-size\` ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(maxBytes)}${layerText}`);
    }
    return fail({
        message: `\`${input}\` is ${size}, above \`max-image-size\` ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(maxBytes)}${layerText}. GitHub-hosted runners have about 14 GB of free disk, and every endpoint, batch and training start pulls the whole image.`,
        file: input
    });
}
/** Parses a manifest as BatchGetImage returns it; `mediaType` is ECR's, used when the JSON has none. */
function parseManifest(json, mediaType) {
    const raw = JSON.parse(json);
    const type = mediaType ||
        raw.mediaType ||
        (raw.schemaVersion === 1
            ? MEDIA_TYPES.dockerSchema1
            : raw.manifests
                ? MEDIA_TYPES.ociIndex
                : MEDIA_TYPES.ociManifest);
    if (raw.manifests) {
        return {
            mediaType: type,
            entries: raw.manifests.map(m => ({
                digest: m.digest ?? '',
                mediaType: m.mediaType,
                platform: platformName(m.platform?.os, m.platform?.architecture, m.platform?.variant),
                attestation: m.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest',
                ...(m.size !== undefined ? { sizeBytes: m.size } : {})
            }))
        };
    }
    return {
        mediaType: type,
        ...(raw.config?.digest
            ? { config: { digest: raw.config.digest, mediaType: raw.config.mediaType } }
            : {}),
        layers: (raw.layers ?? []).map(l => ({ digest: l.digest ?? '', sizeBytes: l.size ?? 0 }))
    };
}
function platformName(os, architecture, variant) {
    return [os || 'unknown', architecture || 'unknown', variant].filter(Boolean).join('/');
}
/** The runnable platforms of a list or index (attestations left out). */
function platformsOf(entries) {
    return [...new Set(entries.filter(e => !e.attestation).map(e => e.platform))];
}
/** The linux/amd64 child of a list or index, if it has one. */
function amd64Entry(entries) {
    return entries.find(e => !e.attestation && e.platform === AMD64);
}
const PROVENANCE_FIX = 'BuildKit (docker buildx, docker/build-push-action) adds a provenance attestation by default, which turns the push into an OCI image index; build with `--provenance=false` (docker/build-push-action: `provenance: false`), or `docker buildx build --provenance=false --sbom=false --output type=docker`, then push again.';
/** `childMediaType` is the media type of the linux/amd64 manifest inside a list or index. */
function manifestVerdict(input, manifest, childMediaType) {
    const type = manifest.mediaType;
    const attestations = manifest.entries?.filter(e => e.attestation).length ?? 0;
    if (type === MEDIA_TYPES.ociIndex) {
        return fail({
            message: `\`${input}\` is an OCI image index (${type})${attestations
                ? ` holding ${attestations} attestation manifest${attestations > 1 ? 's' : ''} (vnd.docker.reference.type=attestation-manifest): BuildKit's provenance attestation`
                : ''}; SageMaker rejects it at CreateModel with "Unsupported manifest media type".`,
            help: PROVENANCE_FIX,
            file: input
        });
    }
    if (type === MEDIA_TYPES.ociManifest) {
        return fail({
            message: `\`${input}\` is an OCI image manifest (${type}); SageMaker rejects it at CreateModel with "Unsupported manifest media type ${type}".`,
            help: `${PROVENANCE_FIX} With BuildKit also leave \`oci-mediatypes\` off; with podman or buildah push with \`--format docker\`.`,
            file: input
        });
    }
    if (type === MEDIA_TYPES.dockerSchema1 || type === MEDIA_TYPES.dockerSchema1Signed) {
        return fail({
            message: `\`${input}\` has a Docker image manifest schema 1 (${type}), which is deprecated and not accepted.`,
            help: 'Rebuild and push the image with a current Docker (it pushes Docker v2 schema 2).',
            file: input
        });
    }
    if (type === MEDIA_TYPES.dockerList) {
        if (childMediaType && childMediaType !== MEDIA_TYPES.dockerManifest) {
            return manifestVerdict(input, { mediaType: childMediaType }, undefined);
        }
        return pass(`${input} is a Docker manifest list; its linux/amd64 image is a Docker v2 schema 2 manifest`);
    }
    if (type === MEDIA_TYPES.dockerManifest) {
        return pass(`${input} is a Docker v2 schema 2 manifest`);
    }
    return fail({
        message: `\`${input}\` has the manifest media type "${type}", which is not a container image SageMaker can run.`,
        file: input
    });
}
function platformVerdict(input, platforms) {
    if (platforms.includes(AMD64)) {
        return pass(`${input} provides ${AMD64} (platforms: ${platforms.join(', ')})`);
    }
    return fail({
        message: `\`${input}\` provides ${platforms.length ? platforms.join(', ') : 'no platform'}, not ${AMD64}.`,
        file: input
    });
}
// ---- entrypoint ----
const SHELLS = /^(?:\/usr)?(?:\/bin\/)?(?:sh|bash|dash|ash|zsh)$/;
const TINI = /(?:^|\/)(?:tini|tini-static|docker-init)$/;
function entrypointVerdict(input, entrypoint, cmd) {
    const shown = (v) => v && v.length ? JSON.stringify(v) : 'none';
    const ep = entrypoint ?? [];
    if (ep.length >= 2 && SHELLS.test(ep[0]) && ep[1] === '-c') {
        return fail({
            message: `\`${input}\` has the shell-form ENTRYPOINT ${shown(ep)}: the shell is PID 1, so SIGTERM does not reach your server, and SageMaker's \`serve\`/\`train\` argument becomes the shell's $0 instead of reaching your program.`,
            help: 'Write the ENTRYPOINT as a JSON array, or make the script it runs start your server with `exec`.',
            file: input
        });
    }
    if (ep.length && TINI.test(ep[0])) {
        return fail({
            message: `\`${input}\` uses ${ep[0]} as its ENTRYPOINT (${shown(ep)}); SageMaker documents that tini gets confused by the \`serve\` and \`train\` arguments.`,
            help: 'Make your server or a script that execs it the ENTRYPOINT instead.',
            file: input
        });
    }
    return pass(`${input}: ENTRYPOINT ${shown(ep)}, CMD ${shown(cmd)} (SageMaker runs it with \`serve\` or \`train\` in place of CMD)`);
}
/** SageMaker mounts /opt/ml over whatever the image ships there, so those files vanish at run time. */
function optMlVerdict(input, files) {
    if (!files.length)
        return pass(`${input} ships no files under /opt/ml`);
    return fail({
        message: `\`${input}\` ships files under /opt/ml (${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}); SageMaker reserves /opt/ml and mounts the model, input and output directories over it, so these files are hidden or replaced at run time.`,
        help: 'Install your code elsewhere (e.g. /opt/program) and read the model from /opt/ml/model at run time, where SageMaker unpacks model.tar.gz.',
        file: input
    });
}
const SEVERITY_ORDER = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL', 'UNDEFINED'];
function scanVerdict(input, where, scan) {
    const start = `\`aws ecr start-image-scan --repository-name ${where.repository} --image-id imageDigest=${where.digest} --registry-id ${where.registryId} --region ${where.region}\``;
    const pending = (seen) => fail({
        severity: 'warning',
        message: `\`${input}\` (${where.digest}) ${seen}; Marketplace checks the ECR scan results, and an image with no completed scan is not accepted.`,
        help: `Start a scan with ${start}, or enable scan on push for the repository, then run the preflight again.`,
        file: input
    });
    if (scan.status === 'NOT_FOUND')
        return pending('has no ECR image scan (ScanNotFoundException)');
    if (scan.status !== 'COMPLETE' && scan.status !== 'ACTIVE') {
        return pending(`has no completed ECR scan: status ${scan.status}${scan.description ? ` ("${scan.description}")` : ''}`);
    }
    const kind = scan.enhanced ? 'enhanced (Amazon Inspector)' : 'basic';
    const counts = SEVERITY_ORDER.filter(s => scan.counts[s])
        .map(s => `${scan.countsAtLeast ? 'at least ' : ''}${scan.counts[s]} ${s}`)
        .join(', ');
    const blocking = (scan.counts.CRITICAL ?? 0) + (scan.counts.HIGH ?? 0);
    if (blocking === 0) {
        return pass(`${input}: ECR ${kind} scan complete, ${counts || 'no findings'}`);
    }
    return fail({
        message: `\`${input}\` (${where.digest}): the ECR ${kind} scan found ${counts}${scan.examples.length ? `, including ${scan.examples.join('; ')}` : ''}.`,
        file: input
    });
}
function shortDigest(digest) {
    return digest.replace(/^(sha256:[a-f0-9]{12})[a-f0-9]*$/, '$1');
}


/***/ }),

/***/ 515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSmokeTests: () => (/* binding */ runSmokeTests)
});

// UNUSED EXPORTS: servingImage

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/docker/cli.ts
// The docker CLI, run with a minimal environment: the CLI needs to find the engine and the
// registry credentials (ECR login writes ~/.docker/config.json), nothing else from the runner.

const CLI_ENV = [
    'PATH',
    'HOME',
    'DOCKER_HOST',
    'DOCKER_CONFIG',
    'DOCKER_CONTEXT',
    'DOCKER_CERT_PATH',
    'DOCKER_TLS_VERIFY',
    'XDG_RUNTIME_DIR'
];
function cliEnv(env) {
    const out = {};
    for (const name of CLI_ENV)
        if (env[name] !== undefined)
            out[name] = env[name];
    return out;
}
/** Runs `docker ARGS` to completion; never throws for a non-zero exit (the caller decides). */
function docker(args, options) {
    return new Promise(resolve => {
        const child = (0,external_node_child_process_.execFile)('docker', args, {
            env: cliEnv(options.env),
            timeout: options.timeoutMs,
            signal: options.signal,
            maxBuffer: 8 * 1024 * 1024,
            killSignal: 'SIGKILL'
        }, (err, stdout, stderr) => {
            const e = err;
            let code = 0;
            if (e)
                code = typeof e.code === 'number' ? e.code : -1;
            const reason = e && code === -1 ? `${stderr}${stderr ? '\n' : ''}${e.message}`.trim() : stderr;
            resolve({ code, stdout, stderr: reason });
        });
        if (options.input !== undefined)
            child.stdin?.end(options.input);
    });
}
/** Starts `docker ARGS` as a long-running process (attached `docker run`, `docker wait`…). */
function spawnDocker(args, env, options = {}) {
    return (0,external_node_child_process_.spawn)('docker', args, { ...options, env: cliEnv(env) });
}
/** Whether a Docker engine answers, within a short timeout. */
async function engineAvailable(env, timeoutMs = 10000) {
    const r = await docker(['version', '--format', '{{.Server.Version}}'], { env, timeoutMs });
    if (r.code === 0 && r.stdout.trim())
        return { ok: true, version: r.stdout.trim() };
    const why = lastLines(r.stderr, 2) || `docker exited with ${r.code}`;
    return { ok: false, reason: `\`docker version\` did not reach an engine: ${why}` };
}
function lastLines(text, n) {
    return text.trim().split('\n').slice(-n).join('\n').trim();
}

// EXTERNAL MODULE: ./src/docker/labels.ts
var docker_labels = __webpack_require__(65);
// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(8422);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/docker/image-files.ts
// What an image on the local engine is made of, without running it: its config (platform,
// ENTRYPOINT, CMD) from `docker image inspect`, and the files it ships under a directory, read from
// the tar stream of `docker cp` out of a created (never started) container.


/** The image's config, or why the engine has no such image (docker's own words). */
async function inspectLocalImage(env, image, signal) {
    const r = await docker([
        'image',
        'inspect',
        '--format',
        '{{json .Os}} {{json .Architecture}} {{json .Config}}',
        '--',
        image
    ], { env, timeoutMs: 30000, signal });
    if (r.code !== 0)
        return { ok: false, reason: lastLines(r.stderr, 1) };
    const m = /^"([^"]*)" "([^"]*)" (.*)$/s.exec(r.stdout.trim());
    if (!m)
        return { ok: false, reason: `unexpected docker image inspect output: ${r.stdout}` };
    const config = JSON.parse(m[3]);
    return {
        ok: true,
        config: {
            platform: `${m[1]}/${m[2]}`,
            ...(config.Entrypoint ? { entrypoint: config.Entrypoint } : {}),
            ...(config.Cmd ? { cmd: config.Cmd } : {})
        }
    };
}
/**
 * Up to `max` regular files and links the image ships under `dir` (an empty list when there are
 * none or the directory does not exist). Reads tar headers only and skips file contents, so a
 * model baked into the image costs no memory.
 */
async function filesUnder(env, image, dir, labels, signal, max = 10) {
    // `--`: an image named like a flag stays an image
    const created = await docker(['create', '--network', 'none', ...labels, '--', image, 'serve'], {
        env,
        timeoutMs: 60000,
        signal
    });
    const id = created.stdout.trim();
    if (created.code !== 0 || !id)
        throw new Error(created.stderr.trim() || 'docker create failed');
    const parent = external_node_path_default().posix.dirname(dir);
    try {
        return await new Promise((resolve, reject) => {
            const child = spawnDocker(['cp', `${id}:${dir}`, '-'], env, { signal });
            const reader = new TarNames(max);
            let stderr = '';
            child.stdout?.on('data', (chunk) => {
                if (reader.push(chunk))
                    child.kill('SIGKILL'); // seen enough
            });
            child.stderr?.on('data', (chunk) => void (stderr += chunk.toString()));
            child.on('error', reject);
            child.on('close', code => {
                // entries are named from the directory's base name (ml/…): give their paths in the image
                if (code === 0 || reader.done)
                    resolve(reader.files.map(f => external_node_path_default().posix.join(parent, f)));
                else if (/could not find|no such file/i.test(stderr))
                    resolve([]);
                else
                    reject(new Error(stderr.trim() || `docker cp exited ${code}`));
            });
        });
    }
    finally {
        await docker(['rm', '-f', id], { env, timeoutMs: 30000 });
    }
}
/** A streaming reader of tar entry names (ustar, GNU long names, pax paths), skipping contents. */
class TarNames {
    max;
    files = [];
    done = false;
    buffer = Buffer.alloc(0);
    skip = 0;
    /** Collects the body of a long-name entry instead of skipping it. */
    collect;
    nextName;
    constructor(max) {
        this.max = max;
    }
    /** Feeds bytes; true once `max` names were seen. */
    push(chunk) {
        this.buffer = Buffer.concat([this.buffer, chunk]);
        while (!this.done) {
            if (this.skip > 0) {
                const n = Math.min(this.skip, this.buffer.length);
                if (this.collect)
                    this.collect.data.push(this.buffer.subarray(0, n));
                this.buffer = this.buffer.subarray(n);
                this.skip -= n;
                if (this.skip > 0)
                    return false;
                if (this.collect)
                    this.finishLongName();
                continue;
            }
            if (this.buffer.length < 512)
                return false;
            const header = this.buffer.subarray(0, 512);
            this.buffer = this.buffer.subarray(512);
            if (header.every(b => b === 0))
                continue; // end-of-archive padding
            const size = parseInt(field(header, 124, 12) || '0', 8);
            const type = String.fromCharCode(header[156] || 48);
            const padded = Math.ceil(size / 512) * 512;
            if (type === 'L' || type === 'x') {
                this.collect = { kind: type, left: size, data: [] };
                this.skip = padded;
                continue;
            }
            const prefix = field(header, 345, 155);
            const name = this.nextName ?? (prefix ? `${prefix}/` : '') + field(header, 0, 100);
            this.nextName = undefined;
            if (type === '0' || type === '1' || type === '2')
                this.files.push(name);
            this.skip = padded;
            if (this.files.length >= this.max)
                this.done = true;
        }
        return this.done;
    }
    finishLongName() {
        const { kind, left, data } = this.collect;
        const body = Buffer.concat(data).subarray(0, left).toString('utf8');
        this.nextName =
            kind === 'L'
                ? body.replace(/\0.*$/s, '')
                : (/(?:^|\n)\d+ path=([^\n]*)/.exec(body)?.[1] ?? undefined);
        this.collect = undefined;
    }
}
function field(header, offset, length) {
    return header
        .subarray(offset, offset + length)
        .toString('utf8')
        .replace(/\0.*$/s, '')
        .trim();
}

// EXTERNAL MODULE: ./src/registry-rules.ts
var registry_rules = __webpack_require__(5898);
;// CONCATENATED MODULE: ./src/smoke/images.ts
// Getting the image onto the engine: a local image is used as is; an ECR image is pulled the way
// SageMaker pulls it (the seller logs in first, e.g. with aws-actions/amazon-ecr-login).



const PULL_TIMEOUT_MS = 30 * 60 * 1000;
async function acquireImage(ctx, image, local) {
    if (!local) {
        ctx.log.info(`Pulling ${image}`);
        const r = await docker(['pull', '--quiet', '--', image], {
            env: ctx.env,
            timeoutMs: PULL_TIMEOUT_MS,
            signal: ctx.signal
        });
        ctx.signal.throwIfAborted();
        if (r.code !== 0)
            return { ok: false, ...pullFailure(image, r.stderr) };
    }
    const inspected = await inspectLocalImage(ctx.env, image, ctx.signal);
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
/** What a failed `docker pull` means for the seller. */
function pullFailure(image, stderr) {
    const why = lastLines(stderr, 3) || 'docker pull failed';
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
            help: 'Log in to Amazon ECR before this step (aws-actions/configure-aws-credentials, then aws-actions/amazon-ecr-login) with a role allowed ecr:BatchGetImage and ecr:GetDownloadUrlForLayer, or pass `local-image`.'
        };
    }
    if (/not found|manifest unknown|does not exist/i.test(stderr)) {
        return { message, help: 'Check the repository, tag and digest; push the image first.' };
    }
    return {
        message,
        help: 'Check that the runner can reach the registry and that you are logged in (aws-actions/amazon-ecr-login), or pass `local-image`.'
    };
}
/**
 * The rules an image on the engine answers without running it: platform and ENTRYPOINT from its
 * config, and files shipped under /opt/ml. For a `local-image` this is the only place they are
 * checked; for a pulled image it confirms what the registry checks read from ECR.
 */
async function checkImageContents(ctx, image, input, labels, config) {
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
    try {
        const files = await filesUnder(ctx.env, image, '/opt/ml', labels, ctx.signal);
        ctx.findings.apply('entrypoint', (0,registry_rules/* optMlVerdict */.g9)(input, files));
    }
    catch (err) {
        ctx.signal.throwIfAborted();
        ctx.log.warning(`Could not list the files ${image} ships under /opt/ml: ${err.message}`);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/smoke/payloads.ts
// The sample payloads: `payload` patterns resolved inside the workspace, with the Content-Type
// SageMaker would be given and the size limits of real-time and batch requests.



const MB = 1024 * 1024;
const LIMITS = {
    /** seed: 25 MB per real-time invocation, "can't be adjusted" */
    realtimeBytes: 25 * MB,
    /** InvokeEndpoint's Body cap (botocore sagemaker-runtime BodyBlob) */
    invokeEndpointBytes: 6 * MB,
    /** seed: 100 MB per batch-transform invocation */
    batchBytes: 100 * MB
};
const TYPES = {
    '.csv': 'text/csv',
    '.json': 'application/json',
    '.jsonl': 'application/jsonlines',
    '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg',
    '.png': 'image/png',
    '.gif': 'image/gif',
    '.bmp': 'image/bmp',
    '.webp': 'image/webp',
    '.tif': 'image/tiff',
    '.tiff': 'image/tiff',
    '.txt': 'text/plain'
};
/**
 * payload-size, judged from the files alone (so also when the container never serves): each sample
 * against the real-time limits, and against the batch limit when batch transform is tested.
 */
function payloadSizeFindings(payloads, batch) {
    const out = [];
    for (const p of payloads) {
        if (p.bytes > LIMITS.realtimeBytes) {
            out.push({
                message: `${p.name} is ${mib(p.bytes)}; a real-time invocation takes at most ${mib(LIMITS.realtimeBytes)}, so it is not sent to the real-time server.`
            });
        }
        else if (p.bytes > LIMITS.invokeEndpointBytes) {
            out.push({
                severity: 'warning',
                message: `${p.name} is ${mib(p.bytes)}: within the 25 MB real-time limit, but the InvokeEndpoint API accepts at most 6 MiB per request, so buyers cannot send it to an endpoint.`
            });
        }
        if (batch && p.bytes > LIMITS.batchBytes) {
            out.push({
                message: `${p.name} is ${mib(p.bytes)}; a batch-transform invocation takes at most ${mib(LIMITS.batchBytes)}, so it is not sent in the batch run either.`
            });
        }
    }
    return out;
}
function mib(bytes) {
    if (bytes < MB)
        return `${bytes} bytes`;
    return `${(bytes / MB).toFixed(1)} MiB`;
}
function contentTypeFor(file, override) {
    return override ?? TYPES[external_node_path_default().extname(file).toLowerCase()] ?? 'application/octet-stream';
}
/** Resolves the `payload` lines (globs allowed) to files inside the workspace, in a stable order. */
function resolvePayloads(patterns, workspace, contentType) {
    const root = (0,external_node_fs_.realpathSync)(workspace);
    const seen = new Set();
    const out = [];
    for (const pattern of patterns) {
        const matches = expand(pattern, workspace);
        if (matches.length === 0) {
            throw new src_inputs/* InputError */.dz('payload', `has "${pattern}", which matches no file under ${workspace}; paths and globs are relative to the workspace`);
        }
        for (const file of matches) {
            const real = (0,external_node_fs_.realpathSync)(file);
            if (real !== root && !real.startsWith(root + (external_node_path_default()).sep)) {
                throw new src_inputs/* InputError */.dz('payload', `has "${external_node_path_default().relative(workspace, file) || file}", which resolves to ${real}, outside the workspace ${root}; payload files must live in the repository`);
            }
            if (seen.has(real))
                continue;
            seen.add(real);
            const st = (0,external_node_fs_.statSync)(real);
            out.push({
                name: external_node_path_default().relative(workspace, file),
                file: real,
                bytes: st.size,
                contentType: contentTypeFor(file, contentType)
            });
        }
    }
    return out;
}
function hasMagic(segment) {
    return /[*?[]/.test(segment);
}
/** Files matching a glob (`*`, `?`, `[…]`, `**`), or the path itself when it has no magic. */
function expand(pattern, workspace) {
    const abs = external_node_path_default().resolve(workspace, pattern);
    const segments = abs.split((external_node_path_default()).sep).filter(Boolean);
    const firstMagic = segments.findIndex(hasMagic);
    if (firstMagic === -1)
        return isFile(abs) ? [abs] : [];
    const base = (external_node_path_default()).sep + segments.slice(0, firstMagic).join((external_node_path_default()).sep);
    const results = [];
    walk(base, segments.slice(firstMagic), results);
    return results.sort();
}
function walk(dir, rest, results) {
    if (rest.length === 0) {
        if (isFile(dir))
            results.push(dir);
        return;
    }
    const [head, ...tail] = rest;
    if (head === '**') {
        walk(dir, tail, results); // zero directories
        for (const entry of entries(dir)) {
            if (entry.isDirectory() && !entry.name.startsWith('.')) {
                walk(external_node_path_default().join(dir, entry.name), rest, results);
            }
        }
        return;
    }
    if (!hasMagic(head))
        return walk(external_node_path_default().join(dir, head), tail, results);
    const re = segmentRegExp(head);
    for (const entry of entries(dir)) {
        if (re.test(entry.name) && (head.startsWith('.') || !entry.name.startsWith('.'))) {
            walk(external_node_path_default().join(dir, entry.name), tail, results);
        }
    }
}
function segmentRegExp(segment) {
    let re = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else if (c === '[') {
            const close = segment.indexOf(']', i + 1);
            if (close === -1)
                re += '\\[';
            else {
                re += `[${segment
                    .slice(i + 1, close)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\')}]`;
                i = close;
            }
        }
        else
            re += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
function entries(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
}
function isFile(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/timing.ts
var timing = __webpack_require__(8117);
;// CONCATENATED MODULE: ./src/docker/log-tail.ts
// A container's log can be 100 MB: keep only its tail, in bounded memory.
class LogTail {
    maxBytes;
    chunks = [];
    size = 0;
    dropped = 0;
    constructor(maxBytes = 64 * 1024) {
        this.maxBytes = maxBytes;
    }
    push(chunk) {
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
    /** The kept text; a partial first line is dropped when the head was cut off. */
    text() {
        let s = Buffer.concat(this.chunks).toString('utf8');
        if (this.dropped > 0)
            s = s.slice(s.indexOf('\n') + 1);
        return s;
    }
    /** The last `n` lines, each cut to `width` characters. */
    lines(n, width = 300) {
        return this.text()
            .split(/\r?\n/)
            .filter(l => l.trim() !== '')
            .slice(-n)
            .map(l => (l.length > width ? `${l.slice(0, width)}…` : l));
    }
    excerpt(n = 60) {
        const prefix = this.dropped > 0 ? `[… ${this.dropped} earlier bytes not kept]\n` : '';
        return prefix + this.lines(n).join('\n');
    }
}

;// CONCATENATED MODULE: ./src/docker/container.ts
// One container run the way SageMaker runs it: `docker run --network none IMAGE serve|train`, attached,
// so the docker CLI process is at once the log stream and the exit code.




function runArgs(name, spec) {
    const args = ['run', '--name', name, '--network', 'none', '--pull', 'never', ...spec.labels];
    if (spec.hostname)
        args.push('--hostname', spec.hostname);
    for (const m of spec.mounts) {
        // CSV quoting keeps commas in paths intact
        const field = `"source=${m.source.replace(/"/g, '""')}"`;
        args.push('--mount', `type=bind,${field},target=${m.target}${m.readOnly ? ',readonly' : ''}`);
    }
    for (const [k, v] of Object.entries(spec.env))
        args.push('--env', `${k}=${v}`);
    // `--`: an image named like a flag (an input) stays an image
    return [...args, ...spec.extraArgs, '--', spec.image, spec.command];
}
class Container {
    env;
    name;
    log;
    /** Resolves with the exit code (docker's 125-127 when the container could not start). */
    exited;
    exitCode = undefined;
    startedAt = performance.now();
    child;
    constructor(spec, env) {
        this.env = env;
        this.name = `marketplace-ml-preflight-${spec.command}-${(0,external_node_crypto_.randomBytes)(5).toString('hex')}`;
        this.log = new LogTail();
        this.child = spawnDocker(runArgs(this.name, spec), env, { stdio: ['ignore', 'pipe', 'pipe'] });
        this.child.stdout?.on('data', (b) => this.log.push(b));
        this.child.stderr?.on('data', (b) => this.log.push(b));
        this.exited = new Promise(resolve => {
            this.child.on('error', err => {
                this.log.push(Buffer.from(`${err.message}\n`));
                this.exitCode = null;
                resolve(null);
            });
            this.child.on('close', code => {
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
    /** The container's host PID once it runs; undefined when it exited first. */
    async pid(signal) {
        for (;;) {
            signal.throwIfAborted();
            if (!this.running)
                return undefined;
            const r = await docker(['inspect', '--format', '{{.State.Pid}}', this.name], {
                env: this.env,
                timeoutMs: 10000,
                signal
            });
            const pid = Number(r.stdout.trim());
            if (r.code === 0 && pid > 0)
                return pid;
            await (0,timing/* within */.u)(this.exited, 50);
        }
    }
    /** Waits at most `ms` for the container to exit; whether it has. A connection that drops is often
     * the container dying, and docker reports the exit (and flushes the last log lines) a moment later. */
    async exitsWithin(ms) {
        await (0,timing/* within */.u)(this.exited, ms);
        return !this.running;
    }
    /** SIGTERM, then SIGKILL after `graceMs`: SageMaker's stop (30 s serving, 120 s training). */
    async stop(graceMs) {
        const start = performance.now();
        const seconds = () => (performance.now() - start) / 1000;
        if (!this.running)
            return { killed: false, seconds: 0 };
        await docker(['kill', '--signal', 'TERM', this.name], { env: this.env, timeoutMs: 15000 });
        // the exit code is a number or null; undefined means the grace period ran out
        if ((await (0,timing/* within */.u)(this.exited, graceMs)) !== undefined) {
            return { killed: false, seconds: seconds() };
        }
        await docker(['kill', '--signal', 'KILL', this.name], { env: this.env, timeoutMs: 15000 });
        await (0,timing/* within */.u)(this.exited, 15000);
        return { killed: true, seconds: seconds() };
    }
    /** Removes the container whatever state it is in; never throws. */
    async remove() {
        await docker(['rm', '--force', '--volumes', this.name], { env: this.env, timeoutMs: 60000 });
        if (this.running)
            this.child.kill('SIGKILL');
        await (0,timing/* within */.u)(this.exited, 5000);
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./src/docker/probe.ts
// Reaching 127.0.0.1:8080 inside a container that has no network (`--network none`: no port can be
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
const BODY_KEEP = 4096;
// Pipes each connection on the Unix socket (argv[1]) to 127.0.0.1:8080 in this network namespace;
// exits when its stdin closes, so it never outlives the run.
const FORWARDER = `const net=require('net');
const s=net.createServer(c=>{const u=net.connect(8080,'127.0.0.1');
const end=()=>{c.destroy();u.destroy()};c.pipe(u);u.pipe(c);
for(const x of [c,u]){x.on('error',end);x.on('close',end)}});
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
    const name = `forward-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.sock`;
    const socketPath = external_node_path_default().join(dir, name);
    if (Buffer.byteLength(socketPath) <= SOCKET_PATH_MAX)
        return { socketPath };
    const ownDir = (0,external_node_fs_.mkdtempSync)((0,docker_labels/* socketDirPrefix */.h9)(run));
    return { socketPath: external_node_path_default().join(ownDir, name), ownDir };
}
async function openNsenterProbe(pid, dir, run) {
    const { socketPath, ownDir } = socketPathIn(dir, run);
    const removeSocket = () => {
        process.off('exit', removeSocket);
        (0,external_node_fs_.rmSync)(ownDir ?? socketPath, { recursive: true, force: true });
    };
    // a run stopped by a second signal exits without closing the probe; the run directory goes
    // with RUNNER_TEMP, a directory of its own under /tmp would not
    if (ownDir)
        process.once('exit', removeSocket);
    const nsenter = [`--net=/proc/${pid}/ns/net`, process.execPath, '-e', FORWARDER, socketPath];
    const root = process.getuid?.() === 0;
    const [command, args] = root ? ['nsenter', nsenter] : ['sudo', ['-n', 'nsenter', ...nsenter]];
    const child = (0,external_node_child_process_.spawn)(command, args, { stdio: 'pipe', env: { PATH: envPath() } });
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
    return new NsenterProbe(child, socketPath, removeSocket);
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
    method = 'nsenter';
    constructor(child, socketPath, removeSocket) {
        this.child = child;
        this.socketPath = socketPath;
        this.removeSocket = removeSocket;
    }
    request(req) {
        const start = performance.now();
        const ms = () => Math.round(performance.now() - start);
        return new Promise((resolve, reject) => {
            const r = (0,external_node_http_.request)({
                socketPath: this.socketPath,
                method: req.method,
                path: req.path,
                headers: { Host: '127.0.0.1:8080', ...req.headers },
                agent: false
            }, res => {
                let bytes = 0;
                const kept = [];
                res.on('data', (b) => {
                    if (bytes < BODY_KEEP)
                        kept.push(b.subarray(0, BODY_KEEP - bytes));
                    bytes += b.length;
                });
                res.on('end', () => {
                    clearTimeout(timer);
                    resolve({
                        status: res.statusCode ?? 0,
                        ms: ms(),
                        bodyStart: Buffer.concat(kept).toString('utf8'),
                        bytes
                    });
                });
                res.on('error', e => done(new ProbeError(e.message, false, ms())));
            });
            const timer = setTimeout(() => done(new ProbeError(`no answer within ${seconds(req.timeoutMs)} s`, true, ms())), req.timeoutMs);
            function done(err) {
                clearTimeout(timer);
                r.destroy();
                reject(err);
            }
            r.on('error', e => done(new ProbeError(connectionMessage(e), false, ms())));
            if (req.bodyFile) {
                const body = (0,external_node_fs_.createReadStream)(req.bodyFile);
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
function connectionMessage(e) {
    // the forwarder closes the connection when nothing listens on 8080
    return /socket hang up|ECONNRESET|EPIPE/.test(e.message)
        ? 'nothing answered on port 8080'
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
async function openExecProbe(container, env) {
    const candidates = [
        ['curl', ['curl', '--version']],
        ['python3', ['python3', '-c', 'pass']],
        ['python', ['python', '-c', 'pass']],
        ['wget', ['wget', '--help']]
    ];
    for (const [tool, check] of candidates) {
        const r = await docker(['exec', container, ...check], { env, timeoutMs: 15000 });
        // busybox prints its usage to stderr and exits 1 for --help
        if (r.code === 0 || (tool === 'wget' && /BusyBox|Usage: wget/i.test(r.stderr + r.stdout)))
            return new ExecProbe(container, env, tool);
    }
    throw new ProbeError('the image has none of curl, python3, python or wget for `docker exec`');
}
class ExecProbe {
    container;
    env;
    tool;
    method;
    constructor(container, env, tool) {
        this.container = container;
        this.env = env;
        this.tool = tool;
        this.method = `docker exec (${tool})`;
    }
    command(req) {
        const url = `http://127.0.0.1:8080${req.path}`;
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
            const child = spawnDocker(args, this.env, {
                stdio: [req.bodyFile ? 'pipe' : 'ignore', 'pipe', 'pipe']
            });
            let bytes = 0;
            const kept = [];
            let err = '';
            child.stdout?.on('data', (b) => {
                if (bytes < BODY_KEEP)
                    kept.push(b.subarray(0, BODY_KEEP - bytes));
                bytes += b.length;
            });
            child.stderr?.on('data', (b) => (err = (err + b.toString()).slice(-8192)));
            const timer = setTimeout(() => {
                child.kill('SIGKILL');
                reject(new ProbeError(`no answer within ${seconds(req.timeoutMs)} s`, true, ms()));
            }, req.timeoutMs + 2000);
            child.on('error', e => {
                clearTimeout(timer);
                reject(new ProbeError(e.message, false, ms()));
            });
            child.on('close', () => {
                clearTimeout(timer);
                const statuses = [...err.matchAll(/HTTP\/\d(?:\.\d)?\s+(\d{3})/g)];
                const status = Number(statuses.at(-1)?.[1] ?? 0);
                if (!status) {
                    const why = err.trim().split('\n').at(-1) || 'no HTTP answer';
                    const timedOut = /timed out|timeout/i.test(why);
                    return reject(new ProbeError(`${this.tool}: ${why}`, timedOut, ms()));
                }
                resolve({ status, ms: ms(), bodyStart: Buffer.concat(kept).toString('utf8'), bytes });
            });
            if (req.bodyFile && child.stdin) {
                const body = (0,external_node_fs_.createReadStream)(req.bodyFile);
                body.on('error', () => child.stdin?.end());
                child.stdin.on('error', () => undefined);
                body.pipe(child.stdin);
            }
        });
    }
    async close() { }
}

// EXTERNAL MODULE: ./src/static-checks.ts
var static_checks = __webpack_require__(9287);
;// CONCATENATED MODULE: ./src/smoke/execution-parameters.ts
// GET /execution-parameters: the batch-transform settings a container may suggest, checked against
// the limits of CreateTransformJob (MaxConcurrentTransforms × MaxPayloadInMB ≤ 100 MB).
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
        !(Number.isInteger(mpm) && mpm >= 0 && mpm <= 100)) {
        errors.push(`MaxPayloadInMB is ${JSON.stringify(mpm)}; expected an integer from 0 to 100`);
    }
    if (strategy !== undefined) {
        if (typeof strategy === 'string' && SDK_SPELLING[strategy]) {
            warnings.push(`BatchStrategy is "${strategy}", the SageMaker Python SDK local-mode spelling; the CreateTransformJob API spells it "${SDK_SPELLING[strategy]}"`);
        }
        else if (typeof strategy !== 'string' || !STRATEGIES.includes(strategy)) {
            errors.push(`BatchStrategy is ${JSON.stringify(strategy)}; expected MULTI_RECORD or SINGLE_RECORD`);
        }
    }
    const concurrent = typeof mct === 'number' ? mct : 1;
    const payload = typeof mpm === 'number' ? mpm : 6;
    if (errors.length === 0 && concurrent * payload > 100) {
        errors.push(`MaxConcurrentTransforms × MaxPayloadInMB is ${concurrent} × ${payload} = ${concurrent * payload} MB; the limit is 100 MB`);
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

;// CONCATENATED MODULE: ./src/smoke/log-signs.ts
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

;// CONCATENATED MODULE: ./src/smoke/serve.ts
// One serving run of the image, exactly as SageMaker starts it: `docker run --network none IMAGE
// serve`, /opt/ml/model read-only, no variables but SageMaker's. Real-time first, then batch
// transform (SAGEMAKER_BATCH=true), which is how Marketplace validates a model package.








const PING_TIMEOUT_MS = 2000;
/** How long a dropped invocation waits for docker to report that the container died. */
const EXIT_NOTICE_MS = 1000;
const POLL_MS = 100;
/** A /ping attempt cut shorter than this by the startup deadline proves nothing, so none is made. */
const MIN_ATTEMPT_MS = 100;
const BATCH_INVOCATION_MS = 3600 * 1000;
// what a transform job sets when it gives no values of its own (SageMaker's defaults)
const BATCH_ENV = {
    SAGEMAKER_BATCH: 'true',
    SAGEMAKER_MAX_PAYLOAD_IN_MB: '6',
    SAGEMAKER_BATCH_STRATEGY: 'MULTI_RECORD',
    SAGEMAKER_MAX_CONCURRENT_TRANSFORMS: '1'
};
async function serve(ctx, setup, mode) {
    const { findings, inputs, signal } = ctx;
    const where = mode === 'batch' ? ' in the batch-transform run (SAGEMAKER_BATCH=true)' : '';
    const spec = {
        image: setup.image,
        command: 'serve',
        env: mode === 'batch' ? BATCH_ENV : {},
        mounts: [{ source: setup.modelDir, target: '/opt/ml/model', readOnly: true }],
        extraArgs: inputs.dockerRunArgs,
        labels: setup.labels
    };
    const container = new Container(spec, ctx.env);
    const outcome = { started: false, invocations: [], logExcerpt: '' };
    let probe;
    const failed = new Set();
    const fail = (rule, message, help) => {
        failed.add(rule);
        findings.add(rule, { message, help });
    };
    const logTail = (n = 15) => quote(container.log.lines(n));
    const networkCheck = () => {
        const lines = networkLines(container.log.lines(300));
        if (lines.length === 0)
            return;
        fail('network-dependency', `The container reached for the network${where} and failed (it runs with --network none, as under SageMaker network isolation). Log lines:\n${quote(lines)}`);
    };
    const exitedMessage = () => {
        const code = container.exitCode;
        const after = container.secondsSinceStart().toFixed(1);
        const what = code === 125
            ? 'docker could not create the container (exit 125)'
            : code === 126 || code === 127
                ? `the entrypoint could not be run (exit ${code})`
                : `the container exited with code ${code}`;
        return `${(0,static_checks/* capitalize */.ZH)(what)} ${after} s after \`docker run --network none ${setup.image} serve\`${where}, before GET /ping answered 200. Last log lines:\n${logTail()}`;
    };
    try {
        const pid = await container.pid(signal);
        if (pid !== undefined)
            probe = await openProbe(ctx, setup, container, pid);
        const ready = probe
            ? await waitReady(container, probe, inputs.startupTimeoutSec * 1000, signal)
            : { kind: 'exited' };
        outcome.probeMethod = probe?.method;
        if (ready.kind === 'exited') {
            fail('serve-start', exitedMessage());
            networkCheck();
            return outcome;
        }
        if (ready.kind === 'timeout') {
            const silent = ready.lastStatus === undefined;
            fail('serve-start', `GET /ping did not answer 200 within ${inputs.startupTimeoutSec} s${where} (last attempt: ${ready.last}). Last log lines:\n${logTail()}`, silent
                ? 'Listen on 0.0.0.0:8080 (or 127.0.0.1:8080): SageMaker sends every request to port 8080.'
                : undefined);
            if (!silent) {
                fail('ping', `GET /ping answered ${ready.lastStatus}${where}; SageMaker needs 200 (the body may be empty).`);
            }
            networkCheck();
            return outcome;
        }
        outcome.started = true;
        outcome.startupSeconds = round(ready.seconds, 2);
        findings.pass('serve-start', `answered GET /ping 200 after ${outcome.startupSeconds} s${where}`);
        const ping = await timedRequest(probe, {
            method: 'GET',
            path: '/ping',
            timeoutMs: PING_TIMEOUT_MS
        }, signal);
        if ('error' in ping) {
            fail('ping', `GET /ping did not answer within 2 s once started${where}: ${ping.error}.`);
        }
        else if (ping.status !== 200) {
            fail('ping', `GET /ping answered ${ping.status}${where} once started; SageMaker needs 200.`);
        }
        else {
            outcome.pingMs = ping.ms;
        }
        if (mode === 'batch') {
            outcome.executionParameters = await executionParameters(ctx, probe);
        }
        const limit = mode === 'batch' ? LIMITS.batchBytes : LIMITS.realtimeBytes;
        const timeoutMs = mode === 'batch' ? BATCH_INVOCATION_MS : inputs.invocationTimeoutSec * 1000;
        for (const p of setup.payloads) {
            signal.throwIfAborted();
            if (!container.running) {
                outcome.invocations.push(fact(p, mode, { latencyMs: 0, error: 'not sent: the container had exited' }));
                continue;
            }
            if (mode === 'batch' && setup.skipInBatch?.has(p.name)) {
                outcome.invocations.push(fact(p, mode, {
                    latencyMs: 0,
                    error: `not sent: it did not answer within invocation-timeout (${inputs.invocationTimeoutSec} s) in the real-time run; raise invocation-timeout (up to 3600) to measure its batch latency`
                }));
                continue;
            }
            if (p.bytes > limit) {
                outcome.invocations.push(fact(p, mode, { latencyMs: 0, error: 'not sent: too large (see payload-size)' }));
                continue;
            }
            const r = await timedRequest(probe, {
                method: 'POST',
                path: '/invocations',
                headers: {
                    'Content-Type': p.contentType,
                    'Content-Length': String(p.bytes),
                    ...(inputs.accept ? { Accept: inputs.accept } : {})
                },
                bodyFile: p.file,
                timeoutMs
            }, signal);
            if ('error' in r) {
                outcome.invocations.push(fact(p, mode, {
                    latencyMs: r.ms,
                    error: r.error,
                    ...(r.timedOut ? { timedOut: true } : {})
                }));
                if (r.timedOut) {
                    fail('invocation-latency', `POST /invocations with ${p.name} did not answer within ${timeoutMs / 1000} s${where}.`);
                }
                else {
                    const exited = (await container.exitsWithin(EXIT_NOTICE_MS))
                        ? ` The container exited with code ${container.exitCode}.`
                        : '';
                    fail('invocation', `POST /invocations with ${p.name} (${p.contentType}) got no answer${where}: ${r.error}.${exited} Last log lines:\n${logTail()}`);
                    networkCheck();
                }
                continue;
            }
            outcome.invocations.push(fact(p, mode, { latencyMs: r.ms, status: r.status }));
            if (r.status < 200 || r.status > 299) {
                const body = r.bodyStart.trim().slice(0, 500);
                fail('invocation', `POST /invocations with ${p.name} (${p.contentType}) answered ${r.status}${where}.${body ? ` Response body: "${body}"` : ''} Last log lines:\n${logTail()}`);
                networkCheck();
            }
        }
        if (setup.payloads.length > 0) {
            const n = outcome.invocations.filter(i => i.status !== undefined && i.status < 300).length;
            const max = Math.max(0, ...outcome.invocations.map(i => i.latencyMs));
            if (!failed.has('invocation')) {
                findings.pass('invocation', `${n} payload(s) answered 2xx${where}`);
            }
            if (!failed.has('invocation-latency')) {
                findings.pass('invocation-latency', `slowest invocation ${max} ms${where}`);
            }
        }
        if (!failed.has('ping') && outcome.pingMs !== undefined) {
            findings.pass('ping', `GET /ping answered 200 in ${outcome.pingMs} ms${where}`);
        }
        if (!container.running) {
            findings.skip('sigterm', `the container exited with code ${container.exitCode} before it could be stopped${where}`);
        }
        else {
            const stop = await container.stop(setup.stopGraceMs);
            outcome.stopSeconds = round(stop.seconds, 2);
            if (stop.killed) {
                findings.add('sigterm', {
                    message: `The container was still running ${setup.stopGraceMs / 1000} s after SIGTERM${where} and had to be killed (SIGKILL).`
                });
            }
            else {
                findings.pass('sigterm', `exited ${outcome.stopSeconds} s after SIGTERM${where}`);
            }
        }
        if (!failed.has('network-dependency')) {
            findings.pass('network-dependency', `served with --network none${where}`);
        }
        return outcome;
    }
    finally {
        outcome.exitCode = container.exitCode ?? undefined;
        await probe?.close();
        await container.remove();
        outcome.logExcerpt = container.log.excerpt();
    }
}
async function openProbe(ctx, setup, container, pid) {
    let nsenter;
    if (setup.probe === 'auto') {
        try {
            return await openNsenterProbe(pid, setup.tmp, (0,docker_labels/* runId */.Vz)(ctx.env));
        }
        catch (err) {
            nsenter = err.message;
            ctx.log.info(`Probing with docker exec: ${nsenter}`);
        }
    }
    try {
        return await openExecProbe(container.name, ctx.env);
    }
    catch (err) {
        if (!container.running)
            return undefined;
        throw new UnreachableError(`the container's port 8080 could not be reached: ${nsenter ? `nsenter into its network namespace failed (${nsenter}), and ` : ''}${err.message}. Run on a runner where the step may use nsenter (root or passwordless sudo, as on GitHub-hosted runners), or add curl, python3 or wget to the image`);
    }
}
/** Neither probe could reach the container: a limit of the machine, not a finding on the image. */
class UnreachableError extends Error {
    name = 'UnreachableError';
}
/** Polls GET /ping until 200; notices an exited container at once. */
async function waitReady(container, probe, timeoutMs, signal) {
    const deadline = performance.now() + timeoutMs - container.secondsSinceStart() * 1000;
    let last = 'nothing answered on port 8080';
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
        const attempt = Math.min(PING_TIMEOUT_MS, remaining);
        const r = await Promise.race([
            probe.request({ method: 'GET', path: '/ping', timeoutMs: attempt }).catch(e => e),
            exited
        ]);
        if (r === 'exited')
            return { kind: 'exited' };
        if (r instanceof Error) {
            // a deadline-shortened attempt that timed out says less than the full attempt before it
            const cutShort = r instanceof ProbeError && r.timedOut && attempt < PING_TIMEOUT_MS;
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
        await (0,timing/* within */.u)(exited, POLL_MS, signal);
    }
    return container.running ? { kind: 'timeout', last, lastStatus } : { kind: 'exited' };
}
async function timedRequest(probe, req, signal) {
    try {
        return await (0,timing/* unlessAborted */.W)(probe.request(req), signal);
    }
    catch (err) {
        if (signal.aborted)
            throw err;
        const e = err;
        return { error: e.message, timedOut: e.timedOut ?? false, ms: e.ms ?? 0 };
    }
}
async function executionParameters(ctx, probe) {
    const { findings } = ctx;
    const r = await timedRequest(probe, {
        method: 'GET',
        path: '/execution-parameters',
        timeoutMs: 10000
    }, ctx.signal);
    if ('error' in r) {
        findings.add('execution-parameters', {
            message: `GET /execution-parameters got no answer: ${r.error}.`
        });
        return undefined;
    }
    if (r.status === 404) {
        findings.pass('execution-parameters', 'answered 404: the transform job defaults apply');
        return undefined;
    }
    if (r.status !== 200) {
        findings.add('execution-parameters', {
            message: `GET /execution-parameters answered ${r.status}; expected 200 with JSON, or 404.`
        });
        return undefined;
    }
    const verdict = checkExecutionParameters(r.bodyStart);
    for (const e of verdict.errors)
        findings.add('execution-parameters', { message: `GET /execution-parameters: ${e}.` });
    for (const w of verdict.warnings) {
        findings.add('execution-parameters', {
            severity: 'warning',
            message: `GET /execution-parameters: ${w}.`
        });
    }
    if (verdict.errors.length === 0 && verdict.warnings.length === 0) {
        findings.pass('execution-parameters', `answered ${JSON.stringify(verdict.value)}`);
    }
    return verdict.value;
}
function fact(p, mode, r) {
    return { payload: p.name, contentType: p.contentType, bytes: p.bytes, mode, ...r };
}
function round(n, digits) {
    return Number(n.toFixed(digits));
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/smoke/training.ts
// The training smoke test: /opt/ml laid out exactly as SageMaker lays it out, `docker run
// --network none IMAGE train`, then what the run left in /opt/ml/model and /opt/ml/output/failure.






const FAILURE_CHARS = 1024; // SageMaker's FailureReason is the file's first 1024 characters
/** Runs `train`; returns the directory holding the trained model when training passed. */
async function train(ctx, setup) {
    const { inputs, findings, signal } = ctx;
    const ml = external_node_path_default().join(setup.tmp, 'ml');
    const mounts = await layout(ctx, ml);
    const container = new Container({
        image: setup.image,
        command: 'train',
        env: { TRAINING_JOB_NAME: 'marketplace-ml-preflight' },
        mounts,
        extraArgs: inputs.dockerRunArgs,
        labels: setup.labels,
        hostname: 'algo-1'
    }, ctx.env);
    const facts = { image: setup.image };
    ctx.facts.training = facts;
    try {
        // the exit code is a number or null; undefined means the training-timeout ran out
        const exited = await (0,timing/* within */.u)(container.exited, inputs.trainingTimeoutSec * 1000, signal);
        signal.throwIfAborted();
        let stopped = '';
        if (exited === undefined) {
            facts.timedOut = true;
            const stop = await container.stop(setup.stopGraceMs);
            stopped = stop.killed
                ? ` It was stopped with SIGTERM and, still running ${setup.stopGraceMs / 1000} s later, killed (SIGKILL).`
                : ` It was stopped with SIGTERM.`;
        }
        facts.durationSeconds = Number(container.secondsSinceStart().toFixed(2));
        facts.exitCode = container.exitCode ?? null;
        facts.failureReason = await failureReason(ml);
        const log = quote(container.log.lines(15));
        const reason = facts.failureReason
            ? ` /opt/ml/output/failure says: "${facts.failureReason}".`
            : ' /opt/ml/output/failure is empty.';
        const network = networkLines(container.log.lines(300));
        const reached = network.length
            ? ` The log shows it reached for the network (training runs with network isolation too):\n${quote(network)}\n`
            : '';
        if (facts.timedOut || facts.exitCode !== 0) {
            const what = facts.timedOut
                ? `\`train\` did not finish within the training-timeout of ${inputs.trainingTimeoutSec} s.${stopped}`
                : `\`train\` exited with code ${facts.exitCode} after ${facts.durationSeconds} s.`;
            findings.add('train-exit', {
                message: `${what}${reason}${reached} Last log lines:\n${log}`
            });
            findings.skip('train-model-output', 'training did not complete (see train-exit)');
            return undefined;
        }
        findings.pass('train-exit', `exited 0 after ${facts.durationSeconds} s`);
        const model = await sizeOf(external_node_path_default().join(ml, 'model'));
        facts.modelFiles = model.files;
        facts.modelBytes = model.bytes;
        if (model.files === 0) {
            findings.add('train-model-output', {
                message: `\`train\` exited 0 but left /opt/ml/model empty, so there is no model.tar.gz for the transform job. Last log lines:\n${log}`
            });
            return undefined;
        }
        findings.pass('train-model-output', `${model.files} file(s), ${model.bytes} bytes in /opt/ml/model`);
        return external_node_path_default().join(ml, 'model');
    }
    finally {
        await container.remove();
        facts.logExcerpt = container.log.excerpt();
    }
}
/** input/config/*.json, input/data/<channel> (read-only), model/, output/, checkpoints/. */
async function layout(ctx, ml) {
    const { inputs } = ctx;
    const config = external_node_path_default().join(ml, 'input', 'config');
    await (0,promises_.mkdir)(config, { recursive: true });
    const channels = {};
    for (const c of inputs.trainingData) {
        channels[c.channel] = {
            ContentType: contentTypeFor(await firstFile(c.path)),
            TrainingInputMode: 'File',
            S3DistributionType: 'FullyReplicated',
            RecordWrapperType: 'None'
        };
    }
    const files = {
        'hyperparameters.json': inputs.hyperparameters,
        'inputdataconfig.json': channels,
        'resourceconfig.json': {
            current_host: 'algo-1',
            hosts: ['algo-1'],
            network_interface_name: 'eth0'
        }
    };
    for (const [name, value] of Object.entries(files)) {
        await (0,promises_.writeFile)(external_node_path_default().join(config, name), JSON.stringify(value));
    }
    const mounts = [{ source: config, target: '/opt/ml/input/config', readOnly: false }];
    for (const dir of ['model', 'output', 'checkpoints']) {
        const p = external_node_path_default().join(ml, dir);
        await (0,promises_.mkdir)(p, { recursive: true });
        await (0,promises_.chmod)(p, 0o777); // the image may train as a non-root USER
        mounts.push({ source: p, target: `/opt/ml/${dir}`, readOnly: false });
    }
    await (0,promises_.mkdir)(external_node_path_default().join(ml, 'output', 'data'), { recursive: true, mode: 0o777 });
    for (const c of inputs.trainingData) {
        mounts.push({ source: c.path, target: `/opt/ml/input/data/${c.channel}`, readOnly: true });
    }
    return mounts;
}
async function firstFile(p) {
    if (!(await (0,promises_.stat)(p)).isDirectory())
        return p;
    const entries = await (0,promises_.readdir)(p, { withFileTypes: true });
    return entries.find(e => e.isFile())?.name ?? '';
}
async function failureReason(ml) {
    try {
        const text = (await (0,promises_.readFile)(external_node_path_default().join(ml, 'output', 'failure'), 'utf8')).trim();
        return text ? text.slice(0, FAILURE_CHARS) : undefined;
    }
    catch {
        return undefined;
    }
}
async function sizeOf(dir) {
    let files = 0;
    let bytes = 0;
    for (const e of await (0,promises_.readdir)(dir, { withFileTypes: true, recursive: true })) {
        if (!e.isFile())
            continue;
        files++;
        bytes += (await (0,promises_.stat)(external_node_path_default().join(e.parentPath ?? e.path, e.name))).size;
    }
    return { files, bytes };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/smoke/workdir.ts
// Temporary directories for /opt/ml: created world-readable (the image may run as a non-root USER)
// and always removed, even when a root container left root-owned files in them.





const exec = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function makeTempDir(env, prefix) {
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), `marketplace-ml-preflight-${prefix}-`));
    await (0,promises_.chmod)(dir, 0o755);
    return dir;
}
async function removeDir(dir) {
    try {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
    catch (err) {
        // files written by a root container; GitHub-hosted runners allow passwordless sudo
        if (process.getuid?.() === 0)
            throw err;
        await exec('sudo', ['-n', 'rm', '-rf', '--', dir], { timeout: 60000 });
    }
}
/** Unpacks a model.tar.gz the way SageMaker does before the container starts. */
async function unpackModel(archive, into) {
    await exec('tar', ['-xzf', archive, '-C', into], { timeout: 15 * 60000 });
}

;// CONCATENATED MODULE: ./src/smoke/index.ts
// Smoke-test phase: run the real container offline, as SageMaker would (serve, then batch
// transform), and report what the seller would otherwise learn hours later from validation.








async function runSmokeTests(ctx, refs, options = {}) {
    const { inputs, findings } = ctx;
    const phases = ['serve'];
    if (inputs.batch)
        phases.push('batch');
    if (inputs.trainingImage || inputs.localTrainingImage)
        phases.push('training');
    const skipRest = (reason, only = phases) => {
        for (const phase of only.filter(p => phases.includes(p))) {
            findings.skipPhase(phase, reason);
        }
    };
    if (inputs.smokeTest === 'false')
        return skipRest('`smoke-test` is false');
    const payloads = resolvePayloads(inputs.payloads, inputs.workspace, inputs.contentType);
    const oversized = payloadSizeFindings(payloads, inputs.batch);
    for (const finding of oversized)
        findings.add('payload-size', finding);
    if (payloads.length > 0 && oversized.length === 0) {
        findings.pass('payload-size', `largest payload ${mib(Math.max(...payloads.map(p => p.bytes)))}`);
    }
    const engine = await engineAvailable(ctx.env);
    if (!engine.ok) {
        if (inputs.smokeTest === 'true') {
            throw new src_inputs/* InputError */.dz('smoke-test', `is true, but no Docker engine answered (${engine.reason}). Run on a runner with Docker (ubuntu-latest), or set smoke-test: auto to skip the container checks there.`);
        }
        return skipRest(`no Docker engine answered, so the container was not run: ${engine.reason}`);
    }
    const training = phases.includes('training');
    const trainingImage = inputs.localTrainingImage ?? refs.trainingImage?.uri ?? inputs.trainingImage;
    const image = servingImage(ctx, refs, trainingImage);
    const labels = (0,docker_labels/* labelArgs */.SW)(ctx.env);
    const tmp = await makeTempDir(ctx.env, 'run');
    try {
        let trained;
        let trainingImageReady = false;
        if (training && trainingImage) {
            const local = inputs.localTrainingImage ? { input: 'local-training-image' } : undefined;
            const got = await acquireImage(ctx, trainingImage, local);
            if (!got.ok) {
                findings.add('train-exit', { message: got.message, help: got.help });
                skipRest('the training image could not be used (see train-exit)', ['training']);
            }
            else {
                trainingImageReady = true;
                await checkImageContents(ctx, trainingImage, local?.input ?? 'training-image', labels, got.config);
                trained = await train(ctx, {
                    image: trainingImage,
                    tmp,
                    labels,
                    stopGraceMs: options.trainStopGraceMs ?? 120000
                });
            }
            if (!trained && !inputs.modelData) {
                return skipRest('training produced no model to serve (see train-exit, train-model-output); pass `model-data` to test serving on its own', ['serve', 'batch']);
            }
        }
        if (!image) {
            return skipRest('no inference image to run: pass `image`, `local-image` or a model package or algorithm ARN', ['serve', 'batch']);
        }
        const got = image === trainingImage && trainingImageReady
            ? { ok: true }
            : await acquireImage(ctx, image, inputs.localImage ? { input: 'local-image' } : undefined);
        if (!got.ok) {
            findings.add('serve-start', { message: got.message, help: got.help });
            return skipRest('the image could not be used (see serve-start)');
        }
        // read the image while it starts: the serve run does not need the answer
        const contents = image === trainingImage
            ? Promise.resolve()
            : checkImageContents(ctx, image, inputs.localImage ? 'local-image' : 'image', labels, got.config);
        contents.catch(() => undefined); // awaited below; an abort must not go unhandled meanwhile
        const setup = {
            image,
            modelDir: inputs.modelData
                ? await modelDir(inputs.modelData, tmp)
                : (trained ?? (await modelDir(undefined, tmp))),
            payloads,
            tmp,
            labels,
            stopGraceMs: options.stopGraceMs ?? 30000,
            probe: options.probe ?? 'auto'
        };
        // a machine where the container cannot be reached skips the serve rules, like one without Docker
        const unreachable = (err) => {
            if (!(err instanceof UnreachableError))
                throw err;
            if (inputs.smokeTest === 'true') {
                throw new src_inputs/* InputError */.dz('smoke-test', `is true, but ${err.message}.`);
            }
            return { unreachable: err.message };
        };
        const realtime = await serve(ctx, setup, 'realtime')
            .catch(unreachable)
            .finally(() => contents);
        if ('unreachable' in realtime)
            return skipRest(realtime.unreachable);
        const { started, ...facts } = realtime;
        ctx.facts.smokeTest = { image, ...facts };
        if (payloads.length === 0) {
            skipRest('no `payload` given: pass sample request files to test POST /invocations', ['serve']);
        }
        if (!started)
            return skipRest('the container did not start serving (see serve-start)');
        if (inputs.batch) {
            const slow = realtime.invocations.filter(i => i.timedOut).map(i => i.payload);
            const batch = await serve(ctx, { ...setup, skipInBatch: new Set(slow) }, 'batch').catch(unreachable);
            if ('unreachable' in batch)
                return skipRest(batch.unreachable, ['batch']);
            const facts = ctx.facts.smokeTest;
            facts.invocations.push(...batch.invocations);
            facts.executionParameters = batch.executionParameters;
            if (!batch.started) {
                facts.logExcerpt = `${facts.logExcerpt}\n--- batch transform run ---\n${batch.logExcerpt}`;
                skipRest('the container did not start in the batch-transform run (see serve-start)');
            }
        }
    }
    finally {
        await removeDir(tmp);
    }
}
/**
 * What to serve: `local-image`, `image`, the inference image of the model package or algorithm
 * named by ARN, or the training image when that is all there is (an algorithm serving its own model).
 */
function servingImage(ctx, refs, trainingImage) {
    const { inputs } = ctx;
    const direct = inputs.localImage ?? refs.image?.uri ?? inputs.image;
    if (direct)
        return direct;
    const resource = ctx.facts.resources.find(r => r.servingImage);
    if (resource?.servingImage) {
        ctx.log.info(`Serving ${resource.servingImage}, the inference image of ${resource.arn}${inputs.modelData || !resource.servingModelData
            ? ''
            : `; /opt/ml/model is empty unless you pass \`model-data\` (a local copy of ${resource.servingModelData})`}`);
        return resource.servingImage;
    }
    return trainingImage;
}
/** /opt/ml/model: the given directory, the given model.tar.gz unpacked, or an empty directory. */
async function modelDir(modelData, tmp) {
    if (modelData && !/\.(tar\.gz|tgz)$/.test(modelData))
        return modelData;
    const { mkdir, chmod } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
    const dir = `${tmp}/model`;
    await mkdir(dir);
    await chmod(dir, 0o755);
    if (modelData)
        await unpackModel(modelData, dir);
    return dir;
}


/***/ })

};
