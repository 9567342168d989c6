export const id = 54;
export const ids = [54];
export const modules = {

/***/ 7054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeListingEvidence: () => (/* binding */ writeListingEvidence)
/* harmony export */ });
/* unused harmony exports EVIDENCE_MARK, SAMPLE_LINES, SAMPLE_CHARS, renderListingEvidence, sampleBlock */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2020);
/* harmony import */ var _core_stats_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8796);
/* harmony import */ var _untrusted_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(480);
// The listing's evidence (`listing-evidence`): a Markdown section the seller pastes into the listing's
// usage information, which asks for input and output samples for real-time and batch inference and
// for the performance measured on an instance type. Pure: it renders a Report. The answers are the
// container's (untrusted): only ever in code blocks and spans (src/report/untrusted.ts).





/** What marks a file as this tool's evidence, so a later run may replace it (inputs/output-files.ts). */
const EVIDENCE_MARK = '_Measured with marketplace-ml-preflight';
/** A sample is cut at this many lines and characters: enough to show its shape, short to read. */
const SAMPLE_LINES = 10;
const SAMPLE_CHARS = 800;
const MODE_TITLE = { realtime: 'Real-time inference', batch: 'Batch transform' };
/** The section; undefined when no container ran, so nothing was measured. */
function renderListingEvidence(report) {
    const smoke = report.smokeTest;
    const training = report.training;
    if (!smoke && !training && !report.validation?.length)
        return undefined;
    const parts = [
        '### Sample requests and measured performance',
        '',
        `${measured(report)}, running the container offline as SageMaker does (\`docker run --network none\`), ${machine(report)}._`,
        ''
    ];
    // figures of a run that failed are no evidence to publish yet: said where the seller pastes from
    if (report.result === 'fail') {
        parts.push(`**This run failed with ${report.errors} error(s): fix them (see the job summary) before publishing these figures.**`, '');
    }
    const types = contentTypes(smoke?.invocations ?? [], smoke?.samples ?? []);
    if (types)
        parts.push(types, '');
    for (const sample of smoke?.samples ?? [])
        parts.push(...sampleSection(sample));
    const rows = performanceRows(report);
    if (rows.length) {
        parts.push('#### Performance', '', '| Measure | Value |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), '');
    }
    if (report.validation?.length)
        parts.push(...replaySection(report.validation));
    return `${parts.join('\n').trimEnd()}\n`;
}
/** Writes the section; with nothing measured, a file that says why, so a pasted file is never stale. */
async function writeListingEvidence(report, file) {
    const text = renderListingEvidence(report) ??
        `${measured(report)}: no container was run${report.containerNotRun ? ` (${report.containerNotRun})` : ''}, so there is nothing to show yet._\n`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, text);
}
/** The line that opens the section, and marks the file as this tool's (EVIDENCE_MARK). */
function measured(report) {
    return `${EVIDENCE_MARK} ${report.tool.version} on ${report.startedAt.slice(0, 10)}`;
}
/** "on a runner with 4 CPUs (…) and 16 GiB of memory, limited to ml.m5.large's 2 vCPUs and 8 GiB". */
function machine(report) {
    const r = report.runner;
    const runner = r
        ? `on a runner with ${r.cpus} CPUs${r.cpuModel ? ` (${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCode */ .D9)(r.cpuModel)})` : ''} and ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(r.memoryBytes)} of memory`
        : 'on the runner';
    const use = report.smokeTest?.resources ?? report.training?.resources;
    if (!use?.instanceType)
        return `${runner}, with no instance type given (\`instance-type\`)`;
    return `${runner}, the containers limited to the ${use.cpus} vCPUs and ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(use.memoryBytes ?? 0)} of ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCode */ .D9)(use.instanceType)}, the instance type they stood in for`;
}
function contentTypes(invocations, samples) {
    const sent = [...new Set(invocations.map(i => i.contentType))];
    if (!sent.length)
        return undefined;
    const accept = samples.find(s => s.accept)?.accept;
    return `**Content types:** requests as ${sent.map(_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCode */ .D9).join(', ')}${accept ? `; answers asked for with Accept ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCode */ .D9)(accept)}` : ''}.`;
}
function sampleSection(s) {
    return [
        `#### ${MODE_TITLE[s.mode]}`,
        '',
        `Sample request (${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCode */ .D9)(s.payload)}, ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCode */ .D9)(s.contentType)}, ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(s.requestBytes)}):`,
        '',
        sampleBlock(s.request, s.requestBytes),
        '',
        `The model's answer (HTTP ${s.status}, ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(s.answerBytes)}, in ${s.latencyMs} ms):`,
        '',
        sampleBlock(s.answer, s.answerBytes),
        ''
    ];
}
/** The start of a request or answer as a code block, cut to read well; binary data is named only. */
function sampleBlock(text, bytes) {
    if (text === undefined)
        return `_(${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(bytes)} of binary data, not shown)_`;
    const lines = text.split('\n');
    let shown = lines.slice(0, SAMPLE_LINES).join('\n');
    if (shown.length > SAMPLE_CHARS)
        shown = shown.slice(0, SAMPLE_CHARS);
    const whole = Buffer.byteLength(shown) >= bytes;
    return `${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCodeBlock */ .IS)(shown)}${whole ? '' : `\n\n_(the first ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(Buffer.byteLength(shown))} of ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(bytes)})_`}`;
}
function performanceRows(report) {
    const smoke = report.smokeTest;
    const rows = [];
    if (smoke?.startupSeconds !== undefined) {
        rows.push(['Startup (`docker run` to GET /ping 200)', `${smoke.startupSeconds.toFixed(1)} s`]);
    }
    for (const mode of ['realtime', 'batch']) {
        const answered = (smoke?.invocations ?? []).filter(i => i.mode === mode && i.status !== undefined && i.status < 300);
        if (!answered.length)
            continue;
        rows.push([`${MODE_TITLE[mode]}: latency`, latencyText(answered)]);
        rows.push([`${MODE_TITLE[mode]}: throughput`, throughputText(answered, mode, report)]);
    }
    const training = report.training;
    if (training?.durationSeconds !== undefined && training.exitCode === 0) {
        rows.push([
            'Training time (the sample `training-data`)',
            `${training.durationSeconds.toFixed(1)} s`
        ]);
    }
    for (const [what, use] of [
        ['Serving: peak memory and CPU', smoke?.resources],
        ['Training: peak memory and CPU', training?.resources]
    ]) {
        if (use)
            rows.push([what, peaksText(use)]);
    }
    return rows;
}
/** "p50 41 ms, p95 60 ms, slowest 62 ms (5 requests, one at a time)". */
function latencyText(answered) {
    const ms = answered.map(i => i.latencyMs);
    const spread = ms.length > 1
        ? `p50 ${(0,_core_stats_js__WEBPACK_IMPORTED_MODULE_4__/* .percentile */ .Y)(ms, 50)} ms, p95 ${(0,_core_stats_js__WEBPACK_IMPORTED_MODULE_4__/* .percentile */ .Y)(ms, 95)} ms, slowest ${Math.max(...ms)} ms`
        : `${ms[0]} ms`;
    return `${spread} (${ms.length} request${ms.length > 1 ? 's' : ''}, one at a time)`;
}
/** Requests (and bytes) per second one at a time; with `concurrency`, also several at once. */
function throughputText(answered, mode, report) {
    const seconds = Math.max(answered.reduce((sum, i) => sum + i.latencyMs, 0), 1) / 1000;
    const bytes = answered.reduce((sum, i) => sum + i.bytes, 0);
    const parts = [
        `${(answered.length / seconds).toFixed(1)} requests/s (${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(Math.round(bytes / seconds))}/s) one at a time`
    ];
    for (const c of report.smokeTest?.concurrency ?? []) {
        if (c.mode !== mode || c.failed === c.requests)
            continue;
        const ok = c.requests - c.failed;
        parts.push(`${(ok / (Math.max(c.wallMs, 1) / 1000)).toFixed(1)} requests/s with ${c.concurrency} at once`);
    }
    return parts.join('; ');
}
function peaksText(use) {
    const peaks = [
        use.peakMemoryBytes !== undefined ? `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(use.peakMemoryBytes)} memory` : '',
        use.peakCpuPercent !== undefined ? `${use.peakCpuPercent.toFixed(0)}% of one CPU` : ''
    ].filter(Boolean);
    return peaks.join(', ') || 'not measured';
}
function replaySection(validation) {
    return [
        '#### Validation profiles, replayed as SageMaker runs them',
        '',
        ...validation.map(v => {
            const time = `${(v.durationMs / 1000).toFixed(1)} s`;
            const what = v.kind === 'training'
                ? `training job: ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(v.inputBytes)} of training data in, ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(v.outputBytes)} of model out, in ${time}`
                : `transform job: ${v.records} record${v.records === 1 ? '' : 's'} in (${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(v.inputBytes)}, ${v.requests} request${v.requests === 1 ? '' : 's'}), ${v.outputRecords !== undefined ? `${v.outputRecords} record${v.outputRecords === 1 ? '' : 's'} out` : 'the answers out'} (${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(v.outputBytes)}), in ${time}`;
            return `- ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCode */ .D9)(v.profile)}, ${what}${v.status === 'pass' ? '' : ' — **failed** (see the report)'}`;
        }),
        ''
    ];
}


/***/ })

};
