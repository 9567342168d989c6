export const id = 135;
export const ids = [135];
export const modules = {

/***/ 7135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSmokeTests: () => (/* binding */ runSmokeTests)
});

// UNUSED EXPORTS: servingImage

// EXTERNAL MODULE: ./src/docker/command.ts
var command = __webpack_require__(1721);
// EXTERNAL MODULE: ./src/docker/engine-api.ts
var engine_api = __webpack_require__(2633);
// EXTERNAL MODULE: ./src/docker/image-files.ts
var image_files = __webpack_require__(2599);
// EXTERNAL MODULE: ./src/docker/labels.ts
var labels = __webpack_require__(65);
// EXTERNAL MODULE: ./src/image/checks.ts + 1 modules
var checks = __webpack_require__(7352);
// EXTERNAL MODULE: ./src/inputs/error.ts
var error = __webpack_require__(1551);
// EXTERNAL MODULE: ./src/catalog/sagemaker-limits.ts
var sagemaker_limits = __webpack_require__(7408);
// EXTERNAL MODULE: ./src/smoke/images.ts + 1 modules
var smoke_images = __webpack_require__(9538);
// EXTERNAL MODULE: ./src/smoke/model-archive.ts
var model_archive = __webpack_require__(5563);
// EXTERNAL MODULE: ./src/smoke/model-source.ts
var model_source = __webpack_require__(9328);
// EXTERNAL MODULE: ./src/smoke/payloads.ts + 19 modules
var smoke_payloads = __webpack_require__(975);
// EXTERNAL MODULE: ./src/smoke/instance-resources.ts
var instance_resources = __webpack_require__(4646);
// EXTERNAL MODULE: ./src/docker/serving.ts
var serving = __webpack_require__(6868);
// EXTERNAL MODULE: ./src/smoke/serve.ts + 5 modules
var serve = __webpack_require__(8722);
// EXTERNAL MODULE: ./src/smoke/bind-to-port.ts
var bind_to_port = __webpack_require__(264);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/replay/training.ts
var training = __webpack_require__(9517);
// EXTERNAL MODULE: ./src/replay/validation-data.ts
var validation_data = __webpack_require__(5857);
// EXTERNAL MODULE: ./src/request/rules.ts + 2 modules
var rules = __webpack_require__(3822);
// EXTERNAL MODULE: ./src/core/findings.ts
var findings = __webpack_require__(4637);
// EXTERNAL MODULE: ./src/core/timing.ts
var timing = __webpack_require__(5745);
// EXTERNAL MODULE: ./src/smoke/hosts.ts + 1 modules
var hosts = __webpack_require__(3391);
// EXTERNAL MODULE: ./src/smoke/log-signs.ts
var log_signs = __webpack_require__(1144);
// EXTERNAL MODULE: ./src/smoke/training-host.ts
var training_host = __webpack_require__(1670);
// EXTERNAL MODULE: ./src/smoke/training.ts + 2 modules
var smoke_training = __webpack_require__(6971);
;// CONCATENATED MODULE: ./src/smoke/checkpoints.ts
// A spot interruption, replayed (`checkpoint-resume`): after the normal training run, train again,
// stop the container with SIGTERM (as SageMaker does when the spot instance is reclaimed) once half
// the normal run's time has passed and it has written to /opt/ml/checkpoints, then start a fresh
// container with the same checkpoints folder. A trainer that resumes finishes well before a full
// run; one that starts over takes as long, and on spot it may never finish within its wait time.









/** How often the interrupted run is checked for checkpoints and elapsed time. */
const POLL_MS = 250;
/** A restart that takes this share of a full run or more did not resume. */
const RESUMED_BELOW = 0.8;
/** checkpoint-resume: error when the restart fails, warning when it did not resume. */
function resumeVerdict(r) {
    const full = `The normal training run took ${r.fullSeconds} s (each time here counts from when the container ran).`;
    if (r.interruptedAfter === undefined && r.firstExit !== 0) {
        return (0,findings/* fail */.fJ)({
            message: `${full} Trained again to test a spot interruption, \`train\` exited with code ${r.firstExit} before it was interrupted. Last log lines:\n${r.log}`
        });
    }
    const stopped = r.interruptedAfter === undefined
        ? ' Trained again, it finished before it could be interrupted.'
        : ` Trained again, it was stopped with SIGTERM after ${r.interruptedAfter.toFixed(1)} s, as a spot interruption stops it.`;
    if (!r.checkpointed) {
        return (0,findings/* warn */.R8)({
            message: `${full}${stopped} It had written nothing to /opt/ml/checkpoints, so a buyer's managed spot job that is interrupted starts over from the beginning.`
        });
    }
    const restart = `A fresh container with the same /opt/ml/checkpoints`;
    if (r.restartExit !== 0) {
        const how = r.restartExit === undefined
            ? `did not finish within the training-timeout`
            : `exited with code ${r.restartExit} after ${r.restartSeconds.toFixed(1)} s`;
        return (0,findings/* fail */.fJ)({
            message: `${full}${stopped} ${restart} ${how}: on SageMaker the restarted spot job fails. Last log lines:\n${r.log}`
        });
    }
    const times = `full run ${r.fullSeconds} s, restarted run ${r.restartSeconds.toFixed(1)} s`;
    if (r.restartSeconds >= RESUMED_BELOW * r.fullSeconds) {
        return (0,findings/* warn */.R8)({
            message: `${full}${stopped} ${restart} took ${r.restartSeconds.toFixed(1)} s to finish, as long as a full run: it did not resume from its checkpoints (${times}). An interrupted spot job starts over, and may run out of its 3600 s wait.`
        });
    }
    return (0,findings/* pass */.IX)(`resumed from /opt/ml/checkpoints: ${times}`);
}
/** What follows the training smoke test: spot-training from its time, then checkpoint-resume. */
async function afterTraining(ctx, setup, trained) {
    const seconds = ctx.facts.training?.durationSeconds;
    if (trained && seconds !== undefined)
        ctx.findings.apply('spot-training', (0,rules/* spotRun */.e7)(seconds));
    if (!ctx.inputs.checkpointResume) {
        ctx.findings.skip('checkpoint-resume', '`checkpoint-resume` is false');
    }
    else if (!trained || seconds === undefined) {
        ctx.findings.skip('checkpoint-resume', 'training did not complete (see train-exit)');
    }
    else {
        await checkResume(ctx, setup, seconds);
    }
}
/**
 * Trains twice more with one checkpoints folder, interrupting the first; reports
 * checkpoint-resume. One host, in the normal run's input mode.
 */
async function checkResume(ctx, setup, fullSeconds) {
    const checkpoints = external_node_path_default().join(setup.tmp, 'resume-checkpoints');
    const plan = { ...(0,hosts/* singleHost */.vU)(ctx.inputs.trainingData), checkpoints };
    ctx.log.info(`Training again to test a spot interruption (\`checkpoint-resume\`): SIGTERM after ${(fullSeconds / 2).toFixed(1)} s once /opt/ml/checkpoints has files, then a restart`);
    const first = await startRun(ctx, setup, 'resume-1', plan);
    let interruptedAfter;
    // times count from when a container runs: Docker's start-up, seconds on a busy runner, is
    // no training time and would hide a resume
    let work = fullSeconds;
    try {
        const { container } = first;
        const startup = await runningAfter(ctx, container);
        work = Math.max(fullSeconds - startup, 0.1);
        const stoppedAt = await interrupt(ctx, container, checkpoints, startup + work / 2, setup.stopGraceMs);
        if (stoppedAt !== undefined)
            interruptedAfter = stoppedAt - startup;
    }
    finally {
        await first.remove();
    }
    const checkpointed = (await (0,promises_.readdir)(checkpoints)).length > 0;
    const second = await startRun(ctx, setup, 'resume-2', plan);
    try {
        const restart = second.container;
        const startup = await runningAfter(ctx, restart);
        await (0,timing/* within */.u)(restart.exited, ctx.inputs.trainingTimeoutSec * 1000, ctx.signal);
        ctx.signal.throwIfAborted();
        const runs = {
            fullSeconds: Number(work.toFixed(2)),
            checkpointed,
            restartSeconds: restart.secondsSinceStart() - startup,
            ...(restart.running ? {} : { restartExit: restart.exitCode ?? null }),
            ...(interruptedAfter === undefined
                ? { firstExit: first.container.exitCode ?? null }
                : { interruptedAfter }),
            log: (0,log_signs/* quote */.hD)(restart.log.lines(15))
        };
        ctx.findings.apply('checkpoint-resume', resumeVerdict(runs));
    }
    finally {
        await second.remove();
    }
}
/** Seconds from `docker run` until the container runs (or exited without running). */
async function runningAfter(ctx, container) {
    await container.pid(ctx.signal).catch(() => undefined);
    return container.secondsSinceStart();
}
async function startRun(ctx, setup, name, plan) {
    const mode = (0,smoke_training/* runMode */.rt)(ctx, setup);
    const laid = await (0,training_host/* layout */.Zp)(ctx, external_node_path_default().join(setup.tmp, name, 'ml'), plan, mode);
    return training_host/* HostRun */.wB.start(ctx, (0,smoke_training/* trainSpec */.uN)(ctx, setup), { plan, laid, mode, log: `train (${name})` });
}
/**
 * SIGTERM once `after` seconds have passed and `checkpoints` has files: the seconds it was
 * stopped after, or undefined when it exited first.
 */
async function interrupt(ctx, container, checkpoints, after, graceMs) {
    const deadline = ctx.inputs.trainingTimeoutSec;
    while (container.secondsSinceStart() < deadline) {
        if (await container.exitsWithin(POLL_MS))
            return undefined;
        ctx.signal.throwIfAborted();
        if (container.secondsSinceStart() < after)
            continue;
        if ((await (0,promises_.readdir)(checkpoints)).length === 0)
            continue;
        const seconds = container.secondsSinceStart();
        await container.stop(graceMs);
        return seconds;
    }
    const seconds = container.secondsSinceStart();
    await container.stop(graceMs);
    return seconds;
}

// EXTERNAL MODULE: ./src/smoke/input-modes.ts
var input_modes = __webpack_require__(5840);
;// CONCATENATED MODULE: ./src/smoke/training-runs.ts
// The training smoke test's runs. Its channels are the ones SageMaker would hand `train`:
// `training-data`, and for every channel the algorithm request's validation profile names that
// `training-data` does not give, the local copy `validation-data` maps for it (the copy the replay
// trains on). A named channel with no local copy is never replaced by an empty one: training is
// left to the replay, and train-exit says so. Then one run per input mode (input-modes.ts), and
// spot-training and checkpoint-resume after the first.








/** The first validation profile of the algorithm request that trains, with its name. */
function trainingProfile(ctx) {
    const file = ctx.inputs.algorithmRequest;
    if (!file)
        return undefined;
    const profile = (0,rules/* createRequest */.WL)(file.kind, file.request).profiles.find(p => p.training);
    return profile?.training ? { name: profile.name, job: profile.training } : undefined;
}
/**
 * `training-data`, completed with the local copies of the channels the request's validation
 * profile names (copied under `into`, one folder per channel, as File mode fills them).
 */
async function smokeChannels(ctx, into) {
    const { trainingData, validationData, workspace } = ctx.inputs;
    const shownPath = (p) => external_node_path_default().relative(workspace, p) || p;
    const shown = trainingData.map(c => `${c.channel}: ${shownPath(c.path)} (\`training-data\`)`);
    const profile = trainingProfile(ctx);
    const named = (profile?.job.InputDataConfig ?? []).filter(ch => !trainingData.some(c => c.channel === ch.ChannelName));
    if (!profile || !named.length)
        return { channels: trainingData, shown };
    const job = { ...profile.job, InputDataConfig: named };
    const folders = await (0,training/* channelFolders */.JC)(job, async (uri) => {
        const local = (0,validation_data/* resolveObjects */.z)(uri, validationData);
        return local?.length ? local : { unavailable: `${uri}, which has no local copy` };
    }, into);
    if ('unavailable' in folders) {
        return {
            missing: `the algorithm request's validation profile "${profile.name}" names the training channel ${folders.unavailable}, and the smoke test never trains on an empty channel the request names: map it in \`validation-data\` (S3URI=./local/copy) or give it in \`training-data\`; the validation replay trains with it when it can find it`
        };
    }
    // the profile's own modes and S3DataType are the replay's: the smoke test runs every mode
    const mapped = folders.channels.map(c => ({
        channel: c.channel,
        path: c.path,
        ...(c.recordIO ? { recordIO: true } : {}),
        ...(c.distribution ? { distribution: c.distribution } : {})
    }));
    const uris = named.map(ch => ch.DataSource?.S3DataSource?.S3Uri ?? '');
    return {
        channels: [...trainingData, ...mapped],
        shown: [
            ...shown,
            ...mapped.map((c, i) => `${c.channel}: the local copy of ${uris[i]} (\`validation-data\`)`)
        ]
    };
}
/**
 * Trains once per input mode on the channels SageMaker would give; returns the first model trained
 * (File's, when the request declares File), or undefined when none was.
 */
async function runTraining(ctx, base, tmp) {
    const source = await smokeChannels(ctx, external_node_path_default().join(tmp, 'channels'));
    if ('missing' in source) {
        ctx.log.info(`Not training in the smoke test: ${source.missing}`);
        ctx.findings.skipAll(['train-exit', 'train-model-output', 'training-volume', 'checkpoint-resume'], source.missing);
        return undefined;
    }
    if (source.shown.length)
        ctx.log.info(`Training channels: ${source.shown.join('; ')}`);
    const inputs = { ...ctx.inputs, trainingData: source.channels };
    let trained;
    for (const [i, run] of (0,input_modes/* modeRuns */.gp)(inputs).entries()) {
        const runTmp = external_node_path_default().join(tmp, run.mode);
        await (0,promises_.mkdir)(runTmp, { mode: 0o755 });
        const runCtx = { ...ctx, inputs: { ...inputs, trainingData: run.channels } };
        const setup = { ...base, tmp: runTmp, mode: run };
        const model = await (0,smoke_training/* train */.B)(runCtx, setup);
        if (ctx.facts.training)
            ctx.facts.training.channels = source.shown;
        if (i === 0)
            await afterTraining(runCtx, setup, model);
        trained ??= model;
    }
    return trained;
}

// EXTERNAL MODULE: ./src/smoke/workdir.ts
var workdir = __webpack_require__(8345);
;// CONCATENATED MODULE: ./src/smoke/index.ts
// Smoke-test phase: run the real container offline, as SageMaker would (serve, then batch
// transform), and report what the seller would otherwise learn hours later from validation.

















async function runSmokeTests(ctx, refs, options = {}) {
    const { inputs } = ctx;
    const phases = ['serve'];
    if (inputs.batch)
        phases.push('batch');
    if (inputs.trainingImage || inputs.localTrainingImage)
        phases.push('training');
    if (inputs.smokeTest === 'false')
        return skipPhases(ctx, phases, '`smoke-test` is false');
    payloadSizeVerdicts(ctx);
    const modelUsable = await (0,model_archive/* checkModelArchive */.M0)(ctx);
    const source = (0,model_source/* modelSource */.z)(ctx);
    // one connection to the engine for the image's inspection and then its files, opened now
    const engine = new engine_api/* EngineApi */.PB(ctx.env);
    try {
        // `local-image` is inspected first (the serve run needs its config): an answer shows the
        // engine is there, and only without one is the engine asked why
        const localInspected = inputs.localImage
            ? (0,image_files/* inspectLocalImage */.hF)(ctx.env, inputs.localImage, ctx.signal, engine)
            : undefined;
        localInspected?.catch(() => undefined); // awaited by acquireImage, or unused when a phase skips
        if (await engineAnswers(ctx, phases, localInspected)) {
            await smokeRun(ctx, refs, options, { phases, source, modelUsable, localInspected, engine });
        }
    }
    finally {
        engine.close();
    }
}
/** The runs, once an engine answered: training first when asked, then serving. */
async function smokeRun(ctx, refs, options, known) {
    const { inputs } = ctx;
    const trainingImage = inputs.localTrainingImage ?? refs.trainingImage?.uri ?? inputs.trainingImage;
    // `instance-type`, else the smallest type the request lists: the one a model must fit
    // (a serverless endpoint has no instance type: its memory setting is what a model must fit)
    const limits = inputs.endpointType === 'serverless'
        ? (0,instance_resources/* serverlessLimits */.ZV)(inputs.serverlessMemoryMb)
        : (0,instance_resources/* limitsFor */.I9)((0,checks/* smallestDeclaredType */.SJ)(ctx)?.name);
    ctx.facts.runner = (0,instance_resources/* runnerFacts */.Kd)();
    const tooLarge = limits && (0,instance_resources/* largerThanRunner */.p1)(limits, ctx.facts.runner.cpus, ctx.facts.runner.memoryBytes);
    if (tooLarge)
        ctx.findings.add('instance-resources', { severity: 'warning', message: tooLarge });
    const run = {
        ...known,
        ctx,
        options,
        image: servingImage(ctx, refs, trainingImage),
        trainingImage,
        labels: (0,labels/* labelArgs */.SW)(ctx.env),
        limits,
        tmp: await (0,workdir/* makeTempDir */.mk)(ctx.env, 'run')
    };
    try {
        const trained = await trainFirst(run);
        if (trained)
            await serveImage(run, trained);
    }
    finally {
        await (0,workdir/* removeDir */.M1)(run.tmp);
    }
}
/** Skips the rules of `only` (every phase of the run by default) with the reason. */
function skipPhases(ctx, phases, reason, only = phases) {
    for (const phase of only.filter(p => phases.includes(p)))
        ctx.findings.skipPhase(phase, reason);
}
/** payload-size on the payloads as given (the batch run judges them again against its limit). */
function payloadSizeVerdicts(ctx) {
    const { payloads, findings } = ctx;
    const oversized = (0,smoke_payloads/* payloadSizeFindings */.sC)(payloads, ctx.inputs.batch, ctx.inputs.endpointType);
    for (const finding of oversized)
        findings.add('payload-size', finding);
    if (payloads.length > 0 && oversized.length === 0) {
        findings.pass('payload-size', `largest payload ${(0,smoke_payloads/* mib */.jO)(Math.max(...payloads.map(p => p.bytes)))}`);
    }
}
/** Whether a Docker engine answers; without one the phases skip, or `smoke-test: true` fails. */
async function engineAnswers(ctx, phases, inspected) {
    if ((await inspected?.catch(() => undefined))?.ok)
        return true;
    const engine = await (0,command/* engineAvailable */.Gj)(ctx.env);
    if (engine.ok)
        return true;
    if (ctx.inputs.smokeTest === 'true') {
        throw new error/* InputError */.d('smoke-test', `is true, but no Docker engine answered (${engine.reason}). Run on a runner with Docker (ubuntu-latest), or set smoke-test: auto to skip the container checks there.`);
    }
    ctx.facts.containerNotRun = 'no Docker engine answered';
    skipPhases(ctx, phases, `no Docker engine answered, so the container was not run: ${engine.reason}`);
    return false;
}
/** The training runs when the run has them; undefined when nothing is left to serve (skipped). */
async function trainFirst(run) {
    const { ctx, trainingImage, phases } = run;
    const { inputs, findings } = ctx;
    if (!phases.includes('training') || !trainingImage)
        return {};
    const trained = {};
    const local = inputs.localTrainingImage ? { input: 'local-training-image' } : undefined;
    const got = await (0,smoke_images/* acquireImage */.OG)(ctx, trainingImage, local);
    if (!got.ok && got.skip) {
        // nothing trained, so nothing to serve either unless `model-data` is given
        if (!inputs.modelData) {
            skipPhases(ctx, phases, got.message);
            return undefined;
        }
        skipPhases(ctx, phases, got.message, ['training']);
    }
    else if (!got.ok) {
        findings.add('train-exit', { message: got.message, help: got.help });
        skipPhases(ctx, phases, 'the training image could not be used (see train-exit)', ['training']);
    }
    else {
        trained.acquired = got;
        const input = local?.input ?? 'training-image';
        await (0,smoke_images/* checkImageContents */.kO)(ctx, trainingImage, input, run.labels, got.config, run.engine);
        trained.model = await trainEveryMode(run, trainingImage, got);
    }
    if (!trained.model && !inputs.modelData) {
        skipPhases(ctx, phases, 'training produced no model to serve (see train-exit, train-model-output); pass `model-data` to test serving on its own', ['serve', 'batch']);
        return undefined;
    }
    return trained;
}
/**
 * Every input mode the algorithm declares, on the channels SageMaker would give (training-runs.ts);
 * the first model trained (File's) is served.
 */
async function trainEveryMode(run, trainingImage, got) {
    const { ctx, options, limits } = run;
    const base = {
        image: trainingImage,
        labels: run.labels,
        ...(limits ? { limits } : {}),
        stopGraceMs: options.trainStopGraceMs ?? sagemaker_limits/* TRAIN_STOP_GRACE_MS */.qZ,
        volume: { gb: ctx.inputs.trainingVolumeGB, from: '`training-volume-size`' },
        progressMs: options.progressMs,
        ...(got.config?.user ? { user: got.config.user } : {})
    };
    return runTraining(ctx, base, run.tmp);
}
/** The inference image served in real time, then in batch, unless something it needs is missing. */
async function serveImage(run, trained) {
    const { ctx, image, phases } = run;
    const { inputs } = ctx;
    const skipServing = (reason) => skipPhases(ctx, phases, reason, ['serve', 'batch']);
    if (!image) {
        return skipServing('no inference image to run: pass `image`, `local-image` or a model package or algorithm ARN');
    }
    if (!run.modelUsable)
        return skipServing('`model-data` cannot be unpacked (see model-archive)');
    if (!trained.model && 'missing' in run.source)
        return skipServing(run.source.missing);
    const got = image === run.trainingImage && trained.acquired
        ? trained.acquired
        : await (0,smoke_images/* acquireImage */.OG)(ctx, image, inputs.localImage ? { input: 'local-image', inspected: run.localInspected } : undefined);
    if (!got.ok && got.skip)
        return skipServing(got.message);
    if (!got.ok) {
        ctx.findings.add('serve-start', { message: got.message, help: got.help });
        return skipPhases(ctx, phases, 'the image could not be used (see serve-start)');
    }
    // read the image while it starts: the serve run does not need the answer
    const contents = image === run.trainingImage
        ? Promise.resolve()
        : (0,smoke_images/* checkImageContents */.kO)(ctx, image, inputs.localImage ? 'local-image' : 'image', run.labels, got.config, run.engine);
    contents.catch(() => undefined); // awaited below; an abort must not go unhandled meanwhile
    const model = await modelDir(ctx, run.source, trained.model, run.tmp);
    if (model === 'failed') {
        return skipServing('the model data could not be unpacked (see model-archive)');
    }
    const setup = {
        image,
        ...(model.dir ? { modelDir: model.dir } : {}),
        payloads: ctx.payloads,
        tmp: run.tmp,
        labels: run.labels,
        ...(got.config ? { volumes: got.config.volumes } : {}),
        ...(run.limits ? { limits: run.limits } : {}),
        stopGraceMs: run.options.stopGraceMs ?? sagemaker_limits/* SERVE_STOP_GRACE_MS */.XI,
        ...(inputs.ignore.includes('sigterm')
            ? { sigtermJudged: 'ignored by the `ignore` input' }
            : {}),
        probe: run.options.probe ?? 'auto',
        progressMs: run.options.progressMs,
        ...(0,bind_to_port/* portPlan */.$7)(got.config?.labels, (0,bind_to_port/* endpointContainers */.Iv)(ctx))
    };
    await serveBothModes(run, setup, model.shown, contents);
}
/** The real-time run, then the batch-transform run when `batch` is on. */
async function serveBothModes(run, setup, modelShown, contents) {
    const { ctx, phases } = run;
    const realtime = await (0,serve/* serve */.w)(ctx, setup, 'realtime')
        .catch(err => unreachable(ctx, err))
        .finally(() => contents);
    if ('unreachable' in realtime)
        return skipPhases(ctx, phases, realtime.unreachable);
    const { started, ...facts } = realtime;
    ctx.facts.smokeTest = {
        image: setup.image,
        modelData: modelShown,
        endpointType: ctx.inputs.endpointType,
        ...facts
    };
    if (ctx.payloads.length === 0) {
        skipPhases(ctx, phases, 'no `payload` given: pass sample request files to test POST /invocations', ['serve']);
    }
    if (!started)
        return skipPhases(ctx, phases, 'the container did not start serving (see serve-start)');
    if (!ctx.inputs.batch)
        return;
    const slow = realtime.invocations.filter(i => i.timedOut).map(i => i.payload);
    // SIGTERM is the image's, not the run's: judged once, so the batch run is not stopped slowly again
    const sigtermJudged = setup.sigtermJudged ??
        (realtime.stopSeconds !== undefined ? 'judged once per image, in the real-time run' : undefined);
    const batch = await (0,serve/* serve */.w)(ctx, { ...setup, skipInBatch: new Set(slow), ...(sigtermJudged ? { sigtermJudged } : {}) }, 'batch').catch(err => unreachable(ctx, err));
    if ('unreachable' in batch)
        return skipPhases(ctx, phases, batch.unreachable, ['batch']);
    withBatchFacts(ctx.facts.smokeTest, batch);
    if (!batch.started) {
        skipPhases(ctx, phases, 'the container did not start in the batch-transform run (see serve-start)');
    }
}
/** A machine where the container cannot be reached skips the serve rules, like one without Docker. */
function unreachable(ctx, err) {
    if (!(err instanceof serving/* UnreachableError */.Jk))
        throw err;
    if (ctx.inputs.smokeTest === 'true') {
        throw new error/* InputError */.d('smoke-test', `is true, but ${err.message}.`);
    }
    return { unreachable: err.message };
}
/** The batch run's facts added to the real-time run's. */
function withBatchFacts(facts, batch) {
    facts.invocations.push(...batch.invocations);
    if (batch.samples)
        (facts.samples ??= []).push(...batch.samples);
    if (batch.largeRequests)
        (facts.largeRequests ??= []).push(...batch.largeRequests);
    if (batch.pingUnderLoad)
        (facts.pingUnderLoad ??= []).push(...batch.pingUnderLoad);
    if (facts.resources && batch.resources) {
        facts.resources = (0,instance_resources/* mergeResourceFacts */.qf)(facts.resources, batch.resources);
    }
    facts.executionParameters = batch.executionParameters;
    // both runs' logs: a batch finding is explained by the batch run's lines
    facts.logExcerpt = `${facts.logExcerpt}\n--- batch transform run ---\n${batch.logExcerpt}`;
}
/**
 * What to serve: `local-image`, `image`, the inference image of the model package or algorithm
 * named by ARN, or the training image when that is all there is (an algorithm serving its own model).
 */
function servingImage(ctx, refs, trainingImage) {
    const { inputs } = ctx;
    const direct = inputs.localImage ?? refs.image?.uri ?? inputs.image;
    if (direct)
        return direct;
    const resource = ctx.facts.resources.find(r => r.servingImage);
    if (resource?.servingImage) {
        ctx.log.info(`Serving ${resource.servingImage}, the inference image of ${resource.arn}`);
        return resource.servingImage;
    }
    return trainingImage;
}
/**
 * /opt/ml/model: the trained model unless `model-data` is given, else the model source (a folder,
 * or its archive unpacked), else nothing mounted; `failed` when the archive failed to unpack
 * (model-archive says why). `shown` is what the report says was served.
 */
async function modelDir(ctx, source, trained, tmp) {
    if (!ctx.inputs.modelData && trained)
        return { dir: trained, shown: 'training' };
    if (!('local' in source))
        return { shown: 'image' };
    const dir = await (0,model_archive/* modelFolder */.Ch)(ctx, source.local, tmp);
    if (typeof dir !== 'object')
        return { dir, shown: source.shown };
    // inspected already, so this is the disk (full, unwritable) or the file changing meanwhile
    ctx.findings.add('model-archive', {
        severity: 'error',
        message: `${source.shown} ${dir.failed}.`
    });
    return 'failed';
}


/***/ })

};
