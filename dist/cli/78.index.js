export const id = 78;
export const ids = [78];
export const modules = {

/***/ 8697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSmokeTests: () => (/* binding */ runSmokeTests)
/* harmony export */ });
/* unused harmony export servingImage */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _docker_cli_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1670);
/* harmony import */ var _docker_image_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2599);
/* harmony import */ var _docker_labels_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65);
/* harmony import */ var _image_checks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8206);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1758);
/* harmony import */ var _images_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9538);
/* harmony import */ var _model_archive_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5563);
/* harmony import */ var _payloads_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4843);
/* harmony import */ var _resources_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7600);
/* harmony import */ var _serve_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4670);
/* harmony import */ var _training_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9095);
/* harmony import */ var _workdir_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8345);
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
    const oversized = (0,_payloads_js__WEBPACK_IMPORTED_MODULE_8__/* .payloadSizeFindings */ .sC)(payloads, inputs.batch);
    for (const finding of oversized)
        findings.add('payload-size', finding);
    if (payloads.length > 0 && oversized.length === 0) {
        findings.pass('payload-size', `largest payload ${(0,_payloads_js__WEBPACK_IMPORTED_MODULE_8__/* .mib */ .jO)(Math.max(...payloads.map(p => p.bytes)))}`);
    }
    const modelUsable = await (0,_model_archive_js__WEBPACK_IMPORTED_MODULE_7__/* .checkModelArchive */ .M0)(ctx);
    // `local-image` is inspected while the engine answers (the serve run needs its config); without
    // an engine the inspection fails too, unread
    const localInspected = inputs.localImage
        ? (0,_docker_image_files_js__WEBPACK_IMPORTED_MODULE_2__/* .inspectLocalImage */ .hF)(ctx.env, inputs.localImage, ctx.signal)
        : undefined;
    localInspected?.catch(() => undefined); // awaited by acquireImage, or unused when a phase skips
    const engine = await (0,_docker_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .engineAvailable */ .Gj)(ctx.env);
    if (!engine.ok) {
        if (inputs.smokeTest === 'true') {
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('smoke-test', `is true, but no Docker engine answered (${engine.reason}). Run on a runner with Docker (ubuntu-latest), or set smoke-test: auto to skip the container checks there.`);
        }
        return skipRest(`no Docker engine answered, so the container was not run: ${engine.reason}`);
    }
    const training = phases.includes('training');
    const trainingImage = inputs.localTrainingImage ?? refs.trainingImage?.uri ?? inputs.trainingImage;
    const image = servingImage(ctx, refs, trainingImage);
    const labels = (0,_docker_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .labelArgs */ .SW)(ctx.env);
    // `instance-type`, else the smallest type the request lists: the one a model must fit
    const limits = (0,_resources_js__WEBPACK_IMPORTED_MODULE_9__/* .limitsFor */ .I9)((0,_image_checks_js__WEBPACK_IMPORTED_MODULE_4__/* .smallestDeclaredType */ .SJ)(ctx)?.name);
    const tooLarge = limits && (0,_resources_js__WEBPACK_IMPORTED_MODULE_9__/* .largerThanRunner */ .p1)(limits, (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)(), (0,node_os__WEBPACK_IMPORTED_MODULE_0__.totalmem)());
    if (tooLarge)
        findings.add('instance-resources', { severity: 'warning', message: tooLarge });
    const tmp = await (0,_workdir_js__WEBPACK_IMPORTED_MODULE_12__/* .makeTempDir */ .m)(ctx.env, 'run');
    try {
        let trained;
        let trainingAcquired;
        if (training && trainingImage) {
            const local = inputs.localTrainingImage ? { input: 'local-training-image' } : undefined;
            const got = await (0,_images_js__WEBPACK_IMPORTED_MODULE_6__/* .acquireImage */ .OG)(ctx, trainingImage, local);
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
                await (0,_images_js__WEBPACK_IMPORTED_MODULE_6__/* .checkImageContents */ .kO)(ctx, trainingImage, local?.input ?? 'training-image', labels, got.config);
                trained = await (0,_training_js__WEBPACK_IMPORTED_MODULE_11__/* .train */ .B)(ctx, {
                    image: trainingImage,
                    tmp,
                    labels,
                    ...(limits ? { limits } : {}),
                    stopGraceMs: options.trainStopGraceMs ?? 120000,
                    progressMs: options.progressMs
                });
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
        const got = image === trainingImage && trainingAcquired
            ? trainingAcquired
            : await (0,_images_js__WEBPACK_IMPORTED_MODULE_6__/* .acquireImage */ .OG)(ctx, image, inputs.localImage ? { input: 'local-image', inspected: localInspected } : undefined);
        if (!got.ok && got.skip)
            return skipRest(got.message, ['serve', 'batch']);
        if (!got.ok) {
            findings.add('serve-start', { message: got.message, help: got.help });
            return skipRest('the image could not be used (see serve-start)');
        }
        // read the image while it starts: the serve run does not need the answer
        const contents = image === trainingImage
            ? Promise.resolve()
            : (0,_images_js__WEBPACK_IMPORTED_MODULE_6__/* .checkImageContents */ .kO)(ctx, image, inputs.localImage ? 'local-image' : 'image', labels, got.config);
        contents.catch(() => undefined); // awaited below; an abort must not go unhandled meanwhile
        const model = await modelDir(ctx, trained, tmp);
        if (model === undefined) {
            return skipRest('`model-data` could not be unpacked (see model-archive)', ['serve', 'batch']);
        }
        const setup = {
            image,
            modelDir: model,
            payloads,
            tmp,
            labels,
            ...(limits ? { limits } : {}),
            stopGraceMs: options.stopGraceMs ?? 30000,
            probe: options.probe ?? 'auto',
            progressMs: options.progressMs,
            bindToPort: got.config?.labels?.[_serve_js__WEBPACK_IMPORTED_MODULE_10__/* .BIND_TO_PORT_LABEL */ .XZ] === 'true'
        };
        // a machine where the container cannot be reached skips the serve rules, like one without Docker
        const unreachable = (err) => {
            if (!(err instanceof _serve_js__WEBPACK_IMPORTED_MODULE_10__/* .UnreachableError */ .Jk))
                throw err;
            if (inputs.smokeTest === 'true') {
                throw new _inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('smoke-test', `is true, but ${err.message}.`);
            }
            return { unreachable: err.message };
        };
        const realtime = await (0,_serve_js__WEBPACK_IMPORTED_MODULE_10__/* .serve */ .wX)(ctx, setup, 'realtime')
            .catch(unreachable)
            .finally(() => contents);
        if ('unreachable' in realtime)
            return skipRest(realtime.unreachable);
        const { started, ...facts } = realtime;
        ctx.facts.smokeTest = { image, ...facts };
        if (payloads.length === 0) {
            skipRest('no `payload` given: pass sample request files to test POST /invocations', ['serve']);
        }
        if (!started)
            return skipRest('the container did not start serving (see serve-start)');
        if (inputs.batch) {
            const slow = realtime.invocations.filter(i => i.timedOut).map(i => i.payload);
            const batch = await (0,_serve_js__WEBPACK_IMPORTED_MODULE_10__/* .serve */ .wX)(ctx, { ...setup, skipInBatch: new Set(slow) }, 'batch').catch(unreachable);
            if ('unreachable' in batch)
                return skipRest(batch.unreachable, ['batch']);
            const facts = ctx.facts.smokeTest;
            facts.invocations.push(...batch.invocations);
            if (batch.largeRequests)
                (facts.largeRequests ??= []).push(...batch.largeRequests);
            if (facts.resources && batch.resources) {
                facts.resources = (0,_resources_js__WEBPACK_IMPORTED_MODULE_9__/* .mergeResourceFacts */ .qf)(facts.resources, batch.resources);
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
        await (0,_workdir_js__WEBPACK_IMPORTED_MODULE_12__/* .removeDir */ .M)(tmp);
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
        ctx.log.info(`Serving ${resource.servingImage}, the inference image of ${resource.arn}${inputs.modelData || !resource.servingModelData
            ? ''
            : `; /opt/ml/model is empty unless you pass \`model-data\` (a local copy of ${resource.servingModelData})`}`);
        return resource.servingImage;
    }
    return trainingImage;
}
/**
 * /opt/ml/model: `model-data` (a folder, or its archive unpacked), else the trained model, else an
 * empty folder; undefined when the archive failed to unpack (model-archive says why).
 */
async function modelDir(ctx, trained, tmp) {
    const { modelData } = ctx.inputs;
    if (!modelData && trained)
        return trained;
    const dir = await (0,_model_archive_js__WEBPACK_IMPORTED_MODULE_7__/* .modelFolder */ .Ch)(ctx, modelData, tmp);
    if (typeof dir === 'string')
        return dir;
    // inspected already, so this is the disk (full, unwritable) or the file changing meanwhile
    ctx.findings.add('model-archive', {
        severity: 'error',
        message: `${(0,_model_archive_js__WEBPACK_IMPORTED_MODULE_7__/* .archiveName */ .uv)(ctx)} ${dir.failed}.`
    });
    return undefined;
}


/***/ })

};
