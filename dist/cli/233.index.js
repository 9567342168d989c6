export const id = 233;
export const ids = [233,865];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cE: () => (/* binding */ AwsClients),
/* harmony export */   clientsFor: () => (/* binding */ clientsFor),
/* harmony export */   releaseClients: () => (/* binding */ releaseClients)
/* harmony export */ });
/* unused harmony exports MAX_ATTEMPTS, USER_AGENT, clientConfig */
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3323);
/* harmony import */ var _catalog_marketplace_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8865);
// SDK clients for the AWS phase, loaded lazily (the SDK is most of the bundle's cold start) and
// configured once: the default credential chain, standard retries with a bounded number of attempts
// (throttling is retried with backoff by the SDK), and a user agent naming the action.


/** Attempts per call, the first included: enough to ride out throttling, bounded so nothing hangs. */
const MAX_ATTEMPTS = 4;
const USER_AGENT = `marketplace-ml-preflight/${_core_version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x}`;
function clientConfig(region, options = {}) {
    return {
        region,
        maxAttempts: MAX_ATTEMPTS,
        retryMode: 'standard',
        customUserAgent: USER_AGENT,
        ...(options.fips ? { useFipsEndpoint: true } : {}),
        ...(options.dualStack ? { useDualstackEndpoint: true } : {})
    };
}
/** One client per service, Region and endpoint variant, shared by every check of a run. */
class AwsClients {
    cache = new Map();
    ecr(region, options = {}) {
        return this.get(`ecr:${region}:${!!options.fips}:${!!options.dualStack}`, async () => {
            const { ECRClient } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19));
            return new ECRClient(clientConfig(region, options));
        });
    }
    sts(region) {
        return this.get(`sts:${region}`, async () => {
            const { STSClient } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695)]).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19));
            return new STSClient(clientConfig(region));
        });
    }
    ec2(region) {
        return this.get(`ec2:${region}`, async () => {
            const { EC2Client } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(193)]).then(__webpack_require__.t.bind(__webpack_require__, 5193, 19));
            return new EC2Client(clientConfig(region));
        });
    }
    sagemaker(region) {
        return this.get(`sagemaker:${region}`, async () => {
            const { SageMakerClient } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(459)]).then(__webpack_require__.t.bind(__webpack_require__, 4459, 19));
            return new SageMakerClient(clientConfig(region));
        });
    }
    s3(region) {
        return this.get(`s3:${region}`, async () => {
            const { S3Client } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711)]).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
            return new S3Client(clientConfig(region));
        });
    }
    /** Only `aws-validation` reads logs (the validation jobs' own), and only when validation failed. */
    logs(region) {
        return this.get(`logs:${region}`, async () => {
            const { CloudWatchLogsClient } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(303)]).then(__webpack_require__.t.bind(__webpack_require__, 303, 19));
            return new CloudWatchLogsClient(clientConfig(region));
        });
    }
    /** Only `listing-validate` talks to the catalog, whose one endpoint is in us-east-1. */
    marketplaceCatalog() {
        return this.get('marketplace-catalog', async () => {
            const { MarketplaceCatalogClient } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(216)]).then(__webpack_require__.t.bind(__webpack_require__, 9216, 19));
            return new MarketplaceCatalogClient(clientConfig(_catalog_marketplace_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .CATALOG_API_REGION */ .Gw));
        });
    }
    /** Closes the clients' sockets so the process can exit promptly. */
    async destroy() {
        const clients = await Promise.allSettled(this.cache.values());
        for (const c of clients) {
            if (c.status === 'fulfilled')
                c.value.destroy();
        }
        this.cache.clear();
    }
    get(key, create) {
        let client = this.cache.get(key);
        if (!client) {
            client = create();
            this.cache.set(key, client);
        }
        return client;
    }
}
const perRun = new WeakMap();
/** The clients of a run: the registry and resource checks share their connections. */
function clientsFor(ctx) {
    let clients = perRun.get(ctx);
    if (!clients) {
        clients = new AwsClients();
        perRun.set(ctx, clients);
    }
    return clients;
}
/** Closes a run's clients once its AWS phase is over. */
async function releaseClients(ctx) {
    const clients = perRun.get(ctx);
    perRun.delete(ctx);
    await clients?.destroy();
}


/***/ }),

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pp: () => (/* binding */ describeAwsError),
/* harmony export */   Zw: () => (/* binding */ problemOf),
/* harmony export */   iQ: () => (/* binding */ AwsCallError),
/* harmony export */   j3: () => (/* binding */ settleAll),
/* harmony export */   uF: () => (/* binding */ awsCall)
/* harmony export */ });
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6963);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2020);
// AWS errors turned into what a seller can act on: which IAM action is missing, how to fix the
// credentials, or the AWS error code and request id to quote to AWS Support. Never a stack trace.


/** A failed AWS call, already explained. */
class AwsCallError extends Error {
    problem;
    constructor(problem) {
        super(problem.message);
        this.problem = problem;
        this.name = 'AwsCallError';
    }
}
const CREDENTIAL_CODES = new Set([
    'ExpiredToken',
    'ExpiredTokenException',
    'InvalidClientTokenId',
    'UnrecognizedClientException',
    'CredentialsProviderError',
    'AuthFailure',
    'SignatureDoesNotMatch',
    'InvalidSignatureException'
]);
const ACCESS_DENIED_CODES = new Set([
    'AccessDenied',
    'AccessDeniedException',
    'UnauthorizedOperation',
    'AuthorizationError'
]);
const NOT_FOUND_CODES = new Set([
    'RepositoryNotFoundException',
    'ImageNotFoundException',
    'ScanNotFoundException',
    'LayersNotFoundException',
    'LayerInaccessibleException'
]);
function describeAwsError(err, action, signal) {
    const e = (typeof err === 'object' && err !== null ? err : { message: String(err) });
    const code = e.name && e.name !== 'Error' ? e.name : (e.code ?? 'Error');
    const text = (0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(e.message ?? ''), 400);
    const problem = (kind, message) => ({
        kind,
        code,
        action,
        message
    });
    if (signal?.aborted || code === 'AbortError') {
        return problem('aborted', `${action} was stopped: ${abortReason(signal)}.`);
    }
    if (CREDENTIAL_CODES.has(code)) {
        const expired = /expired/i.test(code) || /expired/i.test(text);
        return problem('credentials', `AWS rejected the credentials when calling ${action} (${code}${text ? `: ${text}` : ''}).${expired ? ' The session has expired: request fresh credentials for this run.' : ''} ${_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIGURE_CREDENTIALS_HELP */ .i}`);
    }
    const ids = metadata(e);
    if (ACCESS_DENIED_CODES.has(code)) {
        return problem('access-denied', `AWS denied ${action} (${code}${ids}${text ? `: ${text}` : ''}). Allow \`${action}\` in the IAM policy of the role this step runs as; the README's "Least-privilege IAM policy" lists every action the preflight calls.`);
    }
    if (NOT_FOUND_CODES.has(code)) {
        return problem('not-found', `${action}: ${code}${text ? `: ${text}` : ''}`);
    }
    const throttled = /Throttl|TooManyRequests|RequestLimitExceeded/.test(code);
    return problem('other', `${action} failed: ${code}${text ? `: ${text}` : ''}${ids}.${throttled ? ' AWS kept throttling the call after every retry: run again later.' : ''}`);
}
/** Runs one AWS call, turning any failure into an AwsCallError. */
async function awsCall(action, signal, fn) {
    try {
        return await fn();
    }
    catch (err) {
        throw new AwsCallError(describeAwsError(err, action, signal));
    }
}
function problemOf(err, action, signal) {
    return err instanceof AwsCallError ? err.problem : describeAwsError(err, action, signal);
}
function metadata(e) {
    const m = e.$metadata;
    if (!m)
        return '';
    const parts = [
        m.httpStatusCode ? `HTTP ${m.httpStatusCode}` : '',
        m.requestId ? `request id ${m.requestId}` : '',
        m.attempts && m.attempts > 1 ? `${m.attempts} attempts` : ''
    ].filter(Boolean);
    return parts.length ? `, ${parts.join(', ')}` : '';
}
function abortReason(signal) {
    const reason = signal?.reason;
    if (!reason || reason.name === 'TimeoutError')
        return "the preflight's overall time limit was reached";
    return reason.message ?? String(reason);
}
/** Waits for every branch (none is left writing findings behind), then rethrows the first failure. */
async function settleAll(tasks) {
    const results = await Promise.allSettled(tasks);
    const failed = results.find((r) => r.status === 'rejected');
    if (failed)
        throw failed.reason;
}


/***/ }),

/***/ 7212:
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
/* harmony export */   tE: () => (/* binding */ largestLayers),
/* harmony export */   uQ: () => (/* binding */ withSteps)
/* harmony export */ });
/* unused harmony exports AMD64, stepName, shortDigest */
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4637);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2020);
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
// ---- ownership ----
function ownershipVerdict(input, registryId, sellerAccountIds, source) {
    const from = source === 'input' ? '`seller-account-id`' : 'the caller account, sts:GetCallerIdentity';
    if (sellerAccountIds.includes(registryId)) {
        return (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)(`${input} is in registry account ${registryId}, a seller account (from ${from})`);
    }
    return (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)({
        message: `\`${input}\` is in the registry of account ${registryId}, but the seller account${sellerAccountIds.length > 1 ? 's are' : ' is'} ${sellerAccountIds.join(', ')} (from ${from}).`,
        help: source === 'input'
            ? `Push the image to ${sellerAccountIds[0]}.dkr.ecr.REGION.amazonaws.com, or add ${registryId} to \`seller-account-id\` if it is your seller account.`
            : `Push the image to the seller account's registry, or pass \`seller-account-id\` if these credentials belong to a different account than the one that publishes.`,
        file: input
    });
}
// ---- existence ----
function existsVerdict(input, digest, tags) {
    return (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)(`${input} exists as ${digest}${tags.length ? ` (tags: ${tags.slice(0, 5).join(', ')})` : ''}`);
}
function notFoundVerdict(input, where, code) {
    const what = where.digest ? `the digest ${where.digest}` : `the tag "${where.tag ?? 'latest'}"`;
    const message = code === 'RepositoryNotFoundException'
        ? `\`${input}\`: the repository "${where.repository}" does not exist in account ${where.registryId}, ${where.region} (RepositoryNotFoundException).`
        : `\`${input}\`: ${what} is not in the repository "${where.repository}" (account ${where.registryId}, ${where.region}) (ImageNotFoundException).`;
    return (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)({ message, file: input });
}
// ---- size ----
/** The `count` largest layers, largest first. */
function largestLayers(layers, count = 3) {
    return [...layers].sort((a, b) => b.sizeBytes - a.sizeBytes).slice(0, count);
}
const STEP_CHARS = 100;
/**
 * Names each layer by the Dockerfile step that made it: the config's history lists every step in
 * order, and each step without `empty_layer` made the next layer. When the counts disagree (history
 * squashed or rewritten) the layers stay unnamed rather than named wrongly.
 */
function withSteps(layers, history) {
    const steps = (history ?? []).filter(h => !h.empty_layer).map(h => stepName(h.created_by));
    if (steps.length !== layers.length)
        return [...layers];
    return layers.map((l, i) => (steps[i] ? { ...l, step: steps[i] } : l));
}
/** `RUN pip install torch`, from the shell wrapper the legacy builder and BuildKit record. */
function stepName(createdBy) {
    if (!createdBy)
        return undefined;
    const step = createdBy
        .replace(/^\/bin\/sh -c #\(nop\)\s*/, '') // legacy builder: COPY, ADD, ENV …
        .replace(/^\/bin\/sh -c /, 'RUN ') // legacy builder: RUN
        .replace(/^RUN \|\d+(?: \S+=\S*)* \/bin\/sh -c /, 'RUN ') // BuildKit with build args
        .replace(/^RUN \/bin\/sh -c /, 'RUN ')
        .replace(/\s*# buildkit$/, '')
        .replace(/\s+/g, ' ')
        .trim();
    return step.length > STEP_CHARS ? `${step.slice(0, STEP_CHARS)}…` : step;
}
function sizeVerdict(input, sizeBytes, layers, maxBytes) {
    const top = largestLayers(layers);
    const layerText = top.length
        ? `; largest layers: ${top.map(l => `${l.step ? `\`${l.step}\`` : shortDigest(l.digest)} ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(l.sizeBytes)}`).join(', ')}`
        : '';
    const size = `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(sizeBytes)} compressed (${sizeBytes} bytes)`;
    if (sizeBytes <= maxBytes) {
        return (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)(`${input} is ${size}, within \`max-image-size\` ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(maxBytes)}${layerText}`);
    }
    return (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)({
        message: `\`${input}\` is ${size}, above \`max-image-size\` ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(maxBytes)}${layerText}. GitHub-hosted runners have about 14 GB of free disk, and every endpoint, batch and training start pulls the whole image.`,
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
        return (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)({
            message: `\`${input}\` is an OCI image index (${type})${attestations
                ? ` holding ${attestations} attestation manifest${attestations > 1 ? 's' : ''} (vnd.docker.reference.type=attestation-manifest): BuildKit's provenance attestation`
                : ''}; SageMaker rejects it at CreateModel with "Unsupported manifest media type".`,
            help: PROVENANCE_FIX,
            file: input
        });
    }
    if (type === MEDIA_TYPES.ociManifest) {
        return (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)({
            message: `\`${input}\` is an OCI image manifest (${type}); SageMaker rejects it at CreateModel with "Unsupported manifest media type ${type}".`,
            help: `${PROVENANCE_FIX} With BuildKit also leave \`oci-mediatypes\` off; with podman or buildah push with \`--format docker\`.`,
            file: input
        });
    }
    if (type === MEDIA_TYPES.dockerSchema1 || type === MEDIA_TYPES.dockerSchema1Signed) {
        return (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)({
            message: `\`${input}\` has a Docker image manifest schema 1 (${type}), which is deprecated and not accepted.`,
            help: 'Rebuild and push the image with a current Docker (it pushes Docker v2 schema 2).',
            file: input
        });
    }
    if (type === MEDIA_TYPES.dockerList) {
        if (childMediaType && childMediaType !== MEDIA_TYPES.dockerManifest) {
            return manifestVerdict(input, { mediaType: childMediaType }, undefined);
        }
        return (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)(`${input} is a Docker manifest list; its linux/amd64 image is a Docker v2 schema 2 manifest`);
    }
    if (type === MEDIA_TYPES.dockerManifest) {
        return (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)(`${input} is a Docker v2 schema 2 manifest`);
    }
    return (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)({
        message: `\`${input}\` has the manifest media type "${type}", which is not a container image SageMaker can run.`,
        file: input
    });
}
function platformVerdict(input, platforms) {
    if (platforms.includes(AMD64)) {
        return (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)(`${input} provides ${AMD64} (platforms: ${platforms.join(', ')})`);
    }
    return (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)({
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
        return (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)({
            message: `\`${input}\` has the shell-form ENTRYPOINT ${shown(ep)}: the shell is PID 1, so SIGTERM does not reach your server, and SageMaker's \`serve\`/\`train\` argument becomes the shell's $0 instead of reaching your program.`,
            help: 'Write the ENTRYPOINT as a JSON array, or make the script it runs start your server with `exec`.',
            file: input
        });
    }
    if (ep.length && TINI.test(ep[0])) {
        return (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)({
            message: `\`${input}\` uses ${ep[0]} as its ENTRYPOINT (${shown(ep)}); SageMaker documents that tini gets confused by the \`serve\` and \`train\` arguments.`,
            help: 'Make your server or a script that execs it the ENTRYPOINT instead.',
            file: input
        });
    }
    return (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)(`${input}: ENTRYPOINT ${shown(ep)}, CMD ${shown(cmd)} (SageMaker runs it with \`serve\` or \`train\` in place of CMD)`);
}
/**
 * Files the image ships under /opt/ml/model, when model data is given: SageMaker mounts the model
 * data there, hiding them. Without model data nothing is mounted (AWS's own model-package sample
 * bakes its model in), so the caller asks only when `model-data` is given.
 */
function optMlVerdict(input, files) {
    if (!files.length)
        return (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)(`${input} ships no files under /opt/ml/model`);
    return (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)({
        message: `\`${input}\` ships files under /opt/ml/model (${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}), and \`model-data\` is given: SageMaker mounts the model data at /opt/ml/model, so these files are hidden at run time.`,
        help: 'Either bake the model into the image and publish without model data (no ModelDataUrl), or ship it only in model.tar.gz; keep code elsewhere (e.g. /opt/program).',
        file: input
    });
}
/**
 * The scan statuses that are neither a result nor a scan still running: what each means for the
 * scan Marketplace runs on submission, and what to do. ACTIVE (enhanced scanning with Amazon
 * Inspector, monitoring continuously) and COMPLETE carry findings and are judged by their counts.
 */
const SCAN_STATUS_MEANING = {
    UNSUPPORTED_IMAGE: {
        seen: "Amazon Inspector's enhanced scanning does not support this image's operating system or packages, so ECR has no findings; Marketplace's own scan at submission is then the first to look at them.",
        fix: 'Build on a base image Inspector supports (a current Amazon Linux, Ubuntu or Debian), or scan the image yourself before submitting.'
    },
    SCAN_ELIGIBILITY_EXPIRED: {
        seen: "enhanced scanning stopped watching this image (it was pushed or last pulled longer ago than the registry's rescan duration), so its findings may be out of date.",
        fix: 'Push the image again (or raise the rescan duration in the Amazon Inspector ECR settings) to get current findings.'
    },
    FINDINGS_UNAVAILABLE: {
        seen: 'the findings of this image are no longer available, so nothing says whether it has CRITICAL or HIGH findings.',
        fix: 'Push the image again to scan it afresh.'
    },
    FAILED: {
        seen: 'the scan failed, so nothing says whether the image has CRITICAL or HIGH findings.',
        fix: "Start the scan again (`aws ecr start-image-scan`, basic scanning) or push again (enhanced scanning); an image ECR cannot unpack will not pass Marketplace's scan either."
    },
    LIMIT_EXCEEDED: {
        seen: 'basic scanning allows one scan of an image per 24 hours, so this scan did not run.',
        fix: 'Wait and run the preflight again, or turn on enhanced scanning for the registry.'
    }
};
const SEVERITY_ORDER = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL', 'UNDEFINED'];
function scanVerdict(input, where, scan) {
    const start = `\`aws ecr start-image-scan --repository-name ${where.repository} --image-id imageDigest=${where.digest} --registry-id ${where.registryId} --region ${where.region}\``;
    const pending = (seen) => (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)({
        severity: 'warning',
        message: `\`${input}\` (${where.digest}) ${seen}; Marketplace checks the ECR scan results, and an image with no completed scan is not accepted.`,
        help: `Start a scan with ${start}, or enable scan on push for the repository, then run the preflight again.`,
        file: input
    });
    if (scan.status === 'NOT_FOUND')
        return pending('has no ECR image scan (ScanNotFoundException)');
    const status = `${scan.status}${scan.description ? ` ("${scan.description}")` : ''}`;
    const meaning = SCAN_STATUS_MEANING[scan.status];
    if (meaning) {
        return (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)({
            severity: 'warning',
            message: `\`${input}\` (${where.digest}): ECR scan status ${status}: ${meaning.seen}`,
            help: `${meaning.fix} (ECR API reference, ImageScanStatus: https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_ImageScanStatus.html)`,
            file: input
        });
    }
    if (scan.status !== 'COMPLETE' && scan.status !== 'ACTIVE') {
        return pending(`has no completed ECR scan: status ${status}`);
    }
    const kind = scan.enhanced ? 'enhanced (Amazon Inspector)' : 'basic';
    const counts = SEVERITY_ORDER.filter(s => scan.counts[s])
        .map(s => `${scan.countsAtLeast ? 'at least ' : ''}${scan.counts[s]} ${s}`)
        .join(', ');
    const blocking = (scan.counts.CRITICAL ?? 0) + (scan.counts.HIGH ?? 0);
    if (blocking === 0) {
        return (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)(`${input}: ECR ${kind} scan complete, ${counts || 'no findings'}`);
    }
    return (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)({
        message: `\`${input}\` (${where.digest}): the ECR ${kind} scan found ${counts}${scan.examples.length ? `, including ${scan.examples.join('; ')}` : ''}.`,
        file: input
    });
}
function shortDigest(digest) {
    return digest.replace(/^(sha256:[a-f0-9]{12})[a-f0-9]*$/, '$1');
}


/***/ }),

/***/ 8865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gw: () => (/* binding */ CATALOG_API_REGION),
/* harmony export */   Lf: () => (/* binding */ ML_ADD_VERSION_URL),
/* harmony export */   M: () => (/* binding */ CHANGE_SET_POLL),
/* harmony export */   Qp: () => (/* binding */ DELIVERY_CHANGE_TYPES),
/* harmony export */   Rz: () => (/* binding */ ML_ENTITY_TYPE),
/* harmony export */   W8: () => (/* binding */ CATALOG),
/* harmony export */   X1: () => (/* binding */ DETAILS_KEY),
/* harmony export */   XF: () => (/* binding */ ML_UPDATE_VERSION_URL),
/* harmony export */   YL: () => (/* binding */ LISTING_LIMITS),
/* harmony export */   qi: () => (/* binding */ ARN_KEY)
/* harmony export */ });
// Every number and fixed name of the AWS Marketplace Catalog API that `listing-request` depends on,
// each with its source. The ML change types are documented on two pages of the AWS Marketplace API
// reference; the shapes libraries AWS publishes (awslabs/aws-marketplace-catalog-api-shapes-for-java
// and -for-python, MachineLearningProduct@1.0) give the exact key names where the pages disagree.
const ML_ADD_VERSION_URL = 'https://docs.aws.amazon.com/marketplace/latest/APIReference/ml-add-version.html';
const ML_UPDATE_VERSION_URL = 'https://docs.aws.amazon.com/marketplace/latest/APIReference/ml-update-version.html';
/** StartChangeSet's Catalog: "Fixed value: AWSMarketplace" (API reference, StartChangeSet). */
const CATALOG = 'AWSMarketplace';
/** The Catalog API has one endpoint, catalog.marketplace.us-east-1.amazonaws.com (AWS general
 * reference, AWS Marketplace endpoints), whatever Region the product's assets are in. */
const CATALOG_API_REGION = 'us-east-1';
/** Entity.Type of an ML product's changes: "It must be MachineLearningProduct@1.0" (ml-add-version). */
const ML_ENTITY_TYPE = 'MachineLearningProduct@1.0';
/** The change types that add or update a version (a delivery option) of an ML product. */
const DELIVERY_CHANGE_TYPES = ['AddDeliveryOptions', 'UpdateDeliveryOptions'];
/** The delivery option's details object, by resource kind (shapes libraries' JSON names). */
const DETAILS_KEY = {
    'model-package': 'SageMakerModelPackageDeliveryOptionDetails',
    algorithm: 'SageMakerAlgorithmDeliveryOptionDetails'
};
/** The ARN key inside the details object (ml-add-version, "Required fields"). */
const ARN_KEY = {
    'model-package': 'SageMakerModelPackageArn',
    algorithm: 'SageMakerAlgorithmArn'
};
const LISTING_LIMITS = {
    /** ReleaseNotes: "Must be under 30,000 characters" (ml-add-version), "limited to 30,000
     * characters" (ml-update-version): at most this many. */
    releaseNotesChars: 30_000,
    /** DeliveryOptions: "Limited to one delivery option per version" (both pages). */
    deliveryOptionsPerVersion: 1,
    /** StartChangeSet ChangeSet: 1 to 20 changes (API reference, StartChangeSet). */
    changesPerSet: 20,
    /** Change.Details, the string form of DetailsDocument: 2 to 16,384 characters (API reference,
     * Change). */
    detailsChars: 16_384,
    /** Entity.Identifier and Change.ChangeType: 1 to 255 characters (API reference, Entity, Change). */
    identifierChars: 255,
    /** ChangeSetName: "up to 100 ASCII characters" (API reference, StartChangeSet). */
    changeSetNameChars: 100
};
/** How often DescribeChangeSet is asked while the catalog validates (minutes to hours, per
 * ml-add-version "Change set processing"; project choice, like the SageMaker validation's polling). */
const CHANGE_SET_POLL = { pollMs: 15_000, maxPollMs: 60_000, progressEveryMs: 5 * 60_000 };


/***/ })

};
