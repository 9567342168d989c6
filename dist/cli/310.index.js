export const id = 310;
export const ids = [310];
export const modules = {

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

// EXTERNAL MODULE: ./src/docker/cli.ts
var cli = __webpack_require__(1670);
// EXTERNAL MODULE: ./src/docker/image-files.ts
var image_files = __webpack_require__(2599);
// EXTERNAL MODULE: ./src/image-checks.ts
var image_checks = __webpack_require__(8206);
// EXTERNAL MODULE: ./src/image-ref.ts
var image_ref = __webpack_require__(7206);
// EXTERNAL MODULE: ./src/registry-rules.ts
var registry_rules = __webpack_require__(5898);
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
        const r = await (0,cli/* docker */.T3)(['pull', '--quiet', '--', image], {
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
    const parsed = (0,image_ref/* parseImageUri */.f9)(image);
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
    const session = await (0,cli/* loginTemporarily */.ks)(ctx.env, parsed.ref.host, token, ctx.signal);
    if (!session.ok)
        return fallback(`docker login failed: ${session.reason}`);
    return { how: 'logged in with ecr:GetAuthorizationToken', login: session.login };
}
/** What a failed `docker pull` means for the seller. */
function pullFailure(image, stderr) {
    const why = (0,cli/* lastLines */.w$)(stderr, 3) || 'docker pull failed';
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
 * config, the image rules (src/image-checks.ts), and files shipped under /opt/ml/model that the
 * given `model-data` would hide. For a `local-image` this is the only place they are
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
    await (0,image_checks/* checkLocalImage */.hN)(ctx, image, input, labels, config);
    // SageMaker mounts model data over /opt/ml/model only when the model has some
    if (!ctx.inputs.modelData || input.includes('training'))
        return;
    try {
        const files = await (0,image_files/* filesUnder */.mz)(ctx.env, image, '/opt/ml/model', labels, ctx.signal);
        ctx.findings.apply('entrypoint', (0,registry_rules/* optMlVerdict */.g9)(input, files));
    }
    catch (err) {
        ctx.signal.throwIfAborted();
        ctx.log.warning(`Could not list the files ${image} ships under /opt/ml/model: ${err.message}`);
    }
}


/***/ }),

/***/ 5563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ch: () => (/* binding */ modelFolder),
/* harmony export */   M0: () => (/* binding */ checkModelArchive),
/* harmony export */   uv: () => (/* binding */ archiveName)
/* harmony export */ });
/* unused harmony exports isArchive, MAX_ENTRIES, judgeEntry, inspectModelArchive, modelArchiveFindings, unpackModelArchive */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1078);
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
 * a folder as it is; an archive unpacked into `<tmp>/model`; none, an empty folder (SageMaker mounts
 * an empty /opt/ml/model too). The folder is 0755 whatever the umask, so a non-root USER in the image
 * can read it. `failed` says why an archive could not be unpacked, for the caller's finding.
 */
async function modelFolder(ctx, local, tmp) {
    if (local && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(local)).isDirectory())
        return local;
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(tmp, 'model');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(dir, 0o755);
    if (!local)
        return dir;
    try {
        await unpackModelArchive(local, dir, ctx.inputs.maxModelDataSizeBytes, ctx.signal);
        return dir;
    }
    catch (err) {
        ctx.signal.throwIfAborted();
        return { failed: `could not be unpacked into ${dir}: ${err.message}` };
    }
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

/***/ 9095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ train)
});

// UNUSED EXPORTS: notIn

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/docker/container.ts + 2 modules
var docker_container = __webpack_require__(7354);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/timing.ts
var timing = __webpack_require__(8117);
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
    const tally = { files: 0, bytes: 0, partial: false };
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
                    tally.files++;
                    tally.bytes += (await (0,promises_.lstat)(p).catch(() => undefined))?.size ?? 0;
                }
            }
        }
        finally {
            await handle.close().catch(() => undefined);
        }
    }
    return tally;
}

// EXTERNAL MODULE: ./src/docker/probe.ts
var probe = __webpack_require__(9894);
// EXTERNAL MODULE: ./src/docker/sockets.ts
var sockets = __webpack_require__(3074);
// EXTERNAL MODULE: ./src/progress.ts
var progress = __webpack_require__(4660);
// EXTERNAL MODULE: ./src/smoke/log-signs.ts
var log_signs = __webpack_require__(1144);
// EXTERNAL MODULE: ./src/smoke/resources.ts
var resources = __webpack_require__(7600);
// EXTERNAL MODULE: ./src/smoke/payloads.ts + 37 modules
var payloads = __webpack_require__(4843);
;// CONCATENATED MODULE: ./src/smoke/training.ts
// The training smoke test: /opt/ml laid out exactly as SageMaker lays it out, `docker run
// --network none IMAGE train`, then what the run left in /opt/ml/model and /opt/ml/output/failure.











const FAILURE_CHARS = 1024; // SageMaker's FailureReason is the file's first 1024 characters
const FAILURE_BYTES = 4 * FAILURE_CHARS; // enough for 1024 characters of UTF-8
/** How often a training run is checked for a server it should not have started. */
const SERVING_CHECK_MS = 1000;
/** A server starts within seconds; after this only the log is watched (no socket reads). */
const SOCKET_CHECK_FOR_MS = 60000;
/** Runs `train`; returns the directory holding the trained model when training passed. */
async function train(ctx, setup) {
    const { inputs, findings, signal } = ctx;
    const ml = external_node_path_default().join(setup.tmp, 'ml');
    const mounts = await layout(ctx, ml);
    const container = new docker_container/* Container */.mc({
        image: setup.image,
        command: 'train',
        env: { TRAINING_JOB_NAME: 'marketplace-ml-preflight' },
        mounts,
        extraArgs: inputs.dockerRunArgs,
        labels: setup.labels,
        hostname: 'algo-1',
        ...(setup.limits ? { limits: setup.limits } : {})
    }, ctx.env, (0,progress/* streamLines */.Mn)(ctx.log, 'train'));
    container.pid(signal).catch(() => undefined); // starts the resource sampler once it runs
    const facts = { image: setup.image };
    ctx.facts.training = facts;
    try {
        // an image that serves when asked to train would run until the training-timeout: end it early
        const serving = servingInstead(ctx, container).then(s => s ?? new Promise(() => { }));
        const ended = await (0,progress/* withProgress */.E0)(ctx.log, {
            what: 'Training (`train`)',
            limitSeconds: inputs.trainingTimeoutSec,
            elapsedSeconds: () => container.secondsSinceStart(),
            latestLine: () => container.log.lines(1)[0],
            everyMs: setup.progressMs
        }, (0,timing/* within */.u)(Promise.race([container.exited.then(code => ({ code })), serving.then(seen => ({ seen }))]), inputs.trainingTimeoutSec * 1000, signal));
        signal.throwIfAborted();
        if (ended && 'seen' in ended) {
            await container.stop(setup.stopGraceMs);
            facts.durationSeconds = Number(container.secondsSinceStart().toFixed(2));
            facts.exitCode = container.exitCode ?? null;
            const entrypoint = ctx.facts.trainingImage?.entrypoint;
            findings.add('train-exit', {
                message: `\`docker run --network none ${setup.image} train\` started a server instead of training: ${ended.seen} It was stopped after ${facts.durationSeconds} s. The image's ENTRYPOINT${entrypoint ? ` ${JSON.stringify(entrypoint)}` : ''} ignores the \`train\` argument, so a SageMaker training job would serve until its MaxRuntimeInSeconds ends it and then fail. Last log lines:\n${(0,log_signs/* quote */.hD)(container.log.lines(15))}`,
                help: 'Make the ENTRYPOINT act on its argument: run training for `train` and the server for `serve` (e.g. a start script that checks "$1", with exec-form ENTRYPOINT), or publish separate training and inference images.'
            });
            findings.skip('train-model-output', 'training did not complete (see train-exit)');
            return undefined;
        }
        let stopped = '';
        if (ended === undefined) {
            facts.timedOut = true;
            const stop = await container.stop(setup.stopGraceMs);
            stopped = stop.killed
                ? ` It was stopped with SIGTERM and, still running ${setup.stopGraceMs / 1000} s later, killed (SIGKILL).`
                : ` It was stopped with SIGTERM.`;
        }
        facts.durationSeconds = Number(container.secondsSinceStart().toFixed(2));
        facts.exitCode = container.exitCode ?? null;
        const failure = await failureReason(ml);
        facts.failureReason = failure.text;
        // the traceback a script writes to the failure file is usually in its log too: show it once
        const log = (0,log_signs/* quote */.hD)(notIn(failure.text, container.log.lines(15)));
        const reason = failure.text
            ? ` /opt/ml/output/failure says: "${failure.text}".`
            : ` ${failure.unread ?? '/opt/ml/output/failure is empty'}.`;
        const network = (0,log_signs/* networkLines */.ct)(container.log.lines(300));
        const reached = network.length
            ? ` The log shows it reached for the network (training runs with network isolation too):\n${(0,log_signs/* quote */.hD)(network)}\n`
            : '';
        if (facts.timedOut || facts.exitCode !== 0) {
            const what = facts.timedOut
                ? `\`train\` did not finish within the training-timeout of ${inputs.trainingTimeoutSec} s.${stopped}`
                : `\`train\` exited with code ${facts.exitCode} after ${facts.durationSeconds} s.`;
            findings.add('train-exit', {
                message: `${what}${reason}${reached}${(0,log_signs/* likelyCause */.IT)([...(failure.text?.split('\n') ?? []), ...container.log.lines(300)])} Last log lines:\n${log}`
            });
            findings.skip('train-model-output', 'training did not complete (see train-exit)');
            return undefined;
        }
        findings.pass('train-exit', `exited 0 after ${facts.durationSeconds} s`);
        const model = await tallyFiles(external_node_path_default().join(ml, 'model'));
        facts.modelFiles = model.files;
        facts.modelBytes = model.bytes;
        const atLeast = model.partial ? 'at least ' : '';
        if (model.files === 0) {
            findings.add('train-model-output', {
                message: `\`train\` exited 0 but left /opt/ml/model empty, so there is no model.tar.gz for the transform job. Last log lines:\n${log}`
            });
            return undefined;
        }
        findings.pass('train-model-output', `${atLeast}${model.files} file(s), ${atLeast}${model.bytes} bytes in /opt/ml/model`);
        return external_node_path_default().join(ml, 'model');
    }
    finally {
        await container.remove();
        facts.logExcerpt = container.log.excerpt();
        facts.resources = (0,resources/* recordResources */.TD)(findings, container, setup.limits, 'while training');
    }
}
/** input/config/*.json, input/data/<channel>/ (read-only), model/, output/, checkpoints/. */
async function layout(ctx, ml) {
    const { inputs } = ctx;
    const config = external_node_path_default().join(ml, 'input', 'config');
    await (0,promises_.mkdir)(config, { recursive: true });
    const channels = {};
    for (const c of inputs.trainingData) {
        channels[c.channel] = {
            ContentType: (0,payloads/* contentTypeFor */.Zy)(await firstFile(c.path)),
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
        // SageMaker gives a channel as a directory of the S3 objects: a file goes inside it, by its name
        const dir = `/opt/ml/input/data/${c.channel}`;
        const isDir = (await (0,promises_.stat)(c.path)).isDirectory();
        mounts.push({
            source: c.path,
            target: isDir ? dir : `${dir}/${external_node_path_default().basename(c.path)}`,
            readOnly: true
        });
    }
    return mounts;
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
            if (listeners?.some(l => l.port === probe/* SERVING_PORT */.b0)) {
                return `it listens on port ${probe/* SERVING_PORT */.b0}, as a serving container does.`;
            }
        }
        await (0,timing/* within */.u)(container.exited, SERVING_CHECK_MS);
    }
    return undefined;
}
async function firstFile(p) {
    if (!(await (0,promises_.stat)(p)).isDirectory())
        return p;
    const entries = await (0,promises_.readdir)(p, { withFileTypes: true });
    return entries.find(e => e.isFile())?.name ?? '';
}
/** The failure file's text, or why it was not read (the container chose what it is). */
async function failureReason(ml) {
    const file = await readSmallFile(external_node_path_default().join(ml, 'output', 'failure'), '/opt/ml/output/failure', FAILURE_BYTES);
    if (file.kind === 'refused')
        return { unread: file.reason };
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
/* harmony export */   M: () => (/* binding */ removeDir),
/* harmony export */   m: () => (/* binding */ makeTempDir)
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
// Temporary directories for /opt/ml: created world-readable (the image may run as a non-root USER)
// and always removed, even when a root container left root-owned files in them.





const exec = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
async function makeTempDir(env, prefix) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), `marketplace-ml-preflight-${prefix}-`));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(dir, 0o755);
    return dir;
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
