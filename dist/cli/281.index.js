export const id = 281;
export const ids = [281];
export const modules = {

/***/ 1281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkRequestData: () => (/* binding */ checkRequestData)
/* harmony export */ });
/* harmony import */ var _request_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7037);
/* harmony import */ var _request_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3822);
/* harmony import */ var _static_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(858);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9378);
/* harmony import */ var _s3_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1075);
// same-region for the S3 locations a request file names (model data, validation input and output):
// one HeadBucket per bucket, with the credentials of the AWS phase.





async function checkRequestData(ctx, refs) {
    const region = refs.region;
    if (!region)
        return; // no Region known: same-region is already reported as skipped
    const buckets = new Map();
    const lookups = (0,_request_index_js__WEBPACK_IMPORTED_MODULE_0__/* .requestFiles */ .J)(ctx).flatMap(file => {
        const view = (0,_request_index_js__WEBPACK_IMPORTED_MODULE_0__/* .requestView */ .D)(ctx, file, (0,_request_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .createRequest */ .WL)(file.kind, file.request));
        return view.s3.flatMap(loc => {
            const bucket = /^s3:\/\/([^/]+)/.exec(loc.uri)?.[1];
            if (!bucket)
                return [];
            if (!buckets.has(bucket))
                buckets.set(bucket, (0,_s3_js__WEBPACK_IMPORTED_MODULE_3__/* .bucketRegion */ .B)(ctx, bucket, region));
            return [{ loc, input: file.input, found: buckets.get(bucket) }];
        });
    });
    await (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .settleAll */ .j3)(lookups.map(l => l.found));
    const located = [];
    for (const { loc, input, found: lookup } of lookups) {
        const found = await lookup;
        if (found.ok) {
            located.push({ what: `${loc.what} (${loc.uri})`, input, region: found.region });
        }
        else {
            ctx.findings.add('same-region', {
                message: `Could not confirm that ${loc.what} (${loc.uri}) is in ${region}: ${found.detail}${found.reason === 'not-found' ? '; validation cannot read or write it' : ''}.`,
                severity: 'warning',
                file: input
            });
        }
    }
    if (located.length) {
        (0,_static_index_js__WEBPACK_IMPORTED_MODULE_4__/* .checkSameRegion */ .jZ)(ctx, region, ctx.inputs.region ? 'region' : located[0].input, located);
    }
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


/***/ })

};
