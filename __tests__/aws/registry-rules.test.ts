import { describe, expect, it } from '@jest/globals'
import { regionFromDescribeRegions } from '../../src/aws/account.js'
import { describeAwsError } from '../../src/aws/errors.js'
import {
  entrypointVerdict,
  largestLayers,
  manifestVerdict,
  parseManifest,
  platformVerdict,
  scanVerdict,
  sizeVerdict,
  stepName,
  withSteps
} from '../../src/aws/registry-rules.js'
import type { Verdict } from '../../src/core/findings.js'
import { DOCKER, DOCKER_LIST, GiB, OCI, OCI_INDEX } from '../helpers/fake-ecr.js'

const message = (v: Verdict): string => (v.ok ? '' : v.finding.message)
const where = { repository: 'model', digest: 'sha256:abc', region: 'us-east-2', registryId: '1' }

describe('manifestVerdict', () => {
  it('passes a Docker v2 schema 2 manifest', () => {
    expect(manifestVerdict('image', { mediaType: DOCKER }).ok).toBe(true)
  })

  it('passes a Docker manifest list whose linux/amd64 image is schema 2', () => {
    expect(manifestVerdict('image', { mediaType: DOCKER_LIST }, DOCKER).ok).toBe(true)
  })

  it('fails a Docker manifest list whose linux/amd64 image is an OCI manifest', () => {
    expect(message(manifestVerdict('image', { mediaType: DOCKER_LIST }, OCI))).toContain(
      'is an OCI image manifest'
    )
  })

  it('fails an OCI index without attestations, naming the media type', () => {
    expect(message(manifestVerdict('image', { mediaType: OCI_INDEX, entries: [] }))).toBe(
      '`image` is an OCI image index (application/vnd.oci.image.index.v1+json); SageMaker rejects it at CreateModel with "Unsupported manifest media type".'
    )
  })

  it('fails an artifact that is not a container image', () => {
    expect(
      message(manifestVerdict('image', { mediaType: 'application/vnd.cncf.helm.config' }))
    ).toContain('not a container image SageMaker can run')
  })
})

describe('parseManifest', () => {
  it('leaves attestation manifests out of the platforms of an index', () => {
    const parsed = parseManifest(
      JSON.stringify({
        manifests: [
          { digest: 'sha256:a', platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
          {
            digest: 'sha256:b',
            platform: { os: 'unknown', architecture: 'unknown' },
            annotations: { 'vnd.docker.reference.type': 'attestation-manifest' }
          }
        ]
      })
    )
    expect(parsed.mediaType).toBe(OCI_INDEX)
    expect(parsed.entries?.filter(e => !e.attestation).map(e => e.platform)).toEqual([
      'linux/arm64/v8'
    ])
  })
})

describe('platformVerdict', () => {
  it('fails when no platform is linux/amd64', () => {
    expect(message(platformVerdict('training-image', ['linux/arm64/v8']))).toBe(
      '`training-image` provides linux/arm64/v8, not linux/amd64.'
    )
  })
})

describe('sizeVerdict', () => {
  it('passes at exactly the limit', () => {
    expect(sizeVerdict('image', 10 * GiB, [], 10 * GiB).ok).toBe(true)
  })

  it('lists the three largest layers, largest first', () => {
    const layers = [1, 5, 3, 4].map(n => ({
      digest: `sha256:${String(n).repeat(64)}`,
      sizeBytes: n
    }))
    expect(largestLayers(layers).map(l => l.sizeBytes)).toEqual([5, 4, 3])
  })
})

describe('withSteps', () => {
  const layers = [1, 2].map(n => ({ digest: `sha256:${String(n).repeat(64)}`, sizeBytes: n }))

  it('names layers by the history entries that made them, skipping empty layers', () => {
    const named = withSteps(layers, [
      { created_by: '/bin/sh -c apt-get update && apt-get install -y nginx' },
      { created_by: '/bin/sh -c #(nop)  EXPOSE 8080', empty_layer: true },
      { created_by: '/bin/sh -c #(nop) COPY dir:123 in /opt/program ' }
    ])
    expect(named.map(l => l.step)).toEqual([
      'RUN apt-get update && apt-get install -y nginx',
      'COPY dir:123 in /opt/program'
    ])
  })

  it('leaves the layers unnamed when the history does not match them', () => {
    expect(withSteps(layers, [{ created_by: 'RUN true' }]).map(l => l.step)).toEqual([
      undefined,
      undefined
    ])
  })

  it('cuts a long step', () => {
    expect(stepName(`RUN /bin/sh -c ${'x'.repeat(300)}`)).toHaveLength(101)
  })
})

describe('entrypointVerdict', () => {
  it('warns about tini as the ENTRYPOINT', () => {
    expect(
      message(entrypointVerdict('image', ['/usr/bin/tini', '--', 'serve'], undefined))
    ).toContain('uses /usr/bin/tini as its ENTRYPOINT')
  })

  it('passes an exec-form ENTRYPOINT', () => {
    expect(entrypointVerdict('image', ['python', 'serve.py'], undefined).ok).toBe(true)
  })

  it('passes an image without ENTRYPOINT (SageMaker runs `serve` from PATH)', () => {
    expect(entrypointVerdict('image', undefined, ['bash']).ok).toBe(true)
  })
})

describe('scanVerdict', () => {
  const scan = (counts: Record<string, number>, examples: string[] = []) =>
    scanVerdict('image', where, { status: 'COMPLETE', counts, examples, enhanced: false })

  it('fails HIGH findings as an error, naming examples', () => {
    const v = scan({ HIGH: 2, LOW: 1 }, ['CVE-2024-1 in openssl (HIGH)'])
    expect(v.ok).toBe(false)
    expect(message(v)).toBe(
      '`image` (sha256:abc): the ECR basic scan found 2 HIGH, 1 LOW, including CVE-2024-1 in openssl (HIGH).'
    )
  })

  it('passes MEDIUM and LOW findings', () => {
    expect(scan({ MEDIUM: 4, LOW: 1 })).toEqual({
      ok: true,
      detail: 'image: ECR basic scan complete, 4 MEDIUM, 1 LOW'
    })
  })

  it('warns when the scan failed', () => {
    const v = scanVerdict('image', where, {
      status: 'UNSUPPORTED_IMAGE',
      description: 'The operating system is not supported',
      counts: {},
      examples: [],
      enhanced: false
    })
    expect(v.ok ? undefined : v.finding.severity).toBe('warning')
  })
})

describe('describeAwsError', () => {
  it('explains a missing credential chain with the configure-aws-credentials fix', () => {
    const p = describeAwsError(
      Object.assign(new Error('Could not load credentials from any providers'), {
        name: 'CredentialsProviderError'
      }),
      'sts:GetCallerIdentity'
    )
    expect(p.kind).toBe('credentials')
    expect(p.message).toContain('aws-actions/configure-aws-credentials')
  })

  it('says when throttling outlasted every retry', () => {
    const p = describeAwsError(
      {
        name: 'ThrottlingException',
        message: 'Rate exceeded',
        $metadata: { httpStatusCode: 400, requestId: 'r-1', attempts: 4 }
      },
      'ecr:DescribeImages'
    )
    expect(p.message).toBe(
      'ecr:DescribeImages failed: ThrottlingException: Rate exceeded, HTTP 400, request id r-1, 4 attempts. AWS kept throttling the call after every retry: run again later.'
    )
  })
})

describe('regionFromDescribeRegions', () => {
  it('treats a Region missing from the answer as not eligible', () => {
    expect(regionFromDescribeRegions('us-east-2', [])).toMatchObject({
      eligible: false,
      reason:
        'ec2:DescribeRegions does not list us-east-2 for this account; the embedded table said eligible'
    })
  })

  it('confirms a Region enabled by default', () => {
    expect(
      regionFromDescribeRegions('eu-west-1', [
        { RegionName: 'eu-west-1', OptInStatus: 'opt-in-not-required' }
      ])
    ).toMatchObject({ eligible: true, source: 'ec2:DescribeRegions' })
  })
})
