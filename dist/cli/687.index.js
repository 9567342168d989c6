export const id = 687;
export const ids = [687];
export const modules = {

/***/ 8687:
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
// EXTERNAL MODULE: ./src/docker/cli.ts
var cli = __webpack_require__(1670);
// EXTERNAL MODULE: ./src/docker/labels.ts
var docker_labels = __webpack_require__(65);
// EXTERNAL MODULE: ./src/request/index.ts
var request = __webpack_require__(6461);
// EXTERNAL MODULE: ./src/request/rules.ts + 2 modules
var rules = __webpack_require__(7018);
// EXTERNAL MODULE: ./src/smoke/images.ts + 1 modules
var smoke_images = __webpack_require__(9538);
// EXTERNAL MODULE: ./src/smoke/model-archive.ts
var model_archive = __webpack_require__(5563);
// EXTERNAL MODULE: ./src/smoke/workdir.ts
var workdir = __webpack_require__(8345);
// EXTERNAL MODULE: ./src/summary.ts + 1 modules
var summary = __webpack_require__(9096);
// EXTERNAL MODULE: ./src/findings.ts
var findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/smoke/training.ts + 1 modules
var training = __webpack_require__(9095);
;// CONCATENATED MODULE: ./src/replay/training.ts
// The training job of an algorithm's validation profile, replayed with the training smoke test's
// machinery (src/smoke/training.ts): the profile's channels (from `validation-data`, copied into
// one folder per channel, as File mode delivers them), its HyperParameters and its
// MaxRuntimeInSeconds. The model it writes feeds the transform replay.





/** The channel folders, as File mode fills them, or why a channel has no data. */
async function channelFolders(job, locate, into) {
    const channels = [];
    let bytes = 0;
    for (const ch of job.InputDataConfig ?? []) {
        const uri = ch.DataSource?.S3DataSource?.S3Uri ?? '';
        const objects = await locate(uri);
        if ('unavailable' in objects)
            return objects;
        const name = ch.ChannelName ?? 'training';
        const dir = external_node_path_default().join(into, name);
        await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o755 });
        for (const o of objects) {
            const rel = o.key === uri ? external_node_path_default().posix.basename(o.key) : o.key.slice(uri.length);
            const file = external_node_path_default().join(dir, rel.replace(/^\/+/, ''));
            await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true, mode: 0o755 });
            await (0,promises_.copyFile)(o.file, file);
            bytes += o.bytes;
        }
        channels.push({ channel: name, path: dir });
    }
    return { channels, bytes };
}
async function replayTraining(ctx, setup) {
    const started = performance.now();
    // the training smoke test, run with the profile's channels, hyperparameters and time limit; its
    // verdicts become this profile's
    const inputs = {
        ...ctx.inputs,
        trainingData: setup.channels,
        hyperparameters: Object.fromEntries(Object.entries(setup.job.HyperParameters ?? {}).map(([k, v]) => [k, String(v)])),
        trainingTimeoutSec: setup.job.StoppingCondition?.MaxRuntimeInSeconds ?? 86400
    };
    const facts = { resources: [] };
    const sub = { ...ctx, inputs, findings: new findings/* Findings */.F(), facts };
    const trained = await (0,training/* train */.B)(sub, {
        image: setup.image,
        tmp: setup.tmp,
        labels: setup.labels,
        stopGraceMs: setup.stopGraceMs
    });
    const failure = sub.findings
        .allFindings()
        .map(f => f.message)
        .join('\n');
    const modelOut = external_node_path_default().join(setup.outDir, 'model');
    if (trained)
        await (0,promises_.cp)(trained, modelOut, { recursive: true });
    metricMatches(ctx, setup.profile, setup.metrics, facts.training?.logExcerpt ?? '');
    return {
        ...(trained ? { modelDir: trained } : {}),
        ...(trained ? {} : { failure: failure || 'training produced no model' }),
        fact: {
            profile: setup.profile,
            kind: 'training',
            status: trained ? 'pass' : 'fail',
            requests: 0,
            records: 0,
            inputBytes: setup.inputBytes,
            outputBytes: facts.training?.modelBytes ?? 0,
            durationMs: Math.round(performance.now() - started),
            outputDir: modelOut,
            outputs: []
        }
    };
}
/** metric-definitions' second half: a regex that matches nothing in the replayed training log. */
function metricMatches(ctx, profile, metrics, log) {
    for (const m of metrics) {
        const re = (0,rules/* metricRegex */.Ku)(m.Regex ?? '');
        if (typeof re === 'string' || re.test(log))
            continue;
        ctx.findings.add('metric-definitions', {
            severity: 'warning',
            message: `The metric "${m.Name}" (regex "${m.Regex}") matched nothing in the log of the replayed training of validation profile "${profile}": SageMaker would record no value for it.`,
            help: 'Print the metric in the form the regex expects, or fix the regex against a line your training prints.'
        });
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/docker/container.ts + 2 modules
var docker_container = __webpack_require__(7354);
// EXTERNAL MODULE: ./src/docker/probe.ts
var docker_probe = __webpack_require__(9894);
// EXTERNAL MODULE: ./src/smoke/log-signs.ts
var log_signs = __webpack_require__(1144);
// EXTERNAL MODULE: ./src/smoke/serve.ts + 2 modules
var serve = __webpack_require__(1429);
// EXTERNAL MODULE: ./src/timing.ts
var timing = __webpack_require__(8117);
;// CONCATENATED MODULE: ./src/replay/records.ts
// How a transform job cuts its input into requests and puts the answers back together: split by
// SplitType, batched by BatchStrategy within MaxPayloadInMB, assembled by AssembleWith. Pure.
const RECORDIO_MAGIC = 0xced7230a;
/** The records of one input object; a RecordIO record keeps its framing (the container reads it). */
function splitRecords(data, split) {
    if (split === 'None' || data.length === 0)
        return data.length ? [data] : [];
    if (split === 'Line') {
        const records = [];
        let start = 0;
        for (let i = data.indexOf(10); i !== -1; i = data.indexOf(10, start)) {
            records.push(data.subarray(start, i + 1));
            start = i + 1;
        }
        if (start < data.length)
            records.push(data.subarray(start));
        // SageMaker skips empty lines
        return records.filter(r => r.toString('latin1').trim() !== '');
    }
    if (split === 'RecordIO')
        return splitRecordIO(data);
    throw new Error(`SplitType ${split} is not replayed`);
}
/** MXNet RecordIO: magic, a length word (upper 3 bits: continuation flag), data padded to 4 bytes. */
function splitRecordIO(data) {
    const records = [];
    let offset = 0;
    while (offset < data.length) {
        if (offset + 8 > data.length || data.readUInt32LE(offset) !== RECORDIO_MAGIC) {
            throw new Error(`not a RecordIO record at byte ${offset} (no magic number 0xced7230a)`);
        }
        const length = data.readUInt32LE(offset + 4) & ((1 << 29) - 1);
        const end = offset + 8 + length + ((4 - (length % 4)) % 4);
        if (end > data.length)
            throw new Error(`the RecordIO record at byte ${offset} is truncated`);
        records.push(data.subarray(offset, end));
        offset = end;
    }
    return records;
}
/**
 * SingleRecord: one record per request. MultiRecord: as many whole records as fit in `maxBytes`
 * (0 means no limit, as MaxPayloadInMB 0 does). A record larger than the limit is returned alone
 * and reported by the caller: SageMaker fails the job on it.
 */
function batchRecords(records, strategy, maxBytes) {
    if (strategy === 'SingleRecord')
        return records.map(r => ({ body: r, records: 1 }));
    const batches = [];
    let current = [];
    let size = 0;
    for (const r of records) {
        if (current.length && maxBytes > 0 && size + r.length > maxBytes) {
            batches.push({ body: Buffer.concat(current), records: current.length });
            current = [];
            size = 0;
        }
        current.push(r);
        size += r.length;
    }
    if (current.length)
        batches.push({ body: Buffer.concat(current), records: current.length });
    return batches;
}
/** AssembleWith Line puts each answer on a line of its own; None concatenates them as they are. */
function assemble(outputs, assembleWith) {
    if (assembleWith === 'None')
        return Buffer.concat(outputs);
    return Buffer.concat(outputs.map(o => o.length && o[o.length - 1] === 10 ? o : Buffer.concat([o, Buffer.from('\n')])));
}

;// CONCATENATED MODULE: ./src/replay/transform.ts
// One transform job of a validation profile, replayed on the runner as SageMaker runs it: the
// inference image served offline (`docker run --network none IMAGE serve`) with the job's
// Environment and SAGEMAKER_* variables, the input split, batched and sent with
// MaxConcurrentTransforms requests in flight, and the answers assembled into `<input>.out` files.










const MB = 1024 * 1024;
// CreateTransformJob's defaults when the job sets none (and /execution-parameters is not consulted)
const DEFAULT_PAYLOAD_MB = 6;
const DEFAULT_CONCURRENCY = 1;
/** ModelClientConfig.InvocationsTimeoutInSeconds: SageMaker's default per-request limit. */
const FIRST_LINES = 5;
function transformEnv(job) {
    return {
        ...(job.Environment ?? {}),
        SAGEMAKER_BATCH: 'true',
        SAGEMAKER_MAX_PAYLOAD_IN_MB: String(job.MaxPayloadInMB ?? DEFAULT_PAYLOAD_MB),
        SAGEMAKER_BATCH_STRATEGY: (job.BatchStrategy ?? 'MultiRecord') === 'SingleRecord' ? 'SINGLE_RECORD' : 'MULTI_RECORD',
        SAGEMAKER_MAX_CONCURRENT_TRANSFORMS: String(job.MaxConcurrentTransforms || DEFAULT_CONCURRENCY)
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
    const split = (job.TransformInput?.SplitType ?? 'None');
    const strategy = (job.BatchStrategy ?? 'MultiRecord');
    const payloadMb = job.MaxPayloadInMB ?? DEFAULT_PAYLOAD_MB;
    const maxBytes = payloadMb * MB;
    const concurrency = Math.max(1, job.MaxConcurrentTransforms || DEFAULT_CONCURRENCY);
    const contentType = job.TransformInput?.ContentType;
    const accept = job.TransformOutput?.Accept;
    const assembleWith = job.TransformOutput?.AssembleWith ?? 'None';
    const where = `validation profile "${setup.profile}"`;
    // the requests, cut before the container starts: a bad input is known without it
    const byObject = new Map();
    const reqDir = external_node_path_default().join(setup.tmp, 'requests');
    await (0,promises_.mkdir)(reqDir, { recursive: true });
    let n = 0;
    for (const object of setup.objects) {
        let data = await (0,promises_.readFile)(object.file);
        result.inputBytes += data.length;
        if (job.TransformInput?.CompressionType === 'Gzip') {
            try {
                data = (0,external_node_zlib_.gunzipSync)(data);
            }
            catch (err) {
                result.failure = {
                    message: `The ${where} reads ${object.key} with CompressionType Gzip, but its local copy ${object.file} is not gzip data (${err.message}).`,
                    help: 'Map the gzip-compressed objects in `validation-data`, or set CompressionType None for uncompressed input.'
                };
                return result;
            }
        }
        let records;
        try {
            records = splitRecords(data, split);
        }
        catch (err) {
            result.failure = {
                message: `The ${where} splits ${object.key} by ${split}, but ${err.message}.`,
                help: 'Give input in the format SplitType names, or set SplitType None to send each object whole.'
            };
            return result;
        }
        const requests = [];
        let first = 1;
        for (const batch of batchRecords(records, strategy, maxBytes)) {
            if (payloadMb > 0 && batch.body.length > maxBytes) {
                result.failure = {
                    message: `The ${where} has a ${split === 'None' ? 'request' : 'record'} of ${(0,summary/* formatBytes */.z3)(batch.body.length)} in ${object.key} (record ${first}), above MaxPayloadInMB ${payloadMb}: SageMaker fails the transform job on it.`,
                    help: `Raise MaxPayloadInMB (at most 100, and MaxConcurrentTransforms × MaxPayloadInMB ≤ 100)${split === 'None' ? ', or split the input with SplitType Line or RecordIO' : ''}, or use smaller records.`
                };
                return result;
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
        byObject.set(object, requests);
        result.records += records.length;
    }
    const container = new docker_container/* Container */.mc({
        image: setup.image,
        command: 'serve',
        env: transformEnv(job),
        mounts: [{ source: setup.modelDir, target: '/opt/ml/model', readOnly: true }],
        extraArgs: ctx.inputs.dockerRunArgs,
        labels: setup.labels
    }, ctx.env);
    const logTail = () => (0,log_signs/* quote */.hD)(container.log.lines(15));
    let probe;
    try {
        const pid = await container.pid(ctx.signal);
        if (pid !== undefined)
            probe = await (0,serve/* openProbe */.Rs)(ctx, setup, container, pid, docker_probe/* SERVING_PORT */.b0);
        const ready = probe
            ? await (0,serve/* waitReady */.N9)(container, probe, ctx.inputs.startupTimeoutSec * 1000, ctx.signal)
            : { kind: 'exited' };
        if (ready.kind !== 'ready') {
            result.failure = {
                message: `The ${where} could not start: ${ready.kind === 'exited' ? `the container exited with code ${container.exitCode}` : `GET /ping did not answer 200 within ${ctx.inputs.startupTimeoutSec} s`} with the job's environment (${Object.keys(transformEnv(job)).join(', ')}). Last log lines:\n${logTail()}`,
                help: 'Run the image with the same variables (`docker run --network none -e SAGEMAKER_BATCH=true … IMAGE serve`) and fix what the log shows; see serve-start.'
            };
            return result;
        }
        const all = [...byObject.values()].flat();
        const answers = new Map();
        let next = 0;
        let failed;
        const send = async (r) => {
            const what = `POST /invocations with ${r.records === 1 ? `record ${r.first}` : `records ${r.first}-${r.first + r.records - 1}`} of ${r.object.key} (${(0,summary/* formatBytes */.z3)(r.bytes)}${contentType ? `, ${contentType}` : ''})`;
            let res;
            try {
                res = await (0,timing/* unlessAborted */.W)(probe.request({
                    method: 'POST',
                    path: '/invocations',
                    headers: {
                        ...(contentType ? { 'Content-Type': contentType } : {}),
                        ...(accept ? { Accept: accept } : {}),
                        'Content-Length': String(r.bytes)
                    },
                    bodyFile: r.file,
                    timeoutMs: serve/* BATCH_INVOCATION_MS */.PA,
                    wholeBody: true
                }), ctx.signal);
            }
            catch (err) {
                if (ctx.signal.aborted)
                    throw err;
                const e = err;
                await container.exitsWithin(1000);
                failed ??= {
                    message: `In the ${where}, ${what} ${e.timedOut ? `did not answer within ${serve/* BATCH_INVOCATION_MS */.PA / 1000} s (SageMaker's default InvocationsTimeoutInSeconds)` : `got no answer: ${e.message}`}.${container.running ? '' : ` The container exited with code ${container.exitCode}.`} Last log lines:\n${logTail()}`,
                    help: e.timedOut
                        ? 'Answer each request within the invocation timeout: lower MaxPayloadInMB so requests carry fewer records, or make inference faster.'
                        : 'The container must answer every request of the job; read the log lines for the crash, and try the same request locally.'
                };
                return;
            }
            result.requests++;
            const body = res.body ?? Buffer.alloc(0);
            if (res.status < 200 || res.status > 299) {
                failed ??= {
                    message: `In the ${where}, ${what} answered ${res.status}.${res.bodyStart.trim() ? ` Response body: "${res.bodyStart.trim().slice(0, 500)}"` : ''} Last log lines:\n${logTail()}`,
                    help: `SageMaker fails the whole transform job on one non-2xx answer. Make the container accept ${contentType ?? 'the input'} ${strategy === 'MultiRecord' ? `with several records per request (MultiRecord, up to ${payloadMb} MB)` : 'one record per request'}, or change the profile's BatchStrategy / SplitType.`
                };
                return;
            }
            if (body.length === 0) {
                failed ??= {
                    message: `In the ${where}, ${what} answered ${res.status} with an empty body: the output for those records would be empty.`,
                    help: 'Return one prediction per record in the response body.'
                };
                return;
            }
            answers.set(r.index, body);
        };
        // MaxConcurrentTransforms requests in flight, stopping at the first failure as SageMaker does
        await Promise.all(Array.from({ length: Math.min(concurrency, all.length) }, async () => {
            while (!failed && next < all.length)
                await send(all[next++]);
        }));
        if (failed) {
            result.failure = failed;
            return result;
        }
        for (const [object, requests] of byObject) {
            const out = assemble(requests.map(r => answers.get(r.index)), assembleWith);
            const rel = object.key === setup.inputUri
                ? external_node_path_default().posix.basename(object.key)
                : object.key.slice(setup.inputUri.length).replace(/^\//, '');
            const file = external_node_path_default().join(setup.outDir, `${rel}.out`);
            await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
            await (0,promises_.writeFile)(file, out);
            result.outputBytes += out.length;
            result.outputs.push({
                file,
                bytes: out.length,
                firstLines: out.subarray(0, 4096).toString('utf8').split('\n').slice(0, FIRST_LINES)
            });
        }
        result.ok = true;
        return result;
    }
    finally {
        if (container.running)
            await container.stop(setup.stopGraceMs);
        await probe?.close();
        await container.remove();
        await (0,promises_.rm)(reqDir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
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
            unavailable: `${uri} holds ${(0,summary/* formatBytes */.z3)(total)} in ${listed.length} object(s), more than \`max-validation-data\` (${(0,summary/* formatBytes */.z3)(ctx.inputs.maxValidationDataBytes)}) allows: raise it, or map a smaller sample in \`validation-data\``
        };
    }
    ctx.log.info(`Downloading ${uri}: ${listed.length} object(s), ${(0,summary/* formatBytes */.z3)(total)}`);
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
            ctx.log.info(`  ${(0,summary/* formatBytes */.z3)(done)} of ${(0,summary/* formatBytes */.z3)(total)} (${found.length}/${listed.length} objects)`);
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/replay/index.ts
// Validation-replay phase: each validation profile of the request files, run on the runner the way
// SageMaker's validation runs it, offline, with `validation-data` standing in for the S3 objects.














const RULE = 'validation-replay';
async function runValidationReplay(ctx, refs, options = {}) {
    const { inputs, findings } = ctx;
    if (inputs.smokeTest === 'false')
        return findings.skip(RULE, '`smoke-test` is false');
    const engine = await (0,cli/* engineAvailable */.Gj)(ctx.env);
    if (!engine.ok) {
        return findings.skip(RULE, `no Docker engine answered, so nothing was replayed: ${engine.reason}`);
    }
    let outRoot;
    const downloads = await (0,workdir/* makeTempDir */.m)(ctx.env, 'download');
    const locate = locator(ctx, refs.region ?? inputs.region, downloads);
    try {
        await replayRequests(ctx, refs, options, locate, () => (outRoot ??= (0,workdir/* makeTempDir */.m)(ctx.env, 'validation')));
    }
    finally {
        await (0,workdir/* removeDir */.M)(downloads);
        const { releaseClients } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 201));
        await releaseClients(ctx);
    }
}
async function replayRequests(ctx, refs, options, locate, outRoot) {
    const { findings } = ctx;
    for (const file of (0,request/* requestFiles */.J)(ctx)) {
        const req = (0,rules/* createRequest */.WL)(file.kind, file.request);
        if (req.profiles.length === 0) {
            findings.skip(RULE, `${external_node_path_default().basename(file.file)} has no validation profile (see validation-spec)`);
            continue;
        }
        for (const profile of req.profiles) {
            const root = await outRoot();
            const fact = await replayProfile(ctx, refs, options, locate, {
                input: file.input,
                profile,
                modelDataUrl: modelDataUrl(req.raw),
                metrics: req.training?.MetricDefinitions ?? [],
                outDir: external_node_path_default().join(root, safeName(profile.name))
            });
            if (fact)
                (ctx.facts.validation ??= []).push(fact);
        }
    }
}
async function replayProfile(ctx, refs, options, locate, target) {
    const { findings, inputs } = ctx;
    const { profile } = target;
    const name = `validation profile "${profile.name}"`;
    const skip = (reason) => void findings.skip(RULE, `${name}: ${reason}`);
    const job = profile.transform;
    if (!job)
        return skip('it has no TransformJobDefinition (see validation-spec)');
    const split = job.TransformInput?.SplitType ?? 'None';
    if (split === 'TFRecord')
        return skip('SplitType TFRecord is not replayed');
    const source = job.TransformInput?.DataSource?.S3DataSource;
    if (!source?.S3Uri)
        return skip('it names no S3 input (see request-schema)');
    if (source.S3DataType !== 'S3Prefix') {
        return skip(`S3DataType ${source.S3DataType} is not replayed (only S3Prefix)`);
    }
    const objects = await locate(source.S3Uri);
    if ('unavailable' in objects)
        return skip(`its input ${objects.unavailable}`);
    if (objects.length === 0) {
        findings.add(RULE, {
            message: `The ${name} reads ${source.S3Uri}, but the \`validation-data\` mapping for it holds no files under that prefix.`,
            help: 'Map the prefix to a folder that holds the validation input, as the S3 prefix will.',
            file: 'validation-data'
        });
        return undefined;
    }
    const image = inputs.localImage ?? refs.image?.uri;
    if (!image)
        return skip('no inference image: pass `local-image`');
    const trainingImage = inputs.localTrainingImage ?? refs.trainingImage?.uri;
    if (profile.training && !trainingImage) {
        return skip('no training image: pass `local-training-image`');
    }
    const tmp = await (0,workdir/* makeTempDir */.m)(ctx.env, 'replay');
    const started = performance.now();
    try {
        const labels = (0,docker_labels/* labelArgs */.SW)(ctx.env);
        const stopGraceMs = options.stopGraceMs ?? 30000;
        let modelDir;
        if (profile.training && trainingImage) {
            const trained = await trainFirst(ctx, target, locate, {
                image: trainingImage,
                tmp,
                labels,
                stopGraceMs
            });
            if (typeof trained !== 'string')
                return trained.skip ? skip(trained.skip) : undefined;
            modelDir = trained;
        }
        else {
            const local = await localModel(ctx, target, locate, tmp);
            if (typeof local !== 'string')
                return skip(local.skip);
            modelDir = local;
        }
        const got = await (0,smoke_images/* acquireImage */.OG)(ctx, image, inputs.localImage ? { input: 'local-image' } : undefined);
        if (!got.ok) {
            findings.add(RULE, { message: `The ${name} could not run: ${got.message}`, help: got.help });
            return undefined;
        }
        await (0,promises_.mkdir)(target.outDir, { recursive: true });
        ctx.log.info(`Replaying the ${name}: ${objects.length} object(s), ${(0,summary/* formatBytes */.z3)(objects.reduce((s, o) => s + o.bytes, 0))}, on ${image}`);
        const result = await replayTransform(ctx, {
            profile: profile.name,
            job,
            image,
            modelDir,
            inputUri: source.S3Uri,
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
            findings.pass(RULE, `${name}: ${result.records} record(s), ${(0,summary/* formatBytes */.z3)(result.inputBytes)} in ${result.requests} request(s), ${(0,summary/* formatBytes */.z3)(result.outputBytes)} out, in ${(durationMs / 1000).toFixed(1)} s; outputs in ${target.outDir}`);
        }
        return {
            profile: profile.name,
            kind: 'transform',
            status: result.ok ? 'pass' : 'fail',
            requests: result.requests,
            records: result.records,
            inputBytes: result.inputBytes,
            outputBytes: result.outputBytes,
            durationMs,
            outputDir: target.outDir,
            outputs: result.outputs
        };
    }
    finally {
        await (0,workdir/* removeDir */.M)(tmp);
    }
}
/**
 * An algorithm's profile trains first: the trained model's folder, a reason to skip, or nothing
 * when training failed (recorded on validation-replay).
 */
async function trainFirst(ctx, target, locate, run) {
    const job = target.profile.training;
    const name = `validation profile "${target.profile.name}"`;
    const folders = await channelFolders(job, locate, external_node_path_default().join(run.tmp, 'channels'));
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
    const trained = await replayTraining(ctx, {
        profile: target.profile.name,
        job,
        metrics: target.metrics,
        image: run.image,
        channels: folders.channels,
        inputBytes: folders.bytes,
        tmp: run.tmp,
        outDir: target.outDir,
        labels: run.labels,
        stopGraceMs: run.stopGraceMs
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
/** /opt/ml/model for the replay: the request's ModelDataUrl, or `model-data`; an archive is unpacked
 * as safely as `model-data` is (src/smoke/model-archive.ts). */
async function localModel(ctx, target, locate, tmp) {
    const dir = external_node_path_default().join(tmp, 'model');
    await (0,promises_.mkdir)(dir, { mode: 0o755 });
    let local = ctx.inputs.modelData;
    if (target.modelDataUrl && !local) {
        const found = await locate(target.modelDataUrl);
        if ('unavailable' in found)
            return { skip: `its model data ${found.unavailable}, or pass \`model-data\`` };
        local = found[0]?.file;
    }
    if (!local)
        return dir; // no model data: SageMaker mounts an empty /opt/ml/model too
    if ((0,external_node_fs_.statSync)(local).isDirectory())
        return local;
    await (0,model_archive/* unpackModelArchive */.QW)(local, dir, ctx.inputs.maxModelDataSizeBytes, ctx.signal);
    return dir;
}
function modelDataUrl(raw) {
    const spec = raw.InferenceSpecification;
    const c = spec?.Containers?.[0];
    const url = c?.ModelDataUrl ?? c?.ModelDataSource?.S3DataSource?.S3Uri;
    return typeof url === 'string' ? url : undefined;
}
function safeName(s) {
    return s.replace(/[^A-Za-z0-9._-]/g, '_') || 'profile';
}


/***/ })

};
