export const id = 865;
export const ids = [865];
export const modules = {

/***/ 8865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gw: () => (/* binding */ CATALOG_API_REGION),
/* harmony export */   Lf: () => (/* binding */ ML_ADD_VERSION_URL),
/* harmony export */   M: () => (/* binding */ CHANGE_SET_POLL),
/* harmony export */   Qp: () => (/* binding */ DELIVERY_CHANGE_TYPES),
/* harmony export */   Rz: () => (/* binding */ ML_ENTITY_TYPE),
/* harmony export */   W8: () => (/* binding */ CATALOG),
/* harmony export */   X1: () => (/* binding */ DETAILS_KEY),
/* harmony export */   XF: () => (/* binding */ ML_UPDATE_VERSION_URL),
/* harmony export */   YL: () => (/* binding */ LISTING_LIMITS),
/* harmony export */   qi: () => (/* binding */ ARN_KEY)
/* harmony export */ });
// Every number and fixed name of the AWS Marketplace Catalog API that `listing-request` depends on,
// each with its source. The ML change types are documented on two pages of the AWS Marketplace API
// reference; the shapes libraries AWS publishes (awslabs/aws-marketplace-catalog-api-shapes-for-java
// and -for-python, MachineLearningProduct@1.0) give the exact key names where the pages disagree.
const ML_ADD_VERSION_URL = 'https://docs.aws.amazon.com/marketplace/latest/APIReference/ml-add-version.html';
const ML_UPDATE_VERSION_URL = 'https://docs.aws.amazon.com/marketplace/latest/APIReference/ml-update-version.html';
/** StartChangeSet's Catalog: "Fixed value: AWSMarketplace" (API reference, StartChangeSet). */
const CATALOG = 'AWSMarketplace';
/** The Catalog API has one endpoint, catalog.marketplace.us-east-1.amazonaws.com (AWS general
 * reference, AWS Marketplace endpoints), whatever Region the product's assets are in. */
const CATALOG_API_REGION = 'us-east-1';
/** Entity.Type of an ML product's changes: "It must be MachineLearningProduct@1.0" (ml-add-version). */
const ML_ENTITY_TYPE = 'MachineLearningProduct@1.0';
/** The change types that add or update a version (a delivery option) of an ML product. */
const DELIVERY_CHANGE_TYPES = ['AddDeliveryOptions', 'UpdateDeliveryOptions'];
/** The delivery option's details object, by resource kind (shapes libraries' JSON names). */
const DETAILS_KEY = {
    'model-package': 'SageMakerModelPackageDeliveryOptionDetails',
    algorithm: 'SageMakerAlgorithmDeliveryOptionDetails'
};
/** The ARN key inside the details object (ml-add-version, "Required fields"). */
const ARN_KEY = {
    'model-package': 'SageMakerModelPackageArn',
    algorithm: 'SageMakerAlgorithmArn'
};
const LISTING_LIMITS = {
    /** ReleaseNotes: "Must be under 30,000 characters" (ml-add-version), "limited to 30,000
     * characters" (ml-update-version): at most this many. */
    releaseNotesChars: 30_000,
    /** DeliveryOptions: "Limited to one delivery option per version" (both pages). */
    deliveryOptionsPerVersion: 1,
    /** StartChangeSet ChangeSet: 1 to 20 changes (API reference, StartChangeSet). */
    changesPerSet: 20,
    /** Change.Details, the string form of DetailsDocument: 2 to 16,384 characters (API reference,
     * Change). */
    detailsChars: 16_384,
    /** Entity.Identifier and Change.ChangeType: 1 to 255 characters (API reference, Entity, Change). */
    identifierChars: 255,
    /** ChangeSetName: "up to 100 ASCII characters" (API reference, StartChangeSet). */
    changeSetNameChars: 100
};
/** How often DescribeChangeSet is asked while the catalog validates (minutes to hours, per
 * ml-add-version "Change set processing"; project choice, like the SageMaker validation's polling). */
const CHANGE_SET_POLL = { pollMs: 15_000, maxPollMs: 60_000, progressEveryMs: 5 * 60_000 };


/***/ })

};
