export const id = 37;
export const ids = [37];
export const modules = {

/***/ 7037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ requestFiles),
  D: () => (/* binding */ requestView),
  runListingChecks: () => (/* binding */ runListingChecks),
  runRequestChecks: () => (/* binding */ runRequestChecks)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/image/ref.ts
var image_ref = __webpack_require__(2812);
// EXTERNAL MODULE: ./src/catalog/regions.ts
var regions = __webpack_require__(1462);
// EXTERNAL MODULE: ./src/aws/resource-rules.ts + 1 modules
var resource_rules = __webpack_require__(926);
// EXTERNAL MODULE: ./src/core/phase.ts
var phase = __webpack_require__(3708);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/static/index.ts
var src_static = __webpack_require__(858);
// EXTERNAL MODULE: ./src/request/load.ts
var load = __webpack_require__(3498);
// EXTERNAL MODULE: ./src/catalog/instance-types.ts + 1 modules
var instance_types = __webpack_require__(1503);
// EXTERNAL MODULE: ./src/catalog/marketplace-limits.ts
var marketplace_limits = __webpack_require__(8865);
// EXTERNAL MODULE: ./src/core/findings.ts
var findings = __webpack_require__(4637);
// EXTERNAL MODULE: ./src/inputs/index.ts + 6 modules
var inputs = __webpack_require__(1406);
// EXTERNAL MODULE: ./src/request/listing.ts
var listing = __webpack_require__(1585);
;// CONCATENATED MODULE: ./src/request/listing-rules.ts
// `listing-request` checked offline: the StartChangeSet request against the Catalog API's documented
// shapes and limits for ML products (AddDeliveryOptions / UpdateDeliveryOptions on a
// MachineLearningProduct@1.0), and against what the run knows of the resource it lists: its Region,
// and the instance types the model package or algorithm request supports. Pure functions.







/** The CreateModelPackage / CreateAlgorithm lists each recommended instance type must be among. */
const SUPPORTED_LIST = {
    BatchTransform: 'InferenceSpecification.SupportedTransformInstanceTypes',
    RealtimeInference: 'InferenceSpecification.SupportedRealtimeInferenceInstanceTypes',
    Training: 'TrainingSpecification.SupportedTrainingInstanceTypes'
};
const IDENTIFIER = /^[\w\-@]+$/;
// arn:aws:iam::ACCOUNT:role/[PATH/]NAME (IAM: a role name is 1-64 of [\w+=,.@-])
const ROLE_ARN = /^arn:aws:iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
const ARN_SYNTAX = {
    'model-package': inputs/* MODEL_PACKAGE_ARN */.V6,
    algorithm: inputs/* ALGORITHM_ARN */.yf
};
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const listing_rules_text = (v) => typeof v === 'string' && v.trim() !== '' ? v : undefined;
/** Every problem of the request as its own finding (what, where, how to fix), or one pass. */
function listingRequest(request, ctx) {
    const found = [];
    const problem = (message) => void found.push((0,findings/* fail */.fJ)({ message }));
    if (request.Catalog !== marketplace_limits/* CATALOG */.W8) {
        problem(`\`Catalog\` is ${shownValue(request.Catalog)}; StartChangeSet takes only "${marketplace_limits/* CATALOG */.W8}".`);
    }
    const changes = Array.isArray(request.ChangeSet) ? request.ChangeSet : undefined;
    if (!changes || changes.length === 0 || changes.length > marketplace_limits/* LISTING_LIMITS */.YL.changesPerSet) {
        problem(`\`ChangeSet\` ${changes ? `has ${changes.length} changes` : 'is missing or not a list'}; StartChangeSet takes 1 to ${marketplace_limits/* LISTING_LIMITS */.YL.changesPerSet}, and a listing needs an AddDeliveryOptions or UpdateDeliveryOptions change.`);
        return found;
    }
    const name = request.ChangeSetName;
    if (name !== undefined &&
        (typeof name !== 'string' ||
            name.length > marketplace_limits/* LISTING_LIMITS */.YL.changeSetNameChars ||
            !/^[\w\s+=.:@-]+$/.test(name))) {
        problem(`\`ChangeSetName\` is ${shownValue(name)}; it takes 1 to ${marketplace_limits/* LISTING_LIMITS */.YL.changeSetNameChars} letters, digits, spaces and + = . : @ - _.`);
    }
    const summaries = [];
    const seen = new Set();
    changes.forEach((change, i) => {
        const at = `\`ChangeSet[${i}]\``;
        if (!isObject(change))
            return problem(`${at} is not an object.`);
        const type = change.ChangeType;
        if (!marketplace_limits/* DELIVERY_CHANGE_TYPES */.Qp.includes(type))
            return;
        const entity = isObject(change.Entity) ? change.Entity : {};
        const key = `${String(type)} ${String(entity.Identifier)}`;
        if (seen.has(key)) {
            problem(`${at} repeats ${String(type)} on the same product; the catalog refuses a change set that starts the same change type on one entity twice. Merge the two changes.`);
        }
        seen.add(key);
        const atType = `${at} (${String(type)})`;
        found.push(...entityProblems(entity, atType).map(m => (0,findings/* fail */.fJ)({ message: m })));
        const doc = detailsDocument(change, atType, problem);
        if (!doc)
            return;
        const summary = deliveryChange(type, doc, atType, ctx, found);
        if (summary)
            summaries.push(summary);
    });
    if (!seen.size) {
        problem(`No change in \`ChangeSet\` is AddDeliveryOptions or UpdateDeliveryOptions (${changes.map(c => shownValue(isObject(c) ? c.ChangeType : c)).join(', ')}); \`listing-request\` is the change that adds or updates a version of a SageMaker model package or algorithm product.`);
    }
    return found.some(v => !v.ok && v.finding.severity !== 'warning')
        ? found
        : [...found, (0,findings/* pass */.IX)(summaries.join('; '))];
}
function entityProblems(entity, at) {
    const problems = [];
    if (entity.Type !== marketplace_limits/* ML_ENTITY_TYPE */.Rz) {
        problems.push(`${at} has \`Entity.Type\` ${shownValue(entity.Type)}; an ML product's changes take "${marketplace_limits/* ML_ENTITY_TYPE */.Rz}".`);
    }
    const id = entity.Identifier;
    if (typeof id !== 'string' ||
        id.length > marketplace_limits/* LISTING_LIMITS */.YL.identifierChars ||
        !IDENTIFIER.test(id)) {
        problems.push(`${at} has \`Entity.Identifier\` ${shownValue(id)}; give the product id (prod-… with its @revision, as DescribeEntity or the Management Portal shows it), at most ${marketplace_limits/* LISTING_LIMITS */.YL.identifierChars} letters, digits, - _ and @.`);
    }
    return problems;
}
/** DetailsDocument, or Details parsed (its string form); a problem when neither or both is given. */
function detailsDocument(change, at, problem) {
    const { Details: details, DetailsDocument: doc } = change;
    if (details !== undefined && doc !== undefined) {
        problem(`${at} has both \`Details\` and \`DetailsDocument\`; StartChangeSet takes one of them.`);
        return undefined;
    }
    if (doc !== undefined) {
        if (isObject(doc))
            return doc;
        problem(`${at} has a \`DetailsDocument\` that is not a JSON object.`);
        return undefined;
    }
    if (typeof details !== 'string') {
        problem(`${at} has neither \`DetailsDocument\` (an object) nor \`Details\` (a JSON string).`);
        return undefined;
    }
    if (details.length < 2 || details.length > marketplace_limits/* LISTING_LIMITS */.YL.detailsChars) {
        problem(`${at} has \`Details\` of ${details.length} characters; the string form takes 2 to ${marketplace_limits/* LISTING_LIMITS */.YL.detailsChars.toLocaleString('en-US')}. Give the object as \`DetailsDocument\` instead.`);
        return undefined;
    }
    try {
        const parsed = JSON.parse(details);
        if (isObject(parsed))
            return parsed;
    }
    catch {
        // reported below
    }
    problem(`${at} has \`Details\` that is not a JSON object in a string; give it as \`DetailsDocument\`.`);
    return undefined;
}
/** The Version and the one delivery option; returns the pass's summary of the change. */
function deliveryChange(type, doc, at, ctx, found) {
    const adding = type === 'AddDeliveryOptions';
    const help = `See ${adding ? marketplace_limits/* ML_ADD_VERSION_URL */.Lf : marketplace_limits/* ML_UPDATE_VERSION_URL */.XF}.`;
    const problem = (message) => void found.push((0,findings/* fail */.fJ)({ message, help }));
    const version = isObject(doc.Version) ? doc.Version : undefined;
    if (!version)
        problem(`${at} has no \`Version\` object (VersionTitle and ReleaseNotes).`);
    const title = version?.VersionTitle;
    if (adding ? !listing_rules_text(title) : title !== undefined && !listing_rules_text(title)) {
        problem(`${at} has \`Version.VersionTitle\` ${shownValue(title)}; buyers pick versions by this title, so give one such as "1.1" that no earlier version of the product has.`);
    }
    const notes = version?.ReleaseNotes;
    if (adding ? !listing_rules_text(notes) : notes !== undefined && !listing_rules_text(notes)) {
        problem(`${at} has no \`Version.ReleaseNotes\`; say what changed in this version.`);
    }
    else if (typeof notes === 'string' && notes.length > marketplace_limits/* LISTING_LIMITS */.YL.releaseNotesChars) {
        problem(`${at} has \`Version.ReleaseNotes\` of ${notes.length.toLocaleString('en-US')} characters; the catalog takes at most ${marketplace_limits/* LISTING_LIMITS */.YL.releaseNotesChars.toLocaleString('en-US')}. Shorten them, and link to the full notes in the repository.`);
    }
    const options = Array.isArray(doc.DeliveryOptions) ? doc.DeliveryOptions : [];
    if (options.length !== marketplace_limits/* LISTING_LIMITS */.YL.deliveryOptionsPerVersion) {
        problem(`${at} has ${options.length} entries in \`DeliveryOptions\`; an ML product's version is exactly ${marketplace_limits/* LISTING_LIMITS */.YL.deliveryOptionsPerVersion} delivery option (the model package or algorithm).`);
        return undefined;
    }
    const option = isObject(options[0]) ? options[0] : {};
    if (!adding && !listing_rules_text(option.Id)) {
        problem(`${at} has no \`DeliveryOptions[0].Id\`; UpdateDeliveryOptions names the version it changes by its delivery option id (DescribeEntity on the product lists them).`);
    }
    const details = deliveryDetails(option.Details, `${at} \`DeliveryOptions[0].Details\``, found);
    if (!details)
        return undefined;
    const where = `${at} \`${details.key}\``;
    const arn = assetArn(type, details, where, ctx, problem);
    found.push(...usageProblems(adding, details, where).map(message => (0,findings/* fail */.fJ)({ message, help })));
    found.push(...instanceTypeProblems(adding, details, where, ctx).map(m => (0,findings/* fail */.fJ)({ message: m, help })));
    return `${type} of ${listing_rules_text(title) ? `version "${String(title)}"` : 'a version'}${arn ? ` for ${arn}` : ''}`;
}
/** The model package or algorithm details object; a case variant is a warning (the update page's
 * example spells it Sagemaker…; the shapes libraries and the add page spell SageMaker…). */
function deliveryDetails(value, at, found) {
    const details = isObject(value) ? value : {};
    const present = Object.entries(marketplace_limits/* DETAILS_KEY */.X1).flatMap(([kind, want]) => {
        const key = Object.keys(details).find(k => k.toLowerCase() === want.toLowerCase());
        return key && isObject(details[key]) ? [{ kind, key, want, body: details[key] }] : [];
    });
    if (present.length !== 1) {
        found.push((0,findings/* fail */.fJ)({
            message: `${at} has ${present.length ? 'both a model package and an algorithm' : `neither \`${marketplace_limits/* DETAILS_KEY */.X1['model-package']}\` nor \`${marketplace_limits/* DETAILS_KEY */.X1.algorithm}\``}; give the one object for the product's kind.`
        }));
        return undefined;
    }
    const [{ kind, key, want, body }] = present;
    if (key !== want) {
        found.push((0,findings/* warn */.R8)({
            message: `${at} spells \`${key}\`; the catalog's schema (the AWS Marketplace Catalog API shapes) spells \`${want}\`. Rename it so the catalog does not read the details as missing.`
        }));
    }
    return { kind, key, body };
}
/** The resource's ARN: given when adding (well formed, in an eligible Region, the publishing one),
 * absent when updating (a version's ARN cannot change). Returns it for the summary. */
function assetArn(type, { kind, body }, where, ctx, problem) {
    const key = marketplace_limits/* ARN_KEY */.qi[kind];
    const arn = body[key];
    if (type === 'UpdateDeliveryOptions') {
        if (arn !== undefined) {
            problem(`${where} has \`${key}\`; a version's ARN cannot be updated. Add a new version (AddDeliveryOptions) for the new resource instead.`);
        }
        return undefined;
    }
    const placeholder = listing/* ARN_PLACEHOLDER */.Cb[kind];
    if (arn === placeholder) {
        if (ctx.created.includes(kind))
            return arn;
        problem(`${where} has \`${key}\` ${placeholder}, which only \`aws-validation: true\` with \`${kind === 'algorithm' ? 'algorithm-request' : 'model-package-request'}\` fills (with the ARN it creates); give the ARN, or turn the validation on.`);
        return undefined;
    }
    if (typeof arn !== 'string' || !ARN_SYNTAX[kind].test(arn)) {
        problem(`${where} has \`${key}\` ${shownValue(arn)}; expected arn:aws:sagemaker:REGION:ACCOUNT:${kind}/NAME, or ${placeholder} for the one \`aws-validation\` creates.`);
        return undefined;
    }
    const region = arn.split(':')[3];
    const verdict = (0,regions/* regionFromTable */.Ly)(region);
    if (!verdict.eligible) {
        problem(`${where} names a resource in ${region}: ${verdict.reason}.`);
    }
    else if (ctx.region && region !== ctx.region) {
        problem(`${where} names a resource in ${region}, but the product's other assets (images, model data) are in ${ctx.region}; AWS Marketplace publishes a version from one Region. Create the resource in ${ctx.region}, or set \`region\` to where it is.`);
    }
    return arn;
}
const URL_KEYS = ['SampleNotebookUrl', 'RepositoryUrl'];
const SAMPLE_KEYS = [
    'RealtimeInferenceUrl',
    'RealtimeInferenceText',
    'BatchTransformUrl',
    'BatchTransformText'
];
/** The usage information buyers read: required when adding, well formed whenever given. */
function usageProblems(adding, { kind, body }, where) {
    const problems = [];
    const role = body.AccessRoleArn;
    if (adding || role !== undefined) {
        if (typeof role !== 'string' || !ROLE_ARN.test(role)) {
            problems.push(`${where} has \`AccessRoleArn\` ${shownValue(role)}; expected arn:aws:iam::ACCOUNT:role/NAME, the IAM role AWS Marketplace assumes to copy the resource for buyers.`);
        }
    }
    if (adding ? !listing_rules_text(body.UsageInstructions) : body.UsageInstructions === '') {
        problems.push(`${where} has no \`UsageInstructions\`; buyers read them to use the ${kind === 'algorithm' ? 'algorithm (training information)' : 'model'}. Write how to call it: content types, input format, what comes back.`);
    }
    for (const key of URL_KEYS) {
        const url = body[key];
        if (!adding && url === undefined)
            continue;
        if (typeof url !== 'string' || !isHttpsUrl(url)) {
            problems.push(`${where} has \`${key}\` ${shownValue(url)}; expected an https:// URL (${key === 'SampleNotebookUrl' ? 'the sample Jupyter notebook' : 'the Git repository with the notebook and sample data'}).`);
        }
    }
    for (const [props, sample] of [
        ['InputProperties', 'SampleInput'],
        ['OutputProperties', 'SampleOutput']
    ]) {
        const value = body[props];
        if (!adding && value === undefined)
            continue;
        const p = isObject(value) ? value : {};
        const samples = isObject(p[sample]) ? SAMPLE_KEYS.filter(k => listing_rules_text(p[sample][k])) : [];
        if (!listing_rules_text(p.Description) || samples.length === 0) {
            problems.push(`${where} \`${props}\` needs a \`Description\` and a \`${sample}\` with at least one of ${SAMPLE_KEYS.join(', ')}; buyers see them on the listing.`);
        }
    }
    return problems;
}
/** RecommendedInstanceTypes: each one a real ml.* type among the resource's supported ones. */
function instanceTypeProblems(adding, { kind, body }, where, ctx) {
    const given = body.RecommendedInstanceTypes;
    if (!adding && given === undefined)
        return [];
    const types = isObject(given) ? given : {};
    const needed = [
        'BatchTransform',
        'RealtimeInference',
        ...(kind === 'algorithm' ? ['Training'] : [])
    ];
    const supported = ctx.supported[kind];
    const problems = [];
    for (const use of needed) {
        const type = types[use];
        if (type === undefined && !adding)
            continue;
        const at = `${where} \`RecommendedInstanceTypes.${use}\``;
        if (typeof type !== 'string' || !(0,instance_types/* findInstanceType */.Jw)(type)) {
            problems.push(`${at} is ${shownValue(type)}, not a SageMaker instance type${typeof type === 'string' ? `; did you mean ${(0,instance_types/* closeInstanceTypes */.jh)(type).join(', ')}?` : ' (required).'}`);
            continue;
        }
        const list = supported?.[use];
        if (list && !list.includes(type)) {
            problems.push(`${at} is ${type}, which \`${supported.input}\` does not support (${SUPPORTED_LIST[use]}: ${list.join(', ') || 'none'}); buyers would be offered an instance the resource cannot run on. Recommend one of those, or add it to the request.`);
        }
    }
    return problems;
}
function isHttpsUrl(s) {
    try {
        const url = new URL(s);
        return url.protocol === 'https:' && /^[a-z0-9.-]+$/i.test(url.hostname);
    }
    catch {
        return false;
    }
}
/** A value from the request, quoted and clipped for a message. */
function shownValue(v) {
    if (v === undefined)
        return 'missing';
    return (0,core_text/* clip */.$Q)(JSON.stringify(v) ?? String(v), 120);
}

// EXTERNAL MODULE: ./src/request/rules.ts + 2 modules
var rules = __webpack_require__(3822);
;// CONCATENATED MODULE: ./src/request/index.ts
// Request phase: the CreateModelPackage / CreateAlgorithm request a seller is about to send, checked
// the way SageMaker and Marketplace will, before anything exists in AWS. Its first inference image
// and its training image stand in for `image` / `training-image` when those are not given, so the
// registry checks and the smoke test (with `local-image` / `local-training-image`) cover them.










const RULES = [
    ['request-schema', rules/* requestSchema */.TF],
    ['instance-types', rules/* instanceTypes */.Xe],
    ['content-types', rules/* contentTypes */.fE],
    ['hyperparameters', rules/* hyperparameters */.fB],
    ['metric-definitions', rules/* metricDefinitions */.Pb],
    ['spot-training', rules/* spotTraining */.dF]
];
function requestFiles(ctx) {
    const { modelPackageRequest, algorithmRequest } = ctx.inputs;
    return [modelPackageRequest, algorithmRequest].filter((r) => r !== undefined);
}
function runRequestChecks(ctx, refs) {
    const requests = [];
    const located = [];
    for (const file of requestFiles(ctx)) {
        const req = (0,rules/* createRequest */.WL)(file.kind, file.request);
        requests.push(req);
        for (const [id, rule] of RULES)
            ctx.findings.apply(id, rule(req), file.input);
        const view = requestView(ctx, file, req);
        ctx.findings.apply('certify-for-marketplace', (0,resource_rules/* certifyForMarketplace */.x2)(view), file.input);
        ctx.findings.apply('validation-spec', (0,resource_rules/* validationSpec */.VS)(view), file.input);
        ctx.findings.apply('builtin-algorithm', (0,resource_rules/* builtinAlgorithm */.DN)(view, ctx.inputs.sellerAccountIds), file.input);
        located.push(...requestImages(ctx, file, view, refs));
    }
    if (located.length === 0)
        return requests;
    if (refs.region === undefined) {
        refs.region = located[0].region;
        ctx.facts.region = (0,src_static/* checkRegionEligibility */.EL)(ctx, (0,regions/* regionFromTable */.Ly)(refs.region));
    }
    // the S3 locations need HeadBucket: the AWS phase checks them with credentials
    (0,src_static/* checkSameRegion */.jZ)(ctx, refs.region, ctx.inputs.region ? 'region' : located[0].input, located);
    return requests;
}
/** `listing-request` against the documented shapes, the publishing Region and the instance types the
 * request files support; a placeholder ARN is fine when `aws-validation` creates that resource. */
function runListingChecks(ctx, refs, requests) {
    const listing = ctx.inputs.listingRequest;
    if (!listing)
        return;
    const context = {
        region: refs.region ?? ctx.inputs.region,
        supported: Object.fromEntries(requests.map(r => [r.kind, supportedTypes(r)])),
        created: ctx.inputs.awsValidation ? requests.map(r => r.kind) : []
    };
    ctx.findings.apply('listing-request', listingRequest(listing.request, context), listing.input);
}
function supportedTypes(req) {
    const list = (v) => Array.isArray(v) ? v.filter((t) => typeof t === 'string') : undefined;
    return {
        input: load/* REQUEST_INPUTS */.cg[req.kind],
        BatchTransform: list(req.inference?.SupportedTransformInstanceTypes),
        RealtimeInference: list(req.inference?.SupportedRealtimeInferenceInstanceTypes),
        Training: list(req.training?.SupportedTrainingInstanceTypes)
    };
}
/** The request read as the resource it creates, so the resource rules apply unchanged. */
function requestView(ctx, file, req) {
    const account = ctx.inputs.sellerAccountIds[0] ?? firstImage(req.raw)?.registryId ?? '000000000000'; // unknown until STS answers; only names a bare source algorithm's owner
    const region = ctx.inputs.region ?? firstImage(req.raw)?.region ?? 'us-east-1';
    const name = req.name ?? 'unnamed';
    const arn = `arn:aws:sagemaker:${region}:${account}:${file.kind}/${name}`;
    const label = `The ${resource_rules/* KIND_NAME */.ve[file.kind]} request ${external_node_path_default().basename(file.file)} (\`${file.input}\`)`;
    const view = file.kind === 'model-package'
        ? (0,resource_rules/* modelPackageView */.lj)(arn, req.raw)
        : (0,resource_rules/* algorithmView */.Jj)(arn, req.raw);
    return { ...view, label };
}
function firstImage(raw) {
    const inference = raw.InferenceSpecification;
    const training = raw.TrainingSpecification;
    for (const image of [inference?.Containers?.[0]?.Image, training?.TrainingImage]) {
        if (typeof image !== 'string')
            continue;
        const parsed = (0,image_ref/* parseImageUri */.f9)(image);
        if (parsed.ok)
            return parsed.ref;
    }
    return undefined;
}
/**
 * image-uri for every image the request names; the first inference image and the training image
 * become `image` / `training-image` when those inputs are not given. Returns where the images are.
 */
function requestImages(ctx, file, view, refs) {
    const located = [];
    for (const c of view.containers) {
        const what = `the ${c.where} of ${external_node_path_default().basename(file.file)}`;
        const parsed = (0,image_ref/* parseImageUri */.f9)(c.image);
        if (!parsed.ok) {
            ctx.findings.add('image-uri', {
                message: `${(0,core_text/* capitalize */.ZH)(what)} (\`${file.input}\`) "${c.image}" ${parsed.reason}.`,
                file: file.input
            });
            continue;
        }
        ctx.findings.pass('image-uri', `${what} is a private ECR image in ${parsed.ref.region}`);
        const ref = (0,image_ref/* pinnedTo */.A_)(parsed.ref, c.imageDigest);
        located.push({ what: `${what} (${ref.uri})`, input: file.input, region: ref.region });
        const key = c.where === 'training image' ? 'trainingImage' : 'image';
        if (refs[key] || ctx.inputs[key] || (key === 'image' && c.where !== 'inference container 1'))
            continue;
        refs[key] = ref;
        ctx.facts[key] = (0,phase/* imageFacts */.J)(ref);
        ctx.log.info(`${(0,core_text/* capitalize */.ZH)(what)} ${ref.uri} gets the registry checks and the smoke test of \`${key === 'image' ? 'image' : 'training-image'}\``);
    }
    return located;
}


/***/ }),

/***/ 3822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fE: () => (/* binding */ contentTypes),
  WL: () => (/* binding */ createRequest),
  fB: () => (/* binding */ hyperparameters),
  Xe: () => (/* binding */ instanceTypes),
  Pb: () => (/* binding */ metricDefinitions),
  Ku: () => (/* binding */ metricRegex),
  TF: () => (/* binding */ requestSchema),
  e7: () => (/* binding */ spotRun),
  dF: () => (/* binding */ spotTraining)
});

// UNUSED EXPORTS: SPOT_MAX_WAIT_SECONDS

// EXTERNAL MODULE: ./src/core/findings.ts
var findings = __webpack_require__(4637);
// EXTERNAL MODULE: ./src/inputs/training.ts
var training = __webpack_require__(3191);
;// CONCATENATED MODULE: ./src/catalog/data/sagemaker-request-model.json
const sagemaker_request_model_namespaceObject = /*#__PURE__*/JSON.parse('{"sP":"botocore 1.29.27, data/sagemaker/2017-07-24/service-2.json (shapes reachable from CreateModelPackageInput, CreateAlgorithmInput)","zU":{"CreateModelPackage":"CreateModelPackageInput","CreateAlgorithm":"CreateAlgorithmInput"},"nq":{"Accept":{"type":"string","max":256,"pattern":".*"},"AdditionalInferenceSpecificationDefinition":{"type":"structure","required":["Name","Containers"],"members":{"Name":"EntityName","Description":"EntityDescription","Containers":"ModelPackageContainerDefinitionList","SupportedTransformInstanceTypes":"TransformInstanceTypes","SupportedRealtimeInferenceInstanceTypes":"RealtimeInferenceInstanceTypes","SupportedContentTypes":"ContentTypes","SupportedResponseMIMETypes":"ResponseMIMETypes"}},"AdditionalInferenceSpecifications":{"type":"list","min":1,"max":15,"member":"AdditionalInferenceSpecificationDefinition"},"AlgorithmValidationProfile":{"type":"structure","required":["ProfileName","TrainingJobDefinition"],"members":{"ProfileName":"EntityName","TrainingJobDefinition":"TrainingJobDefinition","TransformJobDefinition":"TransformJobDefinition"}},"AlgorithmValidationProfiles":{"type":"list","min":1,"max":1,"member":"AlgorithmValidationProfile"},"AlgorithmValidationSpecification":{"type":"structure","required":["ValidationRole","ValidationProfiles"],"members":{"ValidationRole":"RoleArn","ValidationProfiles":"AlgorithmValidationProfiles"}},"ArnOrName":{"type":"string","min":1,"max":170,"pattern":"(arn:aws[a-z\\\\-]*:sagemaker:[a-z0-9\\\\-]*:[0-9]{12}:[a-z\\\\-]*\\\\/)?([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?<!-)$"},"AssemblyType":{"type":"string","enum":["None","Line"]},"AttributeName":{"type":"string","min":1,"max":256,"pattern":".+"},"AttributeNames":{"type":"list","max":16,"member":"AttributeName"},"BatchStrategy":{"type":"string","enum":["MultiRecord","SingleRecord"]},"Bias":{"type":"structure","members":{"Report":"MetricsSource","PreTrainingReport":"MetricsSource","PostTrainingReport":"MetricsSource"}},"Boolean":{"type":"boolean"},"CategoricalParameterRangeSpecification":{"type":"structure","required":["Values"],"members":{"Values":"ParameterValues"}},"CertifyForMarketplace":{"type":"boolean"},"Channel":{"type":"structure","required":["ChannelName","DataSource"],"members":{"ChannelName":"ChannelName","DataSource":"DataSource","ContentType":"ContentType","CompressionType":"CompressionType","RecordWrapperType":"RecordWrapper","InputMode":"TrainingInputMode","ShuffleConfig":"ShuffleConfig"}},"ChannelName":{"type":"string","min":1,"max":64,"pattern":"[A-Za-z0-9\\\\.\\\\-_]+"},"ChannelSpecification":{"type":"structure","required":["Name","SupportedContentTypes","SupportedInputModes"],"members":{"Name":"ChannelName","Description":"EntityDescription","IsRequired":"Boolean","SupportedContentTypes":"ContentTypes","SupportedCompressionTypes":"CompressionTypes","SupportedInputModes":"InputModes"}},"ChannelSpecifications":{"type":"list","min":1,"max":8,"member":"ChannelSpecification"},"ClientToken":{"type":"string","min":1,"max":36,"pattern":"^[a-zA-Z0-9-]+$"},"CompressionType":{"type":"string","enum":["None","Gzip"]},"CompressionTypes":{"type":"list","member":"CompressionType"},"ContainerHostname":{"type":"string","max":63,"pattern":"^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}"},"ContainerImage":{"type":"string","max":255,"pattern":"[\\\\S]+"},"ContentDigest":{"type":"string","max":72,"pattern":"^[Ss][Hh][Aa]256:[0-9a-fA-F]{64}$"},"ContentType":{"type":"string","max":256,"pattern":".*"},"ContentTypes":{"type":"list","member":"ContentType"},"ContinuousParameterRangeSpecification":{"type":"structure","required":["MinValue","MaxValue"],"members":{"MinValue":"ParameterValue","MaxValue":"ParameterValue"}},"CreateAlgorithmInput":{"type":"structure","required":["AlgorithmName","TrainingSpecification"],"members":{"AlgorithmName":"EntityName","AlgorithmDescription":"EntityDescription","TrainingSpecification":"TrainingSpecification","InferenceSpecification":"InferenceSpecification","ValidationSpecification":"AlgorithmValidationSpecification","CertifyForMarketplace":"CertifyForMarketplace","Tags":"TagList"}},"CreateModelPackageInput":{"type":"structure","members":{"ModelPackageName":"EntityName","ModelPackageGroupName":"ArnOrName","ModelPackageDescription":"EntityDescription","InferenceSpecification":"InferenceSpecification","ValidationSpecification":"ModelPackageValidationSpecification","SourceAlgorithmSpecification":"SourceAlgorithmSpecification","CertifyForMarketplace":"CertifyForMarketplace","Tags":"TagList","ModelApprovalStatus":"ModelApprovalStatus","MetadataProperties":"MetadataProperties","ModelMetrics":"ModelMetrics","ClientToken":"ClientToken","CustomerMetadataProperties":"CustomerMetadataMap","DriftCheckBaselines":"DriftCheckBaselines","Domain":"String","Task":"String","SamplePayloadUrl":"S3Uri","AdditionalInferenceSpecifications":"AdditionalInferenceSpecifications"}},"CustomerMetadataKey":{"type":"string","min":1,"max":128,"pattern":"^([\\\\p{L}\\\\p{Z}\\\\p{N}_.:\\\\/=+\\\\-@]*)${1,128}"},"CustomerMetadataMap":{"type":"map","min":1,"max":50,"key":"CustomerMetadataKey","value":"CustomerMetadataValue"},"CustomerMetadataValue":{"type":"string","min":1,"max":256,"pattern":"^([\\\\p{L}\\\\p{Z}\\\\p{N}_.:\\\\/=+\\\\-@]*)${1,256}"},"DataInputConfig":{"type":"string","min":1,"max":1024,"pattern":"[\\\\S\\\\s]+"},"DataSource":{"type":"structure","members":{"S3DataSource":"S3DataSource","FileSystemDataSource":"FileSystemDataSource"}},"DirectoryPath":{"type":"string","max":4096,"pattern":".*"},"DriftCheckBaselines":{"type":"structure","members":{"Bias":"DriftCheckBias","Explainability":"DriftCheckExplainability","ModelQuality":"DriftCheckModelQuality","ModelDataQuality":"DriftCheckModelDataQuality"}},"DriftCheckBias":{"type":"structure","members":{"ConfigFile":"FileSource","PreTrainingConstraints":"MetricsSource","PostTrainingConstraints":"MetricsSource"}},"DriftCheckExplainability":{"type":"structure","members":{"Constraints":"MetricsSource","ConfigFile":"FileSource"}},"DriftCheckModelDataQuality":{"type":"structure","members":{"Statistics":"MetricsSource","Constraints":"MetricsSource"}},"DriftCheckModelQuality":{"type":"structure","members":{"Statistics":"MetricsSource","Constraints":"MetricsSource"}},"EntityDescription":{"type":"string","max":1024,"pattern":"[\\\\p{L}\\\\p{M}\\\\p{Z}\\\\p{S}\\\\p{N}\\\\p{P}]*"},"EntityName":{"type":"string","min":1,"max":63,"pattern":"^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$"},"EnvironmentKey":{"type":"string","max":1024,"pattern":"[a-zA-Z_][a-zA-Z0-9_]*"},"EnvironmentMap":{"type":"map","max":16,"key":"EnvironmentKey","value":"EnvironmentValue"},"EnvironmentValue":{"type":"string","max":1024,"pattern":"[\\\\S\\\\s]*"},"Explainability":{"type":"structure","members":{"Report":"MetricsSource"}},"FileSource":{"type":"structure","required":["S3Uri"],"members":{"ContentType":"ContentType","ContentDigest":"ContentDigest","S3Uri":"S3Uri"}},"FileSystemAccessMode":{"type":"string","enum":["rw","ro"]},"FileSystemDataSource":{"type":"structure","required":["FileSystemId","FileSystemAccessMode","FileSystemType","DirectoryPath"],"members":{"FileSystemId":"FileSystemId","FileSystemAccessMode":"FileSystemAccessMode","FileSystemType":"FileSystemType","DirectoryPath":"DirectoryPath"}},"FileSystemId":{"type":"string","min":11,"pattern":".*"},"FileSystemType":{"type":"string","enum":["EFS","FSxLustre"]},"HyperParameterKey":{"type":"string","max":256,"pattern":".*"},"HyperParameters":{"type":"map","min":0,"max":100,"key":"HyperParameterKey","value":"HyperParameterValue"},"HyperParameterSpecification":{"type":"structure","required":["Name","Type"],"members":{"Name":"ParameterName","Description":"EntityDescription","Type":"ParameterType","Range":"ParameterRange","IsTunable":"Boolean","IsRequired":"Boolean","DefaultValue":"HyperParameterValue"}},"HyperParameterSpecifications":{"type":"list","min":0,"max":100,"member":"HyperParameterSpecification"},"HyperParameterTuningJobObjective":{"type":"structure","required":["Type","MetricName"],"members":{"Type":"HyperParameterTuningJobObjectiveType","MetricName":"MetricName"}},"HyperParameterTuningJobObjectives":{"type":"list","member":"HyperParameterTuningJobObjective"},"HyperParameterTuningJobObjectiveType":{"type":"string","enum":["Maximize","Minimize"]},"HyperParameterValue":{"type":"string","max":2500,"pattern":".*"},"ImageDigest":{"type":"string","max":72,"pattern":"^[Ss][Hh][Aa]256:[0-9a-fA-F]{64}$"},"InferenceSpecification":{"type":"structure","required":["Containers","SupportedContentTypes","SupportedResponseMIMETypes"],"members":{"Containers":"ModelPackageContainerDefinitionList","SupportedTransformInstanceTypes":"TransformInstanceTypes","SupportedRealtimeInferenceInstanceTypes":"RealtimeInferenceInstanceTypes","SupportedContentTypes":"ContentTypes","SupportedResponseMIMETypes":"ResponseMIMETypes"}},"InputDataConfig":{"type":"list","min":1,"max":20,"member":"Channel"},"InputModes":{"type":"list","min":1,"member":"TrainingInputMode"},"InstanceGroup":{"type":"structure","required":["InstanceType","InstanceCount","InstanceGroupName"],"members":{"InstanceType":"TrainingInstanceType","InstanceCount":"TrainingInstanceCount","InstanceGroupName":"InstanceGroupName"}},"InstanceGroupName":{"type":"string","min":1,"max":64,"pattern":".+"},"InstanceGroupNames":{"type":"list","max":5,"member":"InstanceGroupName"},"InstanceGroups":{"type":"list","max":5,"member":"InstanceGroup"},"IntegerParameterRangeSpecification":{"type":"structure","required":["MinValue","MaxValue"],"members":{"MinValue":"ParameterValue","MaxValue":"ParameterValue"}},"KeepAlivePeriodInSeconds":{"type":"integer","min":0,"max":3600},"KmsKeyId":{"type":"string","max":2048,"pattern":".*"},"MaxConcurrentTransforms":{"type":"integer","min":0},"MaxPayloadInMB":{"type":"integer","min":0},"MaxRuntimeInSeconds":{"type":"integer","min":1},"MaxWaitTimeInSeconds":{"type":"integer","min":1},"MetadataProperties":{"type":"structure","members":{"CommitId":"MetadataPropertyValue","Repository":"MetadataPropertyValue","GeneratedBy":"MetadataPropertyValue","ProjectId":"MetadataPropertyValue"}},"MetadataPropertyValue":{"type":"string","max":1024,"pattern":".*"},"MetricDefinition":{"type":"structure","required":["Name","Regex"],"members":{"Name":"MetricName","Regex":"MetricRegex"}},"MetricDefinitionList":{"type":"list","min":0,"max":40,"member":"MetricDefinition"},"MetricName":{"type":"string","min":1,"max":255,"pattern":".+"},"MetricRegex":{"type":"string","min":1,"max":500,"pattern":".+"},"MetricsSource":{"type":"structure","required":["ContentType","S3Uri"],"members":{"ContentType":"ContentType","ContentDigest":"ContentDigest","S3Uri":"S3Uri"}},"ModelApprovalStatus":{"type":"string","enum":["Approved","Rejected","PendingManualApproval"]},"ModelDataQuality":{"type":"structure","members":{"Statistics":"MetricsSource","Constraints":"MetricsSource"}},"ModelInput":{"type":"structure","required":["DataInputConfig"],"members":{"DataInputConfig":"DataInputConfig"}},"ModelMetrics":{"type":"structure","members":{"ModelQuality":"ModelQuality","ModelDataQuality":"ModelDataQuality","Bias":"Bias","Explainability":"Explainability"}},"ModelPackageContainerDefinition":{"type":"structure","required":["Image"],"members":{"ContainerHostname":"ContainerHostname","Image":"ContainerImage","ImageDigest":"ImageDigest","ModelDataUrl":"Url","ProductId":"ProductId","Environment":"EnvironmentMap","ModelInput":"ModelInput","Framework":"String","FrameworkVersion":"ModelPackageFrameworkVersion","NearestModelName":"String"}},"ModelPackageContainerDefinitionList":{"type":"list","min":1,"max":15,"member":"ModelPackageContainerDefinition"},"ModelPackageFrameworkVersion":{"type":"string","min":3,"max":10,"pattern":"[0-9]\\\\.[A-Za-z0-9.-]+"},"ModelPackageValidationProfile":{"type":"structure","required":["ProfileName","TransformJobDefinition"],"members":{"ProfileName":"EntityName","TransformJobDefinition":"TransformJobDefinition"}},"ModelPackageValidationProfiles":{"type":"list","min":1,"max":1,"member":"ModelPackageValidationProfile"},"ModelPackageValidationSpecification":{"type":"structure","required":["ValidationRole","ValidationProfiles"],"members":{"ValidationRole":"RoleArn","ValidationProfiles":"ModelPackageValidationProfiles"}},"ModelQuality":{"type":"structure","members":{"Statistics":"MetricsSource","Constraints":"MetricsSource"}},"OutputDataConfig":{"type":"structure","required":["S3OutputPath"],"members":{"KmsKeyId":"KmsKeyId","S3OutputPath":"S3Uri"}},"ParameterName":{"type":"string","max":256,"pattern":"[\\\\p{L}\\\\p{M}\\\\p{Z}\\\\p{S}\\\\p{N}\\\\p{P}]*"},"ParameterRange":{"type":"structure","members":{"IntegerParameterRangeSpecification":"IntegerParameterRangeSpecification","ContinuousParameterRangeSpecification":"ContinuousParameterRangeSpecification","CategoricalParameterRangeSpecification":"CategoricalParameterRangeSpecification"}},"ParameterType":{"type":"string","enum":["Integer","Continuous","Categorical","FreeText"]},"ParameterValue":{"type":"string","max":256,"pattern":".*"},"ParameterValues":{"type":"list","min":1,"max":30,"member":"ParameterValue"},"ProductId":{"type":"string","max":256,"pattern":"^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"},"ProductionVariantInstanceType":{"type":"string","enum":["ml.t2.medium","ml.t2.large","ml.t2.xlarge","ml.t2.2xlarge","ml.m4.xlarge","ml.m4.2xlarge","ml.m4.4xlarge","ml.m4.10xlarge","ml.m4.16xlarge","ml.m5.large","ml.m5.xlarge","ml.m5.2xlarge","ml.m5.4xlarge","ml.m5.12xlarge","ml.m5.24xlarge","ml.m5d.large","ml.m5d.xlarge","ml.m5d.2xlarge","ml.m5d.4xlarge","ml.m5d.12xlarge","ml.m5d.24xlarge","ml.c4.large","ml.c4.xlarge","ml.c4.2xlarge","ml.c4.4xlarge","ml.c4.8xlarge","ml.p2.xlarge","ml.p2.8xlarge","ml.p2.16xlarge","ml.p3.2xlarge","ml.p3.8xlarge","ml.p3.16xlarge","ml.c5.large","ml.c5.xlarge","ml.c5.2xlarge","ml.c5.4xlarge","ml.c5.9xlarge","ml.c5.18xlarge","ml.c5d.large","ml.c5d.xlarge","ml.c5d.2xlarge","ml.c5d.4xlarge","ml.c5d.9xlarge","ml.c5d.18xlarge","ml.g4dn.xlarge","ml.g4dn.2xlarge","ml.g4dn.4xlarge","ml.g4dn.8xlarge","ml.g4dn.12xlarge","ml.g4dn.16xlarge","ml.r5.large","ml.r5.xlarge","ml.r5.2xlarge","ml.r5.4xlarge","ml.r5.12xlarge","ml.r5.24xlarge","ml.r5d.large","ml.r5d.xlarge","ml.r5d.2xlarge","ml.r5d.4xlarge","ml.r5d.12xlarge","ml.r5d.24xlarge","ml.inf1.xlarge","ml.inf1.2xlarge","ml.inf1.6xlarge","ml.inf1.24xlarge","ml.c6i.large","ml.c6i.xlarge","ml.c6i.2xlarge","ml.c6i.4xlarge","ml.c6i.8xlarge","ml.c6i.12xlarge","ml.c6i.16xlarge","ml.c6i.24xlarge","ml.c6i.32xlarge","ml.g5.xlarge","ml.g5.2xlarge","ml.g5.4xlarge","ml.g5.8xlarge","ml.g5.12xlarge","ml.g5.16xlarge","ml.g5.24xlarge","ml.g5.48xlarge","ml.p4d.24xlarge","ml.c7g.large","ml.c7g.xlarge","ml.c7g.2xlarge","ml.c7g.4xlarge","ml.c7g.8xlarge","ml.c7g.12xlarge","ml.c7g.16xlarge","ml.m6g.large","ml.m6g.xlarge","ml.m6g.2xlarge","ml.m6g.4xlarge","ml.m6g.8xlarge","ml.m6g.12xlarge","ml.m6g.16xlarge","ml.m6gd.large","ml.m6gd.xlarge","ml.m6gd.2xlarge","ml.m6gd.4xlarge","ml.m6gd.8xlarge","ml.m6gd.12xlarge","ml.m6gd.16xlarge","ml.c6g.large","ml.c6g.xlarge","ml.c6g.2xlarge","ml.c6g.4xlarge","ml.c6g.8xlarge","ml.c6g.12xlarge","ml.c6g.16xlarge","ml.c6gd.large","ml.c6gd.xlarge","ml.c6gd.2xlarge","ml.c6gd.4xlarge","ml.c6gd.8xlarge","ml.c6gd.12xlarge","ml.c6gd.16xlarge","ml.c6gn.large","ml.c6gn.xlarge","ml.c6gn.2xlarge","ml.c6gn.4xlarge","ml.c6gn.8xlarge","ml.c6gn.12xlarge","ml.c6gn.16xlarge","ml.r6g.large","ml.r6g.xlarge","ml.r6g.2xlarge","ml.r6g.4xlarge","ml.r6g.8xlarge","ml.r6g.12xlarge","ml.r6g.16xlarge","ml.r6gd.large","ml.r6gd.xlarge","ml.r6gd.2xlarge","ml.r6gd.4xlarge","ml.r6gd.8xlarge","ml.r6gd.12xlarge","ml.r6gd.16xlarge"]},"RealtimeInferenceInstanceTypes":{"type":"list","member":"ProductionVariantInstanceType"},"RecordWrapper":{"type":"string","enum":["None","RecordIO"]},"ResourceConfig":{"type":"structure","required":["VolumeSizeInGB"],"members":{"InstanceType":"TrainingInstanceType","InstanceCount":"TrainingInstanceCount","VolumeSizeInGB":"VolumeSizeInGB","VolumeKmsKeyId":"KmsKeyId","InstanceGroups":"InstanceGroups","KeepAlivePeriodInSeconds":"KeepAlivePeriodInSeconds"}},"ResponseMIMEType":{"type":"string","max":1024,"pattern":"^[-\\\\w]+\\\\/.+$"},"ResponseMIMETypes":{"type":"list","member":"ResponseMIMEType"},"RoleArn":{"type":"string","min":20,"max":2048,"pattern":"^arn:aws[a-z\\\\-]*:iam::\\\\d{12}:role/?[a-zA-Z_0-9+=,.@\\\\-_/]+$"},"S3DataDistribution":{"type":"string","enum":["FullyReplicated","ShardedByS3Key"]},"S3DataSource":{"type":"structure","required":["S3DataType","S3Uri"],"members":{"S3DataType":"S3DataType","S3Uri":"S3Uri","S3DataDistributionType":"S3DataDistribution","AttributeNames":"AttributeNames","InstanceGroupNames":"InstanceGroupNames"}},"S3DataType":{"type":"string","enum":["ManifestFile","S3Prefix","AugmentedManifestFile"]},"S3Uri":{"type":"string","max":1024,"pattern":"^(https|s3)://([^/]+)/?(.*)$"},"Seed":{"type":"long"},"ShuffleConfig":{"type":"structure","required":["Seed"],"members":{"Seed":"Seed"}},"SourceAlgorithm":{"type":"structure","required":["AlgorithmName"],"members":{"ModelDataUrl":"Url","AlgorithmName":"ArnOrName"}},"SourceAlgorithmList":{"type":"list","min":1,"max":1,"member":"SourceAlgorithm"},"SourceAlgorithmSpecification":{"type":"structure","required":["SourceAlgorithms"],"members":{"SourceAlgorithms":"SourceAlgorithmList"}},"SplitType":{"type":"string","enum":["None","Line","RecordIO","TFRecord"]},"StoppingCondition":{"type":"structure","members":{"MaxRuntimeInSeconds":"MaxRuntimeInSeconds","MaxWaitTimeInSeconds":"MaxWaitTimeInSeconds"}},"String":{"type":"string"},"Tag":{"type":"structure","required":["Key","Value"],"members":{"Key":"TagKey","Value":"TagValue"}},"TagKey":{"type":"string","min":1,"max":128,"pattern":"^([\\\\p{L}\\\\p{Z}\\\\p{N}_.:/=+\\\\-@]*)$"},"TagList":{"type":"list","min":0,"max":50,"member":"Tag"},"TagValue":{"type":"string","min":0,"max":256,"pattern":"^([\\\\p{L}\\\\p{Z}\\\\p{N}_.:/=+\\\\-@]*)$"},"TrainingInputMode":{"type":"string","enum":["Pipe","File","FastFile"]},"TrainingInstanceCount":{"type":"integer","min":0},"TrainingInstanceType":{"type":"string","enum":["ml.m4.xlarge","ml.m4.2xlarge","ml.m4.4xlarge","ml.m4.10xlarge","ml.m4.16xlarge","ml.g4dn.xlarge","ml.g4dn.2xlarge","ml.g4dn.4xlarge","ml.g4dn.8xlarge","ml.g4dn.12xlarge","ml.g4dn.16xlarge","ml.m5.large","ml.m5.xlarge","ml.m5.2xlarge","ml.m5.4xlarge","ml.m5.12xlarge","ml.m5.24xlarge","ml.c4.xlarge","ml.c4.2xlarge","ml.c4.4xlarge","ml.c4.8xlarge","ml.p2.xlarge","ml.p2.8xlarge","ml.p2.16xlarge","ml.p3.2xlarge","ml.p3.8xlarge","ml.p3.16xlarge","ml.p3dn.24xlarge","ml.p4d.24xlarge","ml.c5.xlarge","ml.c5.2xlarge","ml.c5.4xlarge","ml.c5.9xlarge","ml.c5.18xlarge","ml.c5n.xlarge","ml.c5n.2xlarge","ml.c5n.4xlarge","ml.c5n.9xlarge","ml.c5n.18xlarge","ml.g5.xlarge","ml.g5.2xlarge","ml.g5.4xlarge","ml.g5.8xlarge","ml.g5.16xlarge","ml.g5.12xlarge","ml.g5.24xlarge","ml.g5.48xlarge","ml.trn1.2xlarge","ml.trn1.32xlarge"]},"TrainingInstanceTypes":{"type":"list","member":"TrainingInstanceType"},"TrainingJobDefinition":{"type":"structure","required":["TrainingInputMode","InputDataConfig","OutputDataConfig","ResourceConfig","StoppingCondition"],"members":{"TrainingInputMode":"TrainingInputMode","HyperParameters":"HyperParameters","InputDataConfig":"InputDataConfig","OutputDataConfig":"OutputDataConfig","ResourceConfig":"ResourceConfig","StoppingCondition":"StoppingCondition"}},"TrainingSpecification":{"type":"structure","required":["TrainingImage","SupportedTrainingInstanceTypes","TrainingChannels"],"members":{"TrainingImage":"ContainerImage","TrainingImageDigest":"ImageDigest","SupportedHyperParameters":"HyperParameterSpecifications","SupportedTrainingInstanceTypes":"TrainingInstanceTypes","SupportsDistributedTraining":"Boolean","MetricDefinitions":"MetricDefinitionList","TrainingChannels":"ChannelSpecifications","SupportedTuningJobObjectiveMetrics":"HyperParameterTuningJobObjectives"}},"TransformDataSource":{"type":"structure","required":["S3DataSource"],"members":{"S3DataSource":"TransformS3DataSource"}},"TransformEnvironmentKey":{"type":"string","max":1024,"pattern":"[a-zA-Z_][a-zA-Z0-9_]{0,1023}"},"TransformEnvironmentMap":{"type":"map","max":16,"key":"TransformEnvironmentKey","value":"TransformEnvironmentValue"},"TransformEnvironmentValue":{"type":"string","max":10240,"pattern":"[\\\\S\\\\s]*"},"TransformInput":{"type":"structure","required":["DataSource"],"members":{"DataSource":"TransformDataSource","ContentType":"ContentType","CompressionType":"CompressionType","SplitType":"SplitType"}},"TransformInstanceCount":{"type":"integer","min":1},"TransformInstanceType":{"type":"string","enum":["ml.m4.xlarge","ml.m4.2xlarge","ml.m4.4xlarge","ml.m4.10xlarge","ml.m4.16xlarge","ml.c4.xlarge","ml.c4.2xlarge","ml.c4.4xlarge","ml.c4.8xlarge","ml.p2.xlarge","ml.p2.8xlarge","ml.p2.16xlarge","ml.p3.2xlarge","ml.p3.8xlarge","ml.p3.16xlarge","ml.c5.xlarge","ml.c5.2xlarge","ml.c5.4xlarge","ml.c5.9xlarge","ml.c5.18xlarge","ml.m5.large","ml.m5.xlarge","ml.m5.2xlarge","ml.m5.4xlarge","ml.m5.12xlarge","ml.m5.24xlarge","ml.g4dn.xlarge","ml.g4dn.2xlarge","ml.g4dn.4xlarge","ml.g4dn.8xlarge","ml.g4dn.12xlarge","ml.g4dn.16xlarge"]},"TransformInstanceTypes":{"type":"list","min":1,"member":"TransformInstanceType"},"TransformJobDefinition":{"type":"structure","required":["TransformInput","TransformOutput","TransformResources"],"members":{"MaxConcurrentTransforms":"MaxConcurrentTransforms","MaxPayloadInMB":"MaxPayloadInMB","BatchStrategy":"BatchStrategy","Environment":"TransformEnvironmentMap","TransformInput":"TransformInput","TransformOutput":"TransformOutput","TransformResources":"TransformResources"}},"TransformOutput":{"type":"structure","required":["S3OutputPath"],"members":{"S3OutputPath":"S3Uri","Accept":"Accept","AssembleWith":"AssemblyType","KmsKeyId":"KmsKeyId"}},"TransformResources":{"type":"structure","required":["InstanceType","InstanceCount"],"members":{"InstanceType":"TransformInstanceType","InstanceCount":"TransformInstanceCount","VolumeKmsKeyId":"KmsKeyId"}},"TransformS3DataSource":{"type":"structure","required":["S3DataType","S3Uri"],"members":{"S3DataType":"S3DataType","S3Uri":"S3Uri"}},"Url":{"type":"string","max":1024,"pattern":"^(https|s3)://([^/]+)/?(.*)$"},"VolumeSizeInGB":{"type":"integer","min":1}}}');
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/request/schema.ts
// The SageMaker API's own constraints on a Create* request (required members, types, lengths,
// ranges, patterns, enums), read from the service model botocore ships
// (scripts/sagemaker-request-model.mjs wrote src/catalog/data/sagemaker-request-model.json from it).


const SHAPES = sagemaker_request_model_namespaceObject.nq;
const MODEL_SOURCE = sagemaker_request_model_namespaceObject.sP;
const OPERATIONS = sagemaker_request_model_namespaceObject.zU;
/** The values an enum shape allows (instance types, batch strategies, …). */
function enumValues(shapeName) {
    return SHAPES[shapeName]?.enum ?? [];
}
const patterns = new Map();
/** Smithy patterns are not anchored (a match anywhere counts) and use \p{…} classes; a few are
 * written for Java's regex engine and do not compile in JavaScript: those are not checked. */
function pattern(source) {
    if (!patterns.has(source)) {
        let re = null;
        for (const flags of ['u', '']) {
            try {
                re = new RegExp(source, flags);
                break;
            }
            catch {
                // try the next dialect
            }
        }
        patterns.set(source, re);
    }
    return patterns.get(source) ?? null;
}
const NUMERIC = new Set(['integer', 'long', 'float', 'double']);
/** Every way `value` breaks the shape, as "`Path.To.Member` …" sentences. */
function schemaProblems(value, shapeName, at = '') {
    const shape = SHAPES[shapeName];
    const name = at ? `\`${at}\`` : 'The request';
    const problems = [];
    const type = typeOf(value);
    const expected = shape.type === 'structure'
        ? 'object'
        : shape.type === 'list'
            ? 'array'
            : shape.type === 'map'
                ? 'object'
                : NUMERIC.has(shape.type)
                    ? 'number'
                    : shape.type === 'timestamp'
                        ? type
                        : shape.type === 'blob'
                            ? 'string'
                            : shape.type;
    if (type !== expected ||
        ((shape.type === 'integer' || shape.type === 'long') && !Number.isInteger(value))) {
        return [
            `${name} is ${describe(value)}; expected ${article(shape.type === 'structure' ? 'object' : shape.type === 'list' ? 'array' : shape.type)}.`
        ];
    }
    if (shape.type === 'structure') {
        const obj = value;
        const members = shape.members ?? {};
        for (const req of shape.required ?? []) {
            if (obj[req] === undefined || obj[req] === null)
                problems.push(`\`${join(at, req)}\` is missing; it is required.`);
        }
        for (const [key, v] of Object.entries(obj)) {
            if (!(key in members)) {
                problems.push(`${name} has the unknown member "${key}"; the API accepts ${Object.keys(members).join(', ')}.`);
            }
            else if (v !== null && v !== undefined) {
                problems.push(...schemaProblems(v, members[key], join(at, key)));
            }
        }
        return problems;
    }
    if (shape.type === 'list' || shape.type === 'map') {
        const entries = shape.type === 'list'
            ? value.map((v, i) => [`${at}[${i}]`, v])
            : Object.entries(value).map(([k, v]) => [join(at, k), v]);
        const count = entries.length;
        if (shape.min !== undefined && count < shape.min)
            problems.push(`${name} has ${count} entries; at least ${shape.min} required.`);
        if (shape.max !== undefined && count > shape.max)
            problems.push(`${name} has ${count} entries; at most ${shape.max} allowed.`);
        if (shape.type === 'map' && shape.key) {
            for (const k of Object.keys(value)) {
                problems.push(...schemaProblems(k, shape.key, `${at} key "${k}"`));
            }
        }
        const item = shape.type === 'list' ? shape.member : shape.value;
        for (const [p, v] of entries)
            if (item)
                problems.push(...schemaProblems(v, item, p));
        return problems;
    }
    if (shape.type === 'string') {
        const s = value;
        if (shape.enum && !shape.enum.includes(s)) {
            problems.push(`${name} is "${(0,core_text/* clip */.$Q)(s, 80)}", which the API does not accept; expected ${list(shape.enum)}.`);
            return problems;
        }
        if (shape.min !== undefined && s.length < shape.min)
            problems.push(`${name} is ${s.length} characters long; at least ${shape.min} required.`);
        if (shape.max !== undefined && s.length > shape.max)
            problems.push(`${name} is ${s.length} characters long; at most ${shape.max} allowed.`);
        const re = shape.pattern ? pattern(shape.pattern) : null;
        if (re && !re.test(s))
            problems.push(`${name} is "${(0,core_text/* clip */.$Q)(s, 80)}", which does not match the API's pattern ${shape.pattern}.`);
        return problems;
    }
    if (NUMERIC.has(shape.type)) {
        const n = value;
        if (shape.min !== undefined && n < shape.min)
            problems.push(`${name} is ${n}; the minimum is ${shape.min}.`);
        if (shape.max !== undefined && n > shape.max)
            problems.push(`${name} is ${n}; the maximum is ${shape.max}.`);
    }
    return problems;
}
function join(at, key) {
    return at ? `${at}.${key}` : key;
}
function typeOf(value) {
    if (Array.isArray(value))
        return 'array';
    if (value === null)
        return 'null';
    return typeof value;
}
function describe(value) {
    const type = typeOf(value);
    if (type === 'object' || type === 'array')
        return article(type);
    return `${type === 'number' && !Number.isInteger(value) ? 'the fraction' : `the ${type}`} ${(0,core_text/* clip */.$Q)(JSON.stringify(value), 80)}`;
}
function article(word) {
    return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}
/** Up to six values, then how many more. */
function list(values) {
    const shown = values.slice(0, 6).join(', ');
    return values.length > 6 ? `one of ${shown}, … (${values.length} values)` : `one of ${shown}`;
}

// EXTERNAL MODULE: ./src/catalog/sagemaker-limits.ts
var sagemaker_limits = __webpack_require__(7408);
;// CONCATENATED MODULE: ./src/request/rules.ts
// The rules on a CreateModelPackage / CreateAlgorithm request, decided before anything exists in
// AWS: request-schema, instance-types, content-types, hyperparameters, metric-definitions,
// spot-training.
// Pure functions over the parsed request.




function createRequest(kind, raw) {
    const spec = objectAs(raw.ValidationSpecification);
    const profiles = Array.isArray(spec?.ValidationProfiles) ? spec.ValidationProfiles : [];
    const name = kind === 'algorithm' ? raw.AlgorithmName : raw.ModelPackageName;
    return {
        kind,
        raw,
        ...(typeof name === 'string' ? { name } : {}),
        inference: objectAs(raw.InferenceSpecification),
        training: objectAs(raw.TrainingSpecification),
        profiles: profiles.flatMap((p, i) => {
            const profile = objectAs(p);
            if (!profile)
                return [];
            return [
                {
                    name: typeof profile.ProfileName === 'string' ? profile.ProfileName : `(profile ${i + 1})`,
                    transform: objectAs(profile.TransformJobDefinition),
                    training: objectAs(profile.TrainingJobDefinition)
                }
            ];
        })
    };
}
const OPERATION = {
    'model-package': 'CreateModelPackage',
    algorithm: 'CreateAlgorithm'
};
function requestSchema(req) {
    const op = OPERATION[req.kind];
    const errors = schemaProblems(req.raw, OPERATIONS[op]);
    if (req.kind === 'model-package') {
        if (req.raw.ModelPackageGroupName !== undefined) {
            errors.push('`ModelPackageGroupName` makes this a versioned model package, which cannot be certified for AWS Marketplace: give `ModelPackageName` instead.');
        }
        else if (req.raw.ModelPackageName === undefined) {
            errors.push('`ModelPackageName` is missing; an unversioned model package (the kind Marketplace lists) needs a name.');
        }
    }
    req.profiles.forEach((p, i) => {
        const at = `ValidationSpecification.ValidationProfiles[${i}]`;
        const t = p.transform;
        if (t) {
            const payload = t.MaxPayloadInMB;
            const concurrent = t.MaxConcurrentTransforms;
            if (typeof payload === 'number' && payload > sagemaker_limits/* MAX_BATCH_PAYLOAD_MB */.Tg) {
                errors.push(`\`${at}.TransformJobDefinition.MaxPayloadInMB\` is ${payload}; batch transform accepts 0 to ${sagemaker_limits/* MAX_BATCH_PAYLOAD_MB */.Tg}.`);
            }
            if (typeof payload === 'number' &&
                typeof concurrent === 'number' &&
                payload * concurrent > sagemaker_limits/* MAX_CONCURRENT_PAYLOAD_MB */.ER) {
                errors.push(`\`${at}.TransformJobDefinition\` has MaxConcurrentTransforms ${concurrent} × MaxPayloadInMB ${payload} = ${concurrent * payload}; batch transform requires the product to be at most ${sagemaker_limits/* MAX_CONCURRENT_PAYLOAD_MB */.ER}.`);
            }
            const count = t.TransformResources?.InstanceCount;
            if (count !== undefined && count !== 1) {
                errors.push(`\`${at}.TransformJobDefinition.TransformResources.InstanceCount\` is ${count}; a validation profile runs on 1 instance.`);
            }
        }
        // several hosts train only an algorithm that declares it can (SageMaker refuses the job otherwise)
        const count = p.training?.ResourceConfig?.InstanceCount;
        if (count !== undefined && count !== 1 && req.training?.SupportsDistributedTraining !== true) {
            errors.push(`\`${at}.TrainingJobDefinition.ResourceConfig.InstanceCount\` is ${count}, but \`TrainingSpecification.SupportsDistributedTraining\` is not true: SageMaker trains such an algorithm on 1 instance only. Set the count to 1, or declare distributed training (and test it with \`training-instance-count\`).`);
        }
        if (req.kind === 'algorithm' && p.training?.ResourceConfig?.InstanceType === undefined) {
            if (p.training)
                errors.push(`\`${at}.TrainingJobDefinition.ResourceConfig.InstanceType\` is missing; the training job needs an instance type.`);
        }
    });
    return (0,findings/* findingsOrPass */.FH)(errors, [], `the request meets ${op}'s constraints (required members, types, lengths, ranges, patterns, enums)`);
}
function instanceTypes(req) {
    const errors = [];
    const checked = [];
    const check = (at, type, supported, supportedAt, enumShape, job) => {
        if (type === undefined)
            return;
        checked.push(type);
        const accepted = enumValues(enumShape);
        if (accepted.length && !accepted.includes(type)) {
            errors.push(`\`${at}\` is "${type}", which SageMaker does not accept for ${job} jobs; expected ${list(accepted)}.`);
        }
        if (!supported?.includes(type)) {
            errors.push(`\`${at}\` is "${type}", but \`${supportedAt}\` ${listsOnly(supported)}: validation must run on a type the listing supports.`);
        }
    };
    req.profiles.forEach((p, i) => {
        const at = `ValidationSpecification.ValidationProfiles[${i}]`;
        for (const [field, type, supported, supportedAt, enumShape, job] of [
            [
                'TransformJobDefinition.TransformResources.InstanceType',
                p.transform?.TransformResources?.InstanceType,
                req.inference?.SupportedTransformInstanceTypes,
                'InferenceSpecification.SupportedTransformInstanceTypes',
                'TransformInstanceType',
                'batch transform'
            ],
            [
                'TrainingJobDefinition.ResourceConfig.InstanceType',
                p.training?.ResourceConfig?.InstanceType,
                req.training?.SupportedTrainingInstanceTypes,
                'TrainingSpecification.SupportedTrainingInstanceTypes',
                'TrainingInstanceType',
                'training'
            ]
        ]) {
            check(`${at}.${field}`, type, supported, supportedAt, enumShape, job);
        }
    });
    return (0,findings/* findingsOrPass */.FH)(errors, [], checked.length
        ? `validation runs on ${[...new Set(checked)].join(', ')}, supported by the request and accepted by SageMaker`
        : 'no validation profile names an instance type');
}
function contentTypes(req) {
    const errors = [];
    const seen = [];
    req.profiles.forEach((p, i) => {
        const at = `ValidationSpecification.ValidationProfiles[${i}]`;
        const input = p.transform?.TransformInput?.ContentType;
        const accept = p.transform?.TransformOutput?.Accept;
        for (const [value, field, supported, supportedAt] of [
            [
                input,
                'TransformInput.ContentType',
                req.inference?.SupportedContentTypes,
                'SupportedContentTypes'
            ],
            [
                accept,
                'TransformOutput.Accept',
                req.inference?.SupportedResponseMIMETypes,
                'SupportedResponseMIMETypes'
            ]
        ]) {
            if (value === undefined)
                continue;
            seen.push(value);
            if (!supported?.includes(value)) {
                errors.push(`\`${at}.TransformJobDefinition.${field}\` is "${value}", but \`InferenceSpecification.${supportedAt}\` ${listsOnly(supported)}: validation must use a type the listing declares.`);
            }
        }
        if (!p.training)
            return;
        const channels = req.training?.TrainingChannels ?? [];
        const given = p.training.InputDataConfig ?? [];
        given.forEach((ch, c) => {
            const chAt = `${at}.TrainingJobDefinition.InputDataConfig[${c}]`;
            const spec = channels.find(s => s.Name === ch.ChannelName);
            if (!spec) {
                errors.push(`\`${chAt}\` is the channel "${ch.ChannelName}", which \`TrainingSpecification.TrainingChannels\` does not declare (${channels.map(s => s.Name).join(', ') || 'none declared'}).`);
                return;
            }
            if (ch.ContentType !== undefined) {
                seen.push(ch.ContentType);
                if (!spec.SupportedContentTypes?.includes(ch.ContentType)) {
                    errors.push(`\`${chAt}.ContentType\` is "${ch.ContentType}", but the channel "${spec.Name}" supports ${spec.SupportedContentTypes?.join(', ') || 'no content type'}.`);
                }
            }
            const compression = ch.CompressionType ?? 'None';
            if (compression !== 'None' && !(spec.SupportedCompressionTypes ?? []).includes(compression)) {
                errors.push(`\`${chAt}.CompressionType\` is "${compression}", but the channel "${spec.Name}" supports ${spec.SupportedCompressionTypes?.join(', ') || 'no compression'}.`);
            }
            const mode = ch.InputMode ?? p.training?.TrainingInputMode;
            if (mode && spec.SupportedInputModes && !spec.SupportedInputModes.includes(mode)) {
                errors.push(`\`${chAt}\` reads the channel "${spec.Name}" in ${mode} mode, but it supports ${spec.SupportedInputModes.join(', ')}.`);
            }
            const dataType = ch.DataSource?.S3DataSource?.S3DataType;
            if (mode === 'FastFile' && dataType && dataType !== 'S3Prefix') {
                errors.push(`\`${chAt}\`: ${(0,training/* fastFileRefusal */.zi)(spec.Name ?? '', dataType)}`);
            }
        });
        for (const spec of channels) {
            if (spec.IsRequired && !given.some(ch => ch.ChannelName === spec.Name)) {
                errors.push(`\`${at}.TrainingJobDefinition.InputDataConfig\` has no "${spec.Name}" channel, which \`TrainingSpecification.TrainingChannels\` marks IsRequired.`);
            }
        }
    });
    return (0,findings/* findingsOrPass */.FH)(errors, [], seen.length
        ? `the validation data's content types (${[...new Set(seen)].join(', ')}) are declared by the request`
        : 'no validation profile names a content type');
}
function hyperparameters(req) {
    const errors = [];
    const specs = req.training?.SupportedHyperParameters ?? [];
    for (const spec of specs) {
        if (spec.DefaultValue === undefined)
            continue;
        const problem = outOfRange(spec, spec.DefaultValue);
        if (problem) {
            errors.push(`The default of the hyperparameter "${spec.Name}" is "${spec.DefaultValue}", which ${problem}.`);
        }
    }
    let set = 0;
    req.profiles.forEach((p, i) => {
        if (!p.training)
            return;
        const at = `ValidationSpecification.ValidationProfiles[${i}].TrainingJobDefinition.HyperParameters`;
        const given = p.training.HyperParameters ?? {};
        for (const [name, value] of Object.entries(given)) {
            set++;
            const spec = specs.find(s => s.Name === name);
            if (!spec) {
                errors.push(`\`${at}\` sets "${name}", which \`TrainingSpecification.SupportedHyperParameters\` does not declare (${specs.map(s => s.Name).join(', ') || 'none declared'}).`);
                continue;
            }
            const problem = outOfRange(spec, String(value));
            if (problem)
                errors.push(`\`${at}\` sets "${name}" to "${value}", which ${problem}.`);
        }
        for (const spec of specs) {
            if (spec.IsRequired && given[spec.Name ?? ''] === undefined) {
                errors.push(`\`${at}\` does not set "${spec.Name}", which \`SupportedHyperParameters\` marks IsRequired.`);
            }
        }
    });
    return (0,findings/* findingsOrPass */.FH)(errors, [], `${set} hyperparameter value(s) and ${specs.length} declaration(s) are within their types and ranges`);
}
/** Why a value breaks its declaration, or undefined when it fits. */
function outOfRange(spec, value) {
    const range = spec.Range;
    if (spec.Type === 'Integer' || spec.Type === 'Continuous') {
        const n = Number(value);
        const word = spec.Type === 'Integer' ? 'an integer' : 'a number';
        if (value.trim() === '' ||
            !Number.isFinite(n) ||
            (spec.Type === 'Integer' && !Number.isInteger(n))) {
            return `is not ${word} (Type ${spec.Type})`;
        }
        const r = spec.Type === 'Integer'
            ? range?.IntegerParameterRangeSpecification
            : range?.ContinuousParameterRangeSpecification;
        if (r && (n < Number(r.MinValue) || n > Number(r.MaxValue))) {
            return `is outside its range ${r.MinValue} to ${r.MaxValue}`;
        }
    }
    const values = range?.CategoricalParameterRangeSpecification?.Values;
    if (spec.Type === 'Categorical' && values && !values.includes(value)) {
        return `is not one of its values ${values.join(', ')}`;
    }
    return undefined;
}
/** Marketplace fixes MaxWaitTimeInSeconds at this for every algorithm's managed spot training
 * (seller guide, ML service restrictions: managed spot training). */
const SPOT_MAX_WAIT_SECONDS = 3600;
const SPOT_STOP = `Buyers who train this algorithm with managed spot training are stopped at ${SPOT_MAX_WAIT_SECONDS} s (AWS Marketplace fixes MaxWaitTimeInSeconds at ${SPOT_MAX_WAIT_SECONDS} s for every algorithm, whatever its checkpoints), so their job fails before it finishes.`;
/** spot-training: a validation profile allowed to train longer than managed spot ever waits. */
function spotTraining(req) {
    return req.profiles.flatMap(p => {
        const max = p.training?.StoppingCondition?.MaxRuntimeInSeconds;
        if (typeof max !== 'number')
            return [];
        if (max <= SPOT_MAX_WAIT_SECONDS) {
            return [
                (0,findings/* pass */.IX)(`"${p.name}" trains for at most ${max} s, within managed spot's ${SPOT_MAX_WAIT_SECONDS} s`)
            ];
        }
        return [
            (0,findings/* warn */.R8)({
                message: `Validation profile "${p.name}" sets StoppingCondition.MaxRuntimeInSeconds to ${max} s, more than ${SPOT_MAX_WAIT_SECONDS} s. ${SPOT_STOP}`
            })
        ];
    });
}
/** spot-training, from a training run that took `seconds`. */
function spotRun(seconds) {
    if (seconds <= SPOT_MAX_WAIT_SECONDS) {
        return (0,findings/* pass */.IX)(`training took ${seconds} s, within managed spot's ${SPOT_MAX_WAIT_SECONDS} s`);
    }
    return (0,findings/* warn */.R8)({
        message: `Training took ${seconds} s, more than ${SPOT_MAX_WAIT_SECONDS} s. ${SPOT_STOP}`
    });
}
function metricDefinitions(req) {
    const errors = [];
    const metrics = req.training?.MetricDefinitions ?? [];
    metrics.forEach((m, i) => {
        const at = `TrainingSpecification.MetricDefinitions[${i}]`;
        const re = metricRegex(m.Regex ?? '');
        if (typeof re === 'string') {
            errors.push(`\`${at}.Regex\` for "${m.Name}" does not compile: ${re}.`);
        }
        else if (!/\((?!\?[:=!<])|\(\?<[A-Za-z]/.test(m.Regex ?? '')) {
            errors.push(`\`${at}.Regex\` for "${m.Name}" has no capturing group; SageMaker reads the metric's value from the first group, as in "loss=([0-9.]+)".`);
        }
    });
    return (0,findings/* findingsOrPass */.FH)(errors, [], `${metrics.length} metric regex(es) compile with a capturing group`);
}
/** The compiled metric regex, or why it does not compile. Python's (?P<name>…) groups are
 * rewritten to JavaScript's (?<name>…). */
function metricRegex(source) {
    try {
        return new RegExp(source.replace(/\(\?P</g, '(?<'));
    }
    catch (err) {
        return err.message.replace(/^Invalid regular expression: /, '');
    }
}
/** "lists only a, b", or what an empty list means. */
function listsOnly(supported) {
    return supported?.length ? `lists only ${supported.join(', ')}` : 'is empty or missing';
}
/** A JSON object read as the API shape it should be; request-schema reports where it is not. */
function objectAs(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined;
}


/***/ })

};
