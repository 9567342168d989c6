export const id = 643;
export const ids = [643];
export const modules = {

/***/ 5881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeSarif: () => (/* binding */ writeSarif)
/* harmony export */ });
/* unused harmony exports SARIF_SCHEMA, INFORMATION_URI, renderSarif */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _locations_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5126);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2794);
/* harmony import */ var _catalog_rules_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7668);
/* harmony import */ var _untrusted_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(480);
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
        const r = (0,_catalog_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .rule */ .Hu)(id);
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
    const subject = (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .reportSubject */ .J0)(report) ?? 'run';
    const results = report.findings.map(f => ({
        ruleId: f.rule,
        ruleIndex: ids.indexOf(f.rule),
        level: f.severity,
        // the message quotes the container and AWS: plain text, no controls, no @mentions
        message: { text: (0,_untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .forSarif */ .zR)(`${f.message}\n\nHow to fix: ${f.help}`) },
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
            'marketplacePreflight/v1': (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${f.rule}\n${subject}`).digest('hex')
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
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), { recursive: true });
    const sarif = renderSarif(report, (0,_locations_js__WEBPACK_IMPORTED_MODULE_3__/* .findingLocator */ .A)(workspace, env));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, `${JSON.stringify(sarif, null, 2)}\n`);
}


/***/ })

};
