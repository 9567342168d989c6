export const id = 231;
export const ids = [231,410];
export const modules = {

/***/ 4231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commentOnPullRequest: () => (/* binding */ commentOnPullRequest)
/* harmony export */ });
/* unused harmony exports MARKER, COMMENT_LIMIT_CHARS, subjectKey, renderComment, pullRequestOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2794);
/* harmony import */ var _comparison_section_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2791);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9410);
// The optional pull-request comment: one sticky comment per checked image, updated in place by later
// runs, found by a hidden marker. Commenting is a courtesy: any failure (a fork's read-only token,
// an API outage) is a warning and never fails the check.




const MARKER = '<!-- marketplace-ml-preflight -->';
/** GitHub rejects issue comments over 65,536 characters. */
const COMMENT_LIMIT_CHARS = 65536;
/** Separates the comments of a matrix: one per image (or resource) checked. */
function subjectKey(report) {
    const subject = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .reportSubject */ .J0)(report) ?? 'default';
    return `<!-- marketplace-ml-preflight:subject=${subject.replace(/--+|>/g, '_')} -->`;
}
function renderComment(report, runUrl) {
    const render = (maxChars, withChecks) => {
        const verdict = report.result === 'pass'
            ? `✅ **Passed**: ${report.warnings} warning(s), no blocking findings.`
            : `❌ **Failed**: ${report.errors} error(s), ${report.warnings} warning(s).`;
        const parts = [
            MARKER,
            subjectKey(report),
            '### AWS Marketplace ML preflight',
            '',
            (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .subjectLine */ .nh)(report),
            '',
            verdict,
            '',
            (0,_comparison_section_js__WEBPACK_IMPORTED_MODULE_2__/* .comparisonSection */ .v)(report.comparison)
        ];
        parts.push(...report.findings.map(f => (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .findingBlock */ .nA)(f, maxChars)));
        if (withChecks) {
            parts.push(`<details><summary>All ${report.checks.length} checks</summary>\n\n${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .checksTable */ .Et)(report.checks)}\n\n${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .factsTable */ .wd)(report)}\n\n</details>`, '');
        }
        if (runUrl)
            parts.push(`<sub>From [this workflow run](${runUrl}); the JSON report has every detail.</sub>`);
        return parts.join('\n');
    };
    return (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .firstThatFits */ .eO)([() => render(2000, true), () => render(500, true), () => render(200, false)], text => text.length <= COMMENT_LIMIT_CHARS, () => [
        MARKER,
        subjectKey(report),
        `### AWS Marketplace ML preflight\n\n${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .shortVerdict */ .k0)(report)} ${report.findings.length} findings are too long for a comment; see the job summary.`
    ].join('\n'));
}
/** The pull request this run belongs to, or why there is none. */
function pullRequestOf(env) {
    const event = env.GITHUB_EVENT_NAME;
    if (event !== 'pull_request' && event !== 'pull_request_target') {
        return `the event is ${event ? `"${event}"` : 'not a GitHub Actions event'}, not a pull request`;
    }
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        return 'GITHUB_REPOSITORY is not set';
    let number;
    try {
        const payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH ?? '', 'utf8'));
        number = payload.pull_request?.number ?? payload.number;
    }
    catch (err) {
        return `the event payload (GITHUB_EVENT_PATH) cannot be read: ${err.message}`;
    }
    if (typeof number !== 'number')
        return 'the event payload names no pull request number';
    return { owner, repo, number };
}
async function commentOnPullRequest(report, inputs, log, env) {
    const pr = pullRequestOf(env);
    if (typeof pr === 'string') {
        log.debug(`No pull-request comment: ${pr}.`);
        return;
    }
    if (!inputs.githubToken) {
        log.warning('No pull-request comment: `github-token` is empty (it defaults to the workflow token; give the job `permissions: pull-requests: write`).');
        return;
    }
    const runUrl = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
        ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
    const body = renderComment(report, runUrl);
    const key = subjectKey(report);
    const where = `pull request #${pr.number}`;
    try {
        const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
        const octokit = getOctokit(inputs.githubToken, {
            baseUrl: env.GITHUB_API_URL || 'https://api.github.com'
        });
        const params = { owner: pr.owner, repo: pr.repo, issue_number: pr.number };
        const [self, comments] = await Promise.all([
            tokenIdentity(octokit),
            octokit.paginate(octokit.rest.issues.listComments, { ...params, per_page: 100 })
        ]);
        // anyone can write the marker: only a comment by this token's own identity is ours to edit
        const mine = self
            ? comments.find(c => c.body?.includes(MARKER) && c.body.includes(key) && sameLogin(c.user?.login, self))
            : undefined;
        if (!self) {
            log.info('Could not tell whose token `github-token` is, so a new comment is created instead of updating an earlier one.');
        }
        if (mine) {
            await octokit.rest.issues.updateComment({ ...params, comment_id: mine.id, body });
            log.info(`Updated the preflight comment on ${where}: ${mine.html_url}`);
        }
        else {
            const { data } = await octokit.rest.issues.createComment({ ...params, body });
            log.info(`Commented on ${where}: ${data.html_url}`);
        }
    }
    catch (err) {
        const status = err.status;
        const hint = status === 403 || status === 404
            ? ' Pull requests from forks get a read-only token; give the job `permissions: pull-requests: write`, or rely on the job summary, which has the same content.'
            : '';
        log.warning(`Could not comment on ${where}${status ? ` (HTTP ${status})` : ''}: ${err.message}.${hint}`);
    }
}
/**
 * The login the token comments as: github-actions[bot] for the workflow token, APP[bot] for an app
 * installation token, the user for a personal token. GraphQL's viewer answers for all three (REST's
 * GET /user refuses installation tokens); GET /user is the fallback where GraphQL is not served.
 */
async function tokenIdentity(octokit) {
    try {
        const { viewer } = await octokit.graphql('query { viewer { login } }');
        if (viewer?.login)
            return viewer.login;
    }
    catch {
        // not served (an old GitHub Enterprise Server) or not allowed: try REST
    }
    try {
        return (await octokit.rest.users.getAuthenticated()).data.login;
    }
    catch {
        return undefined;
    }
}
/** REST names an app's comments APP[bot], as GraphQL's viewer does; logins are case-insensitive. */
function sameLogin(author, self) {
    return author !== undefined && author.toLowerCase() === self.toLowerCase();
}


/***/ }),

/***/ 2791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ comparisonSection)
/* harmony export */ });
/* harmony import */ var _comparison_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2821);
/* harmony import */ var _catalog_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7668);
/* harmony import */ var _untrusted_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(480);
// The comparison with `baseline` at the top of the job summary and the pull-request comment: one
// line per change, a small table, the first bytes where answers differ, and Mermaid charts of
// latency and memory before and after where they say more than the table. Nothing without a
// baseline. Payload names and answers are untrusted (report/untrusted.ts).



/** Payloads shown in the table and charts; the JSON report has all of them (project choice). */
const MAX_ROWS = 20;
function comparisonSection(c) {
    if (!c)
        return '';
    const lines = (0,_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .changeLines */ .Ow)(c);
    const opening = lines.length
        ? `<ul>${lines.map(l => `<li>${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .forMarkdown */ .Bm)(l)}</li>`).join('')}</ul>`
        : '<p>No change beyond the run-to-run noise.</p>';
    return [
        '### Against the baseline',
        '',
        `<p>Compared with ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .forMarkdown */ .Bm)((0,_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .baselineName */ .Ri)(c))}${c.baseline.subject ? ` for <code>${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .forMarkdown */ .Bm)(c.baseline.subject)}</code>` : ''}.</p>`,
        '',
        opening,
        '',
        table(c),
        '',
        differences(c),
        charts(c),
        ''
    ].join('\n');
}
function row(name, cells) {
    return `<tr><th align="left">${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .forMarkdown */ .Bm)(name)}</th>${cells}</tr>`;
}
/** A figure's row; none for a figure neither run measured (a local image has no ECR size). */
function changeRow(name, ch, unit) {
    if (ch.before === undefined && ch.after === undefined)
        return '';
    return row(name, `<td>${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .forMarkdown */ .Bm)((0,_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .changeText */ .k0)(ch, unit))}</td>`);
}
function table(c) {
    const rows = [
        changeRow('Image size (compressed)', c.imageSizeBytes, 'bytes'),
        changeRow('Startup', c.startupSeconds, 'seconds'),
        changeRow('Peak memory', c.peakMemoryBytes, 'bytes'),
        changeRow('Peak CPU (one core = 100 %)', c.peakCpuPercent, 'percent'),
        ...(c.latencyPercentilesMs
            ? [
                changeRow('Latency p50 (real-time)', c.latencyPercentilesMs.p50, 'ms'),
                changeRow('Latency p95 (real-time)', c.latencyPercentilesMs.p95, 'ms')
            ]
            : []),
        ...c.latencyMs
            .slice(0, MAX_ROWS)
            .map(l => changeRow(`Latency: ${l.payload} (${_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .MODE_NAME */ .yU[l.mode]})`, l, 'ms')),
        ...c.answers
            .slice(0, MAX_ROWS)
            .map(a => row(`Answer: ${a.payload} (${_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .MODE_NAME */ .yU[a.mode]})`, `<td>${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .forMarkdown */ .Bm)(a.answer === 'not compared' ? `not compared: ${a.reason}` : a.answer)}</td>`)),
        row('Findings', `<td>${c.findings.new.length} new, ${c.findings.fixed.length} fixed</td>`)
    ];
    const more = Math.max(c.latencyMs.length, c.answers.length) - MAX_ROWS;
    return `<table><tr><th></th><th>Baseline → this run</th></tr>${rows.join('')}</table>${more > 0 ? `\n\n<p>… and ${more} more payload(s) in the JSON report.</p>` : ''}`;
}
/** The first characters where each changed answer differs, before and after. */
function differences(c) {
    const shown = c.answers.filter(a => a.firstDifference).slice(0, MAX_ROWS);
    return shown
        .map(a => {
        const d = a.firstDifference;
        return `<details><summary>${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .forMarkdown */ .Bm)(`Answer to ${a.payload} (${_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .MODE_NAME */ .yU[a.mode]}): first difference at character ${d.at}`)}</summary>\n\n<p>Baseline:</p>${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBlock */ .DV)(d.before)}<p>This run:</p>${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBlock */ .DV)(d.after)}\n\n</details>\n`;
    })
        .join('\n');
}
/** A bar chart with a before and an after bar per label. */
function barChart(title, axis, bars) {
    // the name is cut, never the side: two bars must not share a label
    const labels = bars.flatMap(b => [
        `${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .forMermaid */ .DE)(b.label, 32)} before`,
        `${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .forMermaid */ .DE)(b.label, 32)} after`
    ]);
    const values = bars.flatMap(b => [b.ch.before, b.ch.after].map(v => Number(v.toFixed(1))));
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${title}"`,
        `  x-axis [${labels.map(l => `"${l}"`).join(', ')}]`,
        `  y-axis "${axis}"`,
        `  bar [${values.join(', ')}]`,
        '```',
        ''
    ].join('\n');
}
/**
 * Charts where they help: latency when two or more payload runs were measured in both (one figure
 * reads better in the table), memory when it moved beyond the noise.
 */
function charts(c) {
    const both = (ch) => ch.before !== undefined && ch.after !== undefined;
    const latency = c.latencyMs.filter(both).slice(0, MAX_ROWS / 2);
    const memory = c.peakMemoryBytes;
    const out = [];
    if (latency.length > 1) {
        out.push(barChart('Latency per payload (ms), baseline and this run', 'ms', latency.map(l => ({ label: `${l.payload} ${_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .MODE_NAME */ .yU[l.mode]}`, ch: l }))));
    }
    if ((0,_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .moved */ .aW)(memory, _catalog_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .REGRESSION_NOISE_FLOOR */ .k$.memoryBytes)) {
        const mib = (n) => n / 1024 ** 2;
        out.push(barChart('Peak memory (MiB), baseline and this run', 'MiB', [
            { label: 'serve', ch: { before: mib(memory.before), after: mib(memory.after) } }
        ]));
    }
    return out.join('\n');
}


/***/ }),

/***/ 9410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Et: () => (/* binding */ checksTable),
  wd: () => (/* binding */ factsTable),
  nA: () => (/* binding */ findingBlock),
  eO: () => (/* binding */ firstThatFits),
  renderSummary: () => (/* binding */ renderSummary),
  k0: () => (/* binding */ shortVerdict),
  nh: () => (/* binding */ subjectLine)
});

// UNUSED EXPORTS: SUMMARY_LIMIT_BYTES, concurrencyText, layersTable, pingUnderLoadText, resourcesText, richText

// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/report/untrusted.ts
var untrusted = __webpack_require__(480);
;// CONCATENATED MODULE: ./src/report/validation-section.ts
// The job summary's section on the replayed validation profiles: per profile, records and bytes in
// and out, and the first lines of what the model answered, so a reviewer sees the output itself.


const MAX_OUTPUTS = 3;
function validationSection(facts) {
    const parts = ['### Validation replay', ''];
    for (const f of facts) {
        parts.push(`<p><b>${(0,untrusted/* forMarkdown */.Bm)(f.profile)}</b> (${f.kind}): ${f.status === 'pass' ? '✅ passed' : '❌ failed'}, ${f.records} record(s) and ${(0,core_text/* formatBytes */.z3)(f.inputBytes)} in ${f.requests} request(s), ${(0,core_text/* formatBytes */.z3)(f.outputBytes)} out, ${(f.durationMs / 1000).toFixed(1)} s. Outputs: <code>${(0,untrusted/* forMarkdown */.Bm)(f.outputDir)}</code></p>`, '');
        for (const o of f.outputs.slice(0, MAX_OUTPUTS)) {
            parts.push(`<details><summary>${(0,untrusted/* forMarkdown */.Bm)(o.file.slice(f.outputDir.length + 1))} (${(0,core_text/* formatBytes */.z3)(o.bytes)})</summary>\n\n${(0,untrusted/* codeBlock */.DV)(o.firstLines.join('\n').slice(0, 2000))}\n\n</details>\n`);
        }
        if (f.outputs.length > MAX_OUTPUTS) {
            parts.push(`… and ${f.outputs.length - MAX_OUTPUTS} more output file(s).`, '');
        }
    }
    return parts.join('\n');
}

// EXTERNAL MODULE: ./src/report/comparison-section.ts
var comparison_section = __webpack_require__(2791);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/catalog/rules.ts
var rules = __webpack_require__(7668);
;// CONCATENATED MODULE: ./src/report/summary.ts
// The job summary: the verdict, the findings with their fixes, then the checks and the facts folded.
// Pure: it renders a Report to GitHub-flavoured Markdown/HTML. Everything from the report is
// untrusted (src/report/untrusted.ts) and sits inside one-line HTML elements, so Markdown never parses it.






/** GitHub drops a step summary larger than 1 MiB; stay well below it. */
const SUMMARY_LIMIT_BYTES = 900 * 1024;
const MAX_MESSAGE_CHARS = 4000;
const MAX_LOG_CHARS = 20000;
const ICON = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️' };
function clip(s, max) {
    return s.length > max
        ? `${s.slice(0, max)}\n… (${s.length - max} more characters in the JSON report)`
        : s;
}
/** A line of running text; our messages mark names and commands with backticks. */
function prose(line) {
    return (0,untrusted/* forMarkdown */.Bm)(line).replace(/`([^`]+)`/g, '<code>$1</code>');
}
/**
 * A message or detail as one line of HTML: running text in `<p>`, the log lines `quote()` indents
 * by four spaces in a code block, so a multi-line detail keeps its lines, even in a table cell.
 */
function richText(text) {
    const blocks = [];
    for (const line of text.split(/\r?\n/)) {
        const quoted = line.startsWith('    ');
        const last = blocks.at(-1);
        if (last?.quoted === quoted)
            last.lines.push(quoted ? line.slice(4) : line);
        else
            blocks.push({ quoted, lines: [quoted ? line.slice(4) : line] });
    }
    return blocks
        .map(b => b.quoted ? (0,untrusted/* codeBlock */.DV)(b.lines.join('\n')) : `<p>${b.lines.map(prose).join('<br>')}</p>`)
        .join('');
}
/** A link we build from our own rule table: the URL is only attribute-escaped, never mangled. */
function summary_link(url, text) {
    return `<a href="${url.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">${(0,untrusted/* forMarkdown */.Bm)(text)}</a>`;
}
function checksTable(checks) {
    const rows = checks.map(c => `<tr><td>${ICON[c.status]} ${c.status}</td><td><code>${c.rule}</code></td><td>${richText(clip(c.detail, 600))}</td></tr>`);
    return `<table><tr><th>Status</th><th>Rule</th><th>Detail</th></tr>${rows.join('')}</table>`;
}
function findingBlock(f, maxChars) {
    const icon = f.severity === 'error' ? '❌' : '⚠️';
    // the help ends with the rule's source, which becomes a real link
    const { source } = (0,rules/* rule */.Hu)(f.rule);
    const cited = `Source: ${source.name} (${source.url})`;
    const help = f.help.endsWith(cited) ? f.help.slice(0, -cited.length).trimEnd() : f.help;
    return [
        `#### ${icon} <code>${f.rule}</code>: ${(0,untrusted/* forMarkdown */.Bm)(f.title)}`,
        '',
        richText(clip(f.message, maxChars)),
        '',
        `<p><b>How to fix:</b> ${prose(clip(help, maxChars))}${help === f.help ? '' : ` Source: ${summary_link(source.url, source.name)}.`}</p>`,
        ''
    ].join('\n');
}
/** The `image` input that was checked and the image the smoke test actually ran, when they differ. */
function subjectLine(report) {
    const parts = [];
    if (report.image?.uri)
        parts.push(`Image: <code>${(0,untrusted/* forMarkdown */.Bm)(report.image.uri)}</code>`);
    const ran = report.smokeTest?.image ?? report.image?.local;
    if (ran && ran !== report.image?.uri)
        parts.push(`smoke-tested as <code>${(0,untrusted/* forMarkdown */.Bm)(ran)}</code>`);
    if (report.trainingImage)
        parts.push(`training image: <code>${(0,untrusted/* forMarkdown */.Bm)(report.trainingImage.uri)}</code>`);
    return parts.length ? `<p>${parts.join('; ')}</p>` : '';
}
function factsTable(report) {
    const rows = [];
    const img = report.image;
    if (img) {
        rows.push(['Image', img.uri]);
        if (img.local)
            rows.push(['Local image tested', img.local]);
        if (img.digest)
            rows.push(['Digest', img.digest]);
        if (img.sizeBytes !== undefined)
            rows.push(['Compressed size', (0,core_text/* formatBytes */.z3)(img.sizeBytes)]);
        if (img.manifestMediaType)
            rows.push(['Manifest', img.manifestMediaType]);
        if (img.platforms?.length)
            rows.push(['Platforms', img.platforms.join(', ')]);
    }
    if (report.trainingImage)
        rows.push(['Training image', report.trainingImage.uri]);
    if (report.region)
        rows.push(['Publishing Region', `${report.region.region} (${report.region.source})`]);
    if (report.smokeTest?.startupSeconds !== undefined) {
        rows.push(['Startup', `${report.smokeTest.startupSeconds.toFixed(1)} s`]);
    }
    const model = (0,json/* modelServed */.je)(report);
    if (model)
        rows.push(['Model served', model]);
    const channels = report.training?.channels;
    if (channels?.length)
        rows.push(['Training channels', channels.join('; ')]);
    if (report.smokeTest?.probeMethod)
        rows.push(['Probe', report.smokeTest.probeMethod]);
    if (report.smokeTest?.endpointType)
        rows.push(['Endpoint type', report.smokeTest.endpointType]);
    for (const p of report.smokeTest?.pingUnderLoad ?? []) {
        rows.push([`Ping under load (${p.mode})`, pingUnderLoadText(p)]);
    }
    for (const c of report.smokeTest?.concurrency ?? []) {
        rows.push([`Concurrency (${c.mode})`, concurrencyText(c)]);
    }
    if (report.training?.durationSeconds !== undefined) {
        rows.push([
            'Training',
            `${report.training.durationSeconds.toFixed(1)} s, exit ${report.training.exitCode ?? 'none'}`
        ]);
    }
    for (const [what, use] of [
        ['Resources (serve)', report.smokeTest?.resources],
        ['Resources (train)', report.training?.resources]
    ]) {
        if (use)
            rows.push([what, resourcesText(use)]);
    }
    if (!rows.length)
        return '';
    return `<table>${rows.map(([k, v]) => `<tr><th align="left">${k}</th><td><code>${(0,untrusted/* forMarkdown */.Bm)(v)}</code></td></tr>`).join('')}</table>`;
}
/** "12 pings, p50 3 ms, slowest 2000 ms, 3 not 200 within 2 s". */
function pingUnderLoadText(p) {
    if (p.pings === 0)
        return 'no invocation ran long enough to be pinged';
    const failed = p.failed ? `, ${p.failed} not 200 within 2 s` : '';
    return `${p.pings} pings, p50 ${p.p50Ms} ms, slowest ${p.maxMs} ms${failed}`;
}
/** "4 at once: p50 310 ms, p95 620 ms (alone: p50 300 ms, p95 300 ms); 0 failed, 0 differing". */
function concurrencyText(c) {
    return `${c.concurrency} at once: p50 ${c.p50Ms} ms, p95 ${c.p95Ms} ms (alone: p50 ${c.sequentialP50Ms} ms, p95 ${c.sequentialP95Ms} ms); ${c.failed} failed, ${c.differing} differing`;
}
/** "ml.c5.large (2 vCPU, 4.0 GiB): peak 312 MiB memory, 85% CPU", to pick instance types from. */
function resourcesText(use) {
    const instance = use.instanceType
        ? `${use.instanceType} (${use.cpus !== undefined ? `${use.cpus} vCPU, ` : ''}${(0,core_text/* formatBytes */.z3)(use.memoryBytes ?? 0)})`
        : "the runner's CPUs and memory";
    const peaks = [
        use.peakMemoryBytes !== undefined ? `peak ${(0,core_text/* formatBytes */.z3)(use.peakMemoryBytes)} memory` : '',
        use.peakCpuPercent !== undefined ? `${use.peakCpuPercent.toFixed(0)}% CPU` : '',
        use.oomKilled ? 'OOM-killed' : ''
    ].filter(Boolean);
    return `${instance}: ${peaks.join(', ') || 'not measured'}`;
}
const BAR_CHARS = 20;
/** The largest layers by the Dockerfile step that made them, as a bar table (image-size's fix). */
function layersTable(layers) {
    if (!layers?.length)
        return '';
    const largest = Math.max(...layers.map(l => l.sizeBytes), 1);
    const rows = layers.map(l => {
        const bar = '█'.repeat(Math.max(1, Math.round((l.sizeBytes / largest) * BAR_CHARS)));
        const step = l.step ?? l.digest.slice(0, 19);
        return `<tr><td><code>${(0,untrusted/* forMarkdown */.Bm)(step)}</code></td><td align="right">${(0,core_text/* formatBytes */.z3)(l.sizeBytes)}</td><td>${bar}</td></tr>`;
    });
    return `<details><summary>Largest layers</summary>\n\n<table><tr><th>Dockerfile step</th><th>Compressed</th><th></th></tr>${rows.join('')}</table>\n\n</details>\n`;
}
function logBlock(title, body) {
    return `<details><summary>${title}</summary>\n\n${(0,untrusted/* codeBlock */.DV)(clip(body, MAX_LOG_CHARS))}\n\n</details>\n`;
}
function renderSummary(report) {
    const render = (maxChars, withLogs) => {
        const parts = [
            '## AWS Marketplace ML preflight',
            '',
            subjectLine(report),
            '',
            `**${shortVerdict(report)}** Checked against AWS Marketplace's publishing rules for SageMaker model packages and algorithms before submission.`,
            '',
            (0,comparison_section/* comparisonSection */.v)(report.comparison)
        ];
        if (report.findings.length) {
            parts.push('### What to fix', '', ...report.findings.map(f => findingBlock(f, maxChars)));
        }
        if (report.validation?.length)
            parts.push(validationSection(report.validation));
        parts.push(`<details><summary>All ${report.checks.length} checks</summary>\n\n${checksTable(report.checks)}\n\n</details>\n`, factsTable(report), layersTable(report.image?.largestLayers), '');
        // a log goes with the findings it explains (serving, batch, training), not a registry finding
        const phases = new Set(report.findings.map(f => (0,rules/* rule */.Hu)(f.rule).phase));
        if (withLogs && report.smokeTest?.logExcerpt && (phases.has('serve') || phases.has('batch')))
            parts.push(logBlock('Container log (serve)', report.smokeTest.logExcerpt));
        if (withLogs && report.training?.logExcerpt && phases.has('training'))
            parts.push(logBlock('Container log (train)', report.training.logExcerpt));
        return parts.join('\n');
    };
    // Shrink in steps until the summary fits; the full text stays in the JSON report.
    return firstThatFits([
        () => render(MAX_MESSAGE_CHARS, true),
        () => render(1000, true),
        () => render(300, false),
        () => render(200, false)
    ], text => Buffer.byteLength(text) <= SUMMARY_LIMIT_BYTES, () => `## AWS Marketplace ML preflight\n\n${shortVerdict(report)} The details are too long for a job summary; see the JSON report.\n`);
}
/** The first rendering that fits, from the fullest to the most compact; else the fallback. */
function firstThatFits(renderings, fits, fallback) {
    for (const render of renderings) {
        const text = render();
        if (fits(text))
            return text;
    }
    return fallback();
}
function shortVerdict(report) {
    const mark = report.result === 'fail' ? '❌' : report.containerNotRun ? '⚠️' : '✅';
    const why = report.containerNotRun ? ` (${report.containerNotRun})` : '';
    return `${mark} ${(0,json/* verdictWord */.E0)(report)}${why}: ${report.errors} error(s), ${report.warnings} warning(s).`;
}


/***/ })

};
