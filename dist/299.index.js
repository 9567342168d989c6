export const id = 299;
export const ids = [299,865];
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

/***/ 4299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAwsValidation: () => (/* binding */ runAwsValidation)
});

// UNUSED EXPORTS: VALIDATION_TIMING, progressLine, runName

// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/aws/polling.ts
var polling = __webpack_require__(646);
;// CONCATENATED MODULE: ./src/aws/validation-logs.ts
// The last lines of SageMaker's validation jobs' own logs, for a failed `aws-validation`. The jobs
// run in the seller's account under ValidationRole with names SageMaker picks, so they are found by
// log group and time window, not by name; where nothing is found the finding says where to look.



/** Bounded: a few pages of events, the last lines kept, each clipped. */
const PAGES = 3;
const PAGE_EVENTS = 200;
const KEPT_LINES = 20;
const LINE_CHARS = 500;
/** One paragraph per log group: its last lines (untrusted text, escaped by every sink), or where to
 * look when none could be read. */
async function validationLogs(ctx, groups, window) {
    const parts = [];
    for (const group of groups) {
        const found = await lastEvents(ctx, group, window);
        parts.push(typeof found === 'string'
            ? `No log lines read from ${group}: ${found} Look in CloudWatch Logs, Region ${window.region}, log group ${group}, between ${window.start.toISOString()} and ${window.end.toISOString()}.`
            : `Last lines of ${group} (${[...new Set(found.map(e => e.logStreamName ?? '?'))].join(', ')}):\n${found
                .map(e => (0,core_text/* clip */.$Q)(e.message ?? '', LINE_CHARS).replace(/\n+$/, ''))
                .join('\n')}`);
    }
    return parts.join('\n');
}
/** The window's last events, or why there are none (a sentence). */
async function lastEvents(ctx, group, window) {
    try {
        const { FilterLogEventsCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(303)]).then(__webpack_require__.t.bind(__webpack_require__, 303, 19));
        const client = await (0,clients.clientsFor)(ctx).logs(window.region);
        const events = [];
        let nextToken;
        for (let page = 0; page < PAGES; page++) {
            const out = await client.send(new FilterLogEventsCommand({
                logGroupName: group,
                startTime: window.start.getTime(),
                endTime: window.end.getTime(),
                limit: PAGE_EVENTS,
                ...(nextToken ? { nextToken } : {})
            }), { abortSignal: AbortSignal.timeout(30_000) });
            events.push(...(out.events ?? []));
            events.splice(0, Math.max(0, events.length - KEPT_LINES));
            nextToken = out.nextToken;
            if (!nextToken)
                break;
        }
        if (nextToken)
            ctx.log.info(`${group} holds more events than read; the lines shown end at the ${PAGES * PAGE_EVENTS}th`);
        return events.length ? events : 'no log stream has events in that window.';
    }
    catch (err) {
        return (0,errors/* describeAwsError */.Pp)(err, 'logs:FilterLogEvents').message;
    }
}

;// CONCATENATED MODULE: ./src/aws/validation.ts
// `aws-validation`: the release gate. After a preflight without errors, the request file is sent to
// SageMaker (CreateModelPackage / CreateAlgorithm, the name suffixed with the commit) and SageMaker's
// own validation is awaited; a failure is reported with its FailureReason and the validation jobs'
// last log lines. What the run created is deleted as `aws-validation-cleanup` says, also when the run
// is cancelled or the wait times out.





const VALIDATION_TIMING = {
    pollMs: 15_000,
    maxPollMs: 60_000,
    progressEveryMs: 5 * 60_000
};
const NAME_MAX = 63;
/** The resource's name for this run: the request's, suffixed with the commit (and the attempt of a
 * rerun), so reruns never collide with a resource an earlier run kept. */
function runName(base, env, now = new Date()) {
    const sha = env.GITHUB_SHA?.slice(0, 7);
    const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
    const suffix = sha
        ? `${sha}${attempt > 1 ? `-r${attempt}` : ''}`
        : now.toISOString().replace(/\D/g, '').slice(0, 14);
    const head = base.slice(0, NAME_MAX - suffix.length - 1).replace(/-+$/, '');
    return `${head}-${suffix}`;
}
const NAME_KEY = {
    'model-package': 'ModelPackageName',
    algorithm: 'AlgorithmName'
};
const LOG_GROUPS = {
    'model-package': ['/aws/sagemaker/TransformJobs'],
    algorithm: ['/aws/sagemaker/TrainingJobs', '/aws/sagemaker/TransformJobs']
};
/** Which Region the resource is created in: `region`, else the SDK's own environment. */
function regionOf(ctx) {
    return ctx.inputs.region ?? ctx.env.AWS_REGION ?? ctx.env.AWS_DEFAULT_REGION;
}
async function runAwsValidation(ctx, timing = VALIDATION_TIMING) {
    const settings = ctx.inputs.awsValidation;
    if (!settings)
        return;
    const requests = [ctx.inputs.modelPackageRequest, ctx.inputs.algorithmRequest].filter((r) => r !== undefined);
    const region = regionOf(ctx);
    if (!region) {
        ctx.findings.skip('aws-validation', 'no Region to create the resource in: set `region` (or AWS_REGION, as aws-actions/configure-aws-credentials does)');
        return;
    }
    try {
        const client = await (0,clients.clientsFor)(ctx).sagemaker(region);
        for (const request of requests) {
            await validateOne(ctx, client, region, request, settings.cleanup, timing);
        }
    }
    finally {
        await (0,clients.releaseClients)(ctx);
    }
}
async function validateOne(ctx, client, region, request, cleanup, timing) {
    const { kind } = request;
    const base = String(request.request[NAME_KEY[kind]] ?? kind);
    const name = runName(base, ctx.env);
    const started = new Date();
    const arn = await create(ctx, client, request, name);
    if (!arn)
        return;
    ctx.log.info(`Created ${kind} ${arn}; waiting for SageMaker's validation`);
    const timeout = AbortSignal.timeout(ctx.inputs.awsValidation.timeoutSec * 1000);
    let outcome;
    try {
        outcome = await waitForValidation(ctx, client, kind, arn, timeout, timing);
    }
    catch (err) {
        // cancelled (or the overall limit): stop waiting, clean up as configured, then let the run end
        if (cleanup !== 'never')
            await remove(ctx, client, kind, arn);
        throw ctx.signal.aborted ? ctx.signal.reason : err;
    }
    const ok = outcome.kind === 'completed';
    const deleted = cleanup === 'always' || (cleanup === 'on-failure' && !ok);
    const removal = deleted ? await remove(ctx, client, kind, arn) : '';
    const window = { region, start: started, end: new Date() };
    if (ok) {
        if (!deleted)
            ctx.facts.awsValidation = [...(ctx.facts.awsValidation ?? []), { kind, arn }];
        ctx.findings.pass('aws-validation', `SageMaker validated ${arn} (${request.input})${removal ? `; ${removal}` : ''}`);
        return;
    }
    const reasons = failureReasons(outcome.snapshot?.statusDetails ?? []);
    const logs = await validationLogs(ctx, LOG_GROUPS[kind], window);
    const what = outcome.kind === 'timed-out'
        ? `SageMaker had not finished validating ${arn} (${request.input}) within \`aws-validation-timeout\` (${ctx.inputs.awsValidation.timeoutSec} s; last status ${outcome.snapshot?.status ?? 'unknown'})`
        : `SageMaker's validation of ${arn} (${request.input}) failed`;
    ctx.findings.add('aws-validation', {
        message: [`${what}.`, ...reasons, logs, removal ? `${capital(removal)}.` : '']
            .filter(Boolean)
            .join('\n'),
        file: request.file,
        ...(outcome.kind === 'timed-out'
            ? {
                help: 'Raise `aws-validation-timeout`, or look in the SageMaker console for a job stuck waiting for capacity.'
            }
            : {})
    });
}
function capital(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
/** CreateModelPackage / CreateAlgorithm from the request, under this run's name; a refusal is the
 * finding (nothing was created, so nothing is cleaned up). */
async function create(ctx, client, request, name) {
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(459)]).then(__webpack_require__.t.bind(__webpack_require__, 4459, 19));
    const input = { ...request.request, [NAME_KEY[request.kind]]: name };
    const action = request.kind === 'model-package' ? 'sagemaker:CreateModelPackage' : 'sagemaker:CreateAlgorithm';
    try {
        if (request.kind === 'model-package') {
            const out = await client.send(new sdk.CreateModelPackageCommand(input), { abortSignal: ctx.signal });
            return out.ModelPackageArn;
        }
        const out = await client.send(new sdk.CreateAlgorithmCommand(input), { abortSignal: ctx.signal });
        return out.AlgorithmArn;
    }
    catch (err) {
        if (ctx.signal.aborted)
            throw err;
        ctx.findings.add('aws-validation', {
            message: `SageMaker did not create ${name} from ${request.input}: ${(0,errors/* describeAwsError */.Pp)(err, action).message}`,
            file: request.file
        });
        return undefined;
    }
}
const DONE = new Set(['Completed', 'Failed', 'Deleting']);
/** Polls until the status is final, the time limit passes or the run is cancelled (which throws). */
async function waitForValidation(ctx, client, kind, arn, timeout, timing) {
    const { last, timedOut } = await (0,polling/* pollUntil */.g)({
        signal: ctx.signal,
        timeout,
        timing,
        describe: () => describeOnce(ctx, client, kind, arn),
        done: snapshot => DONE.has(snapshot.status),
        progress: progressLine,
        log: line => ctx.log.info(line),
        service: 'SageMaker'
    });
    if (timedOut || !last)
        return { kind: 'timed-out', snapshot: last };
    return { kind: last.status === 'Completed' ? 'completed' : 'failed', snapshot: last };
}
async function describeOnce(ctx, client, kind, arn) {
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(459)]).then(__webpack_require__.t.bind(__webpack_require__, 4459, 19));
    if (kind === 'model-package') {
        const out = await client.send(new sdk.DescribeModelPackageCommand({ ModelPackageName: arn }), {
            abortSignal: ctx.signal
        });
        return {
            arn,
            status: out.ModelPackageStatus ?? 'Unknown',
            statusDetails: out.ModelPackageStatusDetails?.ValidationStatuses ?? []
        };
    }
    const out = await client.send(new sdk.DescribeAlgorithmCommand({ AlgorithmName: arn }), {
        abortSignal: ctx.signal
    });
    return {
        arn,
        status: out.AlgorithmStatus ?? 'Unknown',
        statusDetails: out.AlgorithmStatusDetails?.ValidationStatuses ?? []
    };
}
/** "validation profile iris-csv: InProgress, 12 min" for each profile (AWS text, kept to one line). */
function progressLine(snapshot, elapsedMs) {
    const minutes = `${Math.floor(elapsedMs / 60000)} min`;
    const profiles = snapshot.statusDetails.map(p => `validation profile ${safe(p.Name, 63)}: ${safe(p.Status, 40)}`);
    return `${profiles.length ? profiles.join('; ') : `status ${safe(snapshot.status, 40)}`}, ${minutes}`;
}
function safe(text, max) {
    return (0,core_text/* clip */.$Q)((0,core_text/* oneLine */.TN)(text ?? '?'), max);
}
function failureReasons(statuses) {
    const failed = statuses.filter(p => p.Status === 'Failed' || p.FailureReason);
    if (!failed.length)
        return ['SageMaker gave no FailureReason.'];
    return failed.map(p => `Validation profile ${safe(p.Name, 63)}: ${p.Status ?? 'Failed'}${p.FailureReason ? ` — ${(0,core_text/* clip */.$Q)(p.FailureReason, 2000)}` : ''}`);
}
/** Deletes what the run created, whatever the run's own signal says (a cancelled run still cleans
 * up), bounded; returns what happened, for the finding. */
async function remove(ctx, client, kind, arn) {
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(459)]).then(__webpack_require__.t.bind(__webpack_require__, 4459, 19));
    const abortSignal = AbortSignal.timeout(60_000);
    try {
        if (kind === 'model-package') {
            await client.send(new sdk.DeleteModelPackageCommand({ ModelPackageName: arn }), {
                abortSignal
            });
        }
        else {
            await client.send(new sdk.DeleteAlgorithmCommand({ AlgorithmName: arn }), { abortSignal });
        }
        ctx.log.info(`Deleted ${arn} (\`aws-validation-cleanup\`)`);
        return `deleted ${arn} as \`aws-validation-cleanup\` says`;
    }
    catch (err) {
        const action = kind === 'model-package' ? 'sagemaker:DeleteModelPackage' : 'sagemaker:DeleteAlgorithm';
        const problem = (0,errors/* describeAwsError */.Pp)(err, action).message;
        ctx.log.warning(`Could not delete ${arn}: ${problem} Delete it yourself.`);
        return `could not delete ${arn} (${problem}); delete it yourself`;
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
