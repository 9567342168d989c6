export const id = 231;
export const ids = [231];
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


/***/ })

};
