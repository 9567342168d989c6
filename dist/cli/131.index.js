export const id = 131;
export const ids = [131];
export const modules = {

/***/ 1131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  writeSarif: () => (/* binding */ writeSarif)
});

// UNUSED EXPORTS: INFORMATION_URI, SARIF_SCHEMA, renderSarif

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/inputs/paths.ts
var paths = __webpack_require__(7981);
;// CONCATENATED MODULE: ./src/report/locations.ts
// Where in the repository a finding points: the workflow file that set the input (found through
// GITHUB_WORKFLOW_REF), at the line naming that input. SARIF needs a location for every result;
// annotations use one when it is known.


function findingLocator(workspace, env) {
    const ref = env.GITHUB_WORKFLOW_REF; // owner/repo/.github/workflows/ci.yml@refs/heads/main
    const repo = env.GITHUB_REPOSITORY;
    const workflow = ref && repo && ref.startsWith(`${repo}/`)
        ? ref.slice(repo.length + 1).replace(/@[^@]*$/, '')
        : undefined;
    const uri = workflow ?? 'Dockerfile';
    let lines;
    try {
        const file = external_node_path_default().join(workspace, uri);
        const read = { input: uri, value: uri, file, maxBytes: paths/* MAX_FILE_BYTES */.gZ.text, hint: '' };
        lines = (0,paths/* readInputFile */.jH)(read, { workspace }).data.toString().split('\n');
    }
    catch {
        // missing, or a link out of the workspace, a FIFO, a huge file: findings point at no line
        return { uri, workflow: workflow !== undefined };
    }
    return {
        uri,
        workflow: workflow !== undefined,
        lineOf: f => {
            if (!f.file)
                return undefined;
            const input = new RegExp(`^\\s*${f.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
            const at = lines.findIndex(l => input.test(l));
            return at === -1 ? undefined : at + 1;
        }
    };
}

// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/catalog/rules.ts
var catalog_rules = __webpack_require__(7668);
// EXTERNAL MODULE: ./src/report/untrusted.ts
var untrusted = __webpack_require__(480);
;// CONCATENATED MODULE: ./src/report/sarif.ts
// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif): one rule per finding id
// used, one result per finding. Code scanning rejects a result without a location
// ("locationFromSarifResult: expected at least one location"), and the location must be a path in
// the repository, so every result points at the file that names the image: the workflow file when
// running in GitHub Actions, else the Dockerfile.







const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/marketplace-ml-preflight/marketplace-ml-preflight';
function renderSarif(report, location) {
    const ids = [...new Set(report.findings.map(f => f.rule))];
    const rules = ids.map(id => {
        const r = (0,catalog_rules/* rule */.Hu)(id);
        const help = `${r.help} Source: ${r.source.name} (${r.source.url})`;
        return {
            id: r.id,
            name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase()),
            shortDescription: { text: r.title },
            fullDescription: { text: r.help },
            help: { text: help, markdown: `${r.help}\n\nSource: [${r.source.name}](${r.source.url})` },
            helpUri: r.source.url,
            defaultConfiguration: { level: r.severity },
            properties: { tags: ['aws-marketplace', 'sagemaker', r.phase] }
        };
    });
    const subject = (0,json/* reportSubject */.J0)(report) ?? 'run';
    const results = report.findings.map(f => ({
        ruleId: f.rule,
        ruleIndex: ids.indexOf(f.rule),
        level: f.severity,
        // the message quotes the container and AWS: plain text, no controls, no @mentions
        message: { text: (0,untrusted/* forSarif */.zR)(`${f.message}\n\nHow to fix: ${f.help}`) },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: location.uri, uriBaseId: '%SRCROOT%' },
                    region: { startLine: location.lineOf?.(f) ?? 1 }
                }
            }
        ],
        // Stable across runs, so code scanning tracks one alert per rule and image rather than per message.
        partialFingerprints: {
            'marketplacePreflight/v1': (0,external_node_crypto_.createHash)('sha256').update(`${f.rule}\n${subject}`).digest('hex')
        }
    }));
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: report.tool.name,
                        version: report.tool.version,
                        semanticVersion: report.tool.version,
                        informationUri: INFORMATION_URI,
                        rules
                    }
                },
                automationDetails: { id: `${report.tool.name}/${subject.replace(/[^\w.@:-]+/g, '_')}/` },
                results
            }
        ]
    };
}
async function writeSarif(report, file, workspace, env) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    const sarif = renderSarif(report, findingLocator(workspace, env));
    await (0,promises_.writeFile)(file, `${JSON.stringify(sarif, null, 2)}\n`);
}


/***/ })

};
