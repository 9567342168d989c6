export const id = 821;
export const ids = [821,865];
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

/***/ 5821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runListingValidation: () => (/* binding */ runListingValidation),
/* harmony export */   skipListing: () => (/* binding */ skipListing)
/* harmony export */ });
/* unused harmony exports LISTING_INTENT, validateOnly, refusesIntent */
/* harmony import */ var _catalog_marketplace_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8865);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2020);
/* harmony import */ var _request_listing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1585);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(201);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9378);
/* harmony import */ var _polling_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(646);
// `listing-validate`: after a clean preflight, `listing-request` goes to the Marketplace Catalog with
// Intent VALIDATE, so the catalog checks the change set without applying it, and DescribeChangeSet is
// polled for its verdict. The intent is set here and nowhere else, over whatever the file says: this
// action never changes a listing. Where the catalog refuses the intent for an ML product, the rule is
// skipped with the catalog's words. Placeholders take the ARN `aws-validation` kept in this run.






/** The only intent this action ever sends. */
const LISTING_INTENT = 'VALIDATE';
const DONE = new Set(['SUCCEEDED', 'FAILED', 'CANCELLED']);
async function runListingValidation(ctx, timing = _catalog_marketplace_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGE_SET_POLL */ .M) {
    const listing = ctx.inputs.listingRequest;
    const settings = ctx.inputs.listingValidate;
    // an ignored rule asks the catalog nothing
    if (!listing || !settings || ctx.inputs.ignore.includes('listing-request'))
        return;
    const kept = Object.fromEntries((ctx.facts.awsValidation ?? []).map(f => [f.kind, f.arn]));
    const { filled, missing } = (0,_request_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .fillPlaceholders */ .Ct)(listing.request, kept);
    if (missing.length) {
        return skipListing(ctx, unfilledReason(missing));
    }
    if (listing.request.Intent !== undefined && listing.request.Intent !== LISTING_INTENT) {
        ctx.log.info(`\`listing-request\` says Intent ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$Q)(String(listing.request.Intent), 20)}; this action sends ${LISTING_INTENT} only, so nothing is applied: send the request yourself once it passes`);
    }
    try {
        const client = await (0,_clients_js__WEBPACK_IMPORTED_MODULE_2__.clientsFor)(ctx).marketplaceCatalog();
        const input = validateOnly(filled);
        const started = await start(ctx, client, input);
        if (!started)
            return;
        ctx.log.info(`The AWS Marketplace Catalog is checking change set ${started} (Intent ${LISTING_INTENT}: nothing is applied)`);
        await waitAndReport(ctx, client, started, settings.timeoutSec, timing);
    }
    finally {
        await (0,_clients_js__WEBPACK_IMPORTED_MODULE_2__.releaseClients)(ctx);
    }
}
/** The request as sent: Intent VALIDATE whatever the file says, and no ClientRequestToken of the
 * seller's, so the APPLY they send later with it is not taken for a repeat of this one. */
function validateOnly(request) {
    const input = { ...request, Intent: LISTING_INTENT };
    delete input.ClientRequestToken;
    return input;
}
function unfilledReason(missing) {
    return `${missing.map(k => _request_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .ARN_PLACEHOLDER */ .Cb[k]).join(' and ')} in \`listing-request\` has no ARN to stand for: \`aws-validation\` kept no ${missing.join(' or ')} in this run (it failed or was skipped, or \`aws-validation-cleanup: always\` deleted it), so the catalog was not asked`;
}
/** StartChangeSet; the change set's id, or undefined when the catalog refused it (recorded). */
async function start(ctx, client, input) {
    const { StartChangeSetCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(216)]).then(__webpack_require__.t.bind(__webpack_require__, 9216, 19));
    try {
        const out = await client.send(new StartChangeSetCommand(input), { abortSignal: ctx.signal });
        ctx.facts.listingValidation = {
            changeSetId: out.ChangeSetId,
            changeSetArn: out.ChangeSetArn,
            status: 'PREPARING',
            errors: []
        };
        return out.ChangeSetId;
    }
    catch (err) {
        if (ctx.signal.aborted)
            throw err;
        const said = untrusted(err.message ?? '');
        if (refusesIntent(said)) {
            ctx.facts.listingValidation = { status: 'NOT_STARTED', errors: [], intentRefused: said };
            skipListing(ctx, intentReason(said));
            return undefined;
        }
        ctx.findings.add('listing-request', {
            message: `The AWS Marketplace Catalog did not take \`listing-request\` (Intent ${LISTING_INTENT}): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeAwsError */ .Pp)(err, 'aws-marketplace:StartChangeSet').message}`,
            file: 'listing-request'
        });
        return undefined;
    }
}
async function waitAndReport(ctx, client, id, timeoutSec, timing) {
    const { DescribeChangeSetCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(216)]).then(__webpack_require__.t.bind(__webpack_require__, 9216, 19));
    let polled;
    try {
        polled = await (0,_polling_js__WEBPACK_IMPORTED_MODULE_5__/* .pollUntil */ .g)({
            signal: ctx.signal,
            timeout: AbortSignal.timeout(timeoutSec * 1000),
            timing,
            describe: () => client.send(new DescribeChangeSetCommand({ Catalog: _catalog_marketplace_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .CATALOG */ .W8, ChangeSetId: id }), {
                abortSignal: ctx.signal
            }),
            done: out => DONE.has(out.Status ?? ''),
            progress: (out, ms) => `change set ${id}: ${untrusted(out.Status ?? '?', 40)}, ${Math.floor(ms / 60000)} min`,
            log: line => ctx.log.info(line),
            service: 'The AWS Marketplace Catalog'
        });
    }
    catch (err) {
        // a running change set locks the product: cancelled with the run, or when it cannot be watched
        await cancel(ctx, client, id);
        if (ctx.signal.aborted)
            throw ctx.signal.reason;
        ctx.findings.add('listing-request', {
            message: `Could not follow change set ${id}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeAwsError */ .Pp)(err, 'aws-marketplace:DescribeChangeSet').message}`,
            file: 'listing-request'
        });
        return;
    }
    const fact = changeSetFact(id, polled.last);
    ctx.facts.listingValidation = fact;
    if (polled.timedOut) {
        await cancel(ctx, client, id);
        ctx.findings.add('listing-request', {
            message: `The AWS Marketplace Catalog had not finished checking change set ${id} within \`aws-validation-timeout\` (${timeoutSec} s; last status ${fact.status}); it was cancelled, since a running change set locks the product.`,
            help: 'Raise `aws-validation-timeout`; the catalog takes minutes to hours.',
            file: 'listing-request'
        });
        return;
    }
    reportOutcome(ctx, fact);
}
function reportOutcome(ctx, fact) {
    const id = fact.changeSetId ?? '?';
    if (fact.status === 'SUCCEEDED') {
        ctx.findings.pass('listing-request', `the AWS Marketplace Catalog validated change set ${id} (Intent ${LISTING_INTENT}: nothing was applied)`);
        return;
    }
    const said = [
        fact.failureCode || fact.failureDescription
            ? `${fact.failureCode ?? ''}${fact.failureDescription ? `: ${fact.failureDescription}` : ''}`
            : '',
        ...fact.errors.map(e => `${e.changeType ?? '?'} on ${e.entity ?? '?'}: ${e.code ?? '?'}: ${e.message ?? ''}`)
    ].filter(Boolean);
    const refusal = said.find(refusesIntent);
    if (refusal) {
        fact.intentRefused = refusal;
        return skipListing(ctx, intentReason(refusal));
    }
    ctx.findings.add('listing-request', {
        message: [
            `The AWS Marketplace Catalog ${fact.status === 'CANCELLED' ? 'cancelled' : 'failed'} change set ${id} (Intent ${LISTING_INTENT}: nothing was applied).`,
            ...(said.length ? said : ['The catalog gave no reason.'])
        ].join('\n'),
        help: 'Fix what the catalog says (its error codes are listed on the API reference page below), then rerun.',
        file: 'listing-request'
    });
}
function changeSetFact(id, out) {
    return {
        changeSetId: id,
        ...(out?.ChangeSetArn ? { changeSetArn: out.ChangeSetArn } : {}),
        status: out?.Status ?? 'UNKNOWN',
        ...(out?.FailureCode ? { failureCode: out.FailureCode } : {}),
        ...(out?.FailureDescription ? { failureDescription: untrusted(out.FailureDescription) } : {}),
        errors: (out?.ChangeSet ?? []).flatMap(change => (change.ErrorDetailList ?? []).map(e => ({
            changeType: change.ChangeType,
            entity: change.Entity?.Identifier,
            code: e.ErrorCode && untrusted(e.ErrorCode, 100),
            message: e.ErrorMessage && untrusted(e.ErrorMessage)
        })))
    };
}
/** The catalog documents VALIDATE for single-AMI versions first: its refusal names the intent. */
function refusesIntent(said) {
    return /\bintent\b/i.test(said) || /\bVALIDATE\b/.test(said);
}
function intentReason(said) {
    return `the AWS Marketplace Catalog refused Intent ${LISTING_INTENT} for this product, so it could not check the change set without applying it; it said: "${said}"`;
}
/** The rule, whose offline pass is kept in the reason, becomes a skip: its catalog half did not run. */
function skipListing(ctx, reason) {
    const offline = ctx.findings.allChecks().find(c => c.rule === 'listing-request');
    if (offline?.status === 'fail' || offline?.status === 'warn')
        return; // its findings stand
    ctx.findings.forget('listing-request');
    ctx.findings.skip('listing-request', `${reason}${offline?.status === 'pass' ? `. Checked offline: ${offline.detail}` : ''}`);
}
/** Best effort and bounded, whatever the run's own signal says: a running change set locks the
 * product until it ends. */
async function cancel(ctx, client, id) {
    const { CancelChangeSetCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(216)]).then(__webpack_require__.t.bind(__webpack_require__, 9216, 19));
    try {
        await client.send(new CancelChangeSetCommand({ Catalog: _catalog_marketplace_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .CATALOG */ .W8, ChangeSetId: id }), {
            abortSignal: AbortSignal.timeout(30_000)
        });
        ctx.log.info(`Cancelled change set ${id}`);
    }
    catch (err) {
        ctx.log.warning(`Could not cancel change set ${id}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeAwsError */ .Pp)(err, 'aws-marketplace:CancelChangeSet').message} It ends by itself; the product stays locked until then.`);
    }
}
/** AWS text, one line and bounded (every sink escapes it). */
function untrusted(s, max = 1000) {
    return (0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$Q)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(s), max);
}


/***/ }),

/***/ 646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ pollUntil)
/* harmony export */ });
// Waiting on AWS for minutes or hours (SageMaker's validation, the catalog's check of a change set):
// a jittered, growing delay between polls, throttling ridden out, cancellation and a time limit honoured.
function isThrottling(err) {
    const name = err?.name ?? '';
    return /Throttl|TooManyRequests|RequestLimitExceeded/.test(name);
}
/** Up to ±20 % around the delay, so many runs polling at once do not throttle each other in step. */
function jittered(ms) {
    return Math.round(ms * (0.8 + Math.random() * 0.4));
}
/** Sleeps `ms`; false when the time limit passed first; throws when the run was cancelled. */
function sleep(ms, cancel, timeout) {
    return new Promise((resolve, reject) => {
        if (cancel.aborted)
            return reject(cancel.reason);
        if (timeout.aborted)
            return resolve(false);
        const done = () => {
            clearTimeout(timer);
            cancel.removeEventListener('abort', onCancel);
            timeout.removeEventListener('abort', onTimeout);
        };
        const onCancel = () => {
            done();
            reject(cancel.reason);
        };
        const onTimeout = () => {
            done();
            resolve(false);
        };
        const timer = setTimeout(() => {
            done();
            resolve(true);
        }, ms);
        cancel.addEventListener('abort', onCancel);
        timeout.addEventListener('abort', onTimeout);
    });
}
/** Describes until `done`, the time limit (timedOut) or cancellation (which throws). */
async function pollUntil(p) {
    const start = Date.now();
    let delay = p.timing.pollMs;
    let last;
    let lastLine = '';
    let lastLogged = 0;
    for (;;) {
        try {
            last = await p.describe();
        }
        catch (err) {
            if (p.signal.aborted || !isThrottling(err))
                throw err;
            // the SDK's own retries were not enough: wait longer, the status is not going anywhere
            delay = Math.min(delay * 2, p.timing.maxPollMs);
            p.log(`${p.service} throttled the status check; asking again in ${Math.round(delay / 1000)} s`);
        }
        if (last !== undefined && p.done(last))
            return { last, timedOut: false };
        if (last !== undefined) {
            const line = p.progress(last, Date.now() - start);
            const same = line.replace(/, \d+ min$/, '') === lastLine;
            if (!same || Date.now() - lastLogged >= p.timing.progressEveryMs) {
                p.log(line);
                lastLine = line.replace(/, \d+ min$/, '');
                lastLogged = Date.now();
            }
        }
        if (!(await sleep(jittered(delay), p.signal, p.timeout)))
            return { last, timedOut: true };
        delay = Math.min(Math.round(delay * 1.5), p.timing.maxPollMs);
    }
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
