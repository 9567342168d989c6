export const id = 216;
export const ids = [216];
export const modules = {

/***/ 9216:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(402);
const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = __webpack_require__(2658);
const { Command: $Command } = __webpack_require__(2658);
__webpack_unused_export__ = $Command;
__webpack_unused_export__ = Client;
const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = __webpack_require__(7291);
const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(2085);
const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(3422);
const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = __webpack_require__(3609);
const { TypeRegistry, getSchemaSerdePlugin } = __webpack_require__(6890);
const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(7523);
const { defaultProvider } = __webpack_require__(5861);
const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = __webpack_require__(2430);
const { streamCollector, NodeHttpHandler } = __webpack_require__(1279);
const { AwsRestJsonProtocol } = __webpack_require__(7288);
const { Sha256 } = __webpack_require__(9542);

const defaultMarketplaceCatalogHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "aws-marketplace",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultMarketplaceCatalogHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = resolveAwsSdkSigV4Config(config);
    return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
    });
};

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "aws-marketplace",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

var version = "3.1141.0";
var packageInfo = {
	version: version};

const l = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [l]: "Endpoint" }, h = { [l]: d }, i = { [l]: "Region" }, j = {}, k = [i];
const _data = {
    conditions: [
        [c, [g]],
        [c, k],
        ["aws.partition", k, d],
        [e, [{ [l]: "UseFIPS" }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
        [e, [{ [l]: "UseDualStack" }, b]],
        ["stringEquals", [i, "us-east-1"]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, j],
        ["https://catalog-marketplace.{Region}.{PartitionResult#dualStackDnsSuffix}", j],
        ["https://catalog.marketplace-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", j],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://catalog.marketplace-fips.{Region}.{PartitionResult#dnsSuffix}", j],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://catalog.marketplace.{Region}.{PartitionResult#dualStackDnsSuffix}", j],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://catalog.marketplace.{Region}.{PartitionResult#dnsSuffix}", j],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 13, 3,
    1, 4, r + 12,
    2, 5, r + 12,
    3, 9, 6,
    5, 7, r + 11,
    6, r + 4, 8,
    7, r + 9, r + 10,
    4, 11, 10,
    5, r + 6, r + 8,
    5, 12, r + 7,
    7, r + 5, r + 6,
    3, r + 1, 14,
    5, r + 2, r + 3,
]);
const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

const cache = new EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

class MarketplaceCatalogServiceException extends ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, MarketplaceCatalogServiceException.prototype);
    }
}

class AccessDeniedException extends MarketplaceCatalogServiceException {
    name = "AccessDeniedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "AccessDeniedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
        this.Message = opts.Message;
    }
}
class InternalServiceException extends MarketplaceCatalogServiceException {
    name = "InternalServiceException";
    $fault = "server";
    Message;
    constructor(opts) {
        super({
            name: "InternalServiceException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InternalServiceException.prototype);
        this.Message = opts.Message;
    }
}
class ThrottlingException extends MarketplaceCatalogServiceException {
    name = "ThrottlingException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ThrottlingException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ThrottlingException.prototype);
        this.Message = opts.Message;
    }
}
class ValidationException extends MarketplaceCatalogServiceException {
    name = "ValidationException";
    $fault = "client";
    Message;
    ValidationExceptionFieldList;
    constructor(opts) {
        super({
            name: "ValidationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ValidationException.prototype);
        this.Message = opts.Message;
        this.ValidationExceptionFieldList = opts.ValidationExceptionFieldList;
    }
}
class ResourceInUseException extends MarketplaceCatalogServiceException {
    name = "ResourceInUseException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceInUseException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceInUseException.prototype);
        this.Message = opts.Message;
    }
}
class ResourceNotFoundException extends MarketplaceCatalogServiceException {
    name = "ResourceNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class ResourceNotSupportedException extends MarketplaceCatalogServiceException {
    name = "ResourceNotSupportedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceNotSupportedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotSupportedException.prototype);
        this.Message = opts.Message;
    }
}
class ServiceQuotaExceededException extends MarketplaceCatalogServiceException {
    name = "ServiceQuotaExceededException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ServiceQuotaExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceQuotaExceededException.prototype);
        this.Message = opts.Message;
    }
}

const _AA = "AssessmentArn";
const _ADE = "AccessDeniedException";
const _AED = "AvailabilityEndDate";
const _AI = "AssessmentId";
const _AIs = "AssessmentIdentifier";
const _AMISF = "AMISecurityFilters";
const _AMISS = "AMISecuritySummary";
const _AOI = "AssociatedOfferIds";
const _APEIF = "AmiProductEntityIdFilter";
const _APF = "AmiProductFilters";
const _APLMDF = "AmiProductLastModifiedDateFilter";
const _APLMDFDR = "AmiProductLastModifiedDateFilterDateRange";
const _APS = "AmiProductSort";
const _APSm = "AmiProductSummary";
const _APTF = "AmiProductTitleFilter";
const _APVF = "AmiProductVisibilityFilter";
const _AR = "AssessmentResult";
const _AS = "AssessmentSummary";
const _ASL = "AssessmentSummaryList";
const _ATF = "AssessmentTargetFilter";
const _ATS = "AssessmentTargetSummary";
const _AV = "AfterValue";
const _BA = "BuyerAccounts";
const _BDE = "BatchDescribeEntities";
const _BDED = "BatchDescribeErrorDetail";
const _BDER = "BatchDescribeEntitiesRequest";
const _BDERa = "BatchDescribeEntitiesResponse";
const _BV = "BeforeValue";
const _C = "Catalog";
const _CA = "CreatedAt";
const _CAL = "ControlAssessmentList";
const _CAR = "ControlAssessmentResult";
const _CAo = "ControlAssessment";
const _CAon = "ControlAssessments";
const _CBS = "CreatedBySource";
const _CCS = "CancelChangeSet";
const _CCSR = "CancelChangeSetRequest";
const _CCSRa = "CancelChangeSetResponse";
const _CD = "CreatedDate";
const _CE = "ControlError";
const _CEL = "ControlErrorList";
const _CI = "ControlId";
const _CN = "ChangeName";
const _CPEIF = "ContainerProductEntityIdFilter";
const _CPF = "ContainerProductFilters";
const _CPLMDF = "ContainerProductLastModifiedDateFilter";
const _CPLMDFDR = "ContainerProductLastModifiedDateFilterDateRange";
const _CPS = "ContainerProductSort";
const _CPSo = "ContainerProductSummary";
const _CPTF = "ContainerProductTitleFilter";
const _CPVF = "ContainerProductVisibilityFilter";
const _CRT = "ClientRequestToken";
const _CS = "ChangeSummary";
const _CSA = "ChangeSetArn";
const _CSD = "ChangeSetDescription";
const _CSF = "ContainerSecurityFilters";
const _CSI = "ChangeSetId";
const _CSN = "ChangeSetName";
const _CSS = "ContainerSecuritySummary";
const _CSSL = "ChangeSetSummaryList";
const _CSSLI = "ChangeSetSummaryListItem";
const _CST = "ChangeSetTags";
const _CSh = "ChangeSet";
const _CT = "ChangeType";
const _Ch = "Change";
const _Co = "Code";
const _D = "Details";
const _DA = "DescribeAssessment";
const _DAR = "DescribeAssessmentRequest";
const _DARe = "DescribeAssessmentResponse";
const _DCS = "DescribeChangeSet";
const _DCSR = "DescribeChangeSetRequest";
const _DCSRe = "DescribeChangeSetResponse";
const _DD = "DetailsDocument";
const _DE = "DescribeEntity";
const _DER = "DescribeEntityRequest";
const _DERe = "DescribeEntityResponse";
const _DOI = "DeliveryOptionId";
const _DPEIF = "DataProductEntityIdFilter";
const _DPF = "DataProductFilters";
const _DPLMDF = "DataProductLastModifiedDateFilter";
const _DPLMDFDR = "DataProductLastModifiedDateFilterDateRange";
const _DPS = "DataProductSort";
const _DPSa = "DataProductSummary";
const _DPTF = "DataProductTitleFilter";
const _DPVF = "DataProductVisibilityFilter";
const _DR = "DateRange";
const _DRP = "DeleteResourcePolicy";
const _DRPR = "DeleteResourcePolicyRequest";
const _DRPRe = "DeleteResourcePolicyResponse";
const _E = "Errors";
const _EA = "ExpiresAt";
const _EAn = "EntityArn";
const _EC = "ErrorCode";
const _ED = "EntityDetails";
const _EDL = "ErrorDetailList";
const _EDn = "EntityDetail";
const _EDr = "ErrorDetail";
const _EI = "EntityId";
const _EIL = "EntityIdList";
const _EIn = "EntityIdentifier";
const _EM = "ErrorMessage";
const _ER = "EntityRequest";
const _ERL = "EntityRequestList";
const _ES = "EntitySummary";
const _ESL = "EntitySummaryList";
const _ESLr = "ErrorScopeList";
const _ESr = "ErrorScope";
const _ET = "EntityTags";
const _ETF = "EntityTypeFilters";
const _ETS = "EntityTypeSort";
const _ETn = "EndTime";
const _ETnt = "EntityType";
const _En = "Entity";
const _F = "Filter";
const _FC = "FailureCode";
const _FD = "FailureDescription";
const _FF = "FrameworkFilters";
const _FI = "FrameworkId";
const _FL = "FilterList";
const _FS = "FrameworkSummary";
const _Fi = "Field";
const _GRP = "GetResourcePolicy";
const _GRPR = "GetResourcePolicyRequest";
const _GRPRe = "GetResourcePolicyResponse";
const _I = "Intent";
const _IAI = "IssuerAccountId";
const _ISE = "InternalServiceException";
const _Id = "Identifier";
const _K = "Key";
const _LA = "ListAssessments";
const _LAR = "ListAssessmentsRequest";
const _LARi = "ListAssessmentsResponse";
const _LCS = "ListChangeSets";
const _LCSR = "ListChangeSetsRequest";
const _LCSRi = "ListChangeSetsResponse";
const _LE = "ListEntities";
const _LER = "ListEntitiesRequest";
const _LERi = "ListEntitiesResponse";
const _LMD = "LastModifiedDate";
const _LTFR = "ListTagsForResource";
const _LTFRR = "ListTagsForResourceRequest";
const _LTFRRi = "ListTagsForResourceResponse";
const _M = "Message";
const _MAI = "ManufacturerAccountId";
const _MLN = "ManufacturerLegalName";
const _MLPEIF = "MachineLearningProductEntityIdFilter";
const _MLPF = "MachineLearningProductFilters";
const _MLPLMDF = "MachineLearningProductLastModifiedDateFilter";
const _MLPLMDFDR = "MachineLearningProductLastModifiedDateFilterDateRange";
const _MLPS = "MachineLearningProductSummary";
const _MLPSa = "MachineLearningProductSort";
const _MLPTF = "MachineLearningProductTitleFilter";
const _MLPVF = "MachineLearningProductVisibilityFilter";
const _MR = "MaxResults";
const _N = "Name";
const _NT = "NextToken";
const _OAEDF = "OfferAvailabilityEndDateFilter";
const _OAEDFDR = "OfferAvailabilityEndDateFilterDateRange";
const _OBAF = "OfferBuyerAccountsFilter";
const _OCBSF = "OfferCreatedBySourceFilter";
const _OEIF = "OfferEntityIdFilter";
const _OES = "OfferExtendedStatus";
const _OF = "OfferFilters";
const _OLMDF = "OfferLastModifiedDateFilter";
const _OLMDFDR = "OfferLastModifiedDateFilterDateRange";
const _ONF = "OfferNameFilter";
const _OPIF = "OfferProductIdFilter";
const _ORAIF = "OfferResaleAuthorizationIdFilter";
const _ORDF = "OfferReleaseDateFilter";
const _ORDFDR = "OfferReleaseDateFilterDateRange";
const _OS = "OfferSummary";
const _OSAOIF = "OfferSetAssociatedOfferIdsFilter";
const _OSEIF = "OfferSetEntityIdFilter";
const _OSF = "OfferSetFilters";
const _OSFf = "OfferStateFilter";
const _OSI = "OfferSetId";
const _OSIF = "OfferSetIdFilter";
const _OSLMDF = "OfferSetLastModifiedDateFilter";
const _OSLMDFDR = "OfferSetLastModifiedDateFilterDateRange";
const _OSNF = "OfferSetNameFilter";
const _OSRDF = "OfferSetReleaseDateFilter";
const _OSRDFDR = "OfferSetReleaseDateFilterDateRange";
const _OSS = "OfferSetSummary";
const _OSSF = "OfferSetStateFilter";
const _OSSIF = "OfferSetSolutionIdFilter";
const _OSSf = "OfferSetSort";
const _OSf = "OfferSort";
const _OT = "OwnershipType";
const _OTAIF = "OfferTargetAgreementIdFilter";
const _OTAIFf = "OfferTargetAgreementIntentFilter";
const _OTF = "OfferTargetingFilter";
const _P = "Policy";
const _PI = "ProductId";
const _PN = "ProductName";
const _PRP = "PutResourcePolicy";
const _PRPR = "PutResourcePolicyRequest";
const _PRPRu = "PutResourcePolicyResponse";
const _PT = "ProductTitle";
const _R = "Reason";
const _RA = "ResourceArn";
const _RAAEDF = "ResaleAuthorizationAvailabilityEndDateFilter";
const _RAAEDFDR = "ResaleAuthorizationAvailabilityEndDateFilterDateRange";
const _RACDF = "ResaleAuthorizationCreatedDateFilter";
const _RACDFDR = "ResaleAuthorizationCreatedDateFilterDateRange";
const _RAEIF = "ResaleAuthorizationEntityIdFilter";
const _RAF = "ResaleAuthorizationFilters";
const _RAI = "ResaleAuthorizationId";
const _RAIAIF = "ResaleAuthorizationIssuerAccountIdFilter";
const _RAID = "ResellerAccountID";
const _RALMDF = "ResaleAuthorizationLastModifiedDateFilter";
const _RALMDFDR = "ResaleAuthorizationLastModifiedDateFilterDateRange";
const _RAMAIF = "ResaleAuthorizationManufacturerAccountIdFilter";
const _RAMLNF = "ResaleAuthorizationManufacturerLegalNameFilter";
const _RANF = "ResaleAuthorizationNameFilter";
const _RAOESF = "ResaleAuthorizationOfferExtendedStatusFilter";
const _RAPIF = "ResaleAuthorizationProductIdFilter";
const _RAPNF = "ResaleAuthorizationProductNameFilter";
const _RARAIDF = "ResaleAuthorizationResellerAccountIDFilter";
const _RARLNF = "ResaleAuthorizationResellerLegalNameFilter";
const _RARRF = "ResaleAuthorizationResellerRoleFilter";
const _RAS = "ResaleAuthorizationSummary";
const _RASAF = "ResaleAuthorizationSourceAuthorizationFilter";
const _RASF = "ResaleAuthorizationStatusFilter";
const _RASe = "ResaleAuthorizationSort";
const _RCL = "RequestedChangeList";
const _RD = "ReleaseDate";
const _RIUE = "ResourceInUseException";
const _RLN = "ResellerLegalName";
const _RNFE = "ResourceNotFoundException";
const _RNSE = "ResourceNotSupportedException";
const _RR = "ResellerRole";
const _S = "Status";
const _SA = "SourceAuthorization";
const _SB = "SortBy";
const _SCS = "StartChangeSet";
const _SCSR = "StartChangeSetRequest";
const _SCSRt = "StartChangeSetResponse";
const _SI = "SolutionId";
const _SO = "SortOrder";
const _SQEE = "ServiceQuotaExceededException";
const _SSPEIF = "SaaSProductEntityIdFilter";
const _SSPF = "SaaSProductFilters";
const _SSPLMDF = "SaaSProductLastModifiedDateFilter";
const _SSPLMDFDR = "SaaSProductLastModifiedDateFilterDateRange";
const _SSPS = "SaaSProductSummary";
const _SSPSa = "SaaSProductSort";
const _SSPTF = "SaaSProductTitleFilter";
const _SSPVF = "SaaSProductVisibilityFilter";
const _ST = "StartTime";
const _Sc = "Scope";
const _So = "Sort";
const _St = "State";
const _T = "Type";
const _TAI = "TargetAgreementId";
const _TAIa = "TargetAgreementIntent";
const _TE = "ThrottlingException";
const _TK = "TagKeys";
const _TL = "TagList";
const _TR = "TagResource";
const _TRR = "TagResourceRequest";
const _TRRa = "TagResourceResponse";
const _Ta = "Tags";
const _Tag = "Tag";
const _Tar = "Targeting";
const _UR = "UntagResource";
const _URR = "UntagResourceRequest";
const _URRn = "UntagResourceResponse";
const _V = "Visibility";
const _VE = "ValidationException";
const _VEF = "ValidationExceptionField";
const _VEFL = "ValidationExceptionFieldList";
const _VL = "ValueList";
const _Va = "Value";
const _WCV = "WildCardValue";
const _c = "client";
const _cSI = "changeSetId";
const _ca = "catalog";
const _e = "error";
const _eI = "entityId";
const _h = "http";
const _hE = "httpError";
const _hQ = "httpQuery";
const _rA = "resourceArn";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.marketplacecatalog";
const _se = "server";
const n0 = "com.amazonaws.marketplacecatalog";
const _s_registry = new TypeRegistry(_s);
var MarketplaceCatalogServiceException$ = [-3, _s, "MarketplaceCatalogServiceException", 0, [], []];
_s_registry.registerError(MarketplaceCatalogServiceException$, MarketplaceCatalogServiceException);
const n0_registry = new TypeRegistry(n0);
var AccessDeniedException$ = [-3, n0, _ADE,
    { [_e]: _c, [_hE]: 403 },
    [_M],
    [0]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var InternalServiceException$ = [-3, n0, _ISE,
    { [_e]: _se, [_hE]: 500 },
    [_M],
    [0]
];
n0_registry.registerError(InternalServiceException$, InternalServiceException);
var ResourceInUseException$ = [-3, n0, _RIUE,
    { [_e]: _c, [_hE]: 423 },
    [_M],
    [0]
];
n0_registry.registerError(ResourceInUseException$, ResourceInUseException);
var ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ResourceNotSupportedException$ = [-3, n0, _RNSE,
    { [_e]: _c, [_hE]: 415 },
    [_M],
    [0]
];
n0_registry.registerError(ResourceNotSupportedException$, ResourceNotSupportedException);
var ServiceQuotaExceededException$ = [-3, n0, _SQEE,
    { [_e]: _c, [_hE]: 402 },
    [_M],
    [0]
];
n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var ThrottlingException$ = [-3, n0, _TE,
    { [_e]: _c, [_hE]: 429 },
    [_M],
    [0]
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
var ValidationException$ = [-3, n0, _VE,
    { [_e]: _c, [_hE]: 422 },
    [_M, _VEFL],
    [0, () => ValidationExceptionFieldList]
];
n0_registry.registerError(ValidationException$, ValidationException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var AmiProductEntityIdFilter$ = [3, n0, _APEIF,
    0,
    [_VL],
    [64 | 0]
];
var AmiProductFilters$ = [3, n0, _APF,
    0,
    [_EI, _LMD, _PT, _V],
    [() => AmiProductEntityIdFilter$, () => AmiProductLastModifiedDateFilter$, () => AmiProductTitleFilter$, () => AmiProductVisibilityFilter$]
];
var AmiProductLastModifiedDateFilter$ = [3, n0, _APLMDF,
    0,
    [_DR],
    [() => AmiProductLastModifiedDateFilterDateRange$]
];
var AmiProductLastModifiedDateFilterDateRange$ = [3, n0, _APLMDFDR,
    0,
    [_AV, _BV],
    [0, 0]
];
var AmiProductSort$ = [3, n0, _APS,
    0,
    [_SB, _SO],
    [0, 0]
];
var AmiProductSummary$ = [3, n0, _APSm,
    0,
    [_PT, _V],
    [0, 0]
];
var AmiProductTitleFilter$ = [3, n0, _APTF,
    0,
    [_VL, _WCV],
    [64 | 0, 0]
];
var AmiProductVisibilityFilter$ = [3, n0, _APVF,
    0,
    [_VL],
    [64 | 0]
];
var AMISecurityFilters$ = [3, n0, _AMISF,
    0,
    [_DOI],
    [0]
];
var AMISecuritySummary$ = [3, n0, _AMISS,
    0,
    [_DOI],
    [0]
];
var AssessmentSummary$ = [3, n0, _AS,
    0,
    [_AA, _AI, _FI, _ATS, _FS, _AR, _CA, _EA],
    [0, 0, 0, () => AssessmentTargetSummary$, () => FrameworkSummary$, 0, 0, 0]
];
var AssessmentTargetFilter$ = [3, n0, _ATF,
    0,
    [_EI, _CSI],
    [0, 0]
];
var AssessmentTargetSummary$ = [3, n0, _ATS,
    0,
    [_EI, _CSI],
    [0, 0]
];
var BatchDescribeEntitiesRequest$ = [3, n0, _BDER,
    0,
    [_ERL],
    [() => EntityRequestList], 1
];
var BatchDescribeEntitiesResponse$ = [3, n0, _BDERa,
    0,
    [_ED, _E],
    [() => EntityDetails, () => Errors]
];
var BatchDescribeErrorDetail$ = [3, n0, _BDED,
    0,
    [_EC, _EM],
    [0, 0]
];
var CancelChangeSetRequest$ = [3, n0, _CCSR,
    0,
    [_C, _CSI],
    [[0, { [_hQ]: _ca }], [0, { [_hQ]: _cSI }]], 2
];
var CancelChangeSetResponse$ = [3, n0, _CCSRa,
    0,
    [_CSI, _CSA],
    [0, 0]
];
var Change$ = [3, n0, _Ch,
    0,
    [_CT, _En, _ET, _D, _DD, _CN],
    [0, () => Entity$, () => TagList, 0, 15, 0], 2
];
var ChangeSetSummaryListItem$ = [3, n0, _CSSLI,
    0,
    [_CSI, _CSA, _CSN, _ST, _ETn, _S, _EIL, _FC],
    [0, 0, 0, 0, 0, 0, 64 | 0, 0]
];
var ChangeSummary$ = [3, n0, _CS,
    0,
    [_CT, _En, _D, _DD, _EDL, _CN],
    [0, () => Entity$, 0, 15, () => ErrorDetailList, 0]
];
var ContainerProductEntityIdFilter$ = [3, n0, _CPEIF,
    0,
    [_VL],
    [64 | 0]
];
var ContainerProductFilters$ = [3, n0, _CPF,
    0,
    [_EI, _LMD, _PT, _V],
    [() => ContainerProductEntityIdFilter$, () => ContainerProductLastModifiedDateFilter$, () => ContainerProductTitleFilter$, () => ContainerProductVisibilityFilter$]
];
var ContainerProductLastModifiedDateFilter$ = [3, n0, _CPLMDF,
    0,
    [_DR],
    [() => ContainerProductLastModifiedDateFilterDateRange$]
];
var ContainerProductLastModifiedDateFilterDateRange$ = [3, n0, _CPLMDFDR,
    0,
    [_AV, _BV],
    [0, 0]
];
var ContainerProductSort$ = [3, n0, _CPS,
    0,
    [_SB, _SO],
    [0, 0]
];
var ContainerProductSummary$ = [3, n0, _CPSo,
    0,
    [_PT, _V],
    [0, 0]
];
var ContainerProductTitleFilter$ = [3, n0, _CPTF,
    0,
    [_VL, _WCV],
    [64 | 0, 0]
];
var ContainerProductVisibilityFilter$ = [3, n0, _CPVF,
    0,
    [_VL],
    [64 | 0]
];
var ContainerSecurityFilters$ = [3, n0, _CSF,
    0,
    [_DOI],
    [0]
];
var ContainerSecuritySummary$ = [3, n0, _CSS,
    0,
    [_DOI],
    [0]
];
var ControlAssessment$ = [3, n0, _CAo,
    0,
    [_CI, _CAR, _E],
    [0, 0, () => ControlErrorList]
];
var ControlError$ = [3, n0, _CE,
    0,
    [_Co, _M, _Sc],
    [0, 0, () => ErrorScopeList]
];
var DataProductEntityIdFilter$ = [3, n0, _DPEIF,
    0,
    [_VL],
    [64 | 0]
];
var DataProductFilters$ = [3, n0, _DPF,
    0,
    [_EI, _PT, _V, _LMD],
    [() => DataProductEntityIdFilter$, () => DataProductTitleFilter$, () => DataProductVisibilityFilter$, () => DataProductLastModifiedDateFilter$]
];
var DataProductLastModifiedDateFilter$ = [3, n0, _DPLMDF,
    0,
    [_DR],
    [() => DataProductLastModifiedDateFilterDateRange$]
];
var DataProductLastModifiedDateFilterDateRange$ = [3, n0, _DPLMDFDR,
    0,
    [_AV, _BV],
    [0, 0]
];
var DataProductSort$ = [3, n0, _DPS,
    0,
    [_SB, _SO],
    [0, 0]
];
var DataProductSummary$ = [3, n0, _DPSa,
    0,
    [_PT, _V],
    [0, 0]
];
var DataProductTitleFilter$ = [3, n0, _DPTF,
    0,
    [_VL, _WCV],
    [64 | 0, 0]
];
var DataProductVisibilityFilter$ = [3, n0, _DPVF,
    0,
    [_VL],
    [64 | 0]
];
var DeleteResourcePolicyRequest$ = [3, n0, _DRPR,
    0,
    [_RA],
    [[0, { [_hQ]: _rA }]], 1
];
var DeleteResourcePolicyResponse$ = [3, n0, _DRPRe,
    0,
    [],
    []
];
var DescribeAssessmentRequest$ = [3, n0, _DAR,
    0,
    [_C, _AIs, _MR, _NT],
    [0, 0, 1, 0], 2
];
var DescribeAssessmentResponse$ = [3, n0, _DARe,
    0,
    [_AA, _AI, _FI, _ATS, _FS, _AR, _CA, _EA, _CAon, _NT],
    [0, 0, 0, () => AssessmentTargetSummary$, () => FrameworkSummary$, 0, 0, 0, () => ControlAssessmentList, 0]
];
var DescribeChangeSetRequest$ = [3, n0, _DCSR,
    0,
    [_C, _CSI],
    [[0, { [_hQ]: _ca }], [0, { [_hQ]: _cSI }]], 2
];
var DescribeChangeSetResponse$ = [3, n0, _DCSRe,
    0,
    [_CSI, _CSA, _CSN, _I, _ST, _ETn, _S, _FC, _FD, _CSh],
    [0, 0, 0, 0, 0, 0, 0, 0, 0, () => ChangeSetDescription]
];
var DescribeEntityRequest$ = [3, n0, _DER,
    0,
    [_C, _EI],
    [[0, { [_hQ]: _ca }], [0, { [_hQ]: _eI }]], 2
];
var DescribeEntityResponse$ = [3, n0, _DERe,
    0,
    [_ETnt, _EIn, _EAn, _LMD, _D, _DD],
    [0, 0, 0, 0, 0, 15]
];
var Entity$ = [3, n0, _En,
    0,
    [_T, _Id],
    [0, 0], 1
];
var EntityDetail$ = [3, n0, _EDn,
    0,
    [_ETnt, _EAn, _EIn, _LMD, _DD],
    [0, 0, 0, 0, 15]
];
var EntityRequest$ = [3, n0, _ER,
    0,
    [_C, _EI],
    [0, 0], 2
];
var EntitySummary$ = [3, n0, _ES,
    0,
    [_N, _ETnt, _EI, _EAn, _LMD, _V, _APSm, _CPSo, _DPSa, _SSPS, _OS, _RAS, _MLPS, _OSS],
    [0, 0, 0, 0, 0, 0, () => AmiProductSummary$, () => ContainerProductSummary$, () => DataProductSummary$, () => SaaSProductSummary$, () => OfferSummary$, () => ResaleAuthorizationSummary$, () => MachineLearningProductSummary$, () => OfferSetSummary$]
];
var ErrorDetail$ = [3, n0, _EDr,
    0,
    [_EC, _EM],
    [0, 0]
];
var ErrorScope$ = [3, n0, _ESr,
    0,
    [_N, _Va],
    [0, 0]
];
var Filter$ = [3, n0, _F,
    0,
    [_N, _VL],
    [0, 64 | 0]
];
var GetResourcePolicyRequest$ = [3, n0, _GRPR,
    0,
    [_RA],
    [[0, { [_hQ]: _rA }]], 1
];
var GetResourcePolicyResponse$ = [3, n0, _GRPRe,
    0,
    [_P],
    [0]
];
var ListAssessmentsRequest$ = [3, n0, _LAR,
    0,
    [_C, _FI, _ATF, _FF, _MR, _NT],
    [0, 0, () => AssessmentTargetFilter$, () => FrameworkFilters$, 1, 0], 1
];
var ListAssessmentsResponse$ = [3, n0, _LARi,
    0,
    [_ASL, _NT],
    [() => AssessmentSummaryList, 0]
];
var ListChangeSetsRequest$ = [3, n0, _LCSR,
    0,
    [_C, _FL, _So, _MR, _NT],
    [0, () => FilterList, () => Sort$, 1, 0], 1
];
var ListChangeSetsResponse$ = [3, n0, _LCSRi,
    0,
    [_CSSL, _NT],
    [() => ChangeSetSummaryList, 0]
];
var ListEntitiesRequest$ = [3, n0, _LER,
    0,
    [_C, _ETnt, _FL, _So, _NT, _MR, _OT, _ETF, _ETS],
    [0, 0, () => FilterList, () => Sort$, 0, 1, 0, () => EntityTypeFilters$, () => EntityTypeSort$], 2
];
var ListEntitiesResponse$ = [3, n0, _LERi,
    0,
    [_ESL, _NT],
    [() => EntitySummaryList, 0]
];
var ListTagsForResourceRequest$ = [3, n0, _LTFRR,
    0,
    [_RA],
    [0], 1
];
var ListTagsForResourceResponse$ = [3, n0, _LTFRRi,
    0,
    [_RA, _Ta],
    [0, () => TagList]
];
var MachineLearningProductEntityIdFilter$ = [3, n0, _MLPEIF,
    0,
    [_VL],
    [64 | 0]
];
var MachineLearningProductFilters$ = [3, n0, _MLPF,
    0,
    [_EI, _LMD, _PT, _V],
    [() => MachineLearningProductEntityIdFilter$, () => MachineLearningProductLastModifiedDateFilter$, () => MachineLearningProductTitleFilter$, () => MachineLearningProductVisibilityFilter$]
];
var MachineLearningProductLastModifiedDateFilter$ = [3, n0, _MLPLMDF,
    0,
    [_DR],
    [() => MachineLearningProductLastModifiedDateFilterDateRange$]
];
var MachineLearningProductLastModifiedDateFilterDateRange$ = [3, n0, _MLPLMDFDR,
    0,
    [_AV, _BV],
    [0, 0]
];
var MachineLearningProductSort$ = [3, n0, _MLPSa,
    0,
    [_SB, _SO],
    [0, 0]
];
var MachineLearningProductSummary$ = [3, n0, _MLPS,
    0,
    [_PT, _V],
    [0, 0]
];
var MachineLearningProductTitleFilter$ = [3, n0, _MLPTF,
    0,
    [_VL, _WCV],
    [64 | 0, 0]
];
var MachineLearningProductVisibilityFilter$ = [3, n0, _MLPVF,
    0,
    [_VL],
    [64 | 0]
];
var OfferAvailabilityEndDateFilter$ = [3, n0, _OAEDF,
    0,
    [_DR],
    [() => OfferAvailabilityEndDateFilterDateRange$]
];
var OfferAvailabilityEndDateFilterDateRange$ = [3, n0, _OAEDFDR,
    0,
    [_AV, _BV],
    [0, 0]
];
var OfferBuyerAccountsFilter$ = [3, n0, _OBAF,
    0,
    [_WCV],
    [0]
];
var OfferCreatedBySourceFilter$ = [3, n0, _OCBSF,
    0,
    [_VL],
    [64 | 0]
];
var OfferEntityIdFilter$ = [3, n0, _OEIF,
    0,
    [_VL],
    [64 | 0]
];
var OfferFilters$ = [3, n0, _OF,
    0,
    [_EI, _N, _PI, _RAI, _RD, _AED, _BA, _St, _Tar, _LMD, _OSI, _TAI, _TAIa, _CBS],
    [() => OfferEntityIdFilter$, () => OfferNameFilter$, () => OfferProductIdFilter$, () => OfferResaleAuthorizationIdFilter$, () => OfferReleaseDateFilter$, () => OfferAvailabilityEndDateFilter$, () => OfferBuyerAccountsFilter$, () => OfferStateFilter$, () => OfferTargetingFilter$, () => OfferLastModifiedDateFilter$, () => OfferSetIdFilter$, () => OfferTargetAgreementIdFilter$, () => OfferTargetAgreementIntentFilter$, () => OfferCreatedBySourceFilter$]
];
var OfferLastModifiedDateFilter$ = [3, n0, _OLMDF,
    0,
    [_DR],
    [() => OfferLastModifiedDateFilterDateRange$]
];
var OfferLastModifiedDateFilterDateRange$ = [3, n0, _OLMDFDR,
    0,
    [_AV, _BV],
    [0, 0]
];
var OfferNameFilter$ = [3, n0, _ONF,
    0,
    [_VL, _WCV],
    [64 | 0, 0]
];
var OfferProductIdFilter$ = [3, n0, _OPIF,
    0,
    [_VL],
    [64 | 0]
];
var OfferReleaseDateFilter$ = [3, n0, _ORDF,
    0,
    [_DR],
    [() => OfferReleaseDateFilterDateRange$]
];
var OfferReleaseDateFilterDateRange$ = [3, n0, _ORDFDR,
    0,
    [_AV, _BV],
    [0, 0]
];
var OfferResaleAuthorizationIdFilter$ = [3, n0, _ORAIF,
    0,
    [_VL],
    [64 | 0]
];
var OfferSetAssociatedOfferIdsFilter$ = [3, n0, _OSAOIF,
    0,
    [_VL],
    [64 | 0]
];
var OfferSetEntityIdFilter$ = [3, n0, _OSEIF,
    0,
    [_VL],
    [64 | 0]
];
var OfferSetFilters$ = [3, n0, _OSF,
    0,
    [_EI, _N, _St, _RD, _AOI, _SI, _LMD],
    [() => OfferSetEntityIdFilter$, () => OfferSetNameFilter$, () => OfferSetStateFilter$, () => OfferSetReleaseDateFilter$, () => OfferSetAssociatedOfferIdsFilter$, () => OfferSetSolutionIdFilter$, () => OfferSetLastModifiedDateFilter$]
];
var OfferSetIdFilter$ = [3, n0, _OSIF,
    0,
    [_VL],
    [64 | 0]
];
var OfferSetLastModifiedDateFilter$ = [3, n0, _OSLMDF,
    0,
    [_DR],
    [() => OfferSetLastModifiedDateFilterDateRange$]
];
var OfferSetLastModifiedDateFilterDateRange$ = [3, n0, _OSLMDFDR,
    0,
    [_AV, _BV],
    [0, 0]
];
var OfferSetNameFilter$ = [3, n0, _OSNF,
    0,
    [_VL],
    [64 | 0]
];
var OfferSetReleaseDateFilter$ = [3, n0, _OSRDF,
    0,
    [_DR],
    [() => OfferSetReleaseDateFilterDateRange$]
];
var OfferSetReleaseDateFilterDateRange$ = [3, n0, _OSRDFDR,
    0,
    [_AV, _BV],
    [0, 0]
];
var OfferSetSolutionIdFilter$ = [3, n0, _OSSIF,
    0,
    [_VL],
    [64 | 0]
];
var OfferSetSort$ = [3, n0, _OSSf,
    0,
    [_SB, _SO],
    [0, 0]
];
var OfferSetStateFilter$ = [3, n0, _OSSF,
    0,
    [_VL],
    [64 | 0]
];
var OfferSetSummary$ = [3, n0, _OSS,
    0,
    [_N, _St, _RD, _AOI, _SI],
    [0, 0, 0, 64 | 0, 0]
];
var OfferSort$ = [3, n0, _OSf,
    0,
    [_SB, _SO],
    [0, 0]
];
var OfferStateFilter$ = [3, n0, _OSFf,
    0,
    [_VL],
    [64 | 0]
];
var OfferSummary$ = [3, n0, _OS,
    0,
    [_N, _PI, _RAI, _RD, _AED, _BA, _St, _Tar, _OSI, _TAI, _TAIa, _CBS],
    [0, 0, 0, 0, 0, 64 | 0, 0, 64 | 0, 0, 0, 0, 0]
];
var OfferTargetAgreementIdFilter$ = [3, n0, _OTAIF,
    0,
    [_VL],
    [64 | 0]
];
var OfferTargetAgreementIntentFilter$ = [3, n0, _OTAIFf,
    0,
    [_VL],
    [64 | 0]
];
var OfferTargetingFilter$ = [3, n0, _OTF,
    0,
    [_VL],
    [64 | 0]
];
var PutResourcePolicyRequest$ = [3, n0, _PRPR,
    0,
    [_RA, _P],
    [0, 0], 2
];
var PutResourcePolicyResponse$ = [3, n0, _PRPRu,
    0,
    [],
    []
];
var ResaleAuthorizationAvailabilityEndDateFilter$ = [3, n0, _RAAEDF,
    0,
    [_DR, _VL],
    [() => ResaleAuthorizationAvailabilityEndDateFilterDateRange$, 64 | 0]
];
var ResaleAuthorizationAvailabilityEndDateFilterDateRange$ = [3, n0, _RAAEDFDR,
    0,
    [_AV, _BV],
    [0, 0]
];
var ResaleAuthorizationCreatedDateFilter$ = [3, n0, _RACDF,
    0,
    [_DR, _VL],
    [() => ResaleAuthorizationCreatedDateFilterDateRange$, 64 | 0]
];
var ResaleAuthorizationCreatedDateFilterDateRange$ = [3, n0, _RACDFDR,
    0,
    [_AV, _BV],
    [0, 0]
];
var ResaleAuthorizationEntityIdFilter$ = [3, n0, _RAEIF,
    0,
    [_VL],
    [64 | 0]
];
var ResaleAuthorizationFilters$ = [3, n0, _RAF,
    0,
    [_EI, _N, _PI, _CD, _AED, _MAI, _PN, _MLN, _RAID, _RLN, _S, _OES, _LMD, _RR, _SA, _IAI],
    [() => ResaleAuthorizationEntityIdFilter$, () => ResaleAuthorizationNameFilter$, () => ResaleAuthorizationProductIdFilter$, () => ResaleAuthorizationCreatedDateFilter$, () => ResaleAuthorizationAvailabilityEndDateFilter$, () => ResaleAuthorizationManufacturerAccountIdFilter$, () => ResaleAuthorizationProductNameFilter$, () => ResaleAuthorizationManufacturerLegalNameFilter$, () => ResaleAuthorizationResellerAccountIDFilter$, () => ResaleAuthorizationResellerLegalNameFilter$, () => ResaleAuthorizationStatusFilter$, () => ResaleAuthorizationOfferExtendedStatusFilter$, () => ResaleAuthorizationLastModifiedDateFilter$, () => ResaleAuthorizationResellerRoleFilter$, () => ResaleAuthorizationSourceAuthorizationFilter$, () => ResaleAuthorizationIssuerAccountIdFilter$]
];
var ResaleAuthorizationIssuerAccountIdFilter$ = [3, n0, _RAIAIF,
    0,
    [_VL],
    [64 | 0]
];
var ResaleAuthorizationLastModifiedDateFilter$ = [3, n0, _RALMDF,
    0,
    [_DR],
    [() => ResaleAuthorizationLastModifiedDateFilterDateRange$]
];
var ResaleAuthorizationLastModifiedDateFilterDateRange$ = [3, n0, _RALMDFDR,
    0,
    [_AV, _BV],
    [0, 0]
];
var ResaleAuthorizationManufacturerAccountIdFilter$ = [3, n0, _RAMAIF,
    0,
    [_VL, _WCV],
    [64 | 0, 0]
];
var ResaleAuthorizationManufacturerLegalNameFilter$ = [3, n0, _RAMLNF,
    0,
    [_VL, _WCV],
    [64 | 0, 0]
];
var ResaleAuthorizationNameFilter$ = [3, n0, _RANF,
    0,
    [_VL, _WCV],
    [64 | 0, 0]
];
var ResaleAuthorizationOfferExtendedStatusFilter$ = [3, n0, _RAOESF,
    0,
    [_VL],
    [64 | 0]
];
var ResaleAuthorizationProductIdFilter$ = [3, n0, _RAPIF,
    0,
    [_VL, _WCV],
    [64 | 0, 0]
];
var ResaleAuthorizationProductNameFilter$ = [3, n0, _RAPNF,
    0,
    [_VL, _WCV],
    [64 | 0, 0]
];
var ResaleAuthorizationResellerAccountIDFilter$ = [3, n0, _RARAIDF,
    0,
    [_VL, _WCV],
    [64 | 0, 0]
];
var ResaleAuthorizationResellerLegalNameFilter$ = [3, n0, _RARLNF,
    0,
    [_VL, _WCV],
    [64 | 0, 0]
];
var ResaleAuthorizationResellerRoleFilter$ = [3, n0, _RARRF,
    0,
    [_VL],
    [64 | 0]
];
var ResaleAuthorizationSort$ = [3, n0, _RASe,
    0,
    [_SB, _SO],
    [0, 0]
];
var ResaleAuthorizationSourceAuthorizationFilter$ = [3, n0, _RASAF,
    0,
    [_VL],
    [64 | 0]
];
var ResaleAuthorizationStatusFilter$ = [3, n0, _RASF,
    0,
    [_VL],
    [64 | 0]
];
var ResaleAuthorizationSummary$ = [3, n0, _RAS,
    0,
    [_N, _PI, _PN, _MAI, _MLN, _RAID, _RLN, _S, _OES, _CD, _AED, _RR, _SA, _IAI],
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
];
var SaaSProductEntityIdFilter$ = [3, n0, _SSPEIF,
    0,
    [_VL],
    [64 | 0]
];
var SaaSProductFilters$ = [3, n0, _SSPF,
    0,
    [_EI, _PT, _V, _LMD],
    [() => SaaSProductEntityIdFilter$, () => SaaSProductTitleFilter$, () => SaaSProductVisibilityFilter$, () => SaaSProductLastModifiedDateFilter$]
];
var SaaSProductLastModifiedDateFilter$ = [3, n0, _SSPLMDF,
    0,
    [_DR],
    [() => SaaSProductLastModifiedDateFilterDateRange$]
];
var SaaSProductLastModifiedDateFilterDateRange$ = [3, n0, _SSPLMDFDR,
    0,
    [_AV, _BV],
    [0, 0]
];
var SaaSProductSort$ = [3, n0, _SSPSa,
    0,
    [_SB, _SO],
    [0, 0]
];
var SaaSProductSummary$ = [3, n0, _SSPS,
    0,
    [_PT, _V],
    [0, 0]
];
var SaaSProductTitleFilter$ = [3, n0, _SSPTF,
    0,
    [_VL, _WCV],
    [64 | 0, 0]
];
var SaaSProductVisibilityFilter$ = [3, n0, _SSPVF,
    0,
    [_VL],
    [64 | 0]
];
var Sort$ = [3, n0, _So,
    0,
    [_SB, _SO],
    [0, 0]
];
var StartChangeSetRequest$ = [3, n0, _SCSR,
    0,
    [_C, _CSh, _CSN, _CRT, _CST, _I],
    [0, () => RequestedChangeList, 0, [0, 4], () => TagList, 0], 2
];
var StartChangeSetResponse$ = [3, n0, _SCSRt,
    0,
    [_CSI, _CSA],
    [0, 0]
];
var Tag$ = [3, n0, _Tag,
    0,
    [_K, _Va],
    [0, 0], 2
];
var TagResourceRequest$ = [3, n0, _TRR,
    0,
    [_RA, _Ta],
    [0, () => TagList], 2
];
var TagResourceResponse$ = [3, n0, _TRRa,
    0,
    [],
    []
];
var UntagResourceRequest$ = [3, n0, _URR,
    0,
    [_RA, _TK],
    [0, 64 | 0], 2
];
var UntagResourceResponse$ = [3, n0, _URRn,
    0,
    [],
    []
];
var ValidationExceptionField$ = [3, n0, _VEF,
    0,
    [_R, _ETnt, _EI, _CT, _Fi, _M],
    [0, 0, 0, 0, 0, 0]
];
var AssessmentSummaryList = [1, n0, _ASL,
    0, () => AssessmentSummary$
];
var ChangeSetDescription = [1, n0, _CSD,
    0, () => ChangeSummary$
];
var ChangeSetSummaryList = [1, n0, _CSSL,
    0, () => ChangeSetSummaryListItem$
];
var ControlAssessmentList = [1, n0, _CAL,
    0, () => ControlAssessment$
];
var ControlErrorList = [1, n0, _CEL,
    0, () => ControlError$
];
var EntityRequestList = [1, n0, _ERL,
    0, () => EntityRequest$
];
var EntitySummaryList = [1, n0, _ESL,
    0, () => EntitySummary$
];
var ErrorDetailList = [1, n0, _EDL,
    0, () => ErrorDetail$
];
var ErrorScopeList = [1, n0, _ESLr,
    0, () => ErrorScope$
];
var FilterList = [1, n0, _FL,
    0, () => Filter$
];
var RequestedChangeList = [1, n0, _RCL,
    0, () => Change$
];
var TagList = [1, n0, _TL,
    0, () => Tag$
];
var ValidationExceptionFieldList = [1, n0, _VEFL,
    0, () => ValidationExceptionField$
];
var EntityDetails = [2, n0, _ED,
    0, 0, () => EntityDetail$
];
var Errors = [2, n0, _E,
    0, 0, () => BatchDescribeErrorDetail$
];
var EntityTypeFilters$ = [4, n0, _ETF,
    0,
    [_DPF, _SSPF, _APF, _OF, _CPF, _RAF, _MLPF, _OSF],
    [() => DataProductFilters$, () => SaaSProductFilters$, () => AmiProductFilters$, () => OfferFilters$, () => ContainerProductFilters$, () => ResaleAuthorizationFilters$, () => MachineLearningProductFilters$, () => OfferSetFilters$]
];
var EntityTypeSort$ = [4, n0, _ETS,
    0,
    [_DPS, _SSPSa, _APS, _OSf, _CPS, _RASe, _MLPSa, _OSSf],
    [() => DataProductSort$, () => SaaSProductSort$, () => AmiProductSort$, () => OfferSort$, () => ContainerProductSort$, () => ResaleAuthorizationSort$, () => MachineLearningProductSort$, () => OfferSetSort$]
];
var FrameworkFilters$ = [4, n0, _FF,
    0,
    [_AMISF, _CSF],
    [() => AMISecurityFilters$, () => ContainerSecurityFilters$]
];
var FrameworkSummary$ = [4, n0, _FS,
    0,
    [_AMISS, _CSS],
    [() => AMISecuritySummary$, () => ContainerSecuritySummary$]
];
var BatchDescribeEntities$ = [9, n0, _BDE,
    { [_h]: ["POST", "/BatchDescribeEntities", 200] }, () => BatchDescribeEntitiesRequest$, () => BatchDescribeEntitiesResponse$
];
var CancelChangeSet$ = [9, n0, _CCS,
    { [_h]: ["PATCH", "/CancelChangeSet", 200] }, () => CancelChangeSetRequest$, () => CancelChangeSetResponse$
];
var DeleteResourcePolicy$ = [9, n0, _DRP,
    { [_h]: ["DELETE", "/DeleteResourcePolicy", 200] }, () => DeleteResourcePolicyRequest$, () => DeleteResourcePolicyResponse$
];
var DescribeAssessment$ = [9, n0, _DA,
    { [_h]: ["POST", "/DescribeAssessment", 200] }, () => DescribeAssessmentRequest$, () => DescribeAssessmentResponse$
];
var DescribeChangeSet$ = [9, n0, _DCS,
    { [_h]: ["GET", "/DescribeChangeSet", 200] }, () => DescribeChangeSetRequest$, () => DescribeChangeSetResponse$
];
var DescribeEntity$ = [9, n0, _DE,
    { [_h]: ["GET", "/DescribeEntity", 200] }, () => DescribeEntityRequest$, () => DescribeEntityResponse$
];
var GetResourcePolicy$ = [9, n0, _GRP,
    { [_h]: ["GET", "/GetResourcePolicy", 200] }, () => GetResourcePolicyRequest$, () => GetResourcePolicyResponse$
];
var ListAssessments$ = [9, n0, _LA,
    { [_h]: ["POST", "/ListAssessments", 200] }, () => ListAssessmentsRequest$, () => ListAssessmentsResponse$
];
var ListChangeSets$ = [9, n0, _LCS,
    { [_h]: ["POST", "/ListChangeSets", 200] }, () => ListChangeSetsRequest$, () => ListChangeSetsResponse$
];
var ListEntities$ = [9, n0, _LE,
    { [_h]: ["POST", "/ListEntities", 200] }, () => ListEntitiesRequest$, () => ListEntitiesResponse$
];
var ListTagsForResource$ = [9, n0, _LTFR,
    { [_h]: ["POST", "/ListTagsForResource", 200] }, () => ListTagsForResourceRequest$, () => ListTagsForResourceResponse$
];
var PutResourcePolicy$ = [9, n0, _PRP,
    { [_h]: ["POST", "/PutResourcePolicy", 200] }, () => PutResourcePolicyRequest$, () => PutResourcePolicyResponse$
];
var StartChangeSet$ = [9, n0, _SCS,
    { [_h]: ["POST", "/StartChangeSet", 200] }, () => StartChangeSetRequest$, () => StartChangeSetResponse$
];
var TagResource$ = [9, n0, _TR,
    { [_h]: ["POST", "/TagResource", 200] }, () => TagResourceRequest$, () => TagResourceResponse$
];
var UntagResource$ = [9, n0, _UR,
    { [_h]: ["POST", "/UntagResource", 200] }, () => UntagResourceRequest$, () => UntagResourceResponse$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2018-09-17",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultMarketplaceCatalogHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsRestJsonProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.marketplacecatalog",
            errorTypeRegistries,
            version: "2018-09-17",
            serviceTarget: "AWSMPSeymour",
        },
        serviceId: config?.serviceId ?? "Marketplace Catalog",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8,
    };
};

const getRuntimeConfig = (config) => {
    emitWarningIfUnsupportedVersion(process.version);
    const defaultsMode = resolveDefaultsModeConfig(config);
    const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig$1(config);
    emitWarningIfUnsupportedVersion$1(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            loadConfig({
                ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class MarketplaceCatalogClient extends Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: defaultMarketplaceCatalogHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

const command = makeBuilder(commonParams, "AWSMPSeymour", "MarketplaceCatalogClient", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class BatchDescribeEntitiesCommand extends command(_ep0, _mw0, "BatchDescribeEntities", BatchDescribeEntities$) {
}

class CancelChangeSetCommand extends command(_ep0, _mw0, "CancelChangeSet", CancelChangeSet$) {
}

class DeleteResourcePolicyCommand extends command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {
}

class DescribeAssessmentCommand extends command(_ep0, _mw0, "DescribeAssessment", DescribeAssessment$) {
}

class DescribeChangeSetCommand extends command(_ep0, _mw0, "DescribeChangeSet", DescribeChangeSet$) {
}

class DescribeEntityCommand extends command(_ep0, _mw0, "DescribeEntity", DescribeEntity$) {
}

class GetResourcePolicyCommand extends command(_ep0, _mw0, "GetResourcePolicy", GetResourcePolicy$) {
}

class ListAssessmentsCommand extends command(_ep0, _mw0, "ListAssessments", ListAssessments$) {
}

class ListChangeSetsCommand extends command(_ep0, _mw0, "ListChangeSets", ListChangeSets$) {
}

class ListEntitiesCommand extends command(_ep0, _mw0, "ListEntities", ListEntities$) {
}

class ListTagsForResourceCommand extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
}

class PutResourcePolicyCommand extends command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$) {
}

class StartChangeSetCommand extends command(_ep0, _mw0, "StartChangeSet", StartChangeSet$) {
}

class TagResourceCommand extends command(_ep0, _mw0, "TagResource", TagResource$) {
}

class UntagResourceCommand extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
}

const paginateDescribeAssessment = createPaginator(MarketplaceCatalogClient, DescribeAssessmentCommand, "NextToken", "NextToken", "MaxResults");

const paginateListAssessments = createPaginator(MarketplaceCatalogClient, ListAssessmentsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListChangeSets = createPaginator(MarketplaceCatalogClient, ListChangeSetsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListEntities = createPaginator(MarketplaceCatalogClient, ListEntitiesCommand, "NextToken", "NextToken", "MaxResults");

const commands = {
    BatchDescribeEntitiesCommand,
    CancelChangeSetCommand,
    DeleteResourcePolicyCommand,
    DescribeAssessmentCommand,
    DescribeChangeSetCommand,
    DescribeEntityCommand,
    GetResourcePolicyCommand,
    ListAssessmentsCommand,
    ListChangeSetsCommand,
    ListEntitiesCommand,
    ListTagsForResourceCommand,
    PutResourcePolicyCommand,
    StartChangeSetCommand,
    TagResourceCommand,
    UntagResourceCommand,
};
const paginators = {
    paginateDescribeAssessment,
    paginateListAssessments,
    paginateListChangeSets,
    paginateListEntities,
};
class MarketplaceCatalog extends MarketplaceCatalogClient {
}
createAggregatedClient(commands, MarketplaceCatalog, { paginators });

const AmiProductVisibilityString = {
    Draft: "Draft",
    Limited: "Limited",
    Public: "Public",
    Restricted: "Restricted",
};
const AmiProductSortBy = {
    EntityId: "EntityId",
    LastModifiedDate: "LastModifiedDate",
    ProductTitle: "ProductTitle",
    Visibility: "Visibility",
};
const SortOrder = {
    ASCENDING: "ASCENDING",
    DESCENDING: "DESCENDING",
};
const AssessmentResult = {
    FAIL: "FAIL",
    PASS: "PASS",
};
const ValidationExceptionReason = {
    CANNOT_PARSE: "CannotParse",
    FIELD_VALIDATION_FAILED: "FieldValidationFailed",
    OTHER: "Other",
    UNKNOWN_OPERATION: "UnknownOperation",
};
const ControlAssessmentResult = {
    EXEMPTION_PASS: "EXEMPTION_PASS",
    FAIL: "FAIL",
    NOT_EXECUTED: "NOT_EXECUTED",
    PASS: "PASS",
};
const FailureCode = {
    ClientError: "CLIENT_ERROR",
    ServerFault: "SERVER_FAULT",
};
const Intent = {
    APPLY: "APPLY",
    VALIDATE: "VALIDATE",
};
const ChangeStatus = {
    APPLYING: "APPLYING",
    CANCELLED: "CANCELLED",
    FAILED: "FAILED",
    PREPARING: "PREPARING",
    SUCCEEDED: "SUCCEEDED",
};
const ContainerProductVisibilityString = {
    Draft: "Draft",
    Limited: "Limited",
    Public: "Public",
    Restricted: "Restricted",
};
const DataProductVisibilityString = {
    Draft: "Draft",
    Limited: "Limited",
    Public: "Public",
    Restricted: "Restricted",
    Unavailable: "Unavailable",
};
const MachineLearningProductVisibilityString = {
    Draft: "Draft",
    Limited: "Limited",
    Public: "Public",
    Restricted: "Restricted",
};
const OfferCreatedBySourceString = {
    AwsMarketplace: "AwsMarketplace",
    Seller: "Seller",
};
const OfferStateString = {
    Draft: "Draft",
    Released: "Released",
};
const OfferTargetAgreementIntentString = {
    Renew: "Renew",
};
const OfferTargetingString = {
    BuyerAccounts: "BuyerAccounts",
    CountryCodes: "CountryCodes",
    None: "None",
    ParticipatingPrograms: "ParticipatingPrograms",
};
const OfferSetStateString = {
    Draft: "Draft",
    Released: "Released",
};
const ResaleAuthorizationResellerRoleString = {
    ChannelPartner: "ChannelPartner",
    Distributor: "Distributor",
};
const ResaleAuthorizationStatusString = {
    Active: "Active",
    Draft: "Draft",
    Restricted: "Restricted",
};
const SaaSProductVisibilityString = {
    Draft: "Draft",
    Limited: "Limited",
    Public: "Public",
    Restricted: "Restricted",
};
const ContainerProductSortBy = {
    CompatibleAWSServices: "CompatibleAWSServices",
    EntityId: "EntityId",
    LastModifiedDate: "LastModifiedDate",
    ProductTitle: "ProductTitle",
    Visibility: "Visibility",
};
const DataProductSortBy = {
    EntityId: "EntityId",
    LastModifiedDate: "LastModifiedDate",
    ProductTitle: "ProductTitle",
    Visibility: "Visibility",
};
const MachineLearningProductSortBy = {
    EntityId: "EntityId",
    LastModifiedDate: "LastModifiedDate",
    ProductTitle: "ProductTitle",
    Visibility: "Visibility",
};
const OfferSetSortBy = {
    EntityId: "EntityId",
    LastModifiedDate: "LastModifiedDate",
    Name: "Name",
    ReleaseDate: "ReleaseDate",
    SolutionId: "SolutionId",
    State: "State",
};
const OfferSortBy = {
    AvailabilityEndDate: "AvailabilityEndDate",
    BuyerAccounts: "BuyerAccounts",
    CreatedBySource: "CreatedBySource",
    EntityId: "EntityId",
    LastModifiedDate: "LastModifiedDate",
    Name: "Name",
    OfferSetId: "OfferSetId",
    ProductId: "ProductId",
    ReleaseDate: "ReleaseDate",
    ResaleAuthorizationId: "ResaleAuthorizationId",
    State: "State",
    TargetAgreementId: "TargetAgreementId",
    TargetAgreementIntent: "TargetAgreementIntent",
    Targeting: "Targeting",
};
const ResaleAuthorizationSortBy = {
    AvailabilityEndDate: "AvailabilityEndDate",
    CreatedDate: "CreatedDate",
    EntityId: "EntityId",
    IssuerAccountId: "IssuerAccountId",
    LastModifiedDate: "LastModifiedDate",
    ManufacturerAccountId: "ManufacturerAccountId",
    ManufacturerLegalName: "ManufacturerLegalName",
    Name: "Name",
    OfferExtendedStatus: "OfferExtendedStatus",
    ProductId: "ProductId",
    ProductName: "ProductName",
    ResellerAccountID: "ResellerAccountID",
    ResellerLegalName: "ResellerLegalName",
    ResellerRole: "ResellerRole",
    SourceAuthorization: "SourceAuthorization",
    Status: "Status",
};
const SaaSProductSortBy = {
    DeliveryOptionTypes: "DeliveryOptionTypes",
    EntityId: "EntityId",
    LastModifiedDate: "LastModifiedDate",
    ProductTitle: "ProductTitle",
    Visibility: "Visibility",
};
const OwnershipType = {
    SELF: "SELF",
    SHARED: "SHARED",
};

__webpack_unused_export__ = AMISecurityFilters$;
__webpack_unused_export__ = AMISecuritySummary$;
__webpack_unused_export__ = AccessDeniedException;
__webpack_unused_export__ = AccessDeniedException$;
__webpack_unused_export__ = AmiProductEntityIdFilter$;
__webpack_unused_export__ = AmiProductFilters$;
__webpack_unused_export__ = AmiProductLastModifiedDateFilter$;
__webpack_unused_export__ = AmiProductLastModifiedDateFilterDateRange$;
__webpack_unused_export__ = AmiProductSort$;
__webpack_unused_export__ = AmiProductSortBy;
__webpack_unused_export__ = AmiProductSummary$;
__webpack_unused_export__ = AmiProductTitleFilter$;
__webpack_unused_export__ = AmiProductVisibilityFilter$;
__webpack_unused_export__ = AmiProductVisibilityString;
__webpack_unused_export__ = AssessmentResult;
__webpack_unused_export__ = AssessmentSummary$;
__webpack_unused_export__ = AssessmentTargetFilter$;
__webpack_unused_export__ = AssessmentTargetSummary$;
__webpack_unused_export__ = BatchDescribeEntities$;
__webpack_unused_export__ = BatchDescribeEntitiesCommand;
__webpack_unused_export__ = BatchDescribeEntitiesRequest$;
__webpack_unused_export__ = BatchDescribeEntitiesResponse$;
__webpack_unused_export__ = BatchDescribeErrorDetail$;
__webpack_unused_export__ = CancelChangeSet$;
exports.CancelChangeSetCommand = CancelChangeSetCommand;
__webpack_unused_export__ = CancelChangeSetRequest$;
__webpack_unused_export__ = CancelChangeSetResponse$;
__webpack_unused_export__ = Change$;
__webpack_unused_export__ = ChangeSetSummaryListItem$;
__webpack_unused_export__ = ChangeStatus;
__webpack_unused_export__ = ChangeSummary$;
__webpack_unused_export__ = ContainerProductEntityIdFilter$;
__webpack_unused_export__ = ContainerProductFilters$;
__webpack_unused_export__ = ContainerProductLastModifiedDateFilter$;
__webpack_unused_export__ = ContainerProductLastModifiedDateFilterDateRange$;
__webpack_unused_export__ = ContainerProductSort$;
__webpack_unused_export__ = ContainerProductSortBy;
__webpack_unused_export__ = ContainerProductSummary$;
__webpack_unused_export__ = ContainerProductTitleFilter$;
__webpack_unused_export__ = ContainerProductVisibilityFilter$;
__webpack_unused_export__ = ContainerProductVisibilityString;
__webpack_unused_export__ = ContainerSecurityFilters$;
__webpack_unused_export__ = ContainerSecuritySummary$;
__webpack_unused_export__ = ControlAssessment$;
__webpack_unused_export__ = ControlAssessmentResult;
__webpack_unused_export__ = ControlError$;
__webpack_unused_export__ = DataProductEntityIdFilter$;
__webpack_unused_export__ = DataProductFilters$;
__webpack_unused_export__ = DataProductLastModifiedDateFilter$;
__webpack_unused_export__ = DataProductLastModifiedDateFilterDateRange$;
__webpack_unused_export__ = DataProductSort$;
__webpack_unused_export__ = DataProductSortBy;
__webpack_unused_export__ = DataProductSummary$;
__webpack_unused_export__ = DataProductTitleFilter$;
__webpack_unused_export__ = DataProductVisibilityFilter$;
__webpack_unused_export__ = DataProductVisibilityString;
__webpack_unused_export__ = DeleteResourcePolicy$;
__webpack_unused_export__ = DeleteResourcePolicyCommand;
__webpack_unused_export__ = DeleteResourcePolicyRequest$;
__webpack_unused_export__ = DeleteResourcePolicyResponse$;
__webpack_unused_export__ = DescribeAssessment$;
__webpack_unused_export__ = DescribeAssessmentCommand;
__webpack_unused_export__ = DescribeAssessmentRequest$;
__webpack_unused_export__ = DescribeAssessmentResponse$;
__webpack_unused_export__ = DescribeChangeSet$;
exports.DescribeChangeSetCommand = DescribeChangeSetCommand;
__webpack_unused_export__ = DescribeChangeSetRequest$;
__webpack_unused_export__ = DescribeChangeSetResponse$;
__webpack_unused_export__ = DescribeEntity$;
__webpack_unused_export__ = DescribeEntityCommand;
__webpack_unused_export__ = DescribeEntityRequest$;
__webpack_unused_export__ = DescribeEntityResponse$;
__webpack_unused_export__ = Entity$;
__webpack_unused_export__ = EntityDetail$;
__webpack_unused_export__ = EntityRequest$;
__webpack_unused_export__ = EntitySummary$;
__webpack_unused_export__ = EntityTypeFilters$;
__webpack_unused_export__ = EntityTypeSort$;
__webpack_unused_export__ = ErrorDetail$;
__webpack_unused_export__ = ErrorScope$;
__webpack_unused_export__ = FailureCode;
__webpack_unused_export__ = Filter$;
__webpack_unused_export__ = FrameworkFilters$;
__webpack_unused_export__ = FrameworkSummary$;
__webpack_unused_export__ = GetResourcePolicy$;
__webpack_unused_export__ = GetResourcePolicyCommand;
__webpack_unused_export__ = GetResourcePolicyRequest$;
__webpack_unused_export__ = GetResourcePolicyResponse$;
__webpack_unused_export__ = Intent;
__webpack_unused_export__ = InternalServiceException;
__webpack_unused_export__ = InternalServiceException$;
__webpack_unused_export__ = ListAssessments$;
__webpack_unused_export__ = ListAssessmentsCommand;
__webpack_unused_export__ = ListAssessmentsRequest$;
__webpack_unused_export__ = ListAssessmentsResponse$;
__webpack_unused_export__ = ListChangeSets$;
__webpack_unused_export__ = ListChangeSetsCommand;
__webpack_unused_export__ = ListChangeSetsRequest$;
__webpack_unused_export__ = ListChangeSetsResponse$;
__webpack_unused_export__ = ListEntities$;
__webpack_unused_export__ = ListEntitiesCommand;
__webpack_unused_export__ = ListEntitiesRequest$;
__webpack_unused_export__ = ListEntitiesResponse$;
__webpack_unused_export__ = ListTagsForResource$;
__webpack_unused_export__ = ListTagsForResourceCommand;
__webpack_unused_export__ = ListTagsForResourceRequest$;
__webpack_unused_export__ = ListTagsForResourceResponse$;
__webpack_unused_export__ = MachineLearningProductEntityIdFilter$;
__webpack_unused_export__ = MachineLearningProductFilters$;
__webpack_unused_export__ = MachineLearningProductLastModifiedDateFilter$;
__webpack_unused_export__ = MachineLearningProductLastModifiedDateFilterDateRange$;
__webpack_unused_export__ = MachineLearningProductSort$;
__webpack_unused_export__ = MachineLearningProductSortBy;
__webpack_unused_export__ = MachineLearningProductSummary$;
__webpack_unused_export__ = MachineLearningProductTitleFilter$;
__webpack_unused_export__ = MachineLearningProductVisibilityFilter$;
__webpack_unused_export__ = MachineLearningProductVisibilityString;
__webpack_unused_export__ = MarketplaceCatalog;
exports.MarketplaceCatalogClient = MarketplaceCatalogClient;
__webpack_unused_export__ = MarketplaceCatalogServiceException;
__webpack_unused_export__ = MarketplaceCatalogServiceException$;
__webpack_unused_export__ = OfferAvailabilityEndDateFilter$;
__webpack_unused_export__ = OfferAvailabilityEndDateFilterDateRange$;
__webpack_unused_export__ = OfferBuyerAccountsFilter$;
__webpack_unused_export__ = OfferCreatedBySourceFilter$;
__webpack_unused_export__ = OfferCreatedBySourceString;
__webpack_unused_export__ = OfferEntityIdFilter$;
__webpack_unused_export__ = OfferFilters$;
__webpack_unused_export__ = OfferLastModifiedDateFilter$;
__webpack_unused_export__ = OfferLastModifiedDateFilterDateRange$;
__webpack_unused_export__ = OfferNameFilter$;
__webpack_unused_export__ = OfferProductIdFilter$;
__webpack_unused_export__ = OfferReleaseDateFilter$;
__webpack_unused_export__ = OfferReleaseDateFilterDateRange$;
__webpack_unused_export__ = OfferResaleAuthorizationIdFilter$;
__webpack_unused_export__ = OfferSetAssociatedOfferIdsFilter$;
__webpack_unused_export__ = OfferSetEntityIdFilter$;
__webpack_unused_export__ = OfferSetFilters$;
__webpack_unused_export__ = OfferSetIdFilter$;
__webpack_unused_export__ = OfferSetLastModifiedDateFilter$;
__webpack_unused_export__ = OfferSetLastModifiedDateFilterDateRange$;
__webpack_unused_export__ = OfferSetNameFilter$;
__webpack_unused_export__ = OfferSetReleaseDateFilter$;
__webpack_unused_export__ = OfferSetReleaseDateFilterDateRange$;
__webpack_unused_export__ = OfferSetSolutionIdFilter$;
__webpack_unused_export__ = OfferSetSort$;
__webpack_unused_export__ = OfferSetSortBy;
__webpack_unused_export__ = OfferSetStateFilter$;
__webpack_unused_export__ = OfferSetStateString;
__webpack_unused_export__ = OfferSetSummary$;
__webpack_unused_export__ = OfferSort$;
__webpack_unused_export__ = OfferSortBy;
__webpack_unused_export__ = OfferStateFilter$;
__webpack_unused_export__ = OfferStateString;
__webpack_unused_export__ = OfferSummary$;
__webpack_unused_export__ = OfferTargetAgreementIdFilter$;
__webpack_unused_export__ = OfferTargetAgreementIntentFilter$;
__webpack_unused_export__ = OfferTargetAgreementIntentString;
__webpack_unused_export__ = OfferTargetingFilter$;
__webpack_unused_export__ = OfferTargetingString;
__webpack_unused_export__ = OwnershipType;
__webpack_unused_export__ = PutResourcePolicy$;
__webpack_unused_export__ = PutResourcePolicyCommand;
__webpack_unused_export__ = PutResourcePolicyRequest$;
__webpack_unused_export__ = PutResourcePolicyResponse$;
__webpack_unused_export__ = ResaleAuthorizationAvailabilityEndDateFilter$;
__webpack_unused_export__ = ResaleAuthorizationAvailabilityEndDateFilterDateRange$;
__webpack_unused_export__ = ResaleAuthorizationCreatedDateFilter$;
__webpack_unused_export__ = ResaleAuthorizationCreatedDateFilterDateRange$;
__webpack_unused_export__ = ResaleAuthorizationEntityIdFilter$;
__webpack_unused_export__ = ResaleAuthorizationFilters$;
__webpack_unused_export__ = ResaleAuthorizationIssuerAccountIdFilter$;
__webpack_unused_export__ = ResaleAuthorizationLastModifiedDateFilter$;
__webpack_unused_export__ = ResaleAuthorizationLastModifiedDateFilterDateRange$;
__webpack_unused_export__ = ResaleAuthorizationManufacturerAccountIdFilter$;
__webpack_unused_export__ = ResaleAuthorizationManufacturerLegalNameFilter$;
__webpack_unused_export__ = ResaleAuthorizationNameFilter$;
__webpack_unused_export__ = ResaleAuthorizationOfferExtendedStatusFilter$;
__webpack_unused_export__ = ResaleAuthorizationProductIdFilter$;
__webpack_unused_export__ = ResaleAuthorizationProductNameFilter$;
__webpack_unused_export__ = ResaleAuthorizationResellerAccountIDFilter$;
__webpack_unused_export__ = ResaleAuthorizationResellerLegalNameFilter$;
__webpack_unused_export__ = ResaleAuthorizationResellerRoleFilter$;
__webpack_unused_export__ = ResaleAuthorizationResellerRoleString;
__webpack_unused_export__ = ResaleAuthorizationSort$;
__webpack_unused_export__ = ResaleAuthorizationSortBy;
__webpack_unused_export__ = ResaleAuthorizationSourceAuthorizationFilter$;
__webpack_unused_export__ = ResaleAuthorizationStatusFilter$;
__webpack_unused_export__ = ResaleAuthorizationStatusString;
__webpack_unused_export__ = ResaleAuthorizationSummary$;
__webpack_unused_export__ = ResourceInUseException;
__webpack_unused_export__ = ResourceInUseException$;
__webpack_unused_export__ = ResourceNotFoundException;
__webpack_unused_export__ = ResourceNotFoundException$;
__webpack_unused_export__ = ResourceNotSupportedException;
__webpack_unused_export__ = ResourceNotSupportedException$;
__webpack_unused_export__ = SaaSProductEntityIdFilter$;
__webpack_unused_export__ = SaaSProductFilters$;
__webpack_unused_export__ = SaaSProductLastModifiedDateFilter$;
__webpack_unused_export__ = SaaSProductLastModifiedDateFilterDateRange$;
__webpack_unused_export__ = SaaSProductSort$;
__webpack_unused_export__ = SaaSProductSortBy;
__webpack_unused_export__ = SaaSProductSummary$;
__webpack_unused_export__ = SaaSProductTitleFilter$;
__webpack_unused_export__ = SaaSProductVisibilityFilter$;
__webpack_unused_export__ = SaaSProductVisibilityString;
__webpack_unused_export__ = ServiceQuotaExceededException;
__webpack_unused_export__ = ServiceQuotaExceededException$;
__webpack_unused_export__ = Sort$;
__webpack_unused_export__ = SortOrder;
__webpack_unused_export__ = StartChangeSet$;
exports.StartChangeSetCommand = StartChangeSetCommand;
__webpack_unused_export__ = StartChangeSetRequest$;
__webpack_unused_export__ = StartChangeSetResponse$;
__webpack_unused_export__ = Tag$;
__webpack_unused_export__ = TagResource$;
__webpack_unused_export__ = TagResourceCommand;
__webpack_unused_export__ = TagResourceRequest$;
__webpack_unused_export__ = TagResourceResponse$;
__webpack_unused_export__ = ThrottlingException;
__webpack_unused_export__ = ThrottlingException$;
__webpack_unused_export__ = UntagResource$;
__webpack_unused_export__ = UntagResourceCommand;
__webpack_unused_export__ = UntagResourceRequest$;
__webpack_unused_export__ = UntagResourceResponse$;
__webpack_unused_export__ = ValidationException;
__webpack_unused_export__ = ValidationException$;
__webpack_unused_export__ = ValidationExceptionField$;
__webpack_unused_export__ = ValidationExceptionReason;
__webpack_unused_export__ = errorTypeRegistries;
__webpack_unused_export__ = paginateDescribeAssessment;
__webpack_unused_export__ = paginateListAssessments;
__webpack_unused_export__ = paginateListChangeSets;
__webpack_unused_export__ = paginateListEntities;


/***/ })

};
