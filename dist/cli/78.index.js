export const id = 78;
export const ids = [78];
export const modules = {

/***/ 8697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSmokeTests: () => (/* binding */ runSmokeTests)
/* harmony export */ });
/* unused harmony export servingImage */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _docker_command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1721);
/* harmony import */ var _docker_image_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2599);
/* harmony import */ var _docker_labels_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65);
/* harmony import */ var _image_checks_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1831);
/* harmony import */ var _inputs_error_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1551);
/* harmony import */ var _catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7408);
/* harmony import */ var _images_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9538);
/* harmony import */ var _model_archive_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5563);
/* harmony import */ var _model_source_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9328);
/* harmony import */ var _payloads_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4843);
/* harmony import */ var _instance_resources_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(4646);
/* harmony import */ var _serve_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(1155);
/* harmony import */ var _bind_to_port_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(264);
/* harmony import */ var _training_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(6971);
/* harmony import */ var _input_modes_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(5840);
/* harmony import */ var _workdir_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(8345);
// Smoke-test phase: run the real container offline, as SageMaker would (serve, then batch
// transform), and report what the seller would otherwise learn hours later from validation.



















async function runSmokeTests(ctx, refs, options = {}) {
    const { inputs, findings, payloads } = ctx;
    const phases = ['serve'];
    if (inputs.batch)
        phases.push('batch');
    if (inputs.trainingImage || inputs.localTrainingImage)
        phases.push('training');
    const skipRest = (reason, only = phases) => {
        for (const phase of only.filter(p => phases.includes(p))) {
            findings.skipPhase(phase, reason);
        }
    };
    if (inputs.smokeTest === 'false')
        return skipRest('`smoke-test` is false');
    const oversized = (0,_payloads_js__WEBPACK_IMPORTED_MODULE_12__/* .payloadSizeFindings */ .sC)(payloads, inputs.batch);
    for (const finding of oversized)
        findings.add('payload-size', finding);
    if (payloads.length > 0 && oversized.length === 0) {
        findings.pass('payload-size', `largest payload ${(0,_payloads_js__WEBPACK_IMPORTED_MODULE_12__/* .mib */ .jO)(Math.max(...payloads.map(p => p.bytes)))}`);
    }
    const modelUsable = await (0,_model_archive_js__WEBPACK_IMPORTED_MODULE_10__/* .checkModelArchive */ .M0)(ctx);
    const source = (0,_model_source_js__WEBPACK_IMPORTED_MODULE_11__/* .modelSource */ .z)(ctx);
    // `local-image` is inspected while the engine answers (the serve run needs its config); without
    // an engine the inspection fails too, unread
    const localInspected = inputs.localImage
        ? (0,_docker_image_files_js__WEBPACK_IMPORTED_MODULE_4__/* .inspectLocalImage */ .hF)(ctx.env, inputs.localImage, ctx.signal)
        : undefined;
    localInspected?.catch(() => undefined); // awaited by acquireImage, or unused when a phase skips
    const engine = await (0,_docker_command_js__WEBPACK_IMPORTED_MODULE_3__/* .engineAvailable */ .Gj)(ctx.env);
    if (!engine.ok) {
        if (inputs.smokeTest === 'true') {
            throw new _inputs_error_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .d('smoke-test', `is true, but no Docker engine answered (${engine.reason}). Run on a runner with Docker (ubuntu-latest), or set smoke-test: auto to skip the container checks there.`);
        }
        ctx.facts.containerNotRun = 'no Docker engine answered';
        return skipRest(`no Docker engine answered, so the container was not run: ${engine.reason}`);
    }
    const training = phases.includes('training');
    const trainingImage = inputs.localTrainingImage ?? refs.trainingImage?.uri ?? inputs.trainingImage;
    const image = servingImage(ctx, refs, trainingImage);
    const labels = (0,_docker_labels_js__WEBPACK_IMPORTED_MODULE_5__/* .labelArgs */ .SW)(ctx.env);
    // `instance-type`, else the smallest type the request lists: the one a model must fit
    const limits = (0,_instance_resources_js__WEBPACK_IMPORTED_MODULE_13__/* .limitsFor */ .I9)((0,_image_checks_js__WEBPACK_IMPORTED_MODULE_6__/* .smallestDeclaredType */ .SJ)(ctx)?.name);
    const tooLarge = limits && (0,_instance_resources_js__WEBPACK_IMPORTED_MODULE_13__/* .largerThanRunner */ .p1)(limits, (0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)(), (0,node_os__WEBPACK_IMPORTED_MODULE_1__.totalmem)());
    if (tooLarge)
        findings.add('instance-resources', { severity: 'warning', message: tooLarge });
    const tmp = await (0,_workdir_js__WEBPACK_IMPORTED_MODULE_17__/* .makeTempDir */ .mk)(ctx.env, 'run');
    try {
        let trained;
        let trainingAcquired;
        if (training && trainingImage) {
            const local = inputs.localTrainingImage ? { input: 'local-training-image' } : undefined;
            const got = await (0,_images_js__WEBPACK_IMPORTED_MODULE_9__/* .acquireImage */ .OG)(ctx, trainingImage, local);
            if (!got.ok && got.skip) {
                // nothing trained, so nothing to serve either unless `model-data` is given
                if (!inputs.modelData)
                    return skipRest(got.message);
                skipRest(got.message, ['training']);
            }
            else if (!got.ok) {
                findings.add('train-exit', { message: got.message, help: got.help });
                skipRest('the training image could not be used (see train-exit)', ['training']);
            }
            else {
                trainingAcquired = got;
                await (0,_images_js__WEBPACK_IMPORTED_MODULE_9__/* .checkImageContents */ .kO)(ctx, trainingImage, local?.input ?? 'training-image', labels, got.config);
                // every input mode the algorithm declares; the first model trained (File's) is served
                for (const run of (0,_input_modes_js__WEBPACK_IMPORTED_MODULE_16__/* .modeRuns */ .gp)(inputs)) {
                    const runTmp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(tmp, run.mode);
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(runTmp, { mode: 0o755 });
                    const model = await (0,_training_js__WEBPACK_IMPORTED_MODULE_15__/* .train */ .B)({ ...ctx, inputs: { ...inputs, trainingData: run.channels } }, {
                        image: trainingImage,
                        tmp: runTmp,
                        labels,
                        ...(limits ? { limits } : {}),
                        stopGraceMs: options.trainStopGraceMs ?? _catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_8__/* .TRAIN_STOP_GRACE_MS */ .qZ,
                        volume: { gb: inputs.trainingVolumeGB, from: '`training-volume-size`' },
                        progressMs: options.progressMs,
                        mode: run,
                        ...(got.config?.user ? { user: got.config.user } : {})
                    });
                    trained ??= model;
                }
            }
            if (!trained && !inputs.modelData) {
                return skipRest('training produced no model to serve (see train-exit, train-model-output); pass `model-data` to test serving on its own', ['serve', 'batch']);
            }
        }
        if (!image) {
            return skipRest('no inference image to run: pass `image`, `local-image` or a model package or algorithm ARN', ['serve', 'batch']);
        }
        if (!modelUsable) {
            return skipRest('`model-data` cannot be unpacked (see model-archive)', ['serve', 'batch']);
        }
        if (!trained && 'missing' in source)
            return skipRest(source.missing, ['serve', 'batch']);
        const got = image === trainingImage && trainingAcquired
            ? trainingAcquired
            : await (0,_images_js__WEBPACK_IMPORTED_MODULE_9__/* .acquireImage */ .OG)(ctx, image, inputs.localImage ? { input: 'local-image', inspected: localInspected } : undefined);
        if (!got.ok && got.skip)
            return skipRest(got.message, ['serve', 'batch']);
        if (!got.ok) {
            findings.add('serve-start', { message: got.message, help: got.help });
            return skipRest('the image could not be used (see serve-start)');
        }
        // read the image while it starts: the serve run does not need the answer
        const contents = image === trainingImage
            ? Promise.resolve()
            : (0,_images_js__WEBPACK_IMPORTED_MODULE_9__/* .checkImageContents */ .kO)(ctx, image, inputs.localImage ? 'local-image' : 'image', labels, got.config);
        contents.catch(() => undefined); // awaited below; an abort must not go unhandled meanwhile
        const model = await modelDir(ctx, source, trained, tmp);
        if (model === 'failed') {
            return skipRest('the model data could not be unpacked (see model-archive)', [
                'serve',
                'batch'
            ]);
        }
        const setup = {
            image,
            ...(model.dir ? { modelDir: model.dir } : {}),
            payloads,
            tmp,
            labels,
            ...(limits ? { limits } : {}),
            stopGraceMs: options.stopGraceMs ?? _catalog_sagemaker_limits_js__WEBPACK_IMPORTED_MODULE_8__/* .SERVE_STOP_GRACE_MS */ .XI,
            ...(inputs.ignore.includes('sigterm')
                ? { sigtermJudged: 'ignored by the `ignore` input' }
                : {}),
            probe: options.probe ?? 'auto',
            progressMs: options.progressMs,
            ...(0,_bind_to_port_js__WEBPACK_IMPORTED_MODULE_18__/* .portPlan */ .$7)(got.config?.labels, (0,_bind_to_port_js__WEBPACK_IMPORTED_MODULE_18__/* .endpointContainers */ .Iv)(ctx))
        };
        // a machine where the container cannot be reached skips the serve rules, like one without Docker
        const unreachable = (err) => {
            if (!(err instanceof _serve_js__WEBPACK_IMPORTED_MODULE_14__/* .UnreachableError */ .Jk))
                throw err;
            if (inputs.smokeTest === 'true') {
                throw new _inputs_error_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .d('smoke-test', `is true, but ${err.message}.`);
            }
            return { unreachable: err.message };
        };
        const realtime = await (0,_serve_js__WEBPACK_IMPORTED_MODULE_14__/* .serve */ .wX)(ctx, setup, 'realtime')
            .catch(unreachable)
            .finally(() => contents);
        if ('unreachable' in realtime)
            return skipRest(realtime.unreachable);
        const { started, ...facts } = realtime;
        ctx.facts.smokeTest = { image, modelData: model.shown, ...facts };
        if (payloads.length === 0) {
            skipRest('no `payload` given: pass sample request files to test POST /invocations', ['serve']);
        }
        if (!started)
            return skipRest('the container did not start serving (see serve-start)');
        if (inputs.batch) {
            const slow = realtime.invocations.filter(i => i.timedOut).map(i => i.payload);
            // SIGTERM is the image's, not the run's: judged once, so the batch run is not stopped slowly again
            const sigtermJudged = setup.sigtermJudged ??
                (realtime.stopSeconds !== undefined
                    ? 'judged once per image, in the real-time run'
                    : undefined);
            const batch = await (0,_serve_js__WEBPACK_IMPORTED_MODULE_14__/* .serve */ .wX)(ctx, { ...setup, skipInBatch: new Set(slow), ...(sigtermJudged ? { sigtermJudged } : {}) }, 'batch').catch(unreachable);
            if ('unreachable' in batch)
                return skipRest(batch.unreachable, ['batch']);
            const facts = ctx.facts.smokeTest;
            facts.invocations.push(...batch.invocations);
            if (batch.largeRequests)
                (facts.largeRequests ??= []).push(...batch.largeRequests);
            if (batch.pingUnderLoad)
                (facts.pingUnderLoad ??= []).push(...batch.pingUnderLoad);
            if (facts.resources && batch.resources) {
                facts.resources = (0,_instance_resources_js__WEBPACK_IMPORTED_MODULE_13__/* .mergeResourceFacts */ .qf)(facts.resources, batch.resources);
            }
            facts.executionParameters = batch.executionParameters;
            // both runs' logs: a batch finding is explained by the batch run's lines
            facts.logExcerpt = `${facts.logExcerpt}\n--- batch transform run ---\n${batch.logExcerpt}`;
            if (!batch.started) {
                skipRest('the container did not start in the batch-transform run (see serve-start)');
            }
        }
    }
    finally {
        await (0,_workdir_js__WEBPACK_IMPORTED_MODULE_17__/* .removeDir */ .M1)(tmp);
    }
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
    const dir = await (0,_model_archive_js__WEBPACK_IMPORTED_MODULE_10__/* .modelFolder */ .Ch)(ctx, source.local, tmp);
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
