export const id = 360;
export const ids = [360];
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


/***/ })

};
