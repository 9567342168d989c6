export const id = 926;
export const ids = [926];
export const modules = {

/***/ 926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ve: () => (/* binding */ KIND_NAME),
  Jj: () => (/* binding */ algorithmView),
  GK: () => (/* binding */ awsOwnedRegistry),
  DN: () => (/* binding */ builtinAlgorithm),
  x2: () => (/* binding */ certifyForMarketplace),
  lj: () => (/* binding */ modelPackageView),
  yj: () => (/* binding */ ownSourceAlgorithmArn),
  J3: () => (/* binding */ resourceStatus),
  VS: () => (/* binding */ validationSpec)
});

// UNUSED EXPORTS: MARKETPLACE_ACCOUNTS, inferenceSpecGaps

;// CONCATENATED MODULE: ./src/catalog/data/aws-owned-registries.json
const aws_owned_registries_namespaceObject = /*#__PURE__*/JSON.parse('{"_G":{"af-south-1":{"455444449433":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","xgboost"],"774647643957":["image-classification-neo","xgboost-neo"],"510948584623":["sklearn","xgboost"]},"ap-east-1":{"286214385809":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","xgboost"],"110948597952":["image-classification-neo","xgboost-neo"],"651117190479":["sklearn","xgboost"]},"ap-northeast-1":{"501404015308":["blazingtext","image-classification","object-detection","semantic-segmentation","seq2seq","xgboost"],"351501993468":["factorization-machines","ipinsights","kmeans","knn","linear-learner","ntm","object2vec","pca","randomcutforest"],"633353088612":["forecasting-deepar"],"941853720454":["image-classification-neo","xgboost-neo"],"258307448986":["lda"],"354813040037":["sklearn","xgboost"]},"ap-northeast-2":{"306986355934":["blazingtext","image-classification","object-detection","semantic-segmentation","seq2seq","xgboost"],"835164637446":["factorization-machines","ipinsights","kmeans","knn","linear-learner","ntm","object2vec","pca","randomcutforest"],"204372634319":["forecasting-deepar"],"151534178276":["image-classification-neo","xgboost-neo"],"293181348795":["lda"],"366743142698":["sklearn","xgboost"]},"ap-northeast-3":{"867004704886":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","sklearn","xgboost"],"925152966179":["image-classification-neo","xgboost-neo"]},"ap-south-1":{"991648021394":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","lda","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","xgboost"],"763008648453":["image-classification-neo","xgboost-neo"],"720646828776":["sklearn","xgboost"]},"ap-south-2":{"628508329040":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","sklearn","xgboost"]},"ap-southeast-1":{"475088953585":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","lda","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","xgboost"],"324986816169":["image-classification-neo","xgboost-neo"],"121021644041":["sklearn","xgboost"]},"ap-southeast-2":{"544295431143":["blazingtext","image-classification","object-detection","semantic-segmentation","seq2seq","xgboost"],"712309505854":["factorization-machines","ipinsights","kmeans","knn","linear-learner","ntm","object2vec","pca","randomcutforest"],"514117268639":["forecasting-deepar"],"355873309152":["image-classification-neo","xgboost-neo"],"297031611018":["lda"],"783357654285":["sklearn","xgboost"]},"ap-southeast-3":{"951798379941":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","sklearn","xgboost"]},"ap-southeast-4":{"106583098589":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","sklearn","xgboost"]},"ca-central-1":{"469771592824":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","lda","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","xgboost"],"464438896020":["image-classification-neo","xgboost-neo"],"341280168497":["sklearn","xgboost"]},"ca-west-1":{"190319476487":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","sklearn","xgboost"]},"cn-north-1":{"390948362332":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","xgboost"],"472730292857":["image-classification-neo","xgboost-neo"],"450853457545":["sklearn","xgboost"]},"cn-northwest-1":{"387376663083":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","xgboost"],"474822919863":["image-classification-neo","xgboost-neo"],"451049120500":["sklearn","xgboost"]},"eu-central-1":{"813361260812":["blazingtext","image-classification","object-detection","semantic-segmentation","seq2seq","xgboost"],"664544806723":["factorization-machines","ipinsights","kmeans","knn","linear-learner","ntm","object2vec","pca","randomcutforest"],"495149712605":["forecasting-deepar"],"746233611703":["image-classification-neo","xgboost-neo"],"353608530281":["lda"],"492215442770":["sklearn","xgboost"]},"eu-central-2":{"680994064768":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","sklearn","xgboost"],"010526262399":["image-classification-neo","xgboost-neo"]},"eu-north-1":{"669576153137":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","xgboost"],"601324751636":["image-classification-neo","xgboost-neo"],"662702820516":["sklearn","xgboost"]},"eu-south-1":{"257386234256":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","xgboost"],"966458181534":["image-classification-neo","xgboost-neo"],"978288397137":["sklearn","xgboost"]},"eu-south-2":{"104374241257":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","sklearn","xgboost"]},"eu-west-1":{"685385470294":["blazingtext","image-classification","object-detection","semantic-segmentation","seq2seq","xgboost"],"438346466558":["factorization-machines","ipinsights","kmeans","knn","linear-learner","ntm","object2vec","pca","randomcutforest"],"224300973850":["forecasting-deepar"],"802834080501":["image-classification-neo","xgboost-neo"],"999678624901":["lda"],"141502667606":["sklearn","xgboost"]},"eu-west-2":{"644912444149":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","lda","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","xgboost"],"205493899709":["image-classification-neo","xgboost-neo"],"764974769150":["sklearn","xgboost"]},"eu-west-3":{"749696950732":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","xgboost"],"254080097072":["image-classification-neo","xgboost-neo"],"659782779980":["sklearn","xgboost"]},"il-central-1":{"898809789911":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","sklearn","xgboost"],"275950707576":["image-classification-neo","xgboost-neo"]},"me-central-1":{"272398656194":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","sklearn","xgboost"]},"me-south-1":{"249704162688":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","xgboost"],"836785723513":["image-classification-neo","xgboost-neo"],"801668240914":["sklearn","xgboost"]},"sa-east-1":{"855470959533":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","xgboost"],"756306329178":["image-classification-neo","xgboost-neo"],"737474898029":["sklearn","xgboost"]},"us-east-1":{"811284229777":["blazingtext","image-classification","object-detection","semantic-segmentation","seq2seq","xgboost"],"382416733822":["factorization-machines","ipinsights","kmeans","knn","linear-learner","ntm","object2vec","pca","randomcutforest"],"522234722520":["forecasting-deepar"],"785573368785":["image-classification-neo","xgboost-neo"],"766337827248":["lda"],"683313688378":["sklearn","xgboost"]},"us-east-2":{"825641698319":["blazingtext","image-classification","object-detection","semantic-segmentation","seq2seq","xgboost"],"404615174143":["factorization-machines","ipinsights","kmeans","knn","linear-learner","ntm","object2vec","pca","randomcutforest"],"566113047672":["forecasting-deepar"],"007439368137":["image-classification-neo","xgboost-neo"],"999911452149":["lda"],"257758044811":["sklearn","xgboost"]},"us-gov-east-1":{"237065988967":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","sklearn","xgboost"],"227234621604":["image-classification-neo","xgboost-neo"]},"us-gov-west-1":{"226302683700":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","lda","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","xgboost"],"263933020539":["image-classification-neo","xgboost-neo"],"414596584902":["sklearn","xgboost"]},"us-iso-east-1":{"490574956308":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","lda","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","xgboost"],"167761179201":["image-classification-neo","xgboost-neo"],"833128469047":["sklearn","xgboost"]},"us-isob-east-1":{"765400339828":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","lda","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","xgboost"],"406031935815":["image-classification-neo","xgboost-neo"],"281123927165":["sklearn","xgboost"]},"us-isof-east-1":{"108575199400":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","sklearn","xgboost"],"751086301963":["image-classification-neo","xgboost-neo"]},"us-isof-south-1":{"124985052026":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","sklearn","xgboost"],"935523707064":["image-classification-neo","xgboost-neo"]},"us-west-1":{"632365934929":["blazingtext","factorization-machines","forecasting-deepar","image-classification","ipinsights","kmeans","knn","lda","linear-learner","ntm","object-detection","object2vec","pca","randomcutforest","semantic-segmentation","seq2seq","xgboost"],"710691900526":["image-classification-neo","xgboost-neo"],"746614075791":["sklearn","xgboost"]},"us-west-2":{"433757028032":["blazingtext","image-classification","object-detection","semantic-segmentation","seq2seq","xgboost"],"174872318107":["factorization-machines","ipinsights","kmeans","knn","linear-learner","ntm","object2vec","pca","randomcutforest"],"156387875391":["forecasting-deepar"],"301217895009":["image-classification-neo","xgboost-neo"],"266724342769":["lda"],"246618743249":["sklearn","xgboost"]}},"lX":{"af-south-1":["143210264188","238384257742","309385258863","313743910680","314341159256","455444449433","510948584623","559312083959","626614931356","774647643957","811711786498","875698925577"],"ap-east-1":["001633400207","057415533634","098760798382","110948597952","199566480951","286214385809","493642496378","523751269255","651117190479","707077482487","732049463269","871362719292"],"ap-east-2":["533267296287","938034419563","975050140332"],"ap-northeast-1":["010972774902","102112518831","258307448986","351501993468","354813040037","377024640650","411782140378","430734990657","462105765813","501404015308","520713654638","574779866223","633353088612","649008135260","658645717510","763104351884","941853720454"],"ap-northeast-2":["064688005998","131546521161","151534178276","204372634319","263625296855","293181348795","306986355934","366743142698","462105765813","520713654638","578805364391","658645717510","709848358524","763104351884","806072073708","835164637446","860869212795"],"ap-northeast-3":["102471314380","364406365360","479947661362","564864627153","658645717510","792733760839","867004704886","912233562940","913387583493","925152966179","990339680094"],"ap-south-1":["089933028263","105495057255","126357580389","245090515133","394103062818","452307495513","462105765813","520713654638","658645717510","720646828776","763008648453","763104351884","904829902805","991648021394"],"ap-south-2":["628508329040","772153158452","873151114052"],"ap-southeast-1":["022667117163","119527597002","121021644041","245545462676","324986816169","462105765813","475088953585","492261229750","520713654638","658645717510","759080221371","763104351884","834264404009","972752614525"],"ap-southeast-2":["007051062584","184798709955","297031611018","355873309152","422173101802","440695851116","452832661640","462105765813","514117268639","520713654638","544295431143","563025443158","648430277019","658645717510","712309505854","763104351884","783357654285"],"ap-southeast-3":["276181064229","370607712162","669540362728","705930551576","800295151634","907027046896","951798379941"],"ap-southeast-4":["106583098589","457447274322","819679513684"],"ap-southeast-5":["148761635175","550225433462","841784149062"],"ap-southeast-6":["633930458069"],"ap-southeast-7":["471112967968","528757812139","590183813437"],"ca-central-1":["310906938811","341280168497","446299261295","462105765813","464438896020","469771592824","481561238223","519511493484","520713654638","536280801234","557239378090","658645717510","675030665977","763104351884"],"ca-west-1":["000907499111","190319476487","204538143572","623308166672"],"cn-north-1":["122526803553","245909111842","390048526115","390948362332","422961961927","450853457545","453000072557","472730292857","618459771430","671472414489","727897471807"],"cn-northwest-1":["122578899357","249157047649","387376663083","390780980154","423003514399","451049120500","453252182341","474822919863","658757709296","727897471807","844356804704"],"eu-central-1":["017069133835","024640144536","048819808253","353608530281","462105765813","482524230118","492215442770","495149712605","520713654638","545423591354","658645717510","664544806723","746233611703","763104351884","813361260812","906073651304","936697816551"],"eu-central-2":["010526262399","142351485170","380420809688","569303640362","590183933784","680994064768","730335477804"],"eu-isoe-west-1":["371248457586"],"eu-north-1":["054986407534","175620155138","243637512696","314864569078","330188676905","520713654638","601324751636","658645717510","662702820516","669576153137","763104351884","763603941244","895015795356"],"eu-south-1":["048378556238","257386234256","488287956546","563282790590","592751261982","638885417683","692866216735","753923664805","810671768855","933208885752","966458181534","978288397137"],"eu-south-2":["104374241257","127363102723","437450045455","503227376785","833944533722"],"eu-west-1":["131013547314","141502667606","224300973850","245179582081","438346466558","462105765813","468650794304","470317259841","520713654638","571004829621","658645717510","685385470294","763104351884","802834080501","819792524951","929884845733","999678624901"],"eu-west-2":["021081402939","205493899709","250201462417","440796970383","462105765813","520713654638","644912444149","658645717510","712779665605","749857270468","763104351884","764974769150","836651553127","894491911112"],"eu-west-3":["136845547031","254080097072","341593696636","447278800020","520713654638","615547856133","658645717510","659782779980","680080141114","749696950732","763104351884","807237891255","856416204555"],"eusc-de-east-1":["204133271717"],"il-central-1":["216881608335","275950707576","380164790875","406833011540","408426139102","780543022126","843974653677","898809789911"],"me-central-1":["103105715889","272398656194","358593528301","395420993607","588750061953","914824155844"],"me-south-1":["117516905037","217643126080","249704162688","376037874950","523774347010","607024016150","724002660598","750251592176","801668240914","835444307964","836785723513","986000313247"],"mx-central-1":["211125459255","396913743851","637423239942"],"sa-east-1":["424196993095","520018980103","520713654638","539772159869","567556641782","658645717510","737130764395","737474898029","756306329178","763104351884","782484402741","818342061345","855470959533"],"us-east-1":["081325390199","156813124566","173754725891","205585389593","382416733822","462105765813","503895931360","520713654638","522234722520","658645717510","663277389841","683313688378","763104351884","766337827248","785573368785","811284229777","885854791233"],"us-east-2":["007439368137","137914896644","211330385671","257758044811","314815235551","404615174143","415577184552","429704687514","462105765813","520713654638","566113047672","658645717510","763104351884","777275614652","825641698319","915447279597","999911452149"],"us-gov-east-1":["107072934176","227234621604","237065988967","260923028637","446045086412"],"us-gov-west-1":["107173498710","226302683700","246785580436","263933020539","271483468897","414596584902","442386744353","515509971035","598674086554"],"us-iso-east-1":["167761179201","490574956308","744548109606","833128469047","886529160074"],"us-isob-east-1":["094389454867","281123927165","406031935815","453391408702","765400339828"],"us-isof-east-1":["108575199400","303241398832","579539705040","751086301963","840123138293","853188333426"],"us-isof-south-1":["124985052026","411392592546","454834333376","467912361380","883091641454","935523707064"],"us-west-1":["053634841547","462105765813","520713654638","632365934929","658645717510","667973535471","685455198987","710691900526","740489534195","742091327244","746614075791","763104351884","890145073186","926135532090"],"us-west-2":["081189585635","153931337802","156387875391","159807026194","174368400705","174872318107","236514542706","246618743249","266724342769","301217895009","306415355426","433757028032","462105765813","520713654638","542918446943","658645717510","763104351884","895741380848"]}}');
// EXTERNAL MODULE: ./src/core/findings.ts
var findings = __webpack_require__(4637);
// EXTERNAL MODULE: ./src/image/ref.ts
var ref = __webpack_require__(2812);
;// CONCATENATED MODULE: ./src/aws/resource-rules.ts
// The resource rules (certify-for-marketplace, validation-spec, builtin-algorithm, resource-status) as
// pure functions over what DescribeModelPackage / DescribeAlgorithm return (rules §6).



const KIND_NAME = {
    'model-package': 'model package',
    algorithm: 'algorithm'
};
/** "The model package arn:…" in messages, or the label of a resource not created yet. */
function subject(view) {
    return view.label ?? `The ${KIND_NAME[view.kind]} ${view.arn}`;
}
function modelPackageView(arn, out) {
    const specs = [out.InferenceSpecification, ...(out.AdditionalInferenceSpecifications ?? [])];
    const containers = specs.flatMap((spec, s) => (spec?.Containers ?? []).map((c, i) => ({
        c,
        where: `${s === 0 ? '' : `additional inference specification ${s} `}inference container ${i + 1}`
    })));
    const profiles = out.ValidationSpecification?.ValidationProfiles ?? [];
    return {
        ...base(arn, 'model-package'),
        status: out.ModelPackageStatus,
        certifyForMarketplace: out.CertifyForMarketplace,
        hasInferenceSpec: out.InferenceSpecification !== undefined,
        containers: containers.map(({ c, where }) => container(where, c)),
        sourceAlgorithms: (out.SourceAlgorithmSpecification?.SourceAlgorithms ?? []).map(a => ({
            name: a.AlgorithmName ?? '',
            ...(a.ModelDataUrl ? { modelDataUrl: a.ModelDataUrl } : {})
        })),
        profiles: profiles.map(p => ({
            name: p.ProfileName ?? '(unnamed)',
            training: false,
            transform: p.TransformJobDefinition !== undefined
        })),
        validationStatuses: statuses(out.ModelPackageStatusDetails?.ValidationStatuses),
        imageScanStatuses: statuses(out.ModelPackageStatusDetails?.ImageScanStatuses),
        s3: [
            ...containers.flatMap(({ c, where }) => modelData(where, c)),
            ...(out.SourceAlgorithmSpecification?.SourceAlgorithms ?? []).flatMap(a => a.ModelDataUrl
                ? [{ what: `the model data of source algorithm ${a.AlgorithmName}`, uri: a.ModelDataUrl }]
                : []),
            ...profiles.flatMap(p => transformData(p.ProfileName, p.TransformJobDefinition))
        ]
    };
}
/** What buyers deploy from: each part an algorithm's InferenceSpecification must fill to be listed for inference. */
const INFERENCE_PARTS = [
    'Containers',
    'SupportedTransformInstanceTypes',
    'SupportedRealtimeInferenceInstanceTypes',
    'SupportedContentTypes',
    'SupportedResponseMIMETypes'
];
function inferenceSpecGaps(spec) {
    if (!spec)
        return ['InferenceSpecification'];
    return INFERENCE_PARTS.filter(part => !(spec[part]?.length ?? 0)).map(part => `InferenceSpecification.${part}`);
}
function algorithmView(arn, out) {
    const training = out.TrainingSpecification;
    const inference = out.InferenceSpecification?.Containers ?? [];
    const profiles = out.ValidationSpecification?.ValidationProfiles ?? [];
    return {
        ...base(arn, 'algorithm'),
        status: out.AlgorithmStatus,
        certifyForMarketplace: out.CertifyForMarketplace,
        hasInferenceSpec: out.InferenceSpecification !== undefined,
        inferenceSpecGaps: inferenceSpecGaps(out.InferenceSpecification),
        containers: [
            ...(training?.TrainingImage
                ? [
                    {
                        where: 'training image',
                        image: training.TrainingImage,
                        ...(training.TrainingImageDigest ? { imageDigest: training.TrainingImageDigest } : {})
                    }
                ]
                : []),
            ...inference.map((c, i) => container(`inference container ${i + 1}`, c))
        ],
        sourceAlgorithms: [],
        profiles: profiles.map(p => ({
            name: p.ProfileName ?? '(unnamed)',
            training: p.TrainingJobDefinition !== undefined,
            transform: p.TransformJobDefinition !== undefined
        })),
        validationStatuses: statuses(out.AlgorithmStatusDetails?.ValidationStatuses),
        imageScanStatuses: statuses(out.AlgorithmStatusDetails?.ImageScanStatuses),
        s3: profiles.flatMap(p => [
            ...trainingData(p.ProfileName, p.TrainingJobDefinition),
            ...transformData(p.ProfileName, p.TransformJobDefinition)
        ])
    };
}
function base(arn, kind) {
    const [, , , region, account] = arn.split(':');
    return { arn, kind, account, region };
}
function container(where, c) {
    return {
        where,
        image: c.Image ?? '',
        ...(c.ImageDigest ? { imageDigest: c.ImageDigest } : {}),
        ...(c.ProductId ? { productId: c.ProductId } : {}),
        ...(modelDataUrl(c) ? { modelDataUrl: modelDataUrl(c) } : {})
    };
}
function modelDataUrl(c) {
    return c.ModelDataUrl ?? c.ModelDataSource?.S3DataSource?.S3Uri;
}
function modelData(where, c) {
    const uri = modelDataUrl(c);
    return uri ? [{ what: `the model data of ${where}`, uri }] : [];
}
function transformData(profile, job) {
    const input = job?.TransformInput?.DataSource?.S3DataSource?.S3Uri;
    const output = job?.TransformOutput?.S3OutputPath;
    return [
        ...(input
            ? [{ what: `the transform input of validation profile ${profile}`, uri: input }]
            : []),
        ...(output
            ? [{ what: `the transform output of validation profile ${profile}`, uri: output }]
            : [])
    ];
}
function trainingData(profile, job) {
    const inputs = (job?.InputDataConfig ?? []).flatMap(ch => {
        const uri = ch.DataSource?.S3DataSource?.S3Uri;
        return uri
            ? [{ what: `the training channel ${ch.ChannelName} of validation profile ${profile}`, uri }]
            : [];
    });
    const output = job?.OutputDataConfig?.S3OutputPath;
    return [
        ...inputs,
        ...(output
            ? [{ what: `the training output of validation profile ${profile}`, uri: output }]
            : [])
    ];
}
function statuses(list) {
    return (list ?? []).map(s => ({
        name: s.Name ?? '(unnamed)',
        status: s.Status ?? 'unknown',
        ...(s.FailureReason ? { failureReason: s.FailureReason } : {})
    }));
}
// ---- the rules ----
function certifyForMarketplace(view) {
    const what = subject(view);
    if (view.certifyForMarketplace === true)
        return (0,findings/* pass */.IX)(`${what} has CertifyForMarketplace true`);
    return (0,findings/* fail */.fJ)({
        message: `${what} has CertifyForMarketplace ${view.certifyForMarketplace === false ? 'false' : 'unset'}; Marketplace lists only resources created with it true, and only those get the image scan Marketplace requires.`
    });
}
function validationSpec(view) {
    const what = subject(view);
    const names = (pick) => view.profiles
        .filter(pick)
        .map(p => p.name)
        .join(', ');
    const transform = names(p => p.transform);
    if (view.kind === 'model-package') {
        if (transform)
            return [(0,findings/* pass */.IX)(`${what} has the validation profile ${transform}`)];
        return [
            (0,findings/* fail */.fJ)({
                message: view.profiles.length === 0
                    ? `${what} has no ValidationSpecification: Marketplace validates a model package by running its batch transform profile, so it cannot be published without one.`
                    : `${what} has ${view.profiles.length} validation profile(s) but none with a TransformJobDefinition, which Marketplace runs to validate it.`
            })
        ];
    }
    const problems = [];
    const training = names(p => p.training);
    if (!training) {
        problems.push(`${what} has no validation profile with a TrainingJobDefinition: Marketplace validates an algorithm by training it.`);
    }
    const gaps = view.inferenceSpecGaps ?? (view.hasInferenceSpec ? [] : ['InferenceSpecification']);
    if (gaps.length) {
        problems.push(`${what} has no ${gaps.join(', ')}: it cannot be listed for inference (buyers deploy what they train from the inference specification, and the Marketplace portal fails with an internal error on such an algorithm). Create a new algorithm with an inference image, its instance types and its content types.`);
    }
    if (!transform) {
        problems.push(`${what} has no validation profile with a TransformJobDefinition: Marketplace validates the inference image by running a batch transform on the model it trained.`);
    }
    return (0,findings/* findingsOrPass */.FH)(problems, [], `${what} has an inference specification and the validation profile(s) ${[...new Set([training, transform])].join(', ')} (training and transform)`);
}
const OWNED = aws_owned_registries_namespaceObject.lX;
const BUILTIN = aws_owned_registries_namespaceObject._G;
/** AWS Marketplace's own accounts, which own subscribed algorithms and model packages (rules §6). */
const MARKETPLACE_ACCOUNTS = {
    '865070037744': 'us-east-1',
    '057799348421': 'us-east-2',
    '594846645681': 'us-west-2'
};
/** The image's registry, when AWS owns it: the built-in algorithm's name, or just that it is AWS's. */
function awsOwnedRegistry(image) {
    const parsed = (0,ref/* parseImageUri */.f9)(image);
    if (!parsed.ok)
        return undefined;
    const { registryId, region, repository } = parsed.ref;
    if (!OWNED[region]?.includes(registryId))
        return undefined;
    // the SDK's table names frameworks; repositories are "xgboost" or "sagemaker-xgboost"
    const algorithm = BUILTIN[region]?.[registryId]?.find(name => repository === name || repository === `sagemaker-${name}`);
    return { account: registryId, ...(algorithm ? { algorithm } : {}) };
}
function builtinAlgorithm(view, sellerAccountIds) {
    const what = `The ${KIND_NAME[view.kind]}`;
    const sellers = new Set([view.account, ...sellerAccountIds]);
    const problems = [];
    for (const c of view.containers) {
        const owned = awsOwnedRegistry(c.image);
        if (owned) {
            problems.push(`${what}'s ${c.where} uses ${c.image}, ${owned.algorithm ? `the SageMaker built-in algorithm "${owned.algorithm}"` : 'an image'} in account ${owned.account}, a registry AWS owns (SageMaker built-in algorithms and framework images).`);
        }
        if (c.productId) {
            problems.push(`${what}'s ${c.where} carries the Marketplace product id ${c.productId}: it was built from a product subscribed on AWS Marketplace.`);
        }
    }
    for (const { name } of view.sourceAlgorithms) {
        if (ownSourceAlgorithmArn(view, name, sellerAccountIds))
            continue;
        const account = name.split(':')[4];
        const marketplace = MARKETPLACE_ACCOUNTS[account];
        problems.push(`${what} was trained with the algorithm ${name}, owned by account ${account}${marketplace ? ` (AWS Marketplace's account in ${marketplace}): a subscribed Marketplace algorithm` : `, not by the seller (${[...sellers].join(', ')})`}.`);
    }
    const sources = view.sourceAlgorithms.length
        ? `; source algorithm(s) ${view.sourceAlgorithms.map(a => a.name).join(', ')} are the seller's`
        : '';
    return (0,findings/* findingsOrPass */.FH)(problems, [], `${view.containers.length} image(s) of the ${KIND_NAME[view.kind]} are outside AWS-owned registries with no Marketplace product id${sources}`);
}
/**
 * The ARN of a source algorithm the seller owns (a bare name lives in the package's own account);
 * undefined for an algorithm of any other account.
 */
function ownSourceAlgorithmArn(view, name, sellerAccountIds) {
    if (!name.startsWith('arn:')) {
        const partition = view.arn.split(':')[1];
        return `arn:${partition}:sagemaker:${view.region}:${view.account}:algorithm/${name}`;
    }
    const account = name.split(':')[4];
    return account === view.account || sellerAccountIds.includes(account) ? name : undefined;
}
/** Its problems, or a pass; a warning goes with either. */
function resourceStatus(view) {
    const what = subject(view);
    const problems = [];
    if (view.status !== 'Completed') {
        problems.push(`${what} is ${view.status ?? 'of unknown status'}, not Completed${view.status === 'InProgress' || view.status === 'Pending' ? ': wait for validation to finish' : ''}.`);
    }
    for (const s of view.validationStatuses) {
        if (s.status === 'Failed') {
            problems.push(`Validation of ${s.name} failed: "${s.failureReason ?? 'no reason given'}".`);
        }
        else if (s.status !== 'Completed') {
            problems.push(`Validation of ${s.name} is ${s.status}, not Completed.`);
        }
    }
    const warnings = [];
    if (view.imageScanStatuses.length === 0) {
        // The API reference marks ImageScanStatuses "Required: No" (ModelPackageStatusDetails and
        // AlgorithmStatusDetails; botocore's model agrees), so a certified, Completed resource without
        // it is worth a look but not proof of a failed scan.
        const message = `${what} has no image scan status: Marketplace requires a completed image scan, which SageMaker runs only when CertifyForMarketplace is true.`;
        if (view.certifyForMarketplace === true && view.status === 'Completed') {
            warnings.push(`SageMaker reported no image scan for ${what.replace(/^The /, 'the ')}, although it is certified and Completed; the scan status is optional in the API, so check the listing's scan in the AWS Marketplace Management Portal before you publish.`);
        }
        else
            problems.push(message);
    }
    for (const s of view.imageScanStatuses) {
        if (s.status === 'Failed') {
            problems.push(`The image scan of ${s.name} failed: "${s.failureReason ?? 'no reason given'}".`);
        }
        else if (s.status !== 'Completed') {
            problems.push(`The image scan of ${s.name} is ${s.status}, not Completed.`);
        }
    }
    const warned = warnings.map(message => (0,findings/* warn */.R8)({ message }));
    if (problems.length)
        return [...problems.map(message => (0,findings/* fail */.fJ)({ message })), ...warned];
    return [
        (0,findings/* pass */.IX)(`${what} is Completed; ${view.validationStatuses.length} validation(s) and ${view.imageScanStatuses.length} image scan(s) Completed`),
        ...warned
    ];
}


/***/ })

};
