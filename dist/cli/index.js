#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6963:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uf: () => (/* binding */ awsChecksEnabled),
/* harmony export */   ik: () => (/* binding */ CONFIGURE_CREDENTIALS_HELP)
/* harmony export */ });
/* unused harmony export findCredentials */
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8422);
/* harmony import */ var _timing_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8117);
// Finds AWS credentials the way every SDK client will (the default chain: environment, shared files,
// web identity from aws-actions/configure-aws-credentials, SSO, container and instance roles).


const CONFIGURE_CREDENTIALS_HELP = 'Add aws-actions/configure-aws-credentials before this step (OIDC: `permissions: id-token: write` and `role-to-assume: arn:aws:iam::ACCOUNT:role/ROLE`), or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY; locally, `aws configure` or AWS_PROFILE. Set `aws-checks: false` to skip the registry checks.';
/** Resolves credentials within `timeoutMs`; undefined when none are configured. */
async function findCredentials(timeoutMs = 5000) {
    const { defaultProvider } = await __nccwpck_require__.e(/* import() */ 861).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5861, 19));
    return (0,_timing_js__WEBPACK_IMPORTED_MODULE_1__/* .within */ .u)(defaultProvider()().catch(() => undefined), timeoutMs);
}
/** `aws-checks`: auto runs when credentials exist; true insists on them; false never looks. */
async function awsChecksEnabled(mode) {
    if (mode === 'false')
        return { run: false, reason: '`aws-checks` is false' };
    const credentials = await findCredentials();
    if (credentials)
        return { run: true, reason: 'AWS credentials found' };
    if (mode === 'true') {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('aws-checks', `is true, but no AWS credentials were found. ${CONFIGURE_CREDENTIALS_HELP}`);
    }
    return {
        run: false,
        reason: 'no AWS credentials (as on pull requests from forks); add aws-actions/configure-aws-credentials to run it'
    };
}


/***/ }),

/***/ 7318:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(248);
// The CLI's entry point (bundled to dist/cli/index.js); everything else lives in cli.ts.

process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .cli */ .xw)(process.argv.slice(2), process.env, {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    isTTY: process.stdout.isTTY
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 248:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xw: () => (/* binding */ cli)
});

// UNUSED EXPORTS: EXIT, NAME, helpText, parseArgs

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./src/action-inputs.ts
// The action's inputs and outputs as data, for the CLI's flags and --help and for the docs.
// Kept equal to action.yml by __tests__/action-inputs.test.ts; regenerate it after editing action.yml:
//   UPDATE_ACTION_INPUTS=1 npm test -- __tests__/action-inputs.test.ts
const ACTION_INPUTS = [
    {
        name: 'image',
        description: 'ECR image URI of the inference image, ACCOUNT.dkr.ecr.REGION.amazonaws.com/REPO[:TAG][@sha256:…]'
    },
    {
        name: 'digest',
        description: "sha256 digest that pins `image` (for example docker/build-push-action's `digest` output)"
    },
    {
        name: 'region',
        description: 'The Region the seller publishes from (default: the Region in `image`)'
    },
    {
        name: 'seller-account-id',
        description: '12-digit AWS account ids allowed to own the images, comma or newline separated (default: the STS caller account)'
    },
    {
        name: 'training-image',
        description: 'ECR URI of the training image (algorithm products); same registry checks plus the training smoke test'
    },
    {
        name: 'local-training-image',
        description: 'Local image to run `train` with instead of pulling `training-image`'
    },
    {
        name: 'model-package-arn',
        description: 'Check an existing SageMaker model package; without `image` or `local-image` the smoke test serves its inference image'
    },
    {
        name: 'algorithm-arn',
        description: 'Check an existing SageMaker algorithm; without `image` or `local-image` the smoke test serves its inference image'
    },
    {
        name: 'max-image-size',
        description: 'Warn when the compressed image is larger (units B, KB, MB, GB, KiB, MiB, GiB)',
        default: '10GiB'
    },
    {
        name: 'aws-checks',
        description: 'auto (run when AWS credentials are available, otherwise report each AWS check as skipped), true (must run), false',
        default: 'auto'
    },
    {
        name: 'smoke-test',
        description: 'auto (run when a Docker engine answers), true (must run), false',
        default: 'auto'
    },
    {
        name: 'local-image',
        description: 'Local image to smoke-test instead of pulling `image` (pull-request builds that are not pushed)'
    },
    {
        name: 'model-data',
        description: 'Directory or .tar.gz mounted read-only at /opt/ml/model'
    },
    {
        name: 'payload',
        description: 'Sample request files, newline separated, globs allowed'
    },
    {
        name: 'content-type',
        description: 'Content-Type for the payloads (default by file extension)'
    },
    {
        name: 'accept',
        description: 'Accept header sent with each invocation'
    },
    {
        name: 'startup-timeout',
        description: "Seconds for /ping to answer 200 (SageMaker's 8-minute window)",
        default: '480'
    },
    {
        name: 'invocation-timeout',
        description: 'Seconds per real-time invocation',
        default: '60'
    },
    {
        name: 'batch',
        description: 'Also run the batch-transform contract (how Marketplace validates a model package)',
        default: 'true'
    },
    {
        name: 'training-data',
        description: 'channel=path lines for the training smoke test (training=./data/train)'
    },
    {
        name: 'hyperparameters',
        description: 'JSON object, or the path of a JSON file, passed as hyperparameters.json',
        default: '{}'
    },
    {
        name: 'training-timeout',
        description: 'Seconds for `train` to finish',
        default: '1800'
    },
    {
        name: 'docker-run-args',
        description: 'Extra `docker run` arguments (for example --gpus all); network and privilege flags are refused'
    },
    {
        name: 'fail-on',
        description: 'Fail the step on findings at or above this severity, error, warning or never',
        default: 'error'
    },
    {
        name: 'ignore',
        description: 'Rule ids to skip, comma or newline separated'
    },
    {
        name: 'report-file',
        description: 'Where the JSON report goes (default $RUNNER_TEMP/marketplace-preflight.json)'
    },
    {
        name: 'sarif-file',
        description: 'Also write SARIF 2.1.0 here (for github/codeql-action/upload-sarif)'
    },
    {
        name: 'summary',
        description: 'Write the job summary',
        default: 'true'
    },
    {
        name: 'comment',
        description: 'On pull requests, post the result as one comment that later runs update in place (needs `pull-requests: write`)',
        default: 'false'
    },
    {
        name: 'github-token',
        description: 'Token for the pull-request comment',
        default: '${{ github.token }}'
    }
];
const ACTION_OUTPUTS = [
    {
        name: 'result',
        description: 'pass or fail'
    },
    {
        name: 'errors',
        description: 'Number of error findings'
    },
    {
        name: 'warnings',
        description: 'Number of warning findings'
    },
    {
        name: 'report-file',
        description: 'Path of the JSON report'
    },
    {
        name: 'image-digest',
        description: 'The resolved digest of `image`'
    },
    {
        name: 'image-size-bytes',
        description: 'Compressed size of `image` in ECR, in bytes'
    },
    {
        name: 'startup-seconds',
        description: 'Seconds from `docker run … serve` until /ping answered 200'
    }
];

// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __nccwpck_require__(8422);
// EXTERNAL MODULE: ./src/aws/credentials.ts
var credentials = __nccwpck_require__(6963);
// EXTERNAL MODULE: ./src/rules.ts
var rules = __nccwpck_require__(9244);
;// CONCATENATED MODULE: ./src/findings.ts
// The findings model: what each check concluded, and the findings that explain a failure.
// `ignore` and `fail-on` are applied here and nowhere else.

const STATUS_RANK = { skip: 0, pass: 1, warn: 2, fail: 3 };
/** Collects checks and findings as the phases run; one entry per rule, merged when a rule is seen twice. */
class Findings {
    ignored;
    checks = new Map();
    list = [];
    constructor(ignored = new Set()) {
        this.ignored = ignored;
    }
    pass(ruleId, detail, durationMs = 0) {
        this.record(ruleId, 'pass', detail, durationMs);
    }
    /** A skip never replaces a result already recorded, so it can be said of any rule not reached. */
    skip(ruleId, reason) {
        this.record(ruleId, 'skip', reason, 0);
    }
    skipAll(ruleIds, reason) {
        for (const id of ruleIds)
            this.skip(id, reason);
    }
    /** Every rule of a phase that is not run (or not reached), with the reason. */
    skipPhase(phase, reason) {
        this.skipAll((0,rules/* rulesInPhase */.W1)(phase), reason);
    }
    /** Records a finding; the check becomes `fail` for an error and `warn` for a warning. */
    add(ruleId, input, durationMs = 0) {
        if (this.ignored.has(ruleId)) {
            this.record(ruleId, 'skip', 'ignored by the `ignore` input', durationMs);
            return;
        }
        const r = (0,rules/* rule */.Hu)(ruleId);
        const severity = input.severity ?? r.severity;
        const help = [input.help, r.help, `Source: ${r.source.name} (${r.source.url})`]
            .filter(Boolean)
            .join(' ');
        this.list.push({
            rule: ruleId,
            severity,
            title: input.title ?? r.title,
            message: input.message,
            help,
            ...(input.file ? { file: input.file } : {})
        });
        this.record(ruleId, severity === 'error' ? 'fail' : 'warn', input.message, durationMs);
    }
    /** Records a rule function's verdict. */
    apply(ruleId, verdict, durationMs = 0) {
        if (verdict.ok)
            this.pass(ruleId, verdict.detail, durationMs);
        else
            this.add(ruleId, verdict.finding, durationMs);
    }
    /** Times `fn` and adds the duration to the checks it records. */
    async timed(ruleIds, fn) {
        const start = performance.now();
        try {
            return await fn();
        }
        finally {
            const ms = Math.round(performance.now() - start);
            for (const id of ruleIds) {
                const check = this.checks.get(id);
                if (check)
                    check.durationMs += ms;
            }
        }
    }
    /** Drops what was recorded for a rule, so a better-informed check can replace it (a live API
     * confirming what the embedded table decided). */
    forget(ruleId) {
        this.checks.delete(ruleId);
        for (let i = this.list.length - 1; i >= 0; i--) {
            if (this.list[i].rule === ruleId)
                this.list.splice(i, 1);
        }
    }
    status(ruleId) {
        return this.checks.get(ruleId)?.status;
    }
    /** Checks in rule-table order. */
    allChecks() {
        return rules/* RULES */.y0.map(r => this.checks.get(r.id)).filter((c) => c !== undefined);
    }
    /** Findings, most important first: errors before warnings, then rule-table order. */
    allFindings() {
        const order = new Map(rules/* RULES */.y0.map((r, i) => [r.id, i]));
        return [...this.list].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) ||
            (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0));
    }
    counts() {
        return {
            errors: this.list.filter(f => f.severity === 'error').length,
            warnings: this.list.filter(f => f.severity === 'warning').length
        };
    }
    record(ruleId, status, detail, durationMs) {
        (0,rules/* rule */.Hu)(ruleId); // unknown ids are programming errors: fail loudly in tests
        if (this.ignored.has(ruleId)) {
            status = 'skip';
            detail = 'ignored by the `ignore` input';
        }
        const existing = this.checks.get(ruleId);
        if (!existing) {
            this.checks.set(ruleId, { rule: ruleId, status, durationMs, detail });
            return;
        }
        existing.durationMs += durationMs;
        if (existing.detail === detail)
            return;
        if (STATUS_RANK[status] > STATUS_RANK[existing.status]) {
            // the worse outcome leads; a skip never hides a result
            existing.detail = existing.status === 'skip' ? detail : `${detail}; ${existing.detail}`;
            existing.status = status;
        }
        else if (status !== 'skip' && !existing.detail.includes(detail)) {
            existing.detail = `${existing.detail}; ${detail}`;
        }
    }
}
function severityRank(s) {
    return s === 'error' ? 2 : 1;
}
/** `fail-on` decides the step's result from the findings left after `ignore`. */
function resultOf(counts, failOn) {
    if (failOn === 'never')
        return 'pass';
    if (counts.errors > 0)
        return 'fail';
    if (failOn === 'warning' && counts.warnings > 0)
        return 'fail';
    return 'pass';
}

// EXTERNAL MODULE: ./src/report.ts
var src_report = __nccwpck_require__(665);
// EXTERNAL MODULE: ./src/static-checks.ts
var static_checks = __nccwpck_require__(9287);
;// CONCATENATED MODULE: ./src/engine.ts
// The preflight itself, shared by the action and the CLI: inputs in, report out. Phases run in order;
// a phase that cannot run reports its rules as skipped with the reason, so nothing is silent.




const STATUS_MARK = {
    pass: 'pass',
    fail: 'FAIL',
    warn: 'warn',
    skip: 'skip'
};
async function preflight(inputs, options) {
    const started = new Date();
    const findings = new Findings(new Set(inputs.ignore));
    const facts = { resources: [] };
    const limitMs = overallTimeoutMs(inputs);
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new Error(`the preflight's overall time limit of ${Math.round(limitMs / 60000)} minutes was reached (it follows startup-timeout, invocation-timeout, training-timeout and the number of payloads)`)), limitMs);
    timer.unref();
    const signal = options.signal
        ? AbortSignal.any([options.signal, deadline.signal])
        : deadline.signal;
    const ctx = {
        inputs,
        findings,
        facts,
        log: options.log,
        signal,
        env: options.env ?? process.env
    };
    const logged = new Map();
    const phase = async (name, fn) => ctx.log.group(name, async () => {
        try {
            return await fn();
        }
        finally {
            // each check once, and again when a later phase changed it (a skip that became a pass)
            for (const c of findings.allChecks()) {
                const line = `${STATUS_MARK[c.status]} ${c.rule}: ${c.detail}`;
                if (logged.get(c.rule) === line)
                    continue;
                logged.set(c.rule, line);
                ctx.log.info(line);
            }
        }
    });
    try {
        const refs = await phase('Static checks', async () => (0,static_checks/* runStaticChecks */.li)(ctx));
        await phase('AWS checks', async () => {
            const aws = await (0,credentials/* awsChecksEnabled */.Uf)(inputs.awsChecks);
            if (!aws.run) {
                findings.skipPhase('registry', aws.reason);
                if (inputs.modelPackageArn || inputs.algorithmArn)
                    findings.skipPhase('resource', aws.reason);
                return;
            }
            const { runAwsChecks } = await __nccwpck_require__.e(/* import() */ 860).then(__nccwpck_require__.bind(__nccwpck_require__, 3860));
            await runAwsChecks(ctx, refs);
        });
        await phase('Smoke test', async () => {
            const { runSmokeTests } = await __nccwpck_require__.e(/* import() */ 784).then(__nccwpck_require__.bind(__nccwpck_require__, 4784));
            await runSmokeTests(ctx, refs);
        });
        const counts = findings.counts();
        return (0,src_report/* buildReport */.FK)({
            started,
            result: resultOf(counts, inputs.failOn),
            checks: findings.allChecks(),
            findings: findings.allFindings(),
            facts
        });
    }
    finally {
        clearTimeout(timer);
    }
}
/** Nothing may hang: the run ends after the longest legitimate path through it, plus a margin. */
function overallTimeoutMs(inputs) {
    const invocations = Math.max(1, inputs.payloads.length) * inputs.invocationTimeoutSec;
    const batch = inputs.batch
        ? inputs.startupTimeoutSec + Math.max(1, inputs.payloads.length) * 3600
        : 0;
    const training = inputs.trainingImage || inputs.localTrainingImage ? inputs.trainingTimeoutSec + 120 : 0;
    const seconds = training + inputs.startupTimeoutSec + invocations + batch + 900;
    return seconds * 1000;
}

;// CONCATENATED MODULE: ./src/publish.ts
// What the action and the CLI share around the engine: cancellation on a signal, and the files a run
// leaves behind.


/** Runs the preflight; SIGINT or SIGTERM (a cancelled workflow, Ctrl-C) aborts it so cleanup runs. */
async function preflightUntilCancelled(inputs, log, env) {
    const cancel = new AbortController();
    const onSignal = (signal) => cancel.abort(new Error(`the run was cancelled (${signal})`));
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
        return await preflight(inputs, { log, env, signal: cancel.signal });
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}
/** The JSON report and, when asked, SARIF and the pull-request comment. */
async function publishFiles(report, inputs, log, env) {
    await (0,src_report/* writeReport */.u5)(report, inputs.reportFile);
    if (inputs.sarifFile) {
        const { writeSarif } = await __nccwpck_require__.e(/* import() */ 264).then(__nccwpck_require__.bind(__nccwpck_require__, 264));
        await writeSarif(report, inputs.sarifFile, inputs.workspace, env);
    }
    if (inputs.comment) {
        const { commentOnPullRequest } = await __nccwpck_require__.e(/* import() */ 246).then(__nccwpck_require__.bind(__nccwpck_require__, 2246));
        await commentOnPullRequest(report, inputs, log, env);
    }
}

// EXTERNAL MODULE: ./src/summary.ts
var summary = __nccwpck_require__(8855);
;// CONCATENATED MODULE: ./src/terminal.ts
// The CLI's face: a progress logger for the phases and a readable report for a terminal.
// Colour only when the stream is a TTY and NO_COLOR is unset (https://no-color.org).

const sgr = (open, close) => (s) => `\u001b[${open}m${s}\u001b[${close}m`;
const COLOUR = {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    green: sgr(32, 39)
};
const PLAIN = { bold: s => s, dim: s => s, red: s => s, yellow: s => s, green: s => s };
function styleFor(isTTY, env) {
    return isTTY && !env.NO_COLOR && env.TERM !== 'dumb' ? COLOUR : PLAIN;
}
const MARK = {
    pass: st => st.green('✔ pass'),
    fail: st => st.red('✖ FAIL'),
    warn: st => st.yellow('! warn'),
    skip: st => st.dim('- skip')
};
/** Progress for a terminal: a header per phase, one line per check as it is decided, the phase's time. */
function terminalLogger(write, st, verbose) {
    // The engine logs each decided check as "<pass|FAIL|warn|skip> <rule>: <detail>".
    const check = /^(pass|FAIL|warn|skip) ([a-z-]+): ([\s\S]*)$/;
    return {
        info: m => {
            const c = check.exec(m);
            if (!c)
                return write(`  ${m}`);
            const status = (c[1] === 'FAIL' ? 'fail' : c[1]);
            write(`  ${MARK[status](st)} ${st.bold(c[2])} ${st.dim(firstLine(c[3]))}`);
        },
        warning: m => write(`  ${st.yellow('warning:')} ${m}`),
        debug: m => {
            if (verbose)
                write(st.dim(`  debug: ${m}`));
        },
        group: async (name, fn) => {
            write(st.bold(`▸ ${name}`));
            const start = performance.now();
            try {
                return await fn();
            }
            finally {
                write(st.dim(`  (${((performance.now() - start) / 1000).toFixed(1)} s)`));
            }
        }
    };
}
function firstLine(s, max = 160) {
    const line = s.split('\n')[0];
    return line.length > max ? `${line.slice(0, max)}…` : line;
}
function indent(s, pad) {
    return s
        .split('\n')
        .map(l => pad + l)
        .join('\n');
}
/** The report for a terminal: verdict, facts, every check, then each finding with its fix. */
function renderTerminalReport(report, st, reportFile) {
    const out = [];
    const verdict = report.result === 'pass' ? st.green(st.bold('PASSED')) : st.red(st.bold('FAILED'));
    out.push('', `${st.bold('AWS Marketplace ML preflight')}: ${verdict}, ${report.errors} error(s), ${report.warnings} warning(s)`);
    const facts = [];
    if (report.image)
        facts.push(['Image', report.image.uri]);
    if (report.image?.local)
        facts.push(['Local image tested', report.image.local]);
    if (report.image?.digest)
        facts.push(['Digest', report.image.digest]);
    if (report.image?.sizeBytes !== undefined)
        facts.push(['Compressed size', (0,summary/* formatBytes */.z3)(report.image.sizeBytes)]);
    if (report.trainingImage)
        facts.push(['Training image', report.trainingImage.uri]);
    if (report.region)
        facts.push(['Publishing Region', report.region.region]);
    if (report.smokeTest?.startupSeconds !== undefined)
        facts.push(['Startup', `${report.smokeTest.startupSeconds.toFixed(1)} s`]);
    if (report.training?.durationSeconds !== undefined)
        facts.push(['Training', `${report.training.durationSeconds.toFixed(1)} s`]);
    if (facts.length) {
        const width = Math.max(...facts.map(([k]) => k.length));
        out.push('', ...facts.map(([k, v]) => `  ${st.dim(k.padEnd(width))}  ${v}`));
    }
    out.push('', st.bold('Checks'));
    const ruleWidth = Math.max(0, ...report.checks.map(c => c.rule.length));
    for (const c of report.checks) {
        out.push(`  ${MARK[c.status](st)}  ${c.rule.padEnd(ruleWidth)}  ${st.dim(firstLine(c.detail))}`);
    }
    if (report.findings.length) {
        out.push('', st.bold('Findings'));
        for (const f of report.findings) {
            const head = f.severity === 'error' ? st.red('✖ error') : st.yellow('! warning');
            out.push('', `${head} ${st.bold(f.rule)}: ${f.title}`, indent(f.message, '    '), indent(`${st.bold('How to fix:')} ${f.help}`, '    '));
        }
    }
    if (reportFile)
        out.push('', `${st.dim('Report:')} ${reportFile}`);
    out.push('');
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/cli.ts
// The command-line tool: the action's inputs as --flags, the same engine, a terminal report, the
// same JSON report (and SARIF, job summary and pull-request comment when asked), and an exit status.






const NAME = 'marketplace-ml-preflight';
const EXIT = { pass: 0, findings: 1, usage: 2, error: 3 };
/** Where the CLI differs from the action: a report next to you, and the token from the environment. */
const CLI_DEFAULTS = {
    'report-file': {
        value: () => 'marketplace-preflight.json',
        shown: './marketplace-preflight.json'
    },
    'github-token': { value: env => env.GITHUB_TOKEN ?? '', shown: '$GITHUB_TOKEN' }
};
/** Flags that may be given several times; the values are joined the way the action's input takes them. */
const REPEATABLE = {
    payload: '\n',
    'training-data': '\n',
    ignore: '\n',
    'seller-account-id': '\n',
    'docker-run-args': ' '
};
const SWITCH_VALUE = /^(true|false|auto|yes|no|1|0)$/i;
class UsageError extends Error {
}
const BY_NAME = new Map(ACTION_INPUTS.map(i => [i.name, i]));
/** true/false/auto inputs may be given bare: `--smoke-test` means `--smoke-test true`. */
function isSwitch(input) {
    return input.default === 'true' || input.default === 'false' || input.default === 'auto';
}
function parseArgs(argv) {
    const values = new Map();
    const set = (name, value) => {
        const previous = values.get(name);
        if (previous === undefined)
            values.set(name, value);
        else if (name in REPEATABLE)
            values.set(name, `${previous}${REPEATABLE[name]}${value}`);
        else
            throw new UsageError(`--${name} is given twice ("${previous}" and "${value}"); give it once`);
    };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--help' || arg === '-h')
            return { kind: 'help' };
        if (arg === '--version' || arg === '-V')
            return { kind: 'version' };
        const m = /^--([^=]+)(?:=([\s\S]*))?$/.exec(arg);
        if (!m) {
            throw new UsageError(`unexpected argument "${arg}"; every value follows its flag, e.g. --image ${arg} or --payload ${arg}`);
        }
        const input = BY_NAME.get(m[1]);
        if (!input)
            throw new UsageError(`unknown flag --${m[1]}${suggest(m[1])}`);
        if (m[2] !== undefined) {
            set(input.name, m[2]);
            continue;
        }
        const next = argv[i + 1];
        if (isSwitch(input)) {
            if (next !== undefined && SWITCH_VALUE.test(next))
                set(input.name, argv[++i]);
            else
                set(input.name, 'true');
            continue;
        }
        if (next === undefined || next.startsWith('--')) {
            throw new UsageError(`--${input.name} needs a value: ${input.description}`);
        }
        set(input.name, argv[++i]);
        // An unquoted glob (--payload samples/*.json) arrives as several words: take them all.
        if (input.name === 'payload') {
            while (argv[i + 1] !== undefined && !argv[i + 1].startsWith('-'))
                set('payload', argv[++i]);
        }
    }
    return { kind: 'run', values };
}
/** The closest flag name, for a typo. */
function suggest(name) {
    let best;
    let bestDistance = 3;
    for (const candidate of BY_NAME.keys()) {
        const d = distance(name, candidate);
        if (d < bestDistance)
            [best, bestDistance] = [candidate, d];
    }
    return best ? ` (did you mean --${best}?)` : `; run ${NAME} --help for the list`;
}
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.length];
}
function helpText() {
    const flags = ACTION_INPUTS.map(input => {
        const cli = CLI_DEFAULTS[input.name];
        const description = cli
            ? input.description.replace(/\s*\(default[^)]*\)/, '')
            : input.description;
        const shown = cli?.shown ?? input.default;
        const value = isSwitch(input) ? '[VALUE]' : 'VALUE';
        const notes = [
            shown !== undefined ? `default: ${shown}` : '',
            input.name in REPEATABLE ? 'repeatable' : ''
        ].filter(Boolean);
        return `  --${input.name} ${value}\n      ${description}${notes.length ? ` (${notes.join('; ')})` : ''}`;
    });
    return `Usage: ${NAME} [--flag VALUE | --flag=VALUE]...

Checks a SageMaker model or algorithm container against AWS Marketplace's publishing rules before you
submit it: the same checks as the GitHub Action, from your terminal.

Examples:
  ${NAME} --image 111122223333.dkr.ecr.us-east-2.amazonaws.com/my-model@sha256:…
  ${NAME} --local-image my-model:dev --model-data ./model --payload samples/*.json --aws-checks false

Flags (the action's inputs):
${flags.join('\n')}
  --help, -h
      Show this help
  --version, -V
      Print the version

AWS credentials come from the usual places (environment, ~/.aws, AWS_PROFILE, SSO). Set NO_COLOR to
turn colour off and RUNNER_DEBUG=1 for debug lines.

Exit status: ${EXIT.pass} passed; ${EXIT.findings} findings at or above --fail-on; ${EXIT.usage} an unusable flag or input; ${EXIT.error} stopped by an unexpected error.
`;
}
async function cli(argv, env, io) {
    const err = styleFor(io.isTTY, env);
    const fail = (message, code) => {
        io.stderr(`${err.red('error:')} ${message}\n`);
        return code;
    };
    let parsed;
    try {
        parsed = parseArgs(argv);
    }
    catch (e) {
        if (e instanceof UsageError)
            return fail(e.message, EXIT.usage);
        throw e;
    }
    if (parsed.kind === 'help') {
        io.stdout(helpText());
        return EXIT.pass;
    }
    if (parsed.kind === 'version') {
        io.stdout(`${NAME} ${version/* VERSION */.x}\n`);
        return EXIT.pass;
    }
    const { values } = parsed;
    const lookup = (name) => values.get(name) ?? CLI_DEFAULTS[name]?.value(env) ?? '';
    const cwd = io.cwd ?? process.cwd();
    const log = terminalLogger(line => io.stderr(`${line}\n`), err, env.RUNNER_DEBUG === '1');
    try {
        // Relative paths are relative to where you run the command, even inside a GitHub job.
        const inputs = (0,src_inputs/* readInputs */.Ko)(lookup, { ...env, GITHUB_WORKSPACE: cwd });
        const report = await preflightUntilCancelled(inputs, log, env);
        await publishFiles(report, inputs, log, env);
        // Inside a GitHub job the CLI can write the job summary too.
        if (inputs.summary && env.GITHUB_STEP_SUMMARY) {
            const { renderSummary } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 8855));
            await (0,promises_.appendFile)(env.GITHUB_STEP_SUMMARY, renderSummary(report));
        }
        io.stdout(renderTerminalReport(report, styleFor(io.isTTY, env), inputs.reportFile));
        return report.result === 'pass' ? EXIT.pass : EXIT.findings;
    }
    catch (e) {
        if (e instanceof src_inputs/* InputError */.dz) {
            return fail(e.message.replace(`Input \`${e.input}\``, `--${e.input}`), EXIT.usage);
        }
        // Not `instanceof Error`: errors from Node's own modules may come from another realm.
        const error = e;
        if (env.RUNNER_DEBUG === '1' && error.stack)
            log.debug(error.stack);
        const message = typeof error?.message === 'string' ? error.message : String(e);
        return fail(`${NAME} stopped: ${message}`, EXIT.error);
    }
}


/***/ }),

/***/ 7206:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dh: () => (/* binding */ DIGEST),
/* harmony export */   f9: () => (/* binding */ parseImageUri),
/* harmony export */   hQ: () => (/* binding */ withDigest)
/* harmony export */ });
/* unused harmony export MAX_IMAGE_URI_LENGTH */
// Parses an image reference into the parts the registry rules need, or says why it cannot be published.
/** AWS's own parser for ECR hostnames (awslabs/amazon-ecr-credential-helper, ecr-login/api/client.go):
 * standard, FIPS, dual-stack, China, EU sovereign cloud and the isolated partitions. */
const ECR_HOST = /^(\d{12})\.dkr[.-]ecr(-fips)?\.([a-zA-Z0-9][a-zA-Z0-9-_]*)\.(amazonaws\.(?:com(?:\.cn)?|eu)|on\.(?:aws|amazonwebservices\.com\.cn)|sc2s\.sgov\.gov|c2s\.ic\.gov|cloud\.adc-e\.uk|csp\.hci\.ic\.gov)$/;
// ECR repository names (CreateRepository): lowercase path components separated by '/'.
const REPOSITORY = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** SageMaker's ContainerDefinition.Image limit. */
const MAX_IMAGE_URI_LENGTH = 255;
function parseImageUri(input) {
    const uri = input.trim();
    if (uri.length > MAX_IMAGE_URI_LENGTH) {
        return fail('too-long', `is ${uri.length} characters long; SageMaker accepts at most ${MAX_IMAGE_URI_LENGTH}`);
    }
    if (!uri || /\s/.test(uri) || uri.includes('://')) {
        return fail('malformed', 'is not an image reference (expected REGISTRY/REPOSITORY[:TAG][@sha256:DIGEST], without a scheme or spaces)');
    }
    const slash = uri.indexOf('/');
    const first = slash === -1 ? '' : uri.slice(0, slash);
    // Docker's rule: the first component is a registry host only if it has a dot, a port or is localhost.
    const hasRegistry = first !== '' && (first.includes('.') || first.includes(':') || first === 'localhost');
    if (!hasRegistry || /^(docker\.io|index\.docker\.io|registry-1\.docker\.io)$/.test(first)) {
        return fail('docker-hub', 'is a Docker Hub image; SageMaker Marketplace products must use a private Amazon ECR repository in your seller account');
    }
    if (first === 'public.ecr.aws') {
        return fail('ecr-public', 'is in Amazon ECR Public; SageMaker Marketplace products must use a private Amazon ECR repository in your seller account');
    }
    const host = ECR_HOST.exec(first);
    if (!host) {
        return fail('other-registry', `is in the registry "${first}", not in Amazon ECR (ACCOUNT.dkr.ecr.REGION.amazonaws.com)`);
    }
    let rest = uri.slice(slash + 1);
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest)) {
            return fail('malformed', `has the digest "${digest}"; expected sha256: followed by 64 lowercase hex digits`);
        }
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon !== -1) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag)) {
            return fail('malformed', `has the tag "${tag}"; tags are 1-128 letters, digits, '_', '.' or '-'`);
        }
    }
    if (rest.length > 256 || !REPOSITORY.test(rest)) {
        return fail('malformed', `has the repository "${rest}"; ECR repository names are up to 256 lowercase letters, digits and . _ - / separators`);
    }
    return {
        ok: true,
        ref: {
            uri,
            registryId: host[1],
            region: host[3],
            repository: rest,
            ...(tag !== undefined ? { tag } : {}),
            ...(digest !== undefined ? { digest } : {}),
            host: first,
            fips: host[2] !== undefined,
            dualStack: first.includes('.dkr-ecr.')
        }
    };
}
function fail(problem, reason) {
    return { ok: false, problem, reason };
}
/** The reference with a digest, for pulling and reporting exactly what was checked. */
function withDigest(ref, digest) {
    const base = `${ref.host}/${ref.repository}`;
    return { ...ref, digest, uri: `${base}${ref.tag ? `:${ref.tag}` : ''}@${digest}` };
}


/***/ }),

/***/ 8422:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   dz: () => (/* binding */ InputError)
/* harmony export */ });
/* unused harmony exports DEFAULTS, parseSize, parseList, parseDockerRunArgs */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _image_ref_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7206);
/* harmony import */ var _regions_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(5374);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9244);
// Every input is read and validated here, before any work starts. The action reads them with
// core.getInput, the CLI from --flags; both hand this module a plain lookup function.






/** A value the run cannot use. The message names the input and what was expected. */
class InputError extends Error {
    input;
    constructor(input, detail) {
        super(`Input \`${input}\` ${detail}`);
        this.input = input;
        this.name = 'InputError';
    }
}
const DEFAULTS = {
    'max-image-size': '10GiB',
    'aws-checks': 'auto',
    'smoke-test': 'auto',
    'startup-timeout': '480',
    'invocation-timeout': '60',
    batch: 'true',
    hyperparameters: '{}',
    'training-timeout': '1800',
    'fail-on': 'error',
    summary: 'true',
    comment: 'false'
};
const ACCOUNT_ID = /^\d{12}$/;
// arn:PARTITION:sagemaker:REGION:ACCOUNT:model-package/NAME[/VERSION] (DescribeModelPackage accepts both)
const MODEL_PACKAGE_ARN = /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\d{12}:model-package\/[a-zA-Z0-9-]{1,63}(\/\d+)?$/;
const ALGORITHM_ARN = /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\d{12}:algorithm\/[a-zA-Z0-9-]{1,63}$/;
// CreateTrainingJob Channel.ChannelName
const CHANNEL_NAME = /^[A-Za-z0-9.\-_]{1,64}$/;
const MAX_CHANNELS = 8; // an algorithm's TrainingChannels
const HYPERPARAMETER_LIMITS = { count: 100, key: 256, value: 2500 };
const SIZE_UNITS = {
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    kib: 1024,
    mib: 1024 ** 2,
    gib: 1024 ** 3
};
function parseSize(input, value) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(value);
    const unit = m ? (m[2] || 'b').toLowerCase() : '';
    if (!m || !(unit in SIZE_UNITS)) {
        throw new InputError(input, `is "${value}"; expected a size such as 10GiB, 800MB or 5368709120 (units: B, KB, MB, GB, KiB, MiB, GiB)`);
    }
    return Math.round(Number(m[1]) * SIZE_UNITS[unit]);
}
/** Comma- or newline-separated values, trimmed, empty entries dropped. */
function parseList(value) {
    return value
        .split(/[\n,]/)
        .map(s => s.trim())
        .filter(Boolean);
}
function parseBoolean(input, value) {
    if (/^(true|yes|1)$/i.test(value))
        return true;
    if (/^(false|no|0)$/i.test(value))
        return false;
    throw new InputError(input, `is "${value}"; expected true or false`);
}
function parseTristate(input, value) {
    const v = value.toLowerCase();
    if (v === 'auto' || v === 'true' || v === 'false')
        return v;
    throw new InputError(input, `is "${value}"; expected auto, true or false`);
}
function parseSeconds(input, value, max) {
    const n = Number(value);
    if (!/^\s*\d+(\.\d+)?\s*$/.test(value) || n <= 0 || n > max) {
        throw new InputError(input, `is "${value}"; expected a number of seconds between 1 and ${max}`);
    }
    return n;
}
function resolvePath(workspace, p) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, p);
}
function parseTrainingData(workspace, value) {
    const lines = value
        .split('\n')
        .map(s => s.trim())
        .filter(Boolean);
    const channels = [];
    for (const line of lines) {
        const eq = line.indexOf('=');
        const channel = eq === -1 ? '' : line.slice(0, eq).trim();
        const p = eq === -1 ? '' : line.slice(eq + 1).trim();
        if (!channel || !p) {
            throw new InputError('training-data', `has the line "${line}"; expected CHANNEL=PATH, e.g. training=./data/train`);
        }
        if (!CHANNEL_NAME.test(channel)) {
            throw new InputError('training-data', `has the channel name "${channel}"; channel names are 1-64 letters, digits, '.', '-' or '_'`);
        }
        if (channels.some(c => c.channel === channel)) {
            throw new InputError('training-data', `names the channel "${channel}" twice`);
        }
        const abs = resolvePath(workspace, p);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(abs)) {
            throw new InputError('training-data', `has the path "${p}" for channel "${channel}", which does not exist (resolved to ${abs})`);
        }
        channels.push({ channel, path: abs });
    }
    if (channels.length > MAX_CHANNELS) {
        throw new InputError('training-data', `has ${channels.length} channels; an algorithm may declare at most ${MAX_CHANNELS}`);
    }
    return channels;
}
/** SageMaker passes hyperparameters as a string-to-string map; numbers and booleans become strings. */
function parseHyperparameters(workspace, value) {
    let text = value.trim();
    let from = 'is not valid JSON';
    if (!/^[[{]/.test(text)) {
        const file = resolvePath(workspace, text);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
            throw new InputError('hyperparameters', `is neither a JSON object nor the path of a JSON file ("${text}" does not exist)`);
        }
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
        from = `names ${file}, which is not valid JSON`;
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (err) {
        throw new InputError('hyperparameters', `${from}: ${err.message}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new InputError('hyperparameters', 'must be a JSON object such as {"epochs": 10, "learning_rate": "0.1"}');
    }
    const out = {};
    for (const [key, v] of Object.entries(parsed)) {
        if (typeof v === 'object' && v !== null) {
            throw new InputError('hyperparameters', `has a nested value for "${key}"; SageMaker hyperparameters are strings, numbers or booleans`);
        }
        out[key] = String(v);
        if (key.length > HYPERPARAMETER_LIMITS.key) {
            throw new InputError('hyperparameters', `has a key of ${key.length} characters; SageMaker allows ${HYPERPARAMETER_LIMITS.key}`);
        }
        if (out[key].length > HYPERPARAMETER_LIMITS.value) {
            throw new InputError('hyperparameters', `has a value of ${out[key].length} characters for "${key}"; SageMaker allows ${HYPERPARAMETER_LIMITS.value}`);
        }
    }
    if (Object.keys(out).length > HYPERPARAMETER_LIMITS.count) {
        throw new InputError('hyperparameters', `has ${Object.keys(out).length} keys; SageMaker allows ${HYPERPARAMETER_LIMITS.count}`);
    }
    return out;
}
// docker run options that take no value, so the word after them is not theirs
const NO_VALUE_RUN_FLAGS = /^--?(init|read-only|oom-kill-disable|no-healthcheck|sig-proxy|disable-content-trust|q|quiet)$/;
/** Splits `docker-run-args` like a shell would (quotes, no expansion) and refuses flags that would
 * break the isolation the smoke test exists to reproduce. */
function parseDockerRunArgs(value) {
    const args = [];
    const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
    for (const m of value.matchAll(re)) {
        args.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] ?? m[3]));
    }
    const refused = /^--?(network|net|network-alias|link|publish|publish-all|p|P|expose|dns|dns-search|dns-option|add-host|privileged|cap-add|security-opt|device-cgroup-rule|pid|ipc|uts|userns|cgroupns|user|u|volumes-from|volume|v|mount|env-file|entrypoint|rm|name|detach|d|interactive|i|tty|t)(=|$)/;
    args.forEach((arg, i) => {
        // a stray word would become docker's IMAGE, and the real image its command
        const previous = args[i - 1];
        const isValue = previous?.startsWith('-') && !previous.includes('=') && !NO_VALUE_RUN_FLAGS.test(previous);
        if (!arg.startsWith('-') && !isValue) {
            throw new InputError('docker-run-args', `contains "${arg}", which is neither an option nor an option's value; give docker run options only (the preflight passes the image and \`serve\` or \`train\` itself), such as --gpus all --memory 8g -e MODEL_NAME=demo`);
        }
        if (refused.test(arg)) {
            throw new InputError('docker-run-args', `contains "${arg}"; network, privilege, host-namespace, mount and lifecycle flags are refused because SageMaker runs the container isolated, with only /opt/ml mounted. Allowed: resources, devices and KEY=VALUE variables, such as --gpus all, --memory 8g, --shm-size 1g, -e MODEL_NAME=demo`);
        }
        // `-e NAME` without a value copies NAME from the runner's environment into the container.
        const env = /^(?:-e|--env)(?:=(.*))?$/.exec(arg);
        if (env && !(env[1] ?? args[i + 1] ?? '').includes('=')) {
            throw new InputError('docker-run-args', `passes "${arg}${env[1] === undefined ? ` ${args[i + 1] ?? ''}` : ''}" without a value; give -e NAME=VALUE so nothing from the runner's environment reaches the container`);
        }
    });
    return args;
}
function optional(get, name) {
    const v = get(name).trim();
    return v === '' ? undefined : v;
}
/** An input sent as an HTTP header: a line break in it would start a header of its own. */
function headerInput(get, name, header) {
    const v = optional(get, name);
    if (v !== undefined && [...v].some(c => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127)) {
        throw new InputError(name, `is ${JSON.stringify(v)}, which contains a line break or control character; it is sent as the ${header} header of each invocation, so give one media type such as text/csv`);
    }
    return v;
}
function readInputs(get, env = process.env) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const value = (name) => optional(get, name) ?? DEFAULTS[name] ?? '';
    const image = optional(get, 'image');
    const digest = optional(get, 'digest');
    if (digest !== undefined && !_image_ref_js__WEBPACK_IMPORTED_MODULE_4__/* .DIGEST */ .Dh.test(digest)) {
        throw new InputError('digest', `is "${digest}"; expected sha256: followed by 64 lowercase hex digits`);
    }
    if (digest !== undefined && image === undefined) {
        throw new InputError('digest', 'is given without `image`; pass the ECR image URI it belongs to');
    }
    const imageDigest = image?.match(/@(sha256:[a-f0-9]{64})$/)?.[1];
    if (digest && imageDigest && digest !== imageDigest) {
        throw new InputError('digest', `is ${digest} but \`image\` is pinned to ${imageDigest}; pass one digest`);
    }
    const region = optional(get, 'region');
    if (region !== undefined && !(0,_regions_js__WEBPACK_IMPORTED_MODULE_5__/* .isRegionName */ .Us)(region)) {
        throw new InputError('region', `is "${region}"; expected a Region name such as us-east-2`);
    }
    const sellerAccountIds = parseList(get('seller-account-id'));
    for (const id of sellerAccountIds) {
        if (!ACCOUNT_ID.test(id)) {
            throw new InputError('seller-account-id', `has "${id}"; expected 12-digit AWS account ids, comma or newline separated`);
        }
    }
    const modelPackageArn = optional(get, 'model-package-arn');
    if (modelPackageArn !== undefined && !MODEL_PACKAGE_ARN.test(modelPackageArn)) {
        throw new InputError('model-package-arn', `is "${modelPackageArn}"; expected arn:aws:sagemaker:REGION:ACCOUNT:model-package/NAME/VERSION`);
    }
    const algorithmArn = optional(get, 'algorithm-arn');
    if (algorithmArn !== undefined && !ALGORITHM_ARN.test(algorithmArn)) {
        throw new InputError('algorithm-arn', `is "${algorithmArn}"; expected arn:aws:sagemaker:REGION:ACCOUNT:algorithm/NAME`);
    }
    const trainingImage = optional(get, 'training-image');
    const localTrainingImage = optional(get, 'local-training-image');
    const localImage = optional(get, 'local-image');
    if (!image &&
        !modelPackageArn &&
        !algorithmArn &&
        !localImage &&
        !trainingImage &&
        !localTrainingImage) {
        throw new InputError('image', 'is required: pass the ECR image URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/REPO@sha256:…), or `model-package-arn`, `algorithm-arn` or `local-image`');
    }
    const modelDataRaw = optional(get, 'model-data');
    let modelData;
    if (modelDataRaw !== undefined) {
        modelData = resolvePath(workspace, modelDataRaw);
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(modelData) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(modelData) : undefined;
        if (!st || !(st.isDirectory() || (st.isFile() && /\.(tar\.gz|tgz)$/.test(modelData)))) {
            throw new InputError('model-data', `is "${modelDataRaw}"; expected an existing directory or .tar.gz file (resolved to ${modelData})`);
        }
    }
    const failOn = value('fail-on');
    if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') {
        throw new InputError('fail-on', `is "${failOn}"; expected error, warning or never`);
    }
    const ignore = parseList(get('ignore'));
    for (const id of ignore) {
        if (!(0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .isRuleId */ .KX)(id)) {
            throw new InputError('ignore', `has "${id}", which is not a rule id; see the rules table in the README`);
        }
    }
    const reportFile = resolvePath(workspace, optional(get, 'report-file') ??
        node_path__WEBPACK_IMPORTED_MODULE_2___default().join(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'marketplace-preflight.json'));
    const sarif = optional(get, 'sarif-file');
    return {
        image,
        digest,
        region,
        sellerAccountIds,
        trainingImage,
        localTrainingImage,
        modelPackageArn,
        algorithmArn,
        maxImageSizeBytes: parseSize('max-image-size', value('max-image-size')),
        awsChecks: parseTristate('aws-checks', value('aws-checks')),
        smokeTest: parseTristate('smoke-test', value('smoke-test')),
        localImage,
        modelData,
        payloads: get('payload')
            .split('\n')
            .map(s => s.trim())
            .filter(Boolean),
        contentType: headerInput(get, 'content-type', 'Content-Type'),
        accept: headerInput(get, 'accept', 'Accept'),
        startupTimeoutSec: parseSeconds('startup-timeout', value('startup-timeout'), 3600),
        invocationTimeoutSec: parseSeconds('invocation-timeout', value('invocation-timeout'), 3600),
        batch: parseBoolean('batch', value('batch')),
        trainingData: parseTrainingData(workspace, get('training-data')),
        hyperparameters: parseHyperparameters(workspace, value('hyperparameters')),
        trainingTimeoutSec: parseSeconds('training-timeout', value('training-timeout'), 5 * 24 * 3600),
        dockerRunArgs: parseDockerRunArgs(get('docker-run-args')),
        failOn,
        ignore,
        reportFile,
        sarifFile: sarif === undefined ? undefined : resolvePath(workspace, sarif),
        summary: parseBoolean('summary', value('summary')),
        comment: parseBoolean('comment', value('comment')),
        githubToken: optional(get, 'github-token'),
        workspace
    };
}


/***/ }),

/***/ 5374:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ly: () => (/* binding */ regionFromTable),
/* harmony export */   Us: () => (/* binding */ isRegionName),
/* harmony export */   iQ: () => (/* binding */ partitionOf)
/* harmony export */ });
/* unused harmony exports ELIGIBLE_REGIONS, OPT_IN_REGIONS */
// Which Regions can publish ML products to AWS Marketplace: SageMaker-supported AND enabled by default
// (OptInStatus "opt-in-not-required"). The table is the offline answer; a live API can confirm it.
const ELIGIBLE_REGIONS = [
    'us-east-1',
    'us-east-2',
    'us-west-1',
    'us-west-2',
    'ca-central-1',
    'sa-east-1',
    'eu-west-1',
    'eu-west-2',
    'eu-west-3',
    'eu-central-1',
    'eu-north-1',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-northeast-3',
    'ap-south-1',
    'ap-southeast-1',
    'ap-southeast-2'
];
/** Commercial Regions launched after 2019-03-20: SageMaker runs there, but accounts must opt in. */
const OPT_IN_REGIONS = [
    'af-south-1',
    'ap-east-1',
    'ap-east-2',
    'ap-south-2',
    'ap-southeast-3',
    'ap-southeast-4',
    'ap-southeast-5',
    'ap-southeast-6',
    'ap-southeast-7',
    'ca-west-1',
    'eu-central-2',
    'eu-south-1',
    'eu-south-2',
    'il-central-1',
    'me-central-1',
    'me-south-1',
    'mx-central-1'
];
const REGION_SYNTAX = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;
const OTHER_PARTITION = /^(cn-|us-gov-|us-iso|eusc-)/;
function isRegionName(value) {
    return REGION_SYNTAX.test(value);
}
function partitionOf(region) {
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    if (region.startsWith('us-isob-'))
        return 'aws-iso-b';
    if (region.startsWith('us-isof-'))
        return 'aws-iso-f';
    if (region.startsWith('us-iso-'))
        return 'aws-iso';
    if (region.startsWith('eusc-'))
        return 'aws-eusc';
    return 'aws';
}
function regionFromTable(region) {
    const verdict = (category, reason) => ({
        region,
        eligible: category === 'eligible',
        category,
        source: 'table',
        reason
    });
    if (ELIGIBLE_REGIONS.includes(region)) {
        return verdict('eligible', `${region} is a commercial Region enabled by default where SageMaker runs`);
    }
    if (OPT_IN_REGIONS.includes(region)) {
        return verdict('opt-in', `${region} is an opt-in Region (OptInStatus "opted-in"/"not-opted-in"); AWS Marketplace publishes only from Regions enabled by default`);
    }
    if (OTHER_PARTITION.test(region)) {
        return verdict('other-partition', `${region} is in the ${partitionOf(region)} partition; AWS Marketplace publishing is documented only for the commercial partition`);
    }
    return verdict('unknown', `${region} is not a Region known to support SageMaker publishing; Regions launched after 2019-03-20 are opt-in and cannot publish`);
}


/***/ }),

/***/ 665:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   J0: () => (/* binding */ reportSubject),
/* harmony export */   u5: () => (/* binding */ writeReport)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(311);
// The JSON report (version 1, product-spec.md): the machine-readable result of a run.



function buildReport(args) {
    const { facts } = args;
    return {
        version: 1,
        tool: { name: 'marketplace-ml-preflight', version: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x },
        result: args.result,
        startedAt: args.started.toISOString(),
        durationMs: Date.now() - args.started.getTime(),
        errors: args.findings.filter(f => f.severity === 'error').length,
        warnings: args.findings.filter(f => f.severity === 'warning').length,
        ...(facts.region ? { region: facts.region } : {}),
        ...(facts.sellerAccountIds ? { sellerAccountIds: facts.sellerAccountIds } : {}),
        ...(facts.image ? { image: facts.image } : {}),
        ...(facts.trainingImage ? { trainingImage: facts.trainingImage } : {}),
        ...(facts.resources.length ? { resources: facts.resources } : {}),
        checks: args.checks,
        findings: args.findings,
        ...(facts.smokeTest ? { smokeTest: facts.smokeTest } : {}),
        ...(facts.training ? { training: facts.training } : {})
    };
}
/** What the run checked, to tell apart the reports, comments and alerts of a matrix of images. */
function reportSubject(report) {
    return (report.image?.uri ??
        report.image?.local ??
        report.trainingImage?.uri ??
        report.resources?.[0]?.arn ??
        report.smokeTest?.image);
}
async function writeReport(report, file) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${JSON.stringify(report, null, 2)}\n`);
}


/***/ }),

/***/ 9244:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hu: () => (/* binding */ rule),
/* harmony export */   KX: () => (/* binding */ isRuleId),
/* harmony export */   W1: () => (/* binding */ rulesInPhase),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
// The rule table: every finding id the preflight can report, in one place.
// Ids are public (product-spec.md); the order here is the order of the report and the summary.
const SEED = {
    name: 'AWS Marketplace seller guide: ML service restrictions and quotas',
    url: 'https://docs.aws.amazon.com/marketplace/latest/userguide/ml-service-restrictions-and-limits.html'
};
const SEED_REGIONS = {
    name: 'AWS Marketplace seller guide: supported AWS Regions for publishing',
    url: 'https://docs.aws.amazon.com/marketplace/latest/userguide/ml-service-restrictions-and-limits.html#ml-supported-aws-regions-for-publishing'
};
const INFERENCE = {
    name: 'SageMaker developer guide: use your own inference code with hosting services',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/your-algorithms-inference-code.html'
};
const BATCH = {
    name: 'SageMaker developer guide: use your own inference code with batch transform',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/your-algorithms-batch-code.html'
};
const TRAINING = {
    name: 'SageMaker developer guide: how SageMaker runs your training image',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/your-algorithms-training-algo.html'
};
const CONTAINER_API = {
    name: 'SageMaker API reference: ContainerDefinition.Image',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContainerDefinition.html'
};
const MANIFEST = {
    name: 'aws/amazon-sagemaker-feedback#180: unsupported manifest media type',
    url: 'https://github.com/aws/amazon-sagemaker-feedback/issues/180'
};
const LISTING = {
    name: 'AWS Marketplace seller guide: requirements and best practices for ML products',
    url: 'https://docs.aws.amazon.com/marketplace/latest/userguide/ml-listing-requirements-and-best-practices.html'
};
const MODEL_PACKAGE_API = {
    name: 'SageMaker API reference: DescribeModelPackage / DescribeAlgorithm',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeModelPackage.html'
};
const RULES = [
    {
        id: 'image-uri',
        phase: 'static',
        severity: 'error',
        title: 'Image is not a private Amazon ECR image',
        help: 'Push the image to a private Amazon ECR repository in your seller account and pass its URI, e.g. 111122223333.dkr.ecr.us-east-2.amazonaws.com/my-model@sha256:….',
        source: CONTAINER_API
    },
    {
        id: 'region-eligibility',
        phase: 'static',
        severity: 'error',
        title: 'Region cannot publish to AWS Marketplace',
        help: 'Publish from a commercial Region that SageMaker supports and that is enabled by default (for example us-east-1, us-east-2, us-west-2, eu-west-1). Create the ECR repository, model package and S3 data there.',
        source: SEED_REGIONS
    },
    {
        id: 'same-region',
        phase: 'static',
        severity: 'error',
        title: 'Resource is outside the publishing Region',
        help: 'Keep the model package or algorithm, its ECR images, its S3 model artifacts and its S3 validation data in the Region you publish from. Replicate the image (ECR replication) or copy the data to that Region.',
        source: SEED
    },
    {
        id: 'pinned-digest',
        phase: 'static',
        severity: 'warning',
        title: 'Image is referenced by a mutable tag',
        help: 'Reference the image by digest (REPO@sha256:…, or pass the `digest` output of docker/build-push-action) so the image you check is the image you publish.',
        source: CONTAINER_API
    },
    {
        id: 'ecr-ownership',
        phase: 'registry',
        severity: 'error',
        title: 'Image is in a registry the seller does not own',
        help: 'Push the image to an ECR repository owned by the seller account that publishes the product; cross-account images fail validation with "Access denied for registry".',
        source: SEED
    },
    {
        id: 'image-exists',
        phase: 'registry',
        severity: 'error',
        title: 'Image not found in the repository',
        help: 'Push the image first (docker push, or docker/build-push-action with push: true), and check the repository name, tag and digest.',
        source: CONTAINER_API
    },
    {
        id: 'image-size',
        phase: 'registry',
        severity: 'warning',
        title: 'Image is large',
        help: 'Large images slow every endpoint, batch and training start. Use a slim base image, a multi-stage build, and keep model weights in the model artifact (model.tar.gz) rather than in the image.',
        source: SEED
    },
    {
        id: 'manifest-type',
        phase: 'registry',
        severity: 'error',
        title: 'SageMaker cannot use this manifest type',
        help: 'Push a Docker v2 schema 2 manifest: build with `--provenance=false` (docker/build-push-action: `provenance: false`) and `--output type=docker`, or `docker buildx build --provenance=false --sbom=false`.',
        source: MANIFEST
    },
    {
        id: 'platform',
        phase: 'registry',
        severity: 'error',
        title: 'No linux/amd64 image',
        help: 'Build for linux/amd64 (`docker buildx build --platform linux/amd64`): Marketplace validation runs batch transform and training on x86_64 instances.',
        source: BATCH
    },
    {
        id: 'vulnerabilities',
        phase: 'registry',
        severity: 'error',
        title: 'Image has security findings',
        help: 'Update the base image and packages until the ECR scan shows no CRITICAL or HIGH findings, then push again. Enable scan on push for the repository (`aws ecr put-image-scanning-configuration --image-scanning-configuration scanOnPush=true`).',
        source: LISTING
    },
    {
        id: 'entrypoint',
        phase: 'registry',
        severity: 'warning',
        title: 'Entrypoint may not receive serve/train or signals',
        help: 'Use an exec-form ENTRYPOINT (ENTRYPOINT ["python", "serve.py"]) so SageMaker\'s `serve`/`train` argument and SIGTERM reach your process; do not use tini as the entrypoint; ship nothing under /opt/ml (SageMaker mounts it).',
        source: INFERENCE
    },
    {
        id: 'certify-for-marketplace',
        phase: 'resource',
        severity: 'error',
        title: 'Resource is not certified for AWS Marketplace',
        help: 'Create the model package or algorithm with CertifyForMarketplace=true (boto3: `CertifyForMarketplace=True`); it cannot be changed afterwards, so create a new version.',
        source: MODEL_PACKAGE_API
    },
    {
        id: 'validation-spec',
        phase: 'resource',
        severity: 'error',
        title: 'No validation profile',
        help: 'Add a ValidationSpecification: a batch transform job for a model package; a training job and a transform job for an algorithm.',
        source: MODEL_PACKAGE_API
    },
    {
        id: 'builtin-algorithm',
        phase: 'resource',
        severity: 'error',
        title: 'Derived from a built-in or Marketplace algorithm',
        help: 'Model packages built from SageMaker built-in algorithms or from algorithms subscribed on AWS Marketplace cannot be published. Package your own container image and model.',
        source: SEED
    },
    {
        id: 'resource-status',
        phase: 'resource',
        severity: 'error',
        title: 'Resource is not ready to publish',
        help: 'Wait until the status is Completed with validation and image scan Completed; fix the failure reason shown and create a new version.',
        source: MODEL_PACKAGE_API
    },
    {
        id: 'serve-start',
        phase: 'serve',
        severity: 'error',
        title: 'Container did not start serving',
        help: 'The container must start with `docker run IMAGE serve` and answer GET /ping with 200 on port 8080 within the startup window. Read the log lines shown, and run the image locally with the same command.',
        source: INFERENCE
    },
    {
        id: 'network-dependency',
        phase: 'serve',
        severity: 'error',
        title: 'Container needs the network',
        help: 'Buyers run your container with network isolation: no internet, no AWS calls. Bake every model, tokenizer and package into the image or the model artifact, and set offline modes (e.g. HF_HUB_OFFLINE=1, TRANSFORMERS_OFFLINE=1).',
        source: SEED
    },
    {
        id: 'ping',
        phase: 'serve',
        severity: 'error',
        title: 'GET /ping is not healthy',
        help: 'GET /ping must answer 200 (an empty body is fine) within 2 seconds, and it must not do model work on each call.',
        source: INFERENCE
    },
    {
        id: 'invocation',
        phase: 'serve',
        severity: 'error',
        title: 'POST /invocations failed',
        help: 'POST /invocations must answer 2xx for the sample payloads with their Content-Type. Read the response body and the container log shown.',
        source: INFERENCE
    },
    {
        id: 'invocation-latency',
        phase: 'serve',
        severity: 'error',
        title: 'Invocation too slow',
        help: 'A real-time invocation must answer within 60 seconds and a batch-transform invocation within 60 minutes. Reduce the work per request or advise asynchronous inference in the listing.',
        source: SEED
    },
    {
        id: 'payload-size',
        phase: 'serve',
        severity: 'error',
        title: 'Sample payload too large',
        help: 'Real-time requests are capped at 25 MB (the InvokeEndpoint API accepts at most 6 MiB), batch-transform requests at 100 MB. Use smaller samples, or document batch transform or asynchronous inference for large inputs.',
        source: SEED
    },
    {
        id: 'execution-parameters',
        phase: 'batch',
        severity: 'error',
        title: 'GET /execution-parameters is invalid',
        help: 'Answer GET /execution-parameters with JSON such as {"MaxConcurrentTransforms": 1, "BatchStrategy": "MULTI_RECORD", "MaxPayloadInMB": 6}, with MaxConcurrentTransforms × MaxPayloadInMB ≤ 100; or answer 404 to use the defaults.',
        source: BATCH
    },
    {
        id: 'sigterm',
        phase: 'serve',
        severity: 'warning',
        title: 'Container ignores SIGTERM',
        help: 'Handle SIGTERM and exit promptly (exec-form ENTRYPOINT, `exec` in shell scripts, gunicorn/uvicorn as PID 1); SageMaker kills the container 30 seconds after SIGTERM (120 s in training).',
        source: INFERENCE
    },
    {
        id: 'train-exit',
        phase: 'training',
        severity: 'error',
        title: 'Training failed',
        help: '`docker run IMAGE train` must exit 0. On failure write the reason to /opt/ml/output/failure (SageMaker shows its first 1024 characters) and exit non-zero.',
        source: TRAINING
    },
    {
        id: 'train-model-output',
        phase: 'training',
        severity: 'error',
        title: 'Training produced no model',
        help: 'Write the trained model files to /opt/ml/model: SageMaker packs that directory into model.tar.gz for the transform job that follows.',
        source: TRAINING
    }
];
const BY_ID = new Map(RULES.map(rule => [rule.id, rule]));
function rule(id) {
    const found = BY_ID.get(id);
    if (!found)
        throw new Error(`Unknown rule id "${id}"`);
    return found;
}
function isRuleId(id) {
    return BY_ID.has(id);
}
function rulesInPhase(phase) {
    return RULES.filter(r => r.phase === phase).map(r => r.id);
}


/***/ }),

/***/ 9287:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EL: () => (/* binding */ checkRegionEligibility),
/* harmony export */   JC: () => (/* binding */ imageFacts),
/* harmony export */   ZH: () => (/* binding */ capitalize),
/* harmony export */   jZ: () => (/* binding */ checkSameRegion),
/* harmony export */   li: () => (/* binding */ runStaticChecks)
/* harmony export */ });
/* harmony import */ var _image_ref_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7206);
/* harmony import */ var _regions_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5374);
// The rules decided from the inputs alone: image-uri, region-eligibility, same-region, pinned-digest.
// Pure functions: they read the inputs and write findings and facts, nothing else.


function runStaticChecks(ctx) {
    const { inputs, findings, facts } = ctx;
    const result = {};
    const parse = (input, uri) => {
        if (uri === undefined)
            return undefined;
        const parsed = (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .parseImageUri */ .f9)(uri);
        if (!parsed.ok) {
            findings.add('image-uri', {
                message: `\`${input}\` "${truncate(uri)}" ${parsed.reason}.`,
                file: input
            });
            return undefined;
        }
        findings.pass('image-uri', `${input} is a private ECR image in account ${parsed.ref.registryId}, ${parsed.ref.region}`);
        return parsed.ref;
    };
    const image = parse('image', inputs.image);
    result.image = image && inputs.digest ? (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .withDigest */ .hQ)(image, inputs.digest) : image;
    result.trainingImage = parse('training-image', inputs.trainingImage);
    if (result.image)
        facts.image = imageFacts(result.image);
    if (result.trainingImage)
        facts.trainingImage = imageFacts(result.trainingImage);
    if (!inputs.image && !inputs.trainingImage) {
        findings.skip('image-uri', 'no ECR image given (`image` or `training-image`)');
    }
    // Everything that must live in the publishing Region, with where it came from.
    const located = [];
    if (result.image)
        located.push({ what: 'the image', input: 'image', region: result.image.region });
    if (result.trainingImage) {
        located.push({
            what: 'the training image',
            input: 'training-image',
            region: result.trainingImage.region
        });
    }
    for (const [input, arn] of [
        ['model-package-arn', inputs.modelPackageArn],
        ['algorithm-arn', inputs.algorithmArn]
    ]) {
        if (arn)
            located.push({
                what: `the ${input.replace(/-arn$/, '').replace('-', ' ')}`,
                input,
                region: arn.split(':')[3]
            });
    }
    result.region = inputs.region ?? located[0]?.region;
    if (result.region === undefined) {
        findings.skip('region-eligibility', 'no Region known: pass `region` or an ECR image URI');
        findings.skip('same-region', 'no Region known: pass `region` or an ECR image URI');
    }
    else {
        facts.region = checkRegionEligibility(ctx, (0,_regions_js__WEBPACK_IMPORTED_MODULE_1__/* .regionFromTable */ .Ly)(result.region));
        checkSameRegion(ctx, result.region, inputs.region ? 'region' : located[0].input, located);
    }
    for (const [input, ref] of [
        ['image', result.image],
        ['training-image', result.trainingImage]
    ]) {
        if (!ref)
            continue;
        if (ref.digest)
            findings.pass('pinned-digest', `${input} is pinned to ${ref.digest}`);
        else {
            findings.add('pinned-digest', {
                message: `\`${input}\` "${ref.uri}" names the tag "${ref.tag ?? 'latest'}" without a digest; a tag can move after this check runs.`,
                file: input
            });
        }
    }
    if (!result.image && !result.trainingImage) {
        findings.skip('pinned-digest', 'no valid ECR image to check');
    }
    return result;
}
/** Records region-eligibility for a verdict (from the table, or later from a live API). */
function checkRegionEligibility(ctx, verdict) {
    const detail = `${verdict.reason} (decided by ${verdict.source === 'table' ? 'the embedded Region table' : verdict.source})`;
    if (verdict.eligible)
        ctx.findings.pass('region-eligibility', detail);
    else {
        ctx.findings.add('region-eligibility', {
            message: `${detail}.`,
            help: `Marketplace publishes ML products only from Regions where SageMaker runs and that are enabled by default; ${verdict.region} is not one.`,
            file: ctx.inputs.region ? 'region' : 'image'
        });
    }
    return verdict;
}
function checkSameRegion(ctx, region, regionInput, located) {
    const outside = located.filter(l => l.region !== region);
    for (const l of outside) {
        ctx.findings.add('same-region', {
            message: `${capitalize(l.what)} (\`${l.input}\`) is in ${l.region}, but the publishing Region (from \`${regionInput}\`) is ${region}.`,
            file: l.input
        });
    }
    if (outside.length === 0) {
        ctx.findings.pass('same-region', located.length
            ? `${located.map(l => l.what).join(', ')} ${located.length > 1 ? 'are' : 'is'} in ${region}`
            : `publishing from ${region}; nothing else to compare yet`);
    }
}
function imageFacts(ref) {
    const { uri, registryId, region, repository, tag, digest } = ref;
    return {
        uri,
        registryId,
        region,
        repository,
        ...(tag ? { tag } : {}),
        ...(digest ? { digest } : {})
    };
}
function capitalize(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
function truncate(s, max = 120) {
    return s.length > max ? `${s.slice(0, max)}…` : s;
}


/***/ }),

/***/ 8855:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Et: () => (/* binding */ checksTable),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   eO: () => (/* binding */ firstThatFits),
/* harmony export */   k0: () => (/* binding */ shortVerdict),
/* harmony export */   nA: () => (/* binding */ findingBlock),
/* harmony export */   renderSummary: () => (/* binding */ renderSummary),
/* harmony export */   wd: () => (/* binding */ factsTable),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export SUMMARY_LIMIT_BYTES */
// The job summary: a heading, one sentence, the checks table, the findings, the image facts.
// Pure: it renders a Report to GitHub-flavoured Markdown/HTML; user data is always HTML-escaped.
/** GitHub drops a step summary larger than 1 MiB; stay well below it. */
const SUMMARY_LIMIT_BYTES = 900 * 1024;
const MAX_MESSAGE_CHARS = 4000;
const MAX_LOG_CHARS = 20000;
const ICON = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️' };
function escapeHtml(s) {
    return s.replace(/[&<>"'`|\\*_[\]]/g, c => `&#${c.charCodeAt(0)};`);
}
function clip(s, max) {
    return s.length > max
        ? `${s.slice(0, max)}\n… (${s.length - max} more characters in the JSON report)`
        : s;
}
function formatBytes(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = n;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${i === 0 ? v : v.toFixed(v >= 100 ? 0 : 1)} ${units[i]}`;
}
function checksTable(checks) {
    const rows = checks.map(c => `<tr><td>${ICON[c.status]} ${c.status}</td><td><code>${c.rule}</code></td><td>${escapeHtml(clip(c.detail, 600))}</td></tr>`);
    return `<table><tr><th>Status</th><th>Rule</th><th>Detail</th></tr>${rows.join('')}</table>`;
}
function findingBlock(f, maxChars) {
    const icon = f.severity === 'error' ? '❌' : '⚠️';
    return [
        `#### ${icon} <code>${f.rule}</code>: ${escapeHtml(f.title)}`,
        '',
        `> ${escapeHtml(clip(f.message, maxChars)).replace(/\n/g, '<br>')}`,
        '',
        `**How to fix:** ${escapeHtml(clip(f.help, maxChars))}`,
        ''
    ].join('\n');
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
            rows.push(['Compressed size', formatBytes(img.sizeBytes)]);
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
    if (report.smokeTest?.probeMethod)
        rows.push(['Probe', report.smokeTest.probeMethod]);
    if (report.training?.durationSeconds !== undefined) {
        rows.push([
            'Training',
            `${report.training.durationSeconds.toFixed(1)} s, exit ${report.training.exitCode ?? 'none'}`
        ]);
    }
    if (!rows.length)
        return '';
    return `<table>${rows.map(([k, v]) => `<tr><th align="left">${k}</th><td><code>${escapeHtml(v)}</code></td></tr>`).join('')}</table>`;
}
function details(title, body) {
    return `<details><summary>${escapeHtml(title)}</summary>\n\n<pre><code>${escapeHtml(clip(body, MAX_LOG_CHARS))}</code></pre>\n\n</details>\n`;
}
function renderSummary(report) {
    const render = (maxChars, withLogs) => {
        const verdict = report.result === 'pass'
            ? `✅ Passed: ${report.warnings} warning(s), no blocking findings.`
            : `❌ Failed: ${report.errors} error(s), ${report.warnings} warning(s).`;
        const parts = [
            '## AWS Marketplace ML preflight',
            '',
            `${verdict} Checked against AWS Marketplace's publishing rules for SageMaker model packages and algorithms before submission.`,
            '',
            factsTable(report),
            '',
            '### Checks',
            '',
            checksTable(report.checks),
            ''
        ];
        if (report.findings.length) {
            parts.push('### Findings', '', ...report.findings.map(f => findingBlock(f, maxChars)));
        }
        if (withLogs && report.smokeTest?.logExcerpt)
            parts.push(details('Container log (serve)', report.smokeTest.logExcerpt));
        if (withLogs && report.training?.logExcerpt)
            parts.push(details('Container log (train)', report.training.logExcerpt));
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
    return `${report.result === 'pass' ? '✅ Passed' : '❌ Failed'}: ${report.errors} error(s), ${report.warnings} warning(s).`;
}


/***/ }),

/***/ 8117:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ unlessAborted),
/* harmony export */   u: () => (/* binding */ within)
/* harmony export */ });
// Waiting with bounds: every wait in the preflight ends by itself, or when the run is cancelled.
/** `p`, unless `signal` aborts first: then its reason. Leaves no listener behind. */
async function unlessAborted(p, signal) {
    signal.throwIfAborted();
    let onAbort;
    try {
        return await Promise.race([
            p,
            new Promise((_, reject) => {
                onAbort = () => reject(signal.reason);
                signal.addEventListener('abort', onAbort, { once: true });
            })
        ]);
    }
    finally {
        signal.removeEventListener('abort', onAbort);
    }
}
/**
 * Waits for `p` at most `ms`: its value, or undefined when time ran out; rejects with the abort
 * reason when `signal` aborts first. Leaves no timer behind.
 */
async function within(p, ms, signal) {
    let timer;
    const bounded = Promise.race([
        p,
        new Promise(resolve => (timer = setTimeout(() => resolve(undefined), ms)))
    ]);
    try {
        return await (signal ? unlessAborted(bounded, signal) : bounded);
    }
    finally {
        clearTimeout(timer);
    }
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
const VERSION = '0.1.0';


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(7318);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
