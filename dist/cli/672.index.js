export const id = 672;
export const ids = [672];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cE: () => (/* binding */ AwsClients),
/* harmony export */   clientsFor: () => (/* binding */ clientsFor),
/* harmony export */   releaseClients: () => (/* binding */ releaseClients)
/* harmony export */ });
/* unused harmony exports MAX_ATTEMPTS, USER_AGENT, clientConfig */
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

/***/ 8206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J3: () => (/* binding */ CONFIG_RULES),
/* harmony export */   O5: () => (/* binding */ checkImageConfig),
/* harmony export */   SJ: () => (/* binding */ smallestDeclaredType),
/* harmony export */   hN: () => (/* binding */ checkLocalImage),
/* harmony export */   o5: () => (/* binding */ checkInstanceArch)
/* harmony export */ });
/* unused harmony exports applyAll, declaredInstanceTypes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _docker_image_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2599);
/* harmony import */ var _image_rules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1656);
/* harmony import */ var _instance_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7233);
// Gathers what src/image-rules.ts judges: the image config (from ECR's config blob in the registry
// checks, or from the local engine in the smoke test), a few files read out of a created, never
// started container, and the model data on disk. The same finding seen from ECR and from the pulled
// image is recorded once (src/findings.ts), so both callers can run every check they have facts for.






/** Records several verdicts of one rule: its findings, or one pass when there are none. */
function applyAll(ctx, rule, verdicts) {
    const failed = verdicts.filter(v => !v.ok);
    for (const v of failed.length ? failed : verdicts)
        ctx.findings.apply(rule, v);
}
/**
 * The instance types the seller declares: `instance-type`, else every Supported…InstanceTypes of the
 * CreateModelPackage / CreateAlgorithm request given (types the table does not know are left out).
 */
function declaredInstanceTypes(ctx) {
    const { instanceType, modelPackageRequest, algorithmRequest } = ctx.inputs;
    const names = instanceType ? [instanceType] : [];
    if (!instanceType) {
        for (const file of [modelPackageRequest, algorithmRequest]) {
            const { InferenceSpecification: inference, TrainingSpecification: training } = (file?.request ?? {});
            for (const list of [
                inference?.SupportedRealtimeInferenceInstanceTypes,
                inference?.SupportedTransformInstanceTypes,
                training?.SupportedTrainingInstanceTypes
            ]) {
                if (Array.isArray(list))
                    names.push(...list.filter(n => typeof n === 'string'));
            }
        }
    }
    const types = names.map(_instance_types_js__WEBPACK_IMPORTED_MODULE_5__/* .findInstanceType */ .Jw).filter((t) => t !== undefined);
    return [...new Map(types.map(t => [t.name, t])).values()];
}
/** The smallest declared type (memory, then vCPUs): what the containers are run as. */
function smallestDeclaredType(ctx) {
    return declaredInstanceTypes(ctx).sort((a, b) => a.memoryGiB - b.memoryGiB || a.vcpus - b.vcpus)[0];
}
const isTraining = (input) => input.includes('training');
/** The rules checkImageConfig decides, skipped together when the image config cannot be read. */
const CONFIG_RULES = ['cuda-driver', 'instance-arch', 'toolkit-env', 'server-timeouts'];
const NO_TYPES = 'no `instance-type` given: pass the ml.* type you list to check the image against it';
/** instance-arch on the inference image; also called with the platforms of a manifest list alone. */
function checkInstanceArch(ctx, input, platforms, neuron) {
    const types = declaredInstanceTypes(ctx);
    if (!types.length)
        ctx.findings.skip('instance-arch', NO_TYPES);
    else
        applyAll(ctx, 'instance-arch', (0,_image_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .instanceArchVerdicts */ ._c)(input, platforms, types, neuron));
}
/**
 * The config rules on one image: cuda-driver and instance-arch for the inference image against the
 * declared instance types, toolkit-env and server-timeouts from its environment and ENTRYPOINT.
 */
function checkImageConfig(ctx, input, config, local) {
    const training = isTraining(input);
    if (!training) {
        checkInstanceArch(ctx, input, config.platforms, (0,_image_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .neuronInEnv */ .O)(config.env) || !!local?.neuronFiles);
        const types = declaredInstanceTypes(ctx);
        if (!types.length)
            ctx.findings.skip('cuda-driver', NO_TYPES);
        else
            applyAll(ctx, 'cuda-driver', (0,_image_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .cudaDriverVerdicts */ .mH)(input, config.env, types));
        const timeouts = [
            ...(0,_image_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .envTimeouts */ .Qt)(config.env),
            ...(config.entrypoint?.some(a => /gunicorn/.test(a))
                ? (0,_image_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .gunicornArgTimeouts */ .Qi)(config.entrypoint, 'the ENTRYPOINT')
                : []),
            ...(local?.timeouts ?? [])
        ];
        if (local || timeouts.length) {
            ctx.findings.apply('server-timeouts', (0,_image_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .serverTimeoutsVerdict */ .r)(input, timeouts));
        }
        else {
            ctx.findings.skip('server-timeouts', "the serving stack's configuration files are read from the image on the Docker engine (smoke test)");
        }
    }
    applyAll(ctx, 'toolkit-env', (0,_image_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .toolkitEnvVerdicts */ .yV)(input, config.env, local?.toolkit ?? {}, {
        training,
        hyperparameters: ctx.inputs.hyperparameters
    }));
}
/** Where SageMaker's default PATH puts commands when the image sets none (Docker's default). */
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/** Config files of the usual serving stacks, at the places AWS's samples and containers use. */
const SERVER_CONFIGS = [
    '/opt/program/gunicorn.conf.py',
    '/opt/program/nginx.conf',
    '/etc/nginx/nginx.conf',
    '/home/model-server/config.properties',
    '/etc/sagemaker-mms.properties'
];
const CONFIG_FLAGS = /^(?:-c|--config|--ts-config|--mms-config)$/;
const NEURON_MARKER = '/opt/aws/neuron/bin/neuron-ls';
/**
 * The image on the local engine: its config rules, plus what only its files show: `serve`/`train` on
 * PATH (entrypoint), SAGEMAKER_PROGRAM's script, the Neuron tools, and server timeouts in config files.
 */
async function checkLocalImage(ctx, image, input, labels, raw) {
    const env = (0,_image_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .envMap */ .ib)(raw.env);
    const config = {
        platforms: [raw.platform],
        env,
        labels: raw.labels ?? {},
        ...(raw.entrypoint ? { entrypoint: raw.entrypoint } : {}),
        ...(raw.cmd ? { cmd: raw.cmd } : {})
    };
    const training = isTraining(input);
    const command = training ? 'train' : 'serve';
    const pathDirs = (env.PATH ?? DEFAULT_PATH).split(':').filter(d => d.startsWith('/'));
    const commandPaths = raw.entrypoint?.length ? [] : pathDirs.map(d => node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.join(d, command));
    const program = env.SAGEMAKER_PROGRAM ?? ctx.inputs.hyperparameters.sagemaker_program;
    const programDirs = [
        ...(env.SAGEMAKER_SUBMIT_DIRECTORY?.startsWith('/') ? [env.SAGEMAKER_SUBMIT_DIRECTORY] : []),
        '/opt/ml/code',
        ...(training ? [] : ['/opt/ml/model/code'])
    ];
    const programPaths = program ? programDirs.map(d => node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.join(d, program)) : [];
    const args = raw.entrypoint ?? [];
    const configArgs = args.filter((_arg, i) => i > 0 && CONFIG_FLAGS.test(args[i - 1]));
    const scripts = args.filter(a => a.startsWith('/') && a !== args[0]);
    const wantsNeuron = !training &&
        declaredInstanceTypes(ctx).some(t => t.accelerator === 'neuron') &&
        !(0,_image_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .neuronInEnv */ .O)(env);
    const serverPaths = training ? [] : [...SERVER_CONFIGS, ...configArgs, ...scripts];
    let files;
    try {
        files = await (0,_docker_image_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readImageFiles */ .Zw)(ctx.env, image, [...commandPaths, ...programPaths, ...serverPaths, ...(wantsNeuron ? [NEURON_MARKER] : [])], labels, ctx.signal);
    }
    catch (err) {
        ctx.signal.throwIfAborted();
        ctx.log.warning(`Could not read files from ${image}: ${err.message}`);
        checkImageConfig(ctx, input, config);
        return;
    }
    if (commandPaths.length) {
        const found = commandPaths.map(p => files.get(p)).find(f => f !== undefined);
        ctx.findings.apply('entrypoint', (0,_image_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .commandOnPathVerdict */ .ZM)(input, command, pathDirs, found));
    }
    const servedBy = commandPaths.map(p => files.get(p)).find(f => f !== undefined);
    const texts = [...serverPaths.map(p => files.get(p)), ...(training ? [] : [servedBy])].filter((f) => f !== undefined);
    const modelData = training ? undefined : await modelDataFiles(ctx.inputs.modelData, program);
    const inImage = programPaths.find(p => files.get(p));
    const toolkit = {
        ...(program
            ? {
                program: inImage ?? modelData?.program ?? false,
                programSearched: [...programDirs, ...(modelData ? ['code/ in `model-data`'] : [])]
            }
            : {}),
        ...(modelData?.requirements ? { requirements: modelData.requirements } : {})
    };
    // a script in the model data SageMaker gets but this run was not given cannot be judged missing
    if (toolkit.program === false && !training && !ctx.inputs.modelData)
        delete toolkit.program;
    checkImageConfig(ctx, input, config, {
        toolkit,
        neuronFiles: files.get(NEURON_MARKER) !== undefined,
        timeouts: serverTimeouts(texts, env)
    });
}
function serverTimeouts(texts, env) {
    const out = [];
    for (const f of texts) {
        const text = f.content.toString('utf8');
        out.push(...(0,_image_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .gunicornFileTimeouts */ .qu)(text, f.path), ...(0,_image_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .nginxTimeouts */ .vo)(text, f.path));
        if (f.path.endsWith('.properties')) {
            out.push(...(0,_image_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .propertiesTimeouts */ .st)(text, f.path, /mms/i.test(f.path) ? 'MMS' : 'TorchServe'));
        }
        // AWS's scikit_bring_your_own sample passes MODEL_SERVER_TIMEOUT to gunicorn --timeout
        if (/gunicorn/.test(text) &&
            /MODEL_SERVER_TIMEOUT/.test(text) &&
            /^\d+$/.test(env.MODEL_SERVER_TIMEOUT ?? '')) {
            out.push({
                server: 'gunicorn',
                setting: `--timeout from MODEL_SERVER_TIMEOUT=${env.MODEL_SERVER_TIMEOUT}`,
                seconds: Number(env.MODEL_SERVER_TIMEOUT),
                where: f.path
            });
        }
    }
    return out;
}
/** The toolkit's files in `model-data`: code/requirements.txt and the program's script. */
async function modelDataFiles(modelData, program) {
    if (!modelData)
        return undefined;
    const wanted = ['code/requirements.txt', ...(program ? [`code/${program}`] : [])];
    let present;
    if (/\.(tar\.gz|tgz)$/.test(modelData)) {
        const names = await archiveNames(modelData);
        present = wanted.filter(w => names.some(n => n.replace(/^\.\//, '') === w));
    }
    else
        present = wanted.filter(w => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(modelData, w)));
    const base = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(modelData);
    return {
        ...(present.includes(wanted[0]) ? { requirements: `${base}: ${wanted[0]}` } : {}),
        ...(program && present.includes(`code/${program}`)
            ? { program: `${base}: code/${program}` }
            : {})
    };
}
/** Entry names of a model.tar.gz (headers only; a broken archive reads as what was read before). */
function archiveNames(file, max = 100000) {
    return new Promise(resolve => {
        const names = new _docker_image_files_js__WEBPACK_IMPORTED_MODULE_3__/* .TarNames */ .kV(max);
        const input = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file);
        const gunzip = (0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.createGunzip)();
        const done = () => {
            input.destroy();
            gunzip.destroy();
            resolve(names.files);
        };
        gunzip.on('data', (chunk) => {
            if (names.push(chunk))
                done();
        });
        gunzip.on('end', done);
        gunzip.on('error', done);
        input.on('error', done);
        input.pipe(gunzip);
    });
}


/***/ }),

/***/ 1656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ neuronInEnv),
/* harmony export */   Qi: () => (/* binding */ gunicornArgTimeouts),
/* harmony export */   Qt: () => (/* binding */ envTimeouts),
/* harmony export */   ZM: () => (/* binding */ commandOnPathVerdict),
/* harmony export */   _c: () => (/* binding */ instanceArchVerdicts),
/* harmony export */   ib: () => (/* binding */ envMap),
/* harmony export */   mH: () => (/* binding */ cudaDriverVerdicts),
/* harmony export */   qu: () => (/* binding */ gunicornFileTimeouts),
/* harmony export */   r: () => (/* binding */ serverTimeoutsVerdict),
/* harmony export */   st: () => (/* binding */ propertiesTimeouts),
/* harmony export */   vo: () => (/* binding */ nginxTimeouts),
/* harmony export */   yV: () => (/* binding */ toolkitEnvVerdicts)
/* harmony export */ });
/* unused harmony exports INFERENCE_DRIVERS, cudaRequirement, usesToolkit, REALTIME_INVOCATION_SECONDS */
// The rules decided from what an image declares (its config: platforms, environment, labels,
// ENTRYPOINT/CMD) and, on the local engine, a few of its files, against the instance types the
// seller lists: cuda-driver, instance-arch, toolkit-env, server-timeouts, and `serve`/`train` on
// PATH for entrypoint. Pure functions; src/image-checks.ts gathers the facts and records verdicts.
/** `KEY=VALUE` lines of an image config's Env as a map (a later value wins, as in Docker). */
function envMap(env) {
    const out = {};
    for (const line of env ?? []) {
        const eq = line.indexOf('=');
        if (eq > 0)
            out[line.slice(0, eq)] = line.slice(eq + 1);
    }
    return out;
}
const pass = (detail) => ({ ok: true, detail });
const names = (types) => types.map(t => t.name).join(', ');
/**
 * The NVIDIA driver SageMaker real-time and batch inference run by default on each GPU family (SageMaker
 * developer guide, inference-gpu-drivers). Batch lists only the 470 families; newer AMIs are chosen
 * with InferenceAmiVersion / TransformAmiVersion, which a buyer's endpoint does not inherit.
 */
const INFERENCE_DRIVERS = {
    'ml.p2': { driver: 470, cuda: [11, 4] },
    'ml.p3': { driver: 470, cuda: [11, 4] },
    'ml.p4d': { driver: 470, cuda: [11, 4] },
    'ml.p4de': { driver: 470, cuda: [11, 4] },
    'ml.g4dn': { driver: 470, cuda: [11, 4] },
    'ml.g5': { driver: 470, cuda: [11, 4] },
    'ml.p5': { driver: 535, cuda: [12, 2] },
    'ml.g6': { driver: 535, cuda: [12, 2] },
    'ml.p5e': { driver: 550, cuda: [12, 4] },
    'ml.p5en': { driver: 550, cuda: [12, 4] }
};
const VERSION = /(\d+)\.(\d+)/;
/** The CUDA version the image needs: NVIDIA_REQUIRE_CUDA (what the NVIDIA Container Toolkit enforces), else CUDA_VERSION. */
function cudaRequirement(env) {
    const require = env.NVIDIA_REQUIRE_CUDA?.trim();
    if (require) {
        const clauses = require.split(/\s+/).map(c => c.split(','));
        const cuda = clauses.flat().map(term => /^cuda>=?(\d+)\.(\d+)/.exec(term));
        const first = cuda.find(Boolean);
        if (first) {
            return {
                version: [Number(first[1]), Number(first[2])],
                from: `NVIDIA_REQUIRE_CUDA="${clip(require, 100)}"`,
                alternatives: clauses.filter(c => !c.some(term => term.startsWith('cuda'))),
                enforcedAtStart: true
            };
        }
    }
    const m = env.CUDA_VERSION ? VERSION.exec(env.CUDA_VERSION) : null;
    if (!m)
        return undefined;
    return {
        version: [Number(m[1]), Number(m[2])],
        from: `CUDA_VERSION=${env.CUDA_VERSION}`,
        alternatives: [],
        enforcedAtStart: false
    };
}
/** Whether one comma-joined NVIDIA_REQUIRE_CUDA alternative holds for a driver (brands are datacenter GPUs). */
function alternativeHolds(terms, driver) {
    return terms.every(term => {
        const m = /^driver(>=|<=|>|<|=)(\d+)/.exec(term);
        if (!m)
            return !term.startsWith('arch=') || term === 'arch=x86_64';
        const d = Number(m[2]);
        return {
            '>=': driver >= d,
            '<=': driver <= d,
            '>': driver > d,
            '<': driver < d,
            '=': driver === d
        }[m[1]];
    });
}
const atLeast = (have, need) => have[0] > need[0] || (have[0] === need[0] && have[1] >= need[1]);
function cudaDriverVerdicts(input, env, types) {
    const need = cudaRequirement(env);
    if (!need)
        return [pass(`${input} declares no CUDA version (CUDA_VERSION, NVIDIA_REQUIRE_CUDA)`)];
    const gpu = types.filter(t => t.accelerator === 'nvidia');
    const cuda = need.version.join('.');
    if (!gpu.length) {
        return [pass(`${input} needs CUDA ${cuda}; no NVIDIA GPU type declared (${names(types)})`)];
    }
    const verdicts = [];
    const undocumented = [];
    const tooOld = new Map();
    for (const t of gpu) {
        const driver = INFERENCE_DRIVERS[t.family];
        if (!driver)
            undocumented.push(t.name);
        else if (!atLeast(driver.cuda, need.version)) {
            const key = `${driver.driver}`;
            tooOld.set(key, { driver, types: [...(tooOld.get(key)?.types ?? []), t] });
        }
    }
    for (const { driver, types: affected } of tooOld.values()) {
        const has = `NVIDIA driver ${driver.driver} (CUDA ${driver.cuda.join('.')})`;
        const newer = Object.entries(INFERENCE_DRIVERS)
            .filter(([, d]) => atLeast(d.cuda, need.version))
            .map(([family]) => `${family}.*`);
        const fixes = `Either build on a CUDA ${driver.cuda.join('.')} (or older) base image, or ship NVIDIA's CUDA forward-compatibility libraries (cuda-compat, /usr/local/cuda/compat on LD_LIBRARY_PATH) as SageMaker's GPU driver page describes; or list only instance types whose driver supports CUDA ${cuda}${newer.length ? ` (${newer.join(', ')})` : ''}.`;
        const alternative = need.alternatives.find(a => alternativeHolds(a, driver.driver));
        if (need.enforcedAtStart && alternative) {
            verdicts.push({
                ok: false,
                finding: {
                    severity: 'warning',
                    message: `\`${input}\` needs CUDA ${cuda} (${need.from}); ${names(affected)} run ${has} by default. The container starts only through the forward-compatibility alternative "${alternative.join(',')}", so every CUDA call depends on the cuda-compat libraries in the image.`,
                    help: `Check that /usr/local/cuda/compat is in the image and used at start, or ${fixes.charAt(0).toLowerCase()}${fixes.slice(1)}`,
                    file: input
                }
            });
            continue;
        }
        const failure = need.enforcedAtStart
            ? `the NVIDIA Container Toolkit refuses to start the container ("unsatisfied condition: cuda>=${cuda}"), which SageMaker reports as CannotStartContainerError`
            : need.version[0] > driver.cuda[0]
                ? 'the CUDA runtime fails at its first call ("CUDA driver version is insufficient for CUDA runtime version")'
                : undefined;
        if (!failure)
            continue; // same major version: CUDA minor version compatibility applies
        verdicts.push({
            ok: false,
            finding: {
                message: `\`${input}\` needs CUDA ${cuda} (${need.from}), but ${names(affected)} run ${has} by default for real-time and batch inference: ${failure}.`,
                help: fixes,
                file: input
            }
        });
    }
    if (verdicts.length)
        return verdicts;
    return [
        pass(`${input} needs CUDA ${cuda}; the default driver of ${names(gpu.filter(t => !undocumented.includes(t.name))) || 'no declared type'} supports it${undocumented.length
            ? `; SageMaker's GPU driver page lists no driver for ${undocumented.join(', ')}`
            : ''}`)
    ];
}
// ---- instance-arch ----
const ARCH_PLATFORM = { x86_64: 'linux/amd64', arm64: 'linux/arm64' };
/** Signs of the AWS Neuron runtime in an image's environment (Neuron SDK paths and variables). */
function neuronInEnv(env) {
    return Object.entries(env).some(([k, v]) => k.startsWith('NEURON_') || ((k === 'PATH' || k === 'LD_LIBRARY_PATH') && /neuron/i.test(v)));
}
function instanceArchVerdicts(input, platforms, types, neuron) {
    const verdicts = [];
    for (const arch of ['arm64', 'x86_64']) {
        const wanting = types.filter(t => t.architecture === arch);
        const platform = ARCH_PLATFORM[arch];
        if (!wanting.length || platforms.includes(platform))
            continue;
        verdicts.push({
            ok: false,
            finding: {
                message: `\`${input}\` provides ${platforms.join(', ') || 'no platform'}, but ${names(wanting)} ${wanting.length > 1 ? 'are' : 'is'} ${arch === 'arm64' ? 'AWS Graviton (arm64)' : 'x86_64'}: the image cannot run there.`,
                help: arch === 'arm64'
                    ? 'Build a multi-platform image (`docker buildx build --platform linux/amd64,linux/arm64`, pushed as a Docker manifest list) or drop the Graviton types; batch transform and training still need linux/amd64.'
                    : 'Build for linux/amd64 (`docker buildx build --platform linux/amd64`).',
                file: input
            }
        });
    }
    const inferentia = types.filter(t => t.accelerator === 'neuron');
    if (inferentia.length && !neuron) {
        verdicts.push({
            ok: false,
            finding: {
                message: `\`${input}\` shows no AWS Neuron runtime (no NEURON_* variable, no neuron path on PATH or LD_LIBRARY_PATH, no /opt/aws/neuron), but ${names(inferentia)} run models only through Neuron.`,
                help: 'Build on an AWS Neuron deep learning container (or install the Neuron runtime and tools) and compile the model for Inferentia or Trainium, or list CPU or GPU types instead.',
                file: input
            }
        });
    }
    const kinds = new Set(types.map(t => t.accelerator));
    if (kinds.size > 1) {
        const label = { none: 'CPU', nvidia: 'NVIDIA GPU', neuron: 'Inferentia/Trainium' };
        verdicts.push({
            ok: false,
            finding: {
                severity: 'warning',
                message: `The declared instance types mix ${[...kinds].map(k => label[k]).join(', ')} hardware (${names(types)}); one image rarely serves all of them well.`,
                help: 'Publish one model package per hardware type (AWS sample notebooks do), each with an image built for it.',
                file: input
            }
        });
    }
    if (verdicts.length)
        return verdicts;
    return [pass(`${input} (${platforms.join(', ')}) suits ${names(types)}`)];
}
const LOCAL_HOSTS = /^(?:https?:\/\/)(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?:[:/]|$)/;
/** The SageMaker training or inference toolkit's own variables mark an image that uses it. */
function usesToolkit(env) {
    return ['SAGEMAKER_TRAINING_MODULE', 'SAGEMAKER_SERVING_MODULE', 'SAGEMAKER_PROGRAM'].some(k => env[k]);
}
function toolkitEnvVerdicts(input, env, files, context) {
    const out = [];
    const fail = (message, help, severity) => void out.push({
        ok: false,
        finding: { message, help, file: input, ...(severity ? { severity } : {}) }
    });
    const program = env.SAGEMAKER_PROGRAM ?? context.hyperparameters?.sagemaker_program;
    if (context.training && env.SAGEMAKER_TRAINING_MODULE && !program) {
        fail(`\`${input}\` uses the SageMaker training toolkit (SAGEMAKER_TRAINING_MODULE=${env.SAGEMAKER_TRAINING_MODULE}) but sets no SAGEMAKER_PROGRAM, so \`train\` has no script to run.`, 'Copy your script to /opt/ml/code and set `ENV SAGEMAKER_PROGRAM train.py` in the Dockerfile: buyers of an algorithm cannot set it for you.');
    }
    if (program && files.program === false) {
        fail(`\`${input}\` sets SAGEMAKER_PROGRAM=${program}, but no such script is in ${files.programSearched?.join(', ') ?? '/opt/ml/code'}.`, 'Copy the script into the image (`COPY train.py /opt/ml/code/`), or fix the name in SAGEMAKER_PROGRAM.');
    }
    if (!context.training && /^true$/i.test(env.SAGEMAKER_MULTI_MODEL ?? '')) {
        fail(`\`${input}\` sets SAGEMAKER_MULTI_MODEL=true: the server starts without loading a model and waits for a multi-model load call that a Marketplace model package never makes.`, 'Remove SAGEMAKER_MULTI_MODEL from the image: a Marketplace model package serves the one model in /opt/ml/model.');
    }
    const submit = env.SAGEMAKER_SUBMIT_DIRECTORY ?? context.hyperparameters?.sagemaker_submit_directory;
    if (submit && /^s3:\/\//i.test(submit)) {
        fail(`\`${input}\` sets SAGEMAKER_SUBMIT_DIRECTORY=${submit}: the toolkit downloads the code from S3 at start, which fails under network isolation.`, 'Bake the code into the image (/opt/ml/code) and point SAGEMAKER_SUBMIT_DIRECTORY there, or leave it unset.');
    }
    if (files.requirements) {
        fail(`The model data has ${files.requirements}: the SageMaker inference toolkit runs \`pip install -r\` on it at start, which fails under network isolation${usesToolkit(env) ? '' : ' (if your server uses the toolkit)'}.`, 'Install the packages in the image (`RUN pip install -r requirements.txt` in the Dockerfile) and leave requirements.txt out of model.tar.gz.', usesToolkit(env) ? undefined : 'warning');
    }
    const remote = Object.entries(env).filter(([k, v]) => /^(?:s3|https?):\/\//i.test(v) && !LOCAL_HOSTS.test(v) && k !== 'SAGEMAKER_SUBMIT_DIRECTORY');
    if (remote.length) {
        fail(`\`${input}\` has environment values that point off the machine: ${remote
            .slice(0, 5)
            .map(([k, v]) => `${k}=${clip(v, 80)}`)
            .join(', ')}${remote.length > 5 ? ', …' : ''}. Anything the container fetches from them at start fails under network isolation.`, 'Bake what these locations hold into the image or the model data, and read it from a local path.', 'warning');
    }
    if (out.length)
        return out;
    const settings = ['SAGEMAKER_PROGRAM', 'SAGEMAKER_SUBMIT_DIRECTORY', 'SAGEMAKER_MULTI_MODEL']
        .filter(k => env[k])
        .map(k => `${k}=${env[k]}`);
    return [
        pass(`${input}: ${settings.length ? settings.join(', ') : 'no SageMaker toolkit settings'}${typeof files.program === 'string' ? ` (script at ${files.program})` : ''}; nothing downloaded at start`)
    ];
}
/** SageMaker allows a real-time invocation 60 seconds; the server must not give up sooner. */
const REALTIME_INVOCATION_SECONDS = 60;
/** gunicorn's `--timeout N` / `-t N` on a command line or in GUNICORN_CMD_ARGS. */
function gunicornArgTimeouts(args, where) {
    const out = [];
    args.forEach((arg, i) => {
        const m = /^--timeout(?:=(\d+))?$/.exec(arg) ?? /^-t(\d+)?$/.exec(arg);
        const value = m ? (m[1] ?? args[i + 1]) : undefined;
        if (value && /^\d+$/.test(value)) {
            out.push({ server: 'gunicorn', setting: `--timeout ${value}`, seconds: Number(value), where });
        }
    });
    return out;
}
/** `timeout = N` in a gunicorn.conf.py, or `--timeout N` in a script that starts gunicorn. */
function gunicornFileTimeouts(text, where) {
    const out = [];
    for (const m of text.matchAll(/^\s*timeout\s*=\s*(\d+)\s*(?:#.*)?$/gm)) {
        out.push({ server: 'gunicorn', setting: `timeout = ${m[1]}`, seconds: Number(m[1]), where });
    }
    if (/gunicorn/.test(text)) {
        for (const m of text.matchAll(/['"]?--timeout['"]?\s*[=,]?\s*['"]?(\d+)\b/g)) {
            out.push({ server: 'gunicorn', setting: `--timeout ${m[1]}`, seconds: Number(m[1]), where });
        }
    }
    return out;
}
const NGINX_UNITS = { '': 1, s: 1, m: 60, h: 3600, ms: 0.001 };
/** nginx `proxy_read_timeout` (seconds by default; ms, s, m, h units). */
function nginxTimeouts(text, where) {
    const out = [];
    for (const m of text.matchAll(/^\s*proxy_read_timeout\s+(\d+)(ms|s|m|h)?\s*;/gm)) {
        const seconds = Number(m[1]) * NGINX_UNITS[m[2] ?? ''];
        out.push({
            server: 'nginx',
            setting: `proxy_read_timeout ${m[1]}${m[2] ?? ''}`,
            seconds,
            where
        });
    }
    return out;
}
/** TorchServe / MMS `default_response_timeout` (seconds) in config.properties. */
function propertiesTimeouts(text, where, server) {
    return [...text.matchAll(/^\s*default_response_timeout\s*[=:]\s*(\d+)\s*$/gm)].map(m => ({
        server,
        setting: `default_response_timeout=${m[1]}`,
        seconds: Number(m[1]),
        where
    }));
}
/** The same settings given as environment variables (TorchServe and MMS read TS_* / MMS_* keys). */
function envTimeouts(env) {
    const out = gunicornArgTimeouts((env.GUNICORN_CMD_ARGS ?? '').split(/\s+/), 'GUNICORN_CMD_ARGS');
    for (const [key, server] of [
        ['TS_DEFAULT_RESPONSE_TIMEOUT', 'TorchServe'],
        ['MMS_DEFAULT_RESPONSE_TIMEOUT', 'MMS']
    ]) {
        if (/^\d+$/.test(env[key] ?? '')) {
            out.push({
                server,
                setting: `${key}=${env[key]}`,
                seconds: Number(env[key]),
                where: 'the image environment'
            });
        }
    }
    return out;
}
function serverTimeoutsVerdict(input, timeouts) {
    const short = timeouts.filter(t => t.seconds < REALTIME_INVOCATION_SECONDS);
    if (!short.length) {
        return pass(timeouts.length
            ? `${input}: ${timeouts.map(t => `${t.server} ${t.setting} (${t.where})`).join(', ')}, none below ${REALTIME_INVOCATION_SECONDS} s`
            : `${input}: no gunicorn, nginx, TorchServe or MMS timeout found in its command line, environment or configuration files`);
    }
    return {
        ok: false,
        finding: {
            message: `\`${input}\` sets ${short.map(t => `${t.server} ${t.setting} in ${t.where}`).join('; ')}: a request that takes longer is cut off by the server (a 502 or 504 from the front server, or a killed worker), although SageMaker allows a real-time invocation ${REALTIME_INVOCATION_SECONDS} seconds.`,
            help: `Raise the timeout to at least ${REALTIME_INVOCATION_SECONDS} seconds (gunicorn --timeout, nginx proxy_read_timeout, TorchServe/MMS default_response_timeout), and more for batch transform, which waits up to its InvocationsTimeoutInSeconds.`,
            file: input
        }
    };
}
/**
 * With no ENTRYPOINT, SageMaker's `docker run IMAGE serve` runs `serve` as the command: it must be an
 * executable on the image's PATH. `found` is what the PATH lookup found (undefined: nothing).
 */
function commandOnPathVerdict(input, command, pathDirs, found) {
    if (found && found.mode & 0o111) {
        return pass(`${input}: \`${command}\` is ${found.path} (mode ${(found.mode & 0o777).toString(8)})`);
    }
    return {
        ok: false,
        finding: {
            severity: 'error',
            title: `\`${command}\` cannot be run`,
            message: found
                ? `\`${input}\` has no ENTRYPOINT, so SageMaker runs \`${command}\` as the command, but ${found.path} is not executable (mode ${(found.mode & 0o777).toString(8)}): the container fails with "permission denied".`
                : `\`${input}\` has no ENTRYPOINT, so SageMaker runs \`${command}\` as the command, but there is no \`${command}\` in its PATH (${pathDirs.join(':') || 'empty'}): the container fails with "executable file not found in $PATH".`,
            help: found
                ? `Make it executable in the Dockerfile (\`RUN chmod +x ${found.path}\`).`
                : `Add an executable \`${command}\` script to a PATH directory (e.g. \`COPY serve /usr/local/bin/serve\` and \`RUN chmod +x /usr/local/bin/serve\`), or set an exec-form ENTRYPOINT that handles the \`${command}\` argument.`,
            file: input
        }
    };
}
function clip(s, max) {
    return s.length > max ? `${s.slice(0, max)}…` : s;
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
/* harmony export */   tE: () => (/* binding */ largestLayers),
/* harmony export */   uQ: () => (/* binding */ withSteps)
/* harmony export */ });
/* unused harmony exports AMD64, stepName, shortDigest */
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9096);
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
        ? `; largest layers: ${top.map(l => `${l.step ? `\`${l.step}\`` : shortDigest(l.digest)} ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(l.sizeBytes)}`).join(', ')}`
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
/**
 * Files the image ships under /opt/ml/model, when model data is given: SageMaker mounts the model
 * data there, hiding them. Without model data nothing is mounted (AWS's own model-package sample
 * bakes its model in), so the caller asks only when `model-data` is given.
 */
function optMlVerdict(input, files) {
    if (!files.length)
        return pass(`${input} ships no files under /opt/ml/model`);
    return fail({
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
    const pending = (seen) => fail({
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
        return fail({
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
