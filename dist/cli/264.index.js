export const id = 264;
export const ids = [264];
export const modules = {

/***/ 264:
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/locations.ts
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
    const file = external_node_path_default().join(workspace, uri);
    if (!(0,external_node_fs_.existsSync)(file))
        return { uri, workflow: workflow !== undefined };
    const lines = (0,external_node_fs_.readFileSync)(file, 'utf8').split('\n');
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

// EXTERNAL MODULE: ./src/report.ts
var src_report = __webpack_require__(665);
// EXTERNAL MODULE: ./src/rules.ts
var src_rules = __webpack_require__(9244);
// EXTERNAL MODULE: ./src/untrusted.ts
var untrusted = __webpack_require__(873);
;// CONCATENATED MODULE: ./src/sarif.ts
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
        const r = (0,src_rules/* rule */.Hu)(id);
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
    const subject = (0,src_report/* reportSubject */.J0)(report) ?? 'run';
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
