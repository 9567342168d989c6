// The release gate's inputs: SageMaker's own validation in AWS and the listing change set's check.

import type { Inputs } from './contract.js'
import { InputError, shown } from './error.js'
import { parseBoolean, parseSeconds } from './scalars.js'

/** `aws-validation` creates the resource from a request file, so it needs one. */
export function readAwsValidation(
  value: (name: string) => string,
  hasRequest: boolean
): Pick<Inputs, 'awsValidation'> {
  const cleanup = value('aws-validation-cleanup')
  if (cleanup !== 'on-failure' && cleanup !== 'never' && cleanup !== 'always') {
    throw new InputError(
      'aws-validation-cleanup',
      `is ${shown(cleanup)}; expected on-failure, never or always`
    )
  }
  const timeoutSec = parseSeconds('aws-validation-timeout', value('aws-validation-timeout'), 86400)
  if (timeoutSec < 60) {
    throw new InputError(
      'aws-validation-timeout',
      `is ${timeoutSec} seconds; SageMaker's validation jobs take minutes to start, so give at least 60 (the default is 7200)`
    )
  }
  if (!parseBoolean('aws-validation', value('aws-validation'))) return {}
  if (!hasRequest) {
    throw new InputError(
      'aws-validation',
      'is true, but neither `model-package-request` nor `algorithm-request` is given; the validation creates the resource from that request file'
    )
  }
  return { awsValidation: { cleanup, timeoutSec } }
}

/** `listing-validate` sends the listing request, so it needs one; the catalog's check is waited for
 * as long as SageMaker's (`aws-validation-timeout`). */
export function readListingValidate(
  value: (name: string) => string,
  hasListing: boolean
): Pick<Inputs, 'listingValidate'> {
  if (!parseBoolean('listing-validate', value('listing-validate'))) return {}
  if (!hasListing) {
    throw new InputError(
      'listing-validate',
      'is true, but `listing-request` is not given; give the path of the StartChangeSet request JSON to validate'
    )
  }
  return {
    listingValidate: {
      timeoutSec: parseSeconds('aws-validation-timeout', value('aws-validation-timeout'), 86400)
    }
  }
}
