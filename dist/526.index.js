export const id = 526;
export const ids = [526];
export const modules = {

/***/ 2526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAwsChecks: () => (/* binding */ runAwsChecks)
});

// UNUSED EXPORTS: checkRegistryImage

// EXTERNAL MODULE: ./src/image/ref.ts
var image_ref = __webpack_require__(2812);
// EXTERNAL MODULE: ./src/inputs/error.ts
var error = __webpack_require__(1551);
// EXTERNAL MODULE: ./src/catalog/regions.ts
var catalog_regions = __webpack_require__(1462);
// EXTERNAL MODULE: ./src/static/index.ts
var src_static = __webpack_require__(858);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/aws/account.ts
// Who the seller is (the `seller-account-id` input, or the caller account from STS) and whether the
// publishing Region is enabled by default: the embedded table knows every Region launched so far (a
// Region's opt-in status never changes), so ec2:DescribeRegions is asked only for one it does not know.
// Loading the EC2 client costs more than the call itself, so known Regions skip both.




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
    const sts = await (0,clients.clientsFor)(ctx).sts(callRegion(region));
    const out = await (0,errors/* awsCall */.uF)('sts:GetCallerIdentity', ctx.signal, () => sts.send(new GetCallerIdentityCommand({}), { abortSignal: ctx.signal }));
    const account = out.Account ?? '';
    ctx.facts.sellerAccountIds = [account];
    ctx.facts.sellerAccountSource = 'sts:GetCallerIdentity';
    return [account];
}
/**
 * For a Region the embedded table does not know, replaces its verdict with ec2:DescribeRegions'
 * OptInStatus; when the call fails (denied, no network) the table's verdict stays and says why.
 */
async function confirmRegion(ctx, region) {
    if (!region || (0,catalog_regions/* regionFromTable */.Ly)(region).category !== 'unknown')
        return;
    // Credentials for the commercial partition cannot ask China or GovCloud; the table decides.
    if ((0,catalog_regions/* partitionOf */.iQ)(region) !== 'aws')
        return;
    let verdict;
    try {
        const { DescribeRegionsCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(193)]).then(__webpack_require__.t.bind(__webpack_require__, 5193, 19));
        const ec2 = await (0,clients.clientsFor)(ctx).ec2(callRegion(region));
        const out = await (0,errors/* awsCall */.uF)('ec2:DescribeRegions', ctx.signal, () => ec2.send(new DescribeRegionsCommand({
            AllRegions: true,
            Filters: [{ Name: 'region-name', Values: [region] }]
        }), { abortSignal: ctx.signal }));
        verdict = regionFromDescribeRegions(region, out.Regions ?? []);
    }
    catch (err) {
        const problem = (0,errors/* problemOf */.Zw)(err, 'ec2:DescribeRegions', ctx.signal);
        ctx.log.info(`The embedded Region table decides region-eligibility: ${problem.message}`);
        const table = (0,catalog_regions/* regionFromTable */.Ly)(region);
        verdict = {
            ...table,
            reason: `${table.reason}; ec2:DescribeRegions could not confirm it (${problem.code})`
        };
    }
    ctx.findings.forget('region-eligibility');
    ctx.facts.region = (0,src_static/* checkRegionEligibility */.EL)(ctx, verdict);
}
/** The live verdict: enabled by default (OptInStatus "opt-in-not-required") is what publishing needs. */
function regionFromDescribeRegions(region, regions) {
    const table = (0,catalog_regions/* regionFromTable */.Ly)(region);
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
    return region && (0,catalog_regions/* regionFromTable */.Ly)(region).eligible ? region : DEFAULT_REGION;
}

// EXTERNAL MODULE: ./src/image/checks.ts + 1 modules
var checks = __webpack_require__(7352);
// EXTERNAL MODULE: ./src/aws/registry-rules.ts
var registry_rules = __webpack_require__(7212);
// EXTERNAL MODULE: ./src/catalog/rules.ts
var rules = __webpack_require__(7668);
// EXTERNAL MODULE: ./src/core/phase.ts
var phase = __webpack_require__(3708);
;// CONCATENATED MODULE: ./src/aws/ecr-facts.ts
// What the registry checks read from ECR: DescribeImages, the manifest (and a list's linux/amd64
// manifest), the config blob and the scan findings, each call under the run's signal with its
// failure mapped to an AwsProblem. src/aws/ecr.ts records what they return; registry-rules.ts
// judges it.



/** The config blob is small (ENTRYPOINT, CMD, labels, history); refuse anything absurd. */
const MAX_CONFIG_BYTES = 8 * 1024 * 1024;
async function ecrReader(ctx, ref) {
    const ecr = await (0,clients.clientsFor)(ctx).ecr(ref.region, { fips: ref.fips, dualStack: ref.dualStack });
    const repo = { registryId: ref.registryId, repositoryName: ref.repository };
    const send = (action, fn) => (0,errors/* awsCall */.uF)(action, ctx.signal, () => fn(ctx.signal));
    return {
        describeImage: () => describeImage(ecr, ref, repo, send),
        manifest: (digest, mediaType) => getManifest(ecr, repo, digest, mediaType, send),
        config: configDigest => getConfig(ecr, repo, configDigest, ctx.signal, send),
        scan: digest => getScan(ecr, repo, digest, send)
    };
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
    const urlCall = send('ecr:GetDownloadUrlForLayer', abortSignal => ecr.send(new GetDownloadUrlForLayerCommand({ ...repo, layerDigest: configDigest }), {
        abortSignal
    }));
    // Node compiles its fetch implementation on first use (some 25 ms on a 2-core runner): do that on
    // an empty data: URL, with no network, while the URL request is in flight rather than after it.
    fetch('data:,').catch(() => undefined);
    const out = await urlCall;
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
    const text = await readCapped(response, MAX_CONFIG_BYTES);
    if (text === undefined)
        throw fail(`it is larger than ${MAX_CONFIG_BYTES} bytes`);
    try {
        return JSON.parse(text);
    }
    catch {
        throw fail('it is not JSON');
    }
}
/** The body as text, or undefined once it passes maxBytes: a blob is read no further than the cap. */
async function readCapped(response, maxBytes) {
    const chunks = [];
    let size = 0;
    for await (const chunk of response.body ?? []) {
        size += chunk.byteLength;
        if (size > maxBytes)
            return undefined; // leaving the loop cancels the stream
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
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

;// CONCATENATED MODULE: ./src/aws/ecr.ts
// The registry checks on one ECR image, the way Marketplace will look at it: ownership, existence
// (DescribeImages), then in parallel the manifest, platform, config blob and scan findings. This
// module records the results and what a failed call means; src/aws/ecr-facts.ts makes the calls and
// src/aws/registry-rules.ts decides each rule from the facts.






/**
 * Runs every registry rule on one image and records the results under `input` (the input or the
 * resource the image came from, named in every message). Returns what was learned; `digest` is the
 * digest the checks resolved. Throws AwsCallError only when AWS rejected the credentials.
 */
async function checkRegistryImage(ctx, ref, input, sellerAccountIds) {
    const facts = (0,phase/* imageFacts */.J)(ref);
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
    const read = await ecrReader(ctx, ref);
    const after = [
        'image-size',
        'manifest-type',
        'platform',
        'entrypoint',
        'vulnerabilities',
        ...checks/* CONFIG_RULES */.J3
    ];
    // A pinned reference names the manifest already: fetch it alongside DescribeImages, one round trip
    // off the longest chain of dependent calls. It is read only once the image is known to exist.
    const early = ref.digest ? read.manifest(ref.digest) : undefined;
    early?.catch(() => undefined);
    let detail;
    try {
        detail = await read.describeImage();
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
    const isList = detail.imageManifestMediaType === registry_rules/* MEDIA_TYPES */.Z2.dockerList ||
        detail.imageManifestMediaType === registry_rules/* MEDIA_TYPES */.Z2.ociIndex;
    // A list's scan is on its linux/amd64 image; a single manifest's scan starts right away.
    let scanTarget = () => undefined;
    const scanDigest = isList
        ? new Promise(r => (scanTarget = r))
        : Promise.resolve({ digest });
    const top = () => early ?? read.manifest(digest, detail.imageManifestMediaType);
    const image = { ctx, read, input, facts };
    await (0,errors/* settleAll */.j3)([checkManifest(image, top, scanTarget), checkScan(image, ref, scanDigest)]);
}
/** The manifest, then the config blob it names, then image-size from both. */
async function checkManifest(job, top, scanTarget) {
    const { ctx, input, facts } = job;
    const image = await readManifest(job, top, scanTarget);
    if (image?.config)
        return checkConfig(job, image, image.config.digest);
    decideSize(job, image);
    if (image) {
        ctx.findings.skipAll(['platform', 'entrypoint', ...checks/* CONFIG_RULES */.J3], `${input} has no image config blob`);
    }
    else if (facts.platforms) {
        // the platforms alone decide instance-arch (the Neuron runtime is unknown here: not claimed)
        if (!input.includes('training'))
            (0,checks/* checkInstanceArch */.o5)(ctx, input, facts.platforms, true);
        ctx.findings.skipAll(['entrypoint', ...checks/* CONFIG_RULES */.J3], `${input} has no linux/amd64 image`);
    }
}
/**
 * manifest-type, and platform from a manifest list. Returns the image's own manifest (a list's
 * linux/amd64 one), or undefined when there is none or it could not be read.
 */
async function readManifest(job, top, scanTarget) {
    const { ctx, read, input, facts } = job;
    try {
        const manifest = await top();
        facts.manifestMediaType = manifest.mediaType;
        let image = manifest;
        let childType;
        if (manifest.entries) {
            facts.platforms = (0,registry_rules/* platformsOf */.Wt)(manifest.entries);
            ctx.findings.apply('platform', (0,registry_rules/* platformVerdict */.ZL)(input, facts.platforms));
            const child = (0,registry_rules/* amd64Entry */.n5)(manifest.entries);
            scanTarget(child ? { digest: child.digest } : { skip: `${input} has no linux/amd64 image` });
            if (child) {
                image = await read.manifest(child.digest, child.mediaType);
                childType = image.mediaType;
            }
            else
                image = undefined;
        }
        ctx.findings.apply('manifest-type', (0,registry_rules/* manifestVerdict */.j5)(input, manifest, childType));
        return image;
    }
    catch (err) {
        scanTarget({ skip: `${input}: the manifest list could not be read` });
        onProblem(ctx, input, ['manifest-type', 'platform', 'entrypoint', ...checks/* CONFIG_RULES */.J3], (0,errors/* problemOf */.Zw)(err, 'ecr:BatchGetImage', ctx.signal));
        return undefined;
    }
}
/** The config blob: platform (unless a list gave it), entrypoint and the config rules; then image-size. */
async function checkConfig(job, image, configDigest) {
    const { ctx, read, input, facts } = job;
    const rules = [
        ...(facts.platforms ? [] : ['platform']),
        'entrypoint',
        ...checks/* CONFIG_RULES */.J3
    ];
    let history;
    try {
        const config = await read.config(configDigest);
        history = config.history;
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
        (0,checks/* checkImageConfig */.O5)(ctx, input, {
            platforms: facts.platforms,
            env: (0,checks/* envMap */.ib)(config.config?.Env),
            labels: config.config?.Labels ?? {},
            ...(entrypoint ? { entrypoint } : {}),
            ...(cmd ? { cmd } : {}),
            ...(config.config?.User ? { user: config.config.User } : {})
        });
    }
    catch (err) {
        onProblem(ctx, input, rules, (0,errors/* problemOf */.Zw)(err, 'ecr:GetDownloadUrlForLayer', ctx.signal));
    }
    finally {
        decideSize(job, image, history);
    }
}
/** image-size waits for the config blob, whose history names the step that made each layer. */
function decideSize(job, image, history) {
    const { ctx, input, facts } = job;
    const layers = (0,registry_rules/* withSteps */.uQ)(image?.layers ?? [], history);
    if (layers.length)
        facts.largestLayers = (0,registry_rules/* largestLayers */.tE)(layers);
    if (facts.sizeBytes === undefined) {
        ctx.findings.skip('image-size', `ECR reported no size for ${input}`);
        return;
    }
    ctx.findings.apply('image-size', (0,registry_rules/* sizeVerdict */.P1)(input, facts.sizeBytes, layers, ctx.inputs.maxImageSizeBytes));
}
async function checkScan(job, ref, scanDigest) {
    const { ctx, read, input } = job;
    const target = await scanDigest;
    if ('skip' in target) {
        ctx.findings.skip('vulnerabilities', target.skip);
        return;
    }
    try {
        const findings = await read.scan(target.digest);
        ctx.findings.apply('vulnerabilities', (0,registry_rules/* scanVerdict */.nj)(input, { ...ref, ...target }, findings));
    }
    catch (err) {
        onProblem(ctx, input, ['vulnerabilities'], (0,errors/* problemOf */.Zw)(err, 'ecr:DescribeImageScanFindings', ctx.signal));
    }
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
            ? await Promise.all(/* import() */[__webpack_require__.e(926), __webpack_require__.e(360)]).then(__webpack_require__.bind(__webpack_require__, 7360))
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
                refs[key] = (0,image_ref/* pinnedTo */.A_)(ref, facts.digest);
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
                throw new error/* InputError */.d('aws-checks', `is true, but ${r.reason.message}`);
            }
            ctx.log.warning(r.reason.message);
            ctx.findings.skipPhase('registry', r.reason.problem.message);
            break;
        }
        if (ctx.inputs.modelPackageRequest || ctx.inputs.algorithmRequest) {
            const { checkRequestData } = await Promise.all(/* import() */[__webpack_require__.e(926), __webpack_require__.e(37), __webpack_require__.e(281)]).then(__webpack_require__.bind(__webpack_require__, 1281));
            await checkRequestData(ctx, refs);
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
        await (0,clients.releaseClients)(ctx);
    }
}


/***/ })

};
