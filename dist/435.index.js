export const id = 435;
export const ids = [435,360];
export const modules = {

/***/ 7360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   prefetchResources: () => (/* binding */ prefetchResources),
/* harmony export */   resourceTargets: () => (/* binding */ resourceTargets),
/* harmony export */   runResourceChecks: () => (/* binding */ runResourceChecks)
/* harmony export */ });
/* harmony import */ var _image_ref_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2812);
/* harmony import */ var _resource_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(926);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2020);
/* harmony import */ var _static_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(858);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);
/* harmony import */ var _s3_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1075);
/* harmony import */ var _sagemaker_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2757);
// Resource phase: the model package and algorithm named by ARN, as Marketplace will see them. Their
// images go through the registry checks (passed in, so this module does not own them); their S3
// data is located with HeadBucket for same-region.







const ARN_FORM = {
    'model-package': 'arn:aws:sagemaker:REGION:ACCOUNT:model-package/NAME[/VERSION]',
    algorithm: 'arn:aws:sagemaker:REGION:ACCOUNT:algorithm/NAME'
};
const DESCRIBE = {
    'model-package': 'sagemaker:DescribeModelPackage',
    algorithm: 'sagemaker:DescribeAlgorithm'
};
const RULES = [
    'certify-for-marketplace',
    'validation-spec',
    'builtin-algorithm',
    'resource-status'
];
/** The resources the inputs name. */
function resourceTargets(ctx) {
    const { modelPackageArn, algorithmArn } = ctx.inputs;
    return [
        ...(modelPackageArn
            ? [{ input: 'model-package-arn', kind: 'model-package', arn: modelPackageArn }]
            : []),
        ...(algorithmArn
            ? [{ input: 'algorithm-arn', kind: 'algorithm', arn: algorithmArn }]
            : [])
    ];
}
/** Starts describing the resources, so the calls overlap the registry checks. */
function prefetchResources(ctx) {
    for (const { kind, arn } of resourceTargets(ctx)) {
        (0,_sagemaker_js__WEBPACK_IMPORTED_MODULE_3__/* .describeResource */ .w)(ctx, kind, arn).catch(() => undefined); // awaited by the checks
    }
}
async function runResourceChecks(ctx, refs, checkImage) {
    // images the registry phase already checked from `image` / `training-image`
    const checked = new Set([refs.image?.uri, refs.trainingImage?.uri].filter(Boolean));
    const buckets = new Map();
    for (const target of resourceTargets(ctx)) {
        await ctx.findings.timed(RULES, () => checkResource(ctx, refs, target, checkImage, checked, buckets));
    }
}
async function checkResource(ctx, refs, target, checkImage, checked, buckets) {
    const { findings } = ctx;
    const { input, kind, arn } = target;
    let view;
    try {
        view = await (0,_sagemaker_js__WEBPACK_IMPORTED_MODULE_3__/* .describeResource */ .w)(ctx, kind, arn);
    }
    catch (err) {
        if (ctx.signal.aborted)
            throw err;
        findings.add('resource-status', { message: describeFailure(ctx, target, err), file: input });
        findings.skipAll(RULES.slice(0, 3), `the ${_resource_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_NAME */ .ve[kind]} ${arn} could not be described`);
        return;
    }
    findings.apply('certify-for-marketplace', (0,_resource_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .certifyForMarketplace */ .x2)(view), input);
    findings.apply('validation-spec', (0,_resource_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .validationSpec */ .VS)(view), input);
    findings.apply('builtin-algorithm', (0,_resource_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .builtinAlgorithm */ .DN)(view, sellerAccounts(ctx)), input);
    findings.apply('resource-status', (0,_resource_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceStatus */ .J3)(view), input);
    const region = refs.region ?? view.region;
    /** One HeadBucket per bucket and run, shared by every location in it. */
    const locate = (uri) => {
        const bucket = /^s3:\/\/([^/]+)/.exec(uri)?.[1];
        if (!bucket)
            return undefined;
        if (!buckets.has(bucket))
            buckets.set(bucket, (0,_s3_js__WEBPACK_IMPORTED_MODULE_2__/* .bucketRegion */ .B)(ctx, bucket, region));
        return buckets.get(bucket);
    };
    // the buckets' Regions, the images' registry checks and the source algorithms all go out at once
    const lookups = view.s3.map(loc => ({ loc, found: locate(loc.uri) }));
    const seen = { images: [], located: [] };
    const own = { containers: view.containers, owner: `the ${_resource_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_NAME */ .ve[kind]}'s`, input };
    const imageChecks = checkContainers(ctx, own, checkImage, checked, seen);
    const sources = await Promise.all(view.sourceAlgorithms.map(source => sourceAlgorithmImages(ctx, view, source, input)));
    for (const source of sources) {
        if (source)
            imageChecks.push(...checkContainers(ctx, source, checkImage, checked, seen));
    }
    const { images, located, serving } = seen;
    const data = [];
    for (const { loc, found: lookup } of lookups) {
        if (!lookup) {
            ctx.log.debug(`${loc.uri} is not an s3:// URI; its Region is not checked`);
            continue;
        }
        const found = await lookup;
        data.push({ what: loc.what, uri: loc.uri, ...(found.ok ? { region: found.region } : {}) });
        if (found.ok)
            located.push({ what: `${loc.what} (${loc.uri})`, input, region: found.region });
        else if (found.reason === 'not-found') {
            findings.add('resource-status', {
                message: `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .capitalize */ .ZH)(loc.what)} is ${loc.uri}, but ${found.detail}: validation cannot read or write it.`,
                file: input
            });
        }
        else {
            findings.add('same-region', {
                message: `Could not confirm that ${loc.what} (${loc.uri}) is in ${region}: ${found.detail}.`,
                severity: 'warning',
                file: input
            });
        }
    }
    await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .settleAll */ .j3)(imageChecks);
    (0,_static_index_js__WEBPACK_IMPORTED_MODULE_5__/* .checkSameRegion */ .jZ)(ctx, region, regionInput(ctx, refs), located);
    ctx.facts.resources.push({
        arn,
        kind,
        ...(view.status ? { status: view.status } : {}),
        ...(view.certifyForMarketplace !== undefined
            ? { certifyForMarketplace: view.certifyForMarketplace }
            : {}),
        images,
        ...(serving ? { servingImage: serving.image } : {}),
        ...(serving?.modelData ? { servingModelData: serving.modelData } : {}),
        servingContainers: view.containers.filter(c => c.where.startsWith('inference container'))
            .length,
        validationProfiles: view.profiles.map(p => p.name),
        ...(view.sourceAlgorithms.length
            ? { sourceAlgorithms: view.sourceAlgorithms.map(a => a.name) }
            : {}),
        data
    });
}
/**
 * Starts each container image's registry checks (once per run) and collects, in order, what
 * same-region and the smoke test need; returns the checks to wait for.
 */
function checkContainers(ctx, from, checkImage, checked, seen) {
    const { containers, owner, input } = from;
    const started = [];
    for (const c of containers) {
        const what = `${owner} ${c.where}`;
        const parsed = (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_6__/* .parseImageUri */ .f9)(c.image);
        if (!parsed.ok) {
            ctx.findings.add('image-uri', {
                message: `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .capitalize */ .ZH)(what)} "${c.image}" ${parsed.reason}.`,
                file: input
            });
            continue;
        }
        // check what SageMaker resolved at creation, not what the tag points to now
        const ref = (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_6__/* .pinnedTo */ .A_)(parsed.ref, c.imageDigest);
        seen.images.push(ref.uri);
        if (!seen.serving && c.where.includes('inference container') && !(0,_resource_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .awsOwnedRegistry */ .GK)(ref.uri)) {
            const modelData = c.modelDataUrl ?? from.modelData;
            seen.serving = { image: ref.uri, ...(modelData ? { modelData } : {}) };
        }
        seen.located.push({ what: `${what} image`, input, region: ref.region });
        if ((0,_resource_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .awsOwnedRegistry */ .GK)(ref.uri)) {
            ctx.log.info(`${ref.uri} is an AWS-owned image (builtin-algorithm); registry checks skipped`);
        }
        else if (!checked.has(ref.uri)) {
            checked.add(ref.uri);
            started.push(checkImage(ref, input, what));
        }
    }
    return started;
}
/**
 * A model package trained by the seller's own algorithm runs that algorithm's inference images, so
 * they are checked like the package's own. Anyone else's algorithm is builtin-algorithm's concern.
 */
async function sourceAlgorithmImages(ctx, view, source, input) {
    const arn = (0,_resource_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .ownSourceAlgorithmArn */ .yj)(view, source.name, sellerAccounts(ctx));
    // the algorithm-arn input gets its own full check
    if (!arn || arn === ctx.inputs.algorithmArn)
        return undefined;
    let algorithm;
    try {
        algorithm = await (0,_sagemaker_js__WEBPACK_IMPORTED_MODULE_3__/* .describeResource */ .w)(ctx, 'algorithm', arn);
    }
    catch (err) {
        if (ctx.signal.aborted)
            throw err;
        ctx.findings.add('resource-status', {
            severity: 'warning',
            message: `The model package was trained with the algorithm ${source.name}, which could not be read, so its inference images were not checked. ${describeFailure(ctx, { input, kind: 'algorithm', arn }, err)}`,
            file: input
        });
        return undefined;
    }
    return {
        containers: algorithm.containers.filter(c => c.where.startsWith('inference container')),
        owner: `the source algorithm ${source.name}'s`,
        input,
        ...(source.modelDataUrl ? { modelData: source.modelDataUrl } : {})
    };
}
/** The seller's accounts as far as this run knows them: the input, or STS's answer. */
function sellerAccounts(ctx) {
    return ctx.facts.sellerAccountIds ?? ctx.inputs.sellerAccountIds;
}
/** Which input the publishing Region came from, as runStaticChecks decided it. */
function regionInput(ctx, refs) {
    if (ctx.inputs.region)
        return 'region';
    if (refs.image)
        return 'image';
    if (refs.trainingImage)
        return 'training-image';
    return ctx.inputs.modelPackageArn ? 'model-package-arn' : 'algorithm-arn';
}
/** Not found gets the ARN's expected form; everything else is explained like any AWS failure. */
function describeFailure(ctx, { kind, arn }, err) {
    const problem = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeAwsError */ .Pp)(err, DESCRIBE[kind], ctx.signal);
    const text = err.message ?? '';
    if (problem.code === 'ResourceNotFound' ||
        (problem.code === 'ValidationException' &&
            /does not exist|not found|could not find/i.test(text))) {
        return `The ${_resource_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_NAME */ .ve[kind]} ${arn} was not found (SageMaker: "${text}"). Check the name, version, account and Region against the form ${ARN_FORM[kind]}; SageMaker looks in the Region the ARN names, with the account of the credentials this step runs as.`;
    }
    return problem.message;
}


/***/ }),

/***/ 1075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ bucketRegion)
/* harmony export */ });
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(201);
// Finds the Region of an S3 bucket (HeadBucket's x-amz-bucket-region), for same-region.

/** Asks the publishing Region's endpoint; S3 names the bucket's Region even when it redirects or refuses. */
async function bucketRegion(ctx, bucket, region) {
    const { HeadBucketCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711)]).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
    const client = await (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__.clientsFor)(ctx).s3(region);
    try {
        const out = await client.send(new HeadBucketCommand({ Bucket: bucket }), {
            abortSignal: ctx.signal
        });
        if (out.BucketRegion)
            return { ok: true, region: out.BucketRegion };
        return { ok: false, reason: 'error', detail: 'HeadBucket did not name the bucket Region' };
    }
    catch (err) {
        if (ctx.signal.aborted)
            throw err;
        const e = err;
        const header = e.$response?.headers?.['x-amz-bucket-region'];
        if (header)
            return { ok: true, region: header };
        const status = e.$metadata?.httpStatusCode;
        if (status === 404 || e.name === 'NotFound' || e.name === 'NoSuchBucket') {
            return { ok: false, reason: 'not-found', detail: `the bucket ${bucket} does not exist` };
        }
        if (status === 403 || e.name === 'Forbidden' || e.name === 'AccessDenied') {
            return {
                ok: false,
                reason: 'access-denied',
                detail: `access denied reading the Region of the bucket ${bucket}: allow s3:ListBucket on arn:aws:s3:::${bucket} for the role this step runs as`
            };
        }
        return {
            ok: false,
            reason: 'error',
            detail: `HeadBucket on ${bucket} failed: ${e.name ?? 'Error'}${e.message && e.message !== e.name ? `: ${e.message}` : ''}`
        };
    }
}


/***/ }),

/***/ 2757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describedResource: () => (/* binding */ describedResource),
/* harmony export */   w: () => (/* binding */ describeResource)
/* harmony export */ });
/* harmony import */ var _resource_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(926);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(201);
// Reads a model package or algorithm from SageMaker, in the Region its ARN names, once per run.


// one description per resource and run, however many places ask (the prefetch, the checks, the replay)
const described = new WeakMap();
async function describeResource(ctx, kind, arn) {
    return (await describedResource(ctx, kind, arn)).view;
}
function describedResource(ctx, kind, arn) {
    let cache = described.get(ctx);
    if (!cache)
        described.set(ctx, (cache = new Map()));
    const key = `${kind} ${arn}`;
    let found = cache.get(key);
    if (!found)
        cache.set(key, (found = describe(ctx, kind, arn)));
    return found;
}
async function describe(ctx, kind, arn) {
    const { DescribeAlgorithmCommand, DescribeModelPackageCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(459)]).then(__webpack_require__.t.bind(__webpack_require__, 4459, 19));
    const client = await (0,_clients_js__WEBPACK_IMPORTED_MODULE_1__.clientsFor)(ctx).sagemaker(arn.split(':')[3]);
    if (kind === 'model-package') {
        const output = await client.send(new DescribeModelPackageCommand({ ModelPackageName: arn }), {
            abortSignal: ctx.signal
        });
        return { view: (0,_resource_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .modelPackageView */ .lj)(arn, output), output };
    }
    const output = await client.send(new DescribeAlgorithmCommand({ AlgorithmName: arn }), {
        abortSignal: ctx.signal
    });
    return { view: (0,_resource_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .algorithmView */ .Jj)(arn, output), output };
}


/***/ }),

/***/ 3435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runValidationReplay: () => (/* binding */ runValidationReplay)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/docker/command.ts
var command = __webpack_require__(1721);
// EXTERNAL MODULE: ./src/smoke/instance-resources.ts
var instance_resources = __webpack_require__(4646);
// EXTERNAL MODULE: ./src/docker/labels.ts
var docker_labels = __webpack_require__(65);
// EXTERNAL MODULE: ./src/aws/resources.ts
var resources = __webpack_require__(7360);
// EXTERNAL MODULE: ./src/aws/credentials.ts
var credentials = __webpack_require__(6963);
// EXTERNAL MODULE: ./src/image/ref.ts
var ref = __webpack_require__(2812);
// EXTERNAL MODULE: ./src/request/index.ts + 1 modules
var request = __webpack_require__(7037);
// EXTERNAL MODULE: ./src/aws/resource-rules.ts + 1 modules
var resource_rules = __webpack_require__(926);
// EXTERNAL MODULE: ./src/request/rules.ts + 2 modules
var rules = __webpack_require__(3822);
// EXTERNAL MODULE: ./src/smoke/images.ts + 1 modules
var smoke_images = __webpack_require__(9538);
// EXTERNAL MODULE: ./src/smoke/model-archive.ts
var model_archive = __webpack_require__(5563);
// EXTERNAL MODULE: ./src/smoke/model-source.ts
var model_source = __webpack_require__(9328);
// EXTERNAL MODULE: ./src/smoke/workdir.ts
var workdir = __webpack_require__(8345);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/catalog/sagemaker-limits.ts
var sagemaker_limits = __webpack_require__(7408);
// EXTERNAL MODULE: ./src/replay/training.ts
var training = __webpack_require__(9517);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/docker/serving.ts
var serving = __webpack_require__(6868);
// EXTERNAL MODULE: ./src/smoke/execution-parameters.ts
var execution_parameters = __webpack_require__(4288);
// EXTERNAL MODULE: ./src/smoke/log-signs.ts
var log_signs = __webpack_require__(1144);
// EXTERNAL MODULE: ./src/smoke/request-size.ts
var request_size = __webpack_require__(5872);
// EXTERNAL MODULE: ./src/smoke/response-size.ts
var response_size = __webpack_require__(7106);
// EXTERNAL MODULE: ./src/smoke/serve.ts + 5 modules
var serve = __webpack_require__(8722);
// EXTERNAL MODULE: ./src/replay/records.ts
var replay_records = __webpack_require__(4065);
;// CONCATENATED MODULE: ./src/replay/transform.ts
// One transform job of a validation profile, replayed on the runner as SageMaker runs it: the
// inference image served offline (`docker run --network none IMAGE serve`) with the job's
// Environment and SAGEMAKER_* variables, the input split, batched and sent with
// MaxConcurrentTransforms requests in flight, and the answers assembled into `<input>.out` files.
















const FIRST_LINES = 5;
/**
 * The job's own values first, then the container's GET /execution-parameters answer, then SageMaker's
 * defaults. CreateTransformJob (MaxConcurrentTransforms): "If MaxConcurrentTransforms is set to 0 or
 * left unset, SageMaker checks the optional execution-parameters to determine the settings for your
 * chosen algorithm. If the execution-parameters endpoint is not enabled, the default value is 1";
 * MaxPayloadInMB: "The default value is 6 MB"; and the developer guide, "Custom Inference Code with
 * Batch Transform": the SAGEMAKER_* variables "come from the API call made by the user. If the user
 * doesn't set values for them, they aren't passed. In that case, either the default values or the
 * values requested by the algorithm (in response to the /execution-parameters) are used."
 */
function batchSettings(job, answered = {}) {
    const fromContainer = [];
    const pick = (name, own, theirs, fallback) => {
        if (own !== undefined)
            return own;
        if (theirs === undefined)
            return fallback;
        fromContainer.push(name);
        return theirs;
    };
    const strategy = answered.BatchStrategy?.replace(/_/g, '').toLowerCase();
    return {
        payloadMb: pick('MaxPayloadInMB', job.MaxPayloadInMB, answered.MaxPayloadInMB, sagemaker_limits/* DEFAULT_BATCH_PAYLOAD_MB */.wO),
        strategy: pick('BatchStrategy', job.BatchStrategy, 
        // MULTI_RECORD as the API spells it, MultiRecord as the SDK's local mode does
        strategy === 'singlerecord'
            ? 'SingleRecord'
            : strategy === 'multirecord'
                ? 'MultiRecord'
                : undefined, sagemaker_limits/* DEFAULT_BATCH_STRATEGY */.nu),
        concurrency: pick('MaxConcurrentTransforms', job.MaxConcurrentTransforms || undefined, answered.MaxConcurrentTransforms, sagemaker_limits/* DEFAULT_CONCURRENT_TRANSFORMS */.i5),
        fromContainer
    };
}
/** SAGEMAKER_BATCH, and the three settings only when the job sets them (see batchSettings). */
function transformEnv(job) {
    return {
        ...(job.Environment ?? {}),
        ...serve/* BATCH_ENV */.R,
        ...(job.MaxPayloadInMB !== undefined
            ? { SAGEMAKER_MAX_PAYLOAD_IN_MB: String(job.MaxPayloadInMB) }
            : {}),
        ...(job.BatchStrategy
            ? {
                SAGEMAKER_BATCH_STRATEGY: job.BatchStrategy === 'SingleRecord' ? 'SINGLE_RECORD' : 'MULTI_RECORD'
            }
            : {}),
        ...(job.MaxConcurrentTransforms
            ? { SAGEMAKER_MAX_CONCURRENT_TRANSFORMS: String(job.MaxConcurrentTransforms) }
            : {})
    };
}
async function replayTransform(ctx, setup) {
    const { job } = setup;
    const result = {
        ok: false,
        requests: 0,
        records: 0,
        inputBytes: 0,
        outputBytes: 0,
        outputs: []
    };
    const where = `validation profile "${setup.profile}"`;
    const reqDir = external_node_path_default().join(setup.tmp, 'requests');
    // a job that fixes its batching is cut before the container starts (a bad input is known without
    // it); otherwise once the container has answered GET /execution-parameters
    let settings = batchSettings(job);
    const asks = job.MaxPayloadInMB === undefined || !job.BatchStrategy || !job.MaxConcurrentTransforms;
    let cut;
    if (job.MaxPayloadInMB !== undefined && job.BatchStrategy) {
        const early = await cutRequests(setup, settings, reqDir);
        if ('failure' in early)
            return { ...result, failure: early.failure };
        cut = early;
    }
    let session;
    try {
        session = await (0,serving/* startServing */.N2)(ctx, {
            image: setup.image,
            env: transformEnv(job),
            mounts: (0,model_archive/* modelMounts */.EF)(setup.modelDir),
            labels: setup.labels,
            tmp: setup.tmp,
            probe: setup.probe
        });
        if (session.ready.kind !== 'ready') {
            return { ...result, failure: startFailure(ctx, setup, session) };
        }
        if (asks)
            settings = batchSettings(job, await offered(ctx, session.probe, where));
        if (!cut) {
            const late = await cutRequests(setup, settings, reqDir);
            if ('failure' in late)
                return { ...result, failure: late.failure };
            cut = late;
        }
        result.records = cut.records;
        result.inputBytes = cut.inputBytes;
        const sending = { setup, session, settings, result };
        const failure = await sendAll(sending, [...cut.byObject.values()].flat());
        if (failure)
            return { ...result, failure };
        await assembleOutputs(setup, cut.byObject, result);
        result.ok = true;
        return result;
    }
    finally {
        await session?.close(setup.stopGraceMs);
        await (0,promises_.rm)(reqDir, { recursive: true, force: true });
    }
}
function startFailure(ctx, setup, session) {
    const { container, ready } = session;
    return {
        message: `The validation profile "${setup.profile}" could not start: ${ready.kind === 'exited' ? `the container exited with code ${container.exitCode}` : `GET /ping did not answer 200 within ${ctx.inputs.startupTimeoutSec} s`} with the job's environment (${Object.keys(transformEnv(setup.job)).join(', ')}). Last log lines:\n${(0,log_signs/* quote */.hD)(container.log.lines(15))}`,
        help: 'Run the image with the same variables (`docker run --network none -e SAGEMAKER_BATCH=true … IMAGE serve`) and fix what the log shows; see serve-start.'
    };
}
/** MaxConcurrentTransforms requests in flight, stopping at the first failure as SageMaker does. */
async function sendAll(s, all) {
    let next = 0;
    let failed;
    await Promise.all(Array.from({ length: Math.min(s.settings.concurrency, all.length) }, async () => {
        while (!failed && next < all.length) {
            const f = await send(s, all[next++]);
            failed ??= f;
        }
    }));
    return failed;
}
/** One request of the job; the failure it shows, if any. */
async function send(s, r) {
    const { job } = s.setup;
    const { container } = s.session;
    const contentType = job.TransformInput?.ContentType;
    const accept = job.TransformOutput?.Accept;
    const where = `validation profile "${s.setup.profile}"`;
    const what = `POST /invocations with ${r.records === 1 ? `record ${r.first}` : `records ${r.first}-${r.first + r.records - 1}`} of ${r.object.key} (${(0,core_text/* formatBytes */.z3)(r.bytes)}${contentType ? `, ${contentType}` : ''})`;
    const res = await s.session.invoke({
        file: r.file,
        bytes: r.bytes,
        contentType,
        ...(accept ? { headers: { Accept: accept } } : {}),
        timeoutMs: sagemaker_limits/* BATCH_INVOCATION_MS */.PA,
        maxBodyBytes: (0,response_size/* responseLimit */.T)('batch'),
        // to a file as it arrives: concurrent answers of up to 100 MB each never sit in memory
        saveBodyTo: answerFile(r)
    });
    if ('error' in res) {
        if (res.tooLarge)
            return (0,response_size/* oversizedAnswer */.Y)(`In the ${where}, ${what}`, res.error, 'batch');
        await container.exitsWithin(1000);
        return {
            message: `In the ${where}, ${what} ${res.timedOut ? `did not answer within ${sagemaker_limits/* BATCH_INVOCATION_MS */.PA / 1000} s (SageMaker's default InvocationsTimeoutInSeconds)` : `got no answer: ${res.error}`}.${container.running ? '' : ` The container exited with code ${container.exitCode}.`} Last log lines:\n${(0,log_signs/* quote */.hD)(container.log.lines(15))}`,
            help: res.timedOut
                ? 'Answer each request within the invocation timeout: lower MaxPayloadInMB so requests carry fewer records, or make inference faster.'
                : 'The container must answer every request of the job; read the log lines for the crash, and try the same request locally.'
        };
    }
    s.result.requests++;
    if (res.status < 200 || res.status > 299) {
        const { payloadMb, strategy } = s.settings;
        return {
            message: `In the ${where}, ${what} answered ${res.status}.${res.bodyStart.trim() ? ` Response body: "${res.bodyStart.trim().slice(0, 500)}"` : ''} Last log lines:\n${(0,log_signs/* quote */.hD)(container.log.lines(15))}`,
            help: res.status === 413
                ? `SageMaker fails the whole transform job on one non-2xx answer, and 413 means the server refused the request's size. ${request_size/* BODY_LIMIT_HELP */.$H} Or lower the profile's MaxPayloadInMB (${payloadMb} MB here).`
                : `SageMaker fails the whole transform job on one non-2xx answer. Make the container accept ${contentType ?? 'the input'} ${strategy === 'MultiRecord' ? `with several records per request (MultiRecord, up to ${payloadMb} MB)` : 'one record per request'}, or change the profile's BatchStrategy / SplitType.`
        };
    }
    if (res.bytes === 0) {
        return {
            message: `In the ${where}, ${what} answered ${res.status} with an empty body: the output for those records would be empty.`,
            help: 'Return one prediction per record in the response body.'
        };
    }
    return undefined;
}
/** Each object's answers assembled into `<key>.out` under the output folder, as SageMaker writes. */
async function assembleOutputs(setup, byObject, result) {
    const assembleWith = setup.job.TransformOutput?.AssembleWith ?? 'None';
    for (const [object, requests] of byObject) {
        const rel = object.key === setup.inputUri
            ? external_node_path_default().posix.basename(object.key)
            : object.key.slice(setup.inputUri.length).replace(/^\//, '');
        const file = external_node_path_default().join(setup.outDir, `${rel}.out`);
        await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
        const lines = { count: 0 };
        await (0,external_node_stream_promises_.pipeline)((0,replay_records/* assembled */.tp)(opened(requests.map(answerFile)), assembleWith), (chunks) => (0,replay_records/* countingLines */.HQ)(chunks, lines), (0,external_node_fs_.createWriteStream)(file));
        if (assembleWith === 'Line')
            result.outputRecords = (result.outputRecords ?? 0) + lines.count;
        // the answers are in the output now: the disk need not hold them twice
        await Promise.all(requests.map(r => (0,promises_.rm)(answerFile(r), { force: true })));
        const { size } = await (0,promises_.stat)(file);
        result.outputBytes += size;
        result.outputs.push({
            file,
            bytes: size,
            firstLines: (await (0,model_archive/* firstBytes */.mI)(file, 4096)).toString('utf8').split('\n').slice(0, FIRST_LINES)
        });
    }
}
/** Where the answer to `r` is written. */
function answerFile(r) {
    return `${r.file}.answer`;
}
/** Each file read in turn, opened only when its turn comes. */
function* opened(files) {
    for (const f of files)
        yield (0,external_node_fs_.createReadStream)(f);
}
/** The input objects split by SplitType and batched within MaxPayloadInMB, each request in a file. */
async function cutRequests(setup, settings, reqDir) {
    const { job } = setup;
    const split = (job.TransformInput?.SplitType ?? 'None');
    const { payloadMb, strategy } = settings;
    const maxBytes = payloadMb * core_text/* MiB */.lv;
    const where = `validation profile "${setup.profile}"`;
    const cut = { byObject: new Map(), records: 0, inputBytes: 0 };
    await (0,promises_.mkdir)(reqDir, { recursive: true });
    let n = 0;
    for (const object of setup.objects) {
        let data = await (0,promises_.readFile)(object.file);
        cut.inputBytes += data.length;
        if (job.TransformInput?.CompressionType === 'Gzip') {
            try {
                data = (0,external_node_zlib_.gunzipSync)(data);
            }
            catch (err) {
                return {
                    failure: {
                        message: `The ${where} reads ${object.key} with CompressionType Gzip, but its local copy ${object.file} is not gzip data (${err.message}).`,
                        help: 'Map the gzip-compressed objects in `validation-data`, or set CompressionType None for uncompressed input.'
                    }
                };
            }
        }
        let records;
        try {
            records = (0,replay_records/* splitRecords */.DQ)(data, split);
        }
        catch (err) {
            return {
                failure: {
                    message: `The ${where} splits ${object.key} by ${split}, but ${err.message}.`,
                    help: 'Give input in the format SplitType names, or set SplitType None to send each object whole.'
                }
            };
        }
        const requests = [];
        let first = 1;
        for (const batch of (0,replay_records/* batchRecords */.pl)(records, strategy, maxBytes)) {
            if (payloadMb > 0 && batch.body.length > maxBytes) {
                const answered = settings.fromContainer.includes('MaxPayloadInMB')
                    ? " (the container's GET /execution-parameters answer, as the job sets none)"
                    : '';
                return {
                    failure: {
                        message: `The ${where} has a ${split === 'None' ? 'request' : 'record'} of ${(0,core_text/* formatBytes */.z3)(batch.body.length)} in ${object.key} (record ${first}), above MaxPayloadInMB ${payloadMb}${answered}: SageMaker fails the transform job on it.`,
                        help: `Raise MaxPayloadInMB (at most ${sagemaker_limits/* MAX_BATCH_PAYLOAD_MB */.Tg}, and MaxConcurrentTransforms × MaxPayloadInMB ≤ ${sagemaker_limits/* MAX_CONCURRENT_PAYLOAD_MB */.ER})${split === 'None' ? ', or split the input with SplitType Line or RecordIO' : ''}, or use smaller records.`
                    }
                };
            }
            const file = external_node_path_default().join(reqDir, `${++n}.body`);
            await (0,promises_.writeFile)(file, batch.body);
            requests.push({
                object,
                index: n,
                records: batch.records,
                first,
                file,
                bytes: batch.body.length
            });
            first += batch.records;
        }
        cut.byObject.set(object, requests);
        cut.records += records.length;
    }
    return cut;
}
/**
 * What the container's GET /execution-parameters offers for the settings the job leaves unset. An
 * answer SageMaker could not use (the execution-parameters rule reports it) leaves the defaults.
 */
async function offered(ctx, probe, where) {
    const answer = await (0,execution_parameters/* askExecutionParameters */.GQ)(probe, ctx.signal);
    if (answer.kind === 'answered' && answer.parameters.errors.length === 0) {
        ctx.log.info(`The ${where} leaves batch settings unset; GET /execution-parameters answered ${JSON.stringify(answer.parameters.value)}`);
        return answer.parameters.value;
    }
    if (answer.kind !== 'none') {
        const why = answer.kind === 'fault' ? answer.message : answer.parameters.errors.join('; ');
        ctx.log.info(`The ${where} runs with SageMaker's defaults for the settings it leaves unset: GET /execution-parameters ${answer.kind === 'fault' ? why : `answered values SageMaker cannot use (${why})`} (see execution-parameters)`);
    }
    return {};
}

// EXTERNAL MODULE: ./src/replay/budget.ts
var budget = __webpack_require__(918);
// EXTERNAL MODULE: ./src/replay/validation-data.ts
var validation_data = __webpack_require__(5857);
;// CONCATENATED MODULE: ./src/replay/download.ts
// Where the replay finds the S3 data a request names: the `validation-data` mapping first; without
// one, a download with the run's AWS credentials (ListObjectsV2 + GetObject), within
// `max-validation-data` and with progress in the log; otherwise a reason naming `validation-data`.






const PROGRESS_EVERY_BYTES = 64 * 1024 * 1024;
function locator(ctx, region, dir) {
    let credentials;
    let downloaded = 0;
    const cache = new Map();
    const hint = (uri) => `map it in \`validation-data\` (${uri}=./path/to/local/copy)`;
    return uri => {
        const mapped = (0,validation_data/* resolveObjects */.z)(uri, ctx.inputs.validationData);
        if (mapped)
            return Promise.resolve(mapped);
        if (!cache.has(uri)) {
            cache.set(uri, (async () => {
                credentials ??= hasCredentials(ctx);
                if (!(await credentials) || !region) {
                    return {
                        unavailable: `${uri} has no local copy and there are no AWS credentials to download it: ${hint(uri)}`
                    };
                }
                try {
                    return await download(ctx, uri, region, external_node_path_default().join(dir, String(cache.size)), bytes => {
                        downloaded += bytes;
                        return ctx.inputs.maxValidationDataBytes - downloaded;
                    });
                }
                catch (err) {
                    if (ctx.signal.aborted)
                        throw err;
                    return {
                        unavailable: `${uri} could not be downloaded (${err.message}): ${hint(uri)}`
                    };
                }
            })());
        }
        return cache.get(uri);
    };
}
async function hasCredentials(ctx) {
    if (ctx.inputs.awsChecks === 'false')
        return false;
    const { findCredentials } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6963));
    return (await findCredentials()) !== undefined;
}
/** The objects under `uri`, fetched into `dir`; `take` books their size and returns what is left. */
async function download(ctx, uri, region, dir, take) {
    const { ListObjectsV2Command, GetObjectCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711)]).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
    const { clientsFor } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 201));
    const client = await clientsFor(ctx).s3(region);
    const [, bucket, prefix] = /^s3:\/\/([^/]+)\/?(.*)$/.exec(uri);
    const listed = [];
    let token;
    do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }), { abortSignal: ctx.signal });
        for (const o of page.Contents ?? []) {
            if (o.Key && !o.Key.endsWith('/'))
                listed.push({ key: o.Key, bytes: o.Size ?? 0 });
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    const total = listed.reduce((s, o) => s + o.bytes, 0);
    const left = take(total);
    if (left < 0) {
        return {
            unavailable: `${uri} holds ${(0,core_text/* formatBytes */.z3)(total)} in ${listed.length} object(s), more than \`max-validation-data\` (${(0,core_text/* formatBytes */.z3)(ctx.inputs.maxValidationDataBytes)}) allows: raise it, or map a smaller sample in \`validation-data\``
        };
    }
    ctx.log.info(`Downloading ${uri}: ${listed.length} object(s), ${(0,core_text/* formatBytes */.z3)(total)}`);
    const found = [];
    let done = 0;
    let reported = 0;
    for (const o of listed) {
        const file = external_node_path_default().join(dir, o.key.slice(prefix.length).replace(/^\/+/, '') || external_node_path_default().posix.basename(o.key));
        await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
        const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: o.key }), {
            abortSignal: ctx.signal
        });
        await (0,external_node_stream_promises_.pipeline)(out.Body, (0,external_node_fs_.createWriteStream)(file), { signal: ctx.signal });
        found.push({ key: `s3://${bucket}/${o.key}`, file, bytes: o.bytes });
        done += o.bytes;
        if (done - reported >= PROGRESS_EVERY_BYTES || done === total) {
            reported = done;
            ctx.log.info(`  ${(0,core_text/* formatBytes */.z3)(done)} of ${(0,core_text/* formatBytes */.z3)(total)} (${found.length}/${listed.length} objects)`);
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/replay/manifest.ts
// S3DataType ManifestFile: S3Uri names a manifest, a JSON array whose first element is
// {"prefix": "s3://bucket/some/prefix/"} and whose other elements are keys relative to it; prefix +
// key are the transform's input objects (TransformS3DataSource, SageMaker API reference).

const MANIFEST_HELP = 'A manifest is a JSON array: first {"prefix": "s3://bucket/prefix/"}, then the keys relative to that prefix, e.g. [{"prefix": "s3://my-bucket/validation/"}, "part-1.csv", "part-2.csv"] (TransformS3DataSource in the SageMaker API reference).';
// a manifest lists keys, not data: anything larger is not one
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
/** The manifest's objects, or why SageMaker could not read it. Pure. */
function parseManifest(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (err) {
        return { problem: `it is not JSON (${err.message})` };
    }
    if (!Array.isArray(parsed))
        return { problem: 'it is not a JSON array' };
    const [head, ...keys] = parsed;
    const prefix = head?.prefix;
    if (typeof prefix !== 'string' || !/^s3:\/\/[^/]+/.test(prefix)) {
        return { problem: 'its first element is not {"prefix": "s3://…"}' };
    }
    const bad = keys.findIndex(k => typeof k !== 'string' || k === '');
    if (bad !== -1) {
        return {
            problem: `element ${bad + 2} is ${JSON.stringify(keys[bad])?.slice(0, 100)}, not a relative key`
        };
    }
    if (keys.length === 0)
        return { problem: 'it lists no objects after the prefix' };
    return { prefix, uris: keys.map(k => prefix + k) };
}
/** The local copies of a transform job's input: the objects under an S3Prefix, or those a manifest lists. */
async function inputObjects(locate, type, uri) {
    if (type === 'ManifestFile')
        return manifestObjects(locate, uri);
    const found = await locate(uri);
    return 'unavailable' in found ? found : { inputUri: uri, objects: found };
}
/** The local copies of the objects the manifest at `uri` lists, found as any S3 data is (`locate`). */
async function manifestObjects(locate, uri) {
    const found = await locate(uri);
    if ('unavailable' in found)
        return found;
    const file = found.find(o => o.key === uri);
    if (!file)
        return { problem: `the manifest ${uri} does not exist` };
    if ((await (0,promises_.stat)(file.file)).size > MAX_MANIFEST_BYTES) {
        return { problem: `the manifest ${uri} is larger than 16 MiB, too large for a list of keys` };
    }
    const manifest = parseManifest(await (0,promises_.readFile)(file.file, 'utf8'));
    if ('problem' in manifest)
        return { problem: `the manifest ${uri} is unusable: ${manifest.problem}` };
    const objects = [];
    for (const key of manifest.uris) {
        const copies = await locate(key);
        if ('unavailable' in copies)
            return copies;
        const object = copies.find(o => o.key === key);
        if (!object)
            return { problem: `the manifest ${uri} lists ${key}, which does not exist` };
        objects.push(object);
    }
    return { inputUri: manifest.prefix, objects };
}

;// CONCATENATED MODULE: ./src/replay/index.ts
// Validation-replay phase: each validation profile of the request files, run on the runner the way
// SageMaker's validation runs it, offline, with `validation-data` standing in for the S3 objects.























const RULE = 'validation-replay';
async function runValidationReplay(ctx, refs, options = {}) {
    const { inputs, findings } = ctx;
    if (inputs.smokeTest === 'false')
        return findings.skip(RULE, '`smoke-test` is false');
    const engine = await (0,command/* engineAvailable */.Gj)(ctx.env);
    if (!engine.ok) {
        return findings.skip(RULE, `no Docker engine answered, so nothing was replayed: ${engine.reason}`);
    }
    ctx.facts.runner ??= (0,instance_resources/* runnerFacts */.Kd)();
    let outRoot;
    const downloads = await (0,workdir/* makeTempDir */.mk)(ctx.env, 'download');
    const locate = locator(ctx, refs.region ?? inputs.region, downloads);
    try {
        const sources = [...requestSources(ctx, refs), ...(await resourceSources(ctx, options))];
        for (const source of sources) {
            await replaySource(ctx, source, options, locate, () => (outRoot ??= (0,workdir/* makeTempDir */.mk)(ctx.env, 'validation')));
        }
    }
    finally {
        await (0,workdir/* removeDir */.M1)(downloads);
        const { releaseClients } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 201));
        await releaseClients(ctx);
    }
}
function requestSources(ctx, refs) {
    return (0,request/* requestFiles */.J)(ctx).map(file => ({
        kind: file.kind,
        input: file.input,
        label: external_node_path_default().basename(file.file),
        raw: file.request,
        // the request's images, unless `image` / `training-image` named others (src/request/index.ts)
        image: refs.image?.uri,
        trainingImage: refs.trainingImage?.uri
    }));
}
/**
 * The model package and algorithm named by ARN, as the AWS phase described them (cached, so no
 * second call); without AWS credentials there is nothing to replay, and the replay says why.
 */
async function resourceSources(ctx, options) {
    const targets = (0,resources.resourceTargets)(ctx);
    if (targets.length === 0)
        return [];
    const aws = await (0,credentials/* awsChecksEnabled */.U)(ctx.inputs.awsChecks);
    if (!aws.run) {
        for (const { kind, arn } of targets) {
            ctx.findings.skip(RULE, `the ${resource_rules/* KIND_NAME */.ve[kind]} ${arn} was not described, so its validation profiles were not replayed: ${aws.reason}`);
        }
        return [];
    }
    const { describedResource } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2757));
    const sources = [];
    for (const { input, kind, arn } of targets) {
        let described;
        try {
            described = await describedResource(ctx, kind, arn);
        }
        catch (err) {
            if (ctx.signal.aborted)
                throw err;
            ctx.findings.skip(RULE, `the ${resource_rules/* KIND_NAME */.ve[kind]} ${arn} could not be described (see resource-status), so its validation profiles were not replayed`);
            continue;
        }
        const raw = described.output;
        options.extendDeadline?.((0,budget/* replaySeconds */.p)(raw, ctx.inputs.startupTimeoutSec));
        const image = (where) => {
            const c = described.view.containers.find(c => c.where === where);
            const parsed = c && (0,ref/* parseImageUri */.f9)(c.image);
            if (!c || !parsed?.ok)
                return undefined;
            // run what SageMaker resolved at creation, not what the tag points to now
            return (0,ref/* pinnedTo */.A_)(parsed.ref, c.imageDigest).uri;
        };
        sources.push({
            kind,
            input,
            label: arn,
            raw,
            image: image('inference container 1'),
            trainingImage: image('training image')
        });
    }
    return sources;
}
async function replaySource(ctx, source, options, locate, outRoot) {
    const req = (0,rules/* createRequest */.WL)(source.kind, source.raw);
    if (req.profiles.length === 0) {
        ctx.findings.skip(RULE, `${source.label} has no validation profile (see validation-spec)`);
        return;
    }
    for (const profile of req.profiles) {
        const root = await outRoot();
        const fact = await replayProfile(ctx, source, options, locate, {
            input: source.input,
            profile,
            modelDataUrl: (0,model_source/* modelDataUrl */.x)(req.raw),
            metrics: req.training?.MetricDefinitions ?? [],
            distributed: req.training?.SupportsDistributedTraining === true,
            outDir: freshDir(root, safeName(profile.name))
        });
        if (fact)
            (ctx.facts.validation ??= []).push(fact);
    }
}
async function replayProfile(ctx, origin, options, locate, target) {
    const name = `validation profile "${target.profile.name}"`;
    const plan = await planProfile(ctx, origin, locate, target, name);
    if ('skip' in plan)
        return skipped(ctx, name, plan.skip);
    if (!('job' in plan))
        return undefined;
    const tmp = await (0,workdir/* makeTempDir */.mk)(ctx.env, 'replay');
    try {
        return await runProfile(ctx, options, locate, target, { ...plan, name, tmp });
    }
    finally {
        await (0,workdir/* removeDir */.M1)(tmp);
    }
}
function skipped(ctx, name, reason) {
    ctx.findings.skip(RULE, `${name}: ${reason}`);
    return undefined;
}
/** The profile's job, input and images; a reason to skip it, or `reported` when a finding says why
 * it cannot run. */
async function planProfile(ctx, origin, locate, target, name) {
    const { findings, inputs } = ctx;
    const { profile } = target;
    const job = profile.transform;
    if (!job)
        return { skip: 'it has no TransformJobDefinition (see validation-spec)' };
    const split = job.TransformInput?.SplitType ?? 'None';
    if (split === 'TFRecord')
        return { skip: 'SplitType TFRecord is not replayed' };
    const source = job.TransformInput?.DataSource?.S3DataSource;
    if (!source?.S3Uri)
        return { skip: 'it names no S3 input (see request-schema)' };
    if (source.S3DataType !== 'S3Prefix' && source.S3DataType !== 'ManifestFile') {
        return {
            skip: `S3DataType ${source.S3DataType} is not replayed (only S3Prefix and ManifestFile)`
        };
    }
    const input = await inputObjects(locate, source.S3DataType, source.S3Uri);
    if ('unavailable' in input)
        return { skip: `its input ${input.unavailable}` };
    if ('problem' in input) {
        findings.add(RULE, {
            message: `The ${name} reads its input from a manifest (S3DataType ManifestFile), but ${input.problem}: SageMaker fails the transform job on it.`,
            help: MANIFEST_HELP,
            file: target.input
        });
        return { reported: true };
    }
    if (input.objects.length === 0) {
        findings.add(RULE, {
            message: `The ${name} reads ${source.S3Uri}, but the \`validation-data\` mapping for it holds no files under that prefix.`,
            help: 'Map the prefix to a folder that holds the validation input, as the S3 prefix will.',
            file: 'validation-data'
        });
        return { reported: true };
    }
    const image = inputs.localImage ?? origin.image;
    if (!image)
        return { skip: 'no inference image: pass `local-image`' };
    const trainingImage = inputs.localTrainingImage ?? origin.trainingImage;
    if (profile.training && !trainingImage) {
        return { skip: 'no training image: pass `local-training-image`' };
    }
    return { job, objects: input.objects, inputUri: input.inputUri, image, trainingImage };
}
/** Trains first when the profile does (else uses the model data), then replays the transform job. */
async function runProfile(ctx, options, locate, target, plan) {
    const { findings, inputs } = ctx;
    const { profile } = target;
    const { name, tmp, image, objects } = plan;
    const started = performance.now();
    const labels = (0,docker_labels/* labelArgs */.SW)(ctx.env);
    const stopGraceMs = options.stopGraceMs ?? sagemaker_limits/* SERVE_STOP_GRACE_MS */.XI;
    let modelDir;
    if (profile.training && plan.trainingImage) {
        const trained = await trainFirst(ctx, target, locate, {
            image: plan.trainingImage,
            tmp,
            labels,
            stopGraceMs
        });
        if (typeof trained !== 'string')
            return trained.skip ? skipped(ctx, name, trained.skip) : undefined;
        modelDir = trained;
    }
    else {
        const local = await localModel(ctx, target, locate, tmp);
        if (local === undefined)
            return undefined;
        if ('skip' in local)
            return skipped(ctx, name, local.skip);
        modelDir = local.dir;
    }
    const got = await (0,smoke_images/* acquireImage */.OG)(ctx, image, inputs.localImage ? { input: 'local-image' } : undefined);
    if (!got.ok) {
        findings.add(RULE, { message: `The ${name} could not run: ${got.message}`, help: got.help });
        return undefined;
    }
    await (0,promises_.mkdir)(target.outDir, { recursive: true });
    ctx.log.info(`Replaying the ${name}: ${objects.length} object(s), ${(0,core_text/* formatBytes */.z3)(objects.reduce((s, o) => s + o.bytes, 0))}, on ${image}`);
    const result = await replayTransform(ctx, {
        profile: profile.name,
        job: plan.job,
        image,
        modelDir,
        inputUri: plan.inputUri,
        objects,
        outDir: target.outDir,
        tmp,
        labels,
        stopGraceMs,
        probe: options.probe ?? 'auto'
    });
    const durationMs = Math.round(performance.now() - started);
    if (result.failure) {
        findings.add(RULE, { ...result.failure, file: target.input });
    }
    else {
        findings.pass(RULE, `${name}: ${result.records} record(s), ${(0,core_text/* formatBytes */.z3)(result.inputBytes)} in ${result.requests} request(s), ${(0,core_text/* formatBytes */.z3)(result.outputBytes)} out, in ${(durationMs / 1000).toFixed(1)} s; outputs in ${target.outDir}`);
    }
    return {
        profile: profile.name,
        kind: 'transform',
        status: result.ok ? 'pass' : 'fail',
        requests: result.requests,
        records: result.records,
        inputBytes: result.inputBytes,
        outputBytes: result.outputBytes,
        ...(result.outputRecords !== undefined ? { outputRecords: result.outputRecords } : {}),
        durationMs,
        outputDir: target.outDir,
        outputs: result.outputs
    };
}
/**
 * An algorithm's profile trains first: the trained model's folder, a reason to skip, or nothing
 * when training failed (recorded on validation-replay).
 */
async function trainFirst(ctx, target, locate, run) {
    const job = target.profile.training;
    const name = `validation profile "${target.profile.name}"`;
    const folders = await (0,training/* channelFolders */.JC)(job, locate, external_node_path_default().join(run.tmp, 'channels'));
    if ('unavailable' in folders)
        return { skip: `its training channel ${folders.unavailable}` };
    const local = ctx.inputs.localTrainingImage ? { input: 'local-training-image' } : undefined;
    const got = await (0,smoke_images/* acquireImage */.OG)(ctx, run.image, local);
    if (!got.ok) {
        ctx.findings.add(RULE, {
            message: `The ${name} could not train: ${got.message}`,
            help: got.help
        });
        return {};
    }
    ctx.log.info(`Replaying the training job of the ${name} on ${run.image}`);
    await (0,promises_.mkdir)(target.outDir, { recursive: true });
    const trained = await (0,training/* replayTraining */.GS)(ctx, {
        profile: target.profile.name,
        job,
        metrics: target.metrics,
        distributed: target.distributed,
        image: run.image,
        channels: folders.channels,
        inputBytes: folders.bytes,
        tmp: run.tmp,
        outDir: target.outDir,
        labels: run.labels,
        stopGraceMs: run.stopGraceMs,
        ...(got.config?.user ? { user: got.config.user } : {})
    });
    (ctx.facts.validation ??= []).push(trained.fact);
    if (trained.modelDir)
        return trained.modelDir;
    ctx.findings.add(RULE, {
        message: `The training job of the ${name} failed, so its transform job was not run: ${trained.failure}`,
        help: 'SageMaker validates an algorithm by training it with this profile, then running a batch transform on the model; fix the training failure shown (see train-exit for the contract).',
        file: target.input
    });
    return {};
}
/**
 * /opt/ml/model for the replay: `model-data`, or the local copy of the request's ModelDataUrl,
 * unpacked as the smoke test unpacks `model-data` (no folder when there is neither); a reason to
 * skip, or nothing when the archive could not be unpacked (recorded on validation-replay).
 */
async function localModel(ctx, target, locate, tmp) {
    let local = ctx.inputs.modelData;
    let what = '`model-data`';
    const url = target.modelDataUrl;
    if (url && !local) {
        const found = await locate(url);
        if ('unavailable' in found)
            return { skip: `its model data ${found.unavailable}, or pass \`model-data\`` };
        local = (found.find(o => o.key === url) ?? found[0])?.file;
        what = `the local copy of ${url}`;
    }
    const dir = await (0,model_archive/* modelFolder */.Ch)(ctx, local, tmp);
    if (dir === undefined || typeof dir === 'string')
        return { dir };
    ctx.findings.add(RULE, {
        message: `The model data of validation profile "${target.profile.name}" (${what}) ${dir.failed}, so the profile was not replayed.`,
        help: 'SageMaker unpacks the model data, a gzip-compressed tar (tar -czf model.tar.gz -C model .), into /opt/ml/model: map or pass that archive, and check the runner has room to unpack it.',
        file: target.input
    });
    return undefined;
}
function safeName(s) {
    return s.replace(/[^A-Za-z0-9._-]/g, '_') || 'profile';
}
/** `root/name`, or `root/name-2`…: a request file and an ARN may both have a profile of that name. */
function freshDir(root, name) {
    let dir = external_node_path_default().join(root, name);
    for (let n = 2; (0,external_node_fs_.existsSync)(dir); n++)
        dir = external_node_path_default().join(root, `${name}-${n}`);
    return dir;
}


/***/ })

};
