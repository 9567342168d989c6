export const id = 697;
export const ids = [697];
export const modules = {

/***/ 8697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSmokeTests: () => (/* binding */ runSmokeTests)
/* harmony export */ });
// Smoke-test phase: run the real container offline, as SageMaker would.
async function runSmokeTests(ctx, _refs) {
    const reason = ctx.inputs.smokeTest === 'false'
        ? '`smoke-test` is false'
        : 'the smoke test is not implemented yet';
    ctx.findings.skipPhase('serve', reason);
    if (ctx.inputs.batch)
        ctx.findings.skipPhase('batch', reason);
    if (ctx.inputs.trainingImage || ctx.inputs.localTrainingImage)
        ctx.findings.skipPhase('training', reason);
}


/***/ })

};
