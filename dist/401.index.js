export const id = 401;
export const ids = [401];
export const modules = {

/***/ 3401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAwsChecks: () => (/* binding */ runAwsChecks)
/* harmony export */ });
// AWS phase: registry checks on every ECR image, then the SageMaker resources named by ARN.
async function runAwsChecks(ctx, _refs) {
    ctx.findings.skipPhase('registry', 'registry checks are not implemented yet');
    if (ctx.inputs.modelPackageArn || ctx.inputs.algorithmArn) {
        ctx.findings.skipPhase('resource', 'resource checks are not implemented yet');
    }
}


/***/ })

};
