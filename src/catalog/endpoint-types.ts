// What SageMaker asks of a serving container once it is in service, and how each endpoint type
// bounds it: every number with its source. (To move into src/catalog/sagemaker-limits.ts once that
// file lands.)

/**
 * SageMaker's health check: "SageMaker sends GET /ping ... your container must respond with an HTTP
 * 200 status code ... within 2 seconds" (developer guide, use your own inference code with hosting
 * services: how containers serve requests), and it keeps checking an instance in service.
 */
export const PING_TIMEOUT_MS = 2000
/**
 * How often /ping is asked while invocations run. SageMaker documents no cadence; once a second
 * (project choice) catches a health route that waits behind an inference of a few seconds.
 */
export const PING_UNDER_LOAD_EVERY_MS = 1000

/** `concurrency` when neither it nor `instance-type` is given (project choice: a small instance). */
export const DEFAULT_CONCURRENCY = 4
