export const id = 860;
export const ids = [860];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   US: () => (/* binding */ clientsFor),
/* harmony export */   yr: () => (/* binding */ releaseClients)
/* harmony export */ });
/* unused harmony exports MAX_ATTEMPTS, USER_AGENT, clientConfig, AwsClients */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(311);
// SDK clients for the AWS phase, loaded lazily (the SDK is most of the bundle's cold start) and
// configured once: the default credential chain, standard retries with a bounded number of attempts
// (throttling is retried with backoff by the SDK), and a user agent naming the action.

/** Attempts per call, the first included: enough to ride out throttling, bounded so nothing hangs. */
const MAX_ATTEMPTS = 4;
const USER_AGENT = `marketplace-ml-preflight/${_version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .x}`;
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
    const text = clip(e.message ?? '');
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
        return problem('credentials', `AWS rejected the credentials when calling ${action} (${code}${text ? `: ${text}` : ''}).${expired ? ' The session has expired: request fresh credentials for this run.' : ''} ${_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIGURE_CREDENTIALS_HELP */ .ik}`);
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
function clip(s, max = 400) {
    const one = s.replace(/\s+/g, ' ').trim();
    return one.length > max ? `${one.slice(0, max)}…` : one;
}
/** Waits for every branch (none is left writing findings behind), then rethrows the first failure. */
async function settleAll(tasks) {
    const results = await Promise.allSettled(tasks);
    const failed = results.find((r) => r.status === 'rejected');
    if (failed)
        throw failed.reason;
}


/***/ }),

/***/ 3860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAwsChecks: () => (/* binding */ runAwsChecks)
});

// UNUSED EXPORTS: checkRegistryImage

// EXTERNAL MODULE: ./src/image-ref.ts
var image_ref = __webpack_require__(7206);
// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(8422);
// EXTERNAL MODULE: ./src/regions.ts
var src_regions = __webpack_require__(5374);
// EXTERNAL MODULE: ./src/static-checks.ts
var static_checks = __webpack_require__(9287);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/aws/account.ts
// Who the seller is (the `seller-account-id` input, or the caller account from STS) and whether the
// publishing Region is enabled by default, asked live with ec2:DescribeRegions where allowed.




/** STS answers in every commercial Region; used when no Region is known. */
const DEFAULT_REGION = 'us-east-1';
/** The seller accounts: the input when given, else the caller's account (no IAM permission needed). */
async function resolveSellerAccounts(ctx, region) {
    if (ctx.inputs.sellerAccountIds.length) {
        ctx.facts.sellerAccountIds = ctx.inputs.sellerAccountIds;
        ctx.facts.sellerAccountSource = 'input';
        return ctx.inputs.sellerAccountIds;
    }
    const { GetCallerIdentityCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695)]).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19));
    const sts = await (0,clients/* clientsFor */.US)(ctx).sts(callRegion(region));
    const out = await (0,errors/* awsCall */.uF)('sts:GetCallerIdentity', ctx.signal, () => sts.send(new GetCallerIdentityCommand({}), { abortSignal: ctx.signal }));
    const account = out.Account ?? '';
    ctx.facts.sellerAccountIds = [account];
    ctx.facts.sellerAccountSource = 'sts:GetCallerIdentity';
    return [account];
}
/**
 * Replaces the table's region-eligibility verdict with ec2:DescribeRegions' OptInStatus; when the
 * call fails (denied, no network) the table's verdict stays and says why it decided.
 */
async function confirmRegion(ctx, region) {
    if (!region)
        return;
    // Credentials for the commercial partition cannot ask China or GovCloud; the table decides.
    if ((0,src_regions/* partitionOf */.iQ)(region) !== 'aws')
        return;
    let verdict;
    try {
        const { DescribeRegionsCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(193)]).then(__webpack_require__.t.bind(__webpack_require__, 5193, 19));
        const ec2 = await (0,clients/* clientsFor */.US)(ctx).ec2(callRegion(region));
        const out = await (0,errors/* awsCall */.uF)('ec2:DescribeRegions', ctx.signal, () => ec2.send(new DescribeRegionsCommand({
            AllRegions: true,
            Filters: [{ Name: 'region-name', Values: [region] }]
        }), { abortSignal: ctx.signal }));
        verdict = regionFromDescribeRegions(region, out.Regions ?? []);
    }
    catch (err) {
        const problem = (0,errors/* problemOf */.Zw)(err, 'ec2:DescribeRegions', ctx.signal);
        ctx.log.info(`The embedded Region table decides region-eligibility: ${problem.message}`);
        const table = (0,src_regions/* regionFromTable */.Ly)(region);
        verdict = {
            ...table,
            reason: `${table.reason}; ec2:DescribeRegions could not confirm it (${problem.code})`
        };
    }
    ctx.findings.forget('region-eligibility');
    ctx.facts.region = (0,static_checks/* checkRegionEligibility */.EL)(ctx, verdict);
}
/** The live verdict: enabled by default (OptInStatus "opt-in-not-required") is what publishing needs. */
function regionFromDescribeRegions(region, regions) {
    const table = (0,src_regions/* regionFromTable */.Ly)(region);
    const found = regions.find(r => r.RegionName === region);
    const verdict = (eligible, category, reason) => ({
        region,
        eligible,
        category,
        source: 'ec2:DescribeRegions',
        reason: `${reason}${eligible === table.eligible ? '' : `; the embedded table said ${table.category}`}`
    });
    if (!found) {
        return verdict(false, 'unknown', `ec2:DescribeRegions does not list ${region} for this account`);
    }
    if (found.OptInStatus === 'opt-in-not-required') {
        return verdict(true, 'eligible', `${region} is enabled by default (OptInStatus "opt-in-not-required") and SageMaker runs there`);
    }
    return verdict(false, 'opt-in', `${region} is an opt-in Region (OptInStatus "${found.OptInStatus ?? 'unknown'}"); AWS Marketplace publishes only from Regions enabled by default`);
}
/** A Region that is not enabled cannot answer for itself (nor an unknown one): ask one that is. */
function callRegion(region) {
    return region && (0,src_regions/* regionFromTable */.Ly)(region).eligible ? region : DEFAULT_REGION;
}

// EXTERNAL MODULE: ./src/registry-rules.ts
var registry_rules = __webpack_require__(5898);
// EXTERNAL MODULE: ./src/rules.ts
var rules = __webpack_require__(9244);
;// CONCATENATED MODULE: ./src/aws/ecr.ts
// The registry checks on one ECR image, the way Marketplace will look at it: ownership, existence
// (DescribeImages), then in parallel the manifest, platform, config blob and scan findings.
// AWS calls and their failures live here; src/registry-rules.ts decides each rule from the facts.





/** The config blob is small (ENTRYPOINT, CMD, labels, history); refuse anything absurd. */
const MAX_CONFIG_BYTES = 8 * 1024 * 1024;
/**
 * Runs every registry rule on one image and records the results under `input` (the input or the
 * resource the image came from, named in every message). Returns what was learned; `digest` is the
 * digest the checks resolved. Throws AwsCallError only when AWS rejected the credentials.
 */
async function checkRegistryImage(ctx, ref, input, sellerAccountIds) {
    const facts = (0,static_checks/* imageFacts */.JC)(ref);
    await ctx.findings.timed((0,rules/* rulesInPhase */.W1)('registry'), () => (0,errors/* settleAll */.j3)([
        checkOwnership(ctx, ref, input, sellerAccountIds),
        inspectImage(ctx, ref, input, facts)
    ]));
    return facts;
}
async function checkOwnership(ctx, ref, input, sellerAccountIds) {
    try {
        const ids = await sellerAccountIds;
        if (ids.length === 0) {
            ctx.findings.skip('ecr-ownership', 'no seller account known: pass `seller-account-id`');
            return;
        }
        const source = ctx.facts.sellerAccountSource ?? 'input';
        ctx.findings.apply('ecr-ownership', (0,registry_rules/* ownershipVerdict */.ZF)(input, ref.registryId, ids, source));
    }
    catch (err) {
        onProblem(ctx, input, ['ecr-ownership'], (0,errors/* problemOf */.Zw)(err, 'sts:GetCallerIdentity', ctx.signal));
    }
}
async function inspectImage(ctx, ref, input, facts) {
    const ecr = await (0,clients/* clientsFor */.US)(ctx).ecr(ref.region, { fips: ref.fips, dualStack: ref.dualStack });
    const repo = { registryId: ref.registryId, repositoryName: ref.repository };
    const send = (action, fn) => (0,errors/* awsCall */.uF)(action, ctx.signal, () => fn(ctx.signal));
    const after = ['image-size', 'manifest-type', 'platform', 'entrypoint', 'vulnerabilities'];
    // A pinned reference names the manifest already: fetch it alongside DescribeImages, one round trip
    // off the longest chain of dependent calls. It is read only once the image is known to exist.
    const early = ref.digest ? getManifest(ecr, repo, ref.digest, undefined, send) : undefined;
    early?.catch(() => undefined);
    let detail;
    try {
        detail = await describeImage(ecr, ref, repo, send);
    }
    catch (err) {
        const problem = (0,errors/* problemOf */.Zw)(err, 'ecr:DescribeImages', ctx.signal);
        if (problem.kind === 'not-found') {
            ctx.findings.apply('image-exists', (0,registry_rules/* notFoundVerdict */.B3)(input, ref, problem.code));
            ctx.findings.skipAll(after, `${input} was not found in ECR`);
            return;
        }
        onProblem(ctx, input, ['image-exists', ...after], problem);
        return;
    }
    const digest = detail.imageDigest ?? ref.digest ?? '';
    facts.digest = digest;
    if (detail.imageSizeInBytes !== undefined)
        facts.sizeBytes = detail.imageSizeInBytes;
    if (detail.imageManifestMediaType)
        facts.manifestMediaType = detail.imageManifestMediaType;
    ctx.findings.apply('image-exists', (0,registry_rules/* existsVerdict */.YS)(input, digest, detail.imageTags ?? []));
    const where = { ...ref, digest };
    const isList = detail.imageManifestMediaType === registry_rules/* MEDIA_TYPES */.Z2.dockerList ||
        detail.imageManifestMediaType === registry_rules/* MEDIA_TYPES */.Z2.ociIndex;
    // A list's scan is on its linux/amd64 image; a single manifest's scan starts right away.
    let scanTarget = () => undefined;
    const scanDigest = isList
        ? new Promise(r => (scanTarget = r))
        : Promise.resolve({ digest });
    const manifest = async () => {
        let image;
        try {
            const top = await (early ??
                getManifest(ecr, repo, digest, detail.imageManifestMediaType, send));
            facts.manifestMediaType = top.mediaType;
            image = top;
            let childType;
            if (top.entries) {
                facts.platforms = (0,registry_rules/* platformsOf */.Wt)(top.entries);
                ctx.findings.apply('platform', (0,registry_rules/* platformVerdict */.ZL)(input, facts.platforms));
                const child = (0,registry_rules/* amd64Entry */.n5)(top.entries);
                scanTarget(child ? { digest: child.digest } : { skip: `${input} has no linux/amd64 image` });
                if (child) {
                    image = await getManifest(ecr, repo, child.digest, child.mediaType, send);
                    childType = image.mediaType;
                }
                else
                    image = undefined;
            }
            ctx.findings.apply('manifest-type', (0,registry_rules/* manifestVerdict */.j5)(input, top, childType));
        }
        catch (err) {
            scanTarget({ skip: `${input}: the manifest list could not be read` });
            onProblem(ctx, input, ['manifest-type', 'platform', 'entrypoint'], (0,errors/* problemOf */.Zw)(err, 'ecr:BatchGetImage', ctx.signal));
            image = undefined;
        }
        if (image?.layers)
            facts.largestLayers = (0,registry_rules/* largestLayers */.tE)(image.layers);
        if (facts.sizeBytes !== undefined) {
            ctx.findings.apply('image-size', (0,registry_rules/* sizeVerdict */.P1)(input, facts.sizeBytes, image?.layers ?? [], ctx.inputs.maxImageSizeBytes));
        }
        else
            ctx.findings.skip('image-size', `ECR reported no size for ${input}`);
        if (!image?.config) {
            if (image)
                ctx.findings.skipAll(['platform', 'entrypoint'], `${input} has no image config blob`);
            else if (facts.platforms)
                ctx.findings.skip('entrypoint', `${input} has no linux/amd64 image`);
            return;
        }
        const rules = facts.platforms ? ['entrypoint'] : ['platform', 'entrypoint'];
        try {
            const config = await getConfig(ecr, repo, image.config.digest, ctx.signal, send);
            if (!facts.platforms) {
                facts.platforms = [(0,registry_rules/* platformName */.$r)(config.os, config.architecture, config.variant)];
                ctx.findings.apply('platform', (0,registry_rules/* platformVerdict */.ZL)(input, facts.platforms));
            }
            const entrypoint = config.config?.Entrypoint ?? undefined;
            const cmd = config.config?.Cmd ?? undefined;
            if (entrypoint)
                facts.entrypoint = entrypoint;
            if (cmd)
                facts.cmd = cmd;
            if (config.config?.Labels && Object.keys(config.config.Labels).length) {
                facts.labels = config.config.Labels;
            }
            ctx.findings.apply('entrypoint', (0,registry_rules/* entrypointVerdict */.S0)(input, entrypoint, cmd));
        }
        catch (err) {
            onProblem(ctx, input, rules, (0,errors/* problemOf */.Zw)(err, 'ecr:GetDownloadUrlForLayer', ctx.signal));
        }
    };
    const scan = async () => {
        const target = await scanDigest;
        if ('skip' in target) {
            ctx.findings.skip('vulnerabilities', target.skip);
            return;
        }
        try {
            const findings = await getScan(ecr, repo, target.digest, send);
            ctx.findings.apply('vulnerabilities', (0,registry_rules/* scanVerdict */.nj)(input, { ...where, ...target }, findings));
        }
        catch (err) {
            onProblem(ctx, input, ['vulnerabilities'], (0,errors/* problemOf */.Zw)(err, 'ecr:DescribeImageScanFindings', ctx.signal));
        }
    };
    await (0,errors/* settleAll */.j3)([manifest(), scan()]);
}
async function describeImage(ecr, ref, repo, send) {
    const { DescribeImagesCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19));
    const imageId = ref.digest ? { imageDigest: ref.digest } : { imageTag: ref.tag ?? 'latest' };
    const out = await send('ecr:DescribeImages', abortSignal => ecr.send(new DescribeImagesCommand({ ...repo, imageIds: [imageId] }), { abortSignal }));
    const detail = out.imageDetails?.[0];
    if (!detail)
        throw notFound('ecr:DescribeImages');
    return detail;
}
async function getManifest(ecr, repo, digest, mediaType, send) {
    const { BatchGetImageCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19));
    const out = await send('ecr:BatchGetImage', abortSignal => ecr.send(new BatchGetImageCommand({
        ...repo,
        imageIds: [{ imageDigest: digest }],
        acceptedMediaTypes: [...registry_rules/* ACCEPTED_MEDIA_TYPES */.FG]
    }), { abortSignal }));
    const image = out.images?.[0];
    if (!image?.imageManifest) {
        const failure = out.failures?.[0];
        throw new errors/* AwsCallError */.iQ({
            kind: 'other',
            code: failure?.failureCode ?? 'ImageNotFound',
            action: 'ecr:BatchGetImage',
            message: `ecr:BatchGetImage returned no manifest for ${digest}${failure ? ` (${failure.failureCode}: ${failure.failureReason})` : ''}`
        });
    }
    return (0,registry_rules/* parseManifest */.Ng)(image.imageManifest, image.imageManifestMediaType ?? mediaType);
}
async function getConfig(ecr, repo, configDigest, signal, send) {
    const { GetDownloadUrlForLayerCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19));
    const out = await send('ecr:GetDownloadUrlForLayer', abortSignal => ecr.send(new GetDownloadUrlForLayerCommand({ ...repo, layerDigest: configDigest }), {
        abortSignal
    }));
    const fail = (why) => new errors/* AwsCallError */.iQ({
        kind: 'other',
        code: 'ConfigBlob',
        action: 'ecr:GetDownloadUrlForLayer',
        message: `could not read the image config ${configDigest}: ${why}`
    });
    if (!out.downloadUrl)
        throw fail('ECR returned no download URL');
    let response;
    try {
        response = await fetch(out.downloadUrl, { signal });
    }
    catch (err) {
        if (signal.aborted)
            throw err;
        throw fail(`the download failed (${err.message})`);
    }
    if (!response.ok)
        throw fail(`the download URL answered HTTP ${response.status}`);
    const text = await response.text();
    if (text.length > MAX_CONFIG_BYTES)
        throw fail(`it is larger than ${MAX_CONFIG_BYTES} bytes`);
    try {
        return JSON.parse(text);
    }
    catch {
        throw fail('it is not JSON');
    }
}
/** When ECR gives no severity totals, findings are counted over at most this many pages. */
const MAX_SCAN_PAGES = 10;
async function getScan(ecr, repo, digest, send) {
    const { DescribeImageScanFindingsCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19));
    const page = (nextToken) => send('ecr:DescribeImageScanFindings', abortSignal => ecr.send(new DescribeImageScanFindingsCommand({
        ...repo,
        imageId: { imageDigest: digest },
        maxResults: 100,
        ...(nextToken ? { nextToken } : {})
    }), { abortSignal }));
    const pages = [];
    try {
        pages.push(await page());
    }
    catch (err) {
        if (err instanceof errors/* AwsCallError */.iQ && err.problem.code === 'ScanNotFoundException') {
            return { status: 'NOT_FOUND', counts: {}, examples: [], enhanced: false };
        }
        throw err;
    }
    if (!hasTotals(pages[0])) {
        let token = pages[0].nextToken;
        while (token && pages.length < MAX_SCAN_PAGES) {
            const next = await page(token);
            pages.push(next);
            token = next.nextToken;
        }
    }
    return scanFacts(pages);
}
function hasTotals(out) {
    return Object.keys(out.imageScanFindings?.findingSeverityCounts ?? {}).length > 0;
}
/**
 * Severity counts (ECR's totals, or the findings counted page by page when it gives none) and a
 * few serious examples.
 */
function scanFacts(pages) {
    const [first] = pages;
    const found = pages.map(p => p.imageScanFindings);
    const basic = found
        .flatMap(f => f?.findings ?? [])
        .map(x => ({
        severity: x.severity ?? 'UNDEFINED',
        name: `${x.name ?? 'finding'}${pkg(x.attributes)}`
    }));
    const enhanced = found
        .flatMap(f => f?.enhancedFindings ?? [])
        .map(x => ({
        severity: x.severity ?? 'UNDEFINED',
        name: `${x.packageVulnerabilityDetails?.vulnerabilityId ?? x.title ?? 'finding'}${x.packageVulnerabilityDetails?.vulnerablePackages?.[0]?.name
            ? ` in ${x.packageVulnerabilityDetails.vulnerablePackages[0].name}`
            : ''}`
    }));
    const all = [...basic, ...enhanced];
    const totals = hasTotals(first);
    let counts = { ...(first.imageScanFindings?.findingSeverityCounts ?? {}) };
    if (!totals) {
        counts = {};
        for (const x of all)
            counts[x.severity] = (counts[x.severity] ?? 0) + 1;
    }
    const rank = (s) => (s === 'CRITICAL' ? 0 : s === 'HIGH' ? 1 : 2);
    const examples = all
        .filter(x => rank(x.severity) < 2)
        .sort((a, b) => rank(a.severity) - rank(b.severity))
        .slice(0, 3)
        .map(x => `${x.name} (${x.severity})`);
    const status = first.imageScanStatus?.status ?? 'COMPLETE';
    return {
        status,
        ...(first.imageScanStatus?.description
            ? { description: first.imageScanStatus.description }
            : {}),
        counts,
        ...(!totals && pages.at(-1)?.nextToken ? { countsAtLeast: true } : {}),
        examples,
        enhanced: status === 'ACTIVE' || enhanced.length > 0
    };
}
function pkg(attributes) {
    const name = attributes?.find(a => a.key === 'package_name')?.value;
    return name ? ` in ${name}` : '';
}
function notFound(action) {
    return new errors/* AwsCallError */.iQ({
        kind: 'not-found',
        code: 'ImageNotFoundException',
        action,
        message: `${action}: ImageNotFoundException`
    });
}
/**
 * What a failed call means for the rules it feeds. Denied access fails the first rule (the seller
 * must grant the action to get an answer) and skips the rest; credentials end the phase (thrown);
 * anything else, including the deadline, skips the rules with the reason.
 */
function onProblem(ctx, input, rules, problem) {
    if (problem.kind === 'credentials')
        throw new errors/* AwsCallError */.iQ(problem);
    const [first, ...rest] = rules;
    if (problem.kind === 'access-denied') {
        ctx.findings.add(first, {
            title: `Cannot check: AWS denied ${problem.action}`,
            message: `${input}: ${problem.message}`,
            file: input
        });
        ctx.findings.skipAll(rest, `needs ${problem.action}, which AWS denied`);
        return;
    }
    if (problem.kind !== 'aborted')
        ctx.log.warning(`${input}: ${problem.message}`);
    ctx.findings.skipAll(rules, `${input}: ${problem.message}`);
}

;// CONCATENATED MODULE: ./src/aws/index.ts
// AWS phase: registry checks on every ECR image (src/aws/ecr.ts), the seller account and a live
// Region check (src/aws/account.ts) all at once, with the SageMaker resources named by ARN described
// alongside; their checks follow, so images already checked are not checked again.







/**
 * Runs the AWS checks. Independent calls start together; later phases get the digests the checks
 * resolved (refs.image and refs.trainingImage are pinned), so the smoke test runs what was checked.
 */
async function runAwsChecks(ctx, refs) {
    try {
        const resources = ctx.inputs.modelPackageArn || ctx.inputs.algorithmArn
            ? await __webpack_require__.e(/* import() */ 52).then(__webpack_require__.bind(__webpack_require__, 4052))
            : undefined;
        resources?.prefetchResources(ctx);
        const sellers = resolveSellerAccounts(ctx, refs.region);
        sellers.catch(() => undefined); // awaited by each image's ownership check, and below
        const tasks = [sellers, confirmRegion(ctx, refs.region)];
        for (const [input, key] of [
            ['image', 'image'],
            ['training-image', 'trainingImage']
        ]) {
            const ref = refs[key];
            if (!ref)
                continue;
            tasks.push(checkRegistryImage(ctx, ref, input, sellers).then(facts => {
                ctx.facts[key] = facts;
                if (facts.digest && !ref.digest)
                    refs[key] = (0,image_ref/* withDigest */.hQ)(ref, facts.digest);
            }));
        }
        const results = await Promise.allSettled(tasks);
        for (const r of results) {
            if (r.status === 'fulfilled')
                continue;
            if (!(r.reason instanceof errors/* AwsCallError */.iQ))
                throw r.reason;
            if (r.reason.problem.kind !== 'credentials')
                continue; // recorded on its rule already
            if (ctx.inputs.awsChecks === 'true') {
                throw new inputs/* InputError */.dz('aws-checks', `is true, but ${r.reason.message}`);
            }
            ctx.log.warning(r.reason.message);
            ctx.findings.skipPhase('registry', r.reason.problem.message);
            break;
        }
        if (resources) {
            await resources.runResourceChecks(ctx, refs, (ref, input) => checkRegistryImage(ctx, ref, input, sellers).catch(err => {
                if (!(err instanceof errors/* AwsCallError */.iQ))
                    throw err; // recorded on its rule already
            }));
        }
        ctx.findings.skipPhase('registry', 'no ECR image to check (`image` or `training-image`)');
    }
    finally {
        await (0,clients/* releaseClients */.yr)(ctx);
    }
}


/***/ }),

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


/***/ })

};
