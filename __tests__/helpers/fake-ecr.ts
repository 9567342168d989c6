// A fake ECR registry (plus STS and EC2 answers) behind the fake AWS endpoint: images, manifest
// lists, config blobs served at a download URL on the same endpoint, and scan results.

import { createHash } from 'node:crypto'
import { jsonError, type FakeResponse, type Handler } from './fake-aws.js'

export const ACCOUNT = '111122223333'
export const REGION = 'us-east-2'
export const REPO = 'model'
export const HOST = `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com`

export const DOCKER = 'application/vnd.docker.distribution.manifest.v2+json'
export const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json'
export const OCI = 'application/vnd.oci.image.manifest.v1+json'
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'

export const GiB = 1024 ** 3
export const MiB = 1024 ** 2

export function sha256(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`
}

export interface StoredImage {
  digest: string
  mediaType: string
  manifest: string
  sizeBytes: number
  tags: string[]
  platform: { os: string; architecture: string }
}

export interface ImageOptions {
  architecture?: string
  mediaType?: string
  entrypoint?: string[]
  cmd?: string[]
  /** The config's Env (KEY=VALUE lines). */
  env?: string[]
  layers?: number[]
  /** The config's history, as the builder records it (created_by of each step). */
  history?: { created_by: string; empty_layer?: boolean }[]
  sizeBytes?: number
  tags?: string[]
}

export class FakeRegistry {
  account = ACCOUNT
  readonly images = new Map<string, StoredImage>()
  readonly blobs = new Map<string, string>()
  /** Scan answers by digest; the default is a completed scan with one LOW finding. */
  readonly scans = new Map<string, FakeResponse>()
  optInStatus = 'opt-in-not-required'

  addImage(options: ImageOptions = {}): StoredImage {
    const architecture = options.architecture ?? 'amd64'
    const config = JSON.stringify({
      architecture,
      os: 'linux',
      config: {
        Entrypoint: options.entrypoint ?? ['python', '/opt/program/serve.py'],
        Cmd: options.cmd ?? null,
        ...(options.env ? { Env: options.env } : {}),
        Labels: { maintainer: 'seller' }
      },
      ...(options.history ? { history: options.history } : {})
    })
    const configDigest = sha256(config)
    this.blobs.set(configDigest, config)
    const layers = (options.layers ?? [300 * MiB, 40 * MiB, 2 * MiB, 1024]).map((size, i) => ({
      mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
      size,
      digest: sha256(`${architecture}-layer-${i}-${size}`)
    }))
    const mediaType = options.mediaType ?? DOCKER
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType,
      config: {
        mediaType: 'application/vnd.docker.container.image.v1+json',
        size: config.length,
        digest: configDigest
      },
      layers
    })
    return this.store({
      digest: sha256(manifest),
      mediaType,
      manifest,
      sizeBytes: options.sizeBytes ?? layers.reduce((n, l) => n + l.size, config.length),
      tags: options.tags ?? [],
      platform: { os: 'linux', architecture }
    })
  }

  /** A Docker manifest list or OCI index; `attestation` adds BuildKit's provenance manifest. */
  addList(
    children: StoredImage[],
    options: { mediaType?: string; tags?: string[]; attestation?: boolean } = {}
  ): StoredImage {
    const mediaType = options.mediaType ?? DOCKER_LIST
    const entries: object[] = children.map(c => ({
      mediaType: c.mediaType,
      digest: c.digest,
      size: c.manifest.length,
      platform: c.platform
    }))
    if (options.attestation) {
      entries.push({
        mediaType: OCI,
        digest: sha256('attestation'),
        size: 100,
        platform: { os: 'unknown', architecture: 'unknown' },
        annotations: {
          'vnd.docker.reference.digest': children[0].digest,
          'vnd.docker.reference.type': 'attestation-manifest'
        }
      })
    }
    const manifest = JSON.stringify({ schemaVersion: 2, mediaType, manifests: entries })
    return this.store({
      digest: sha256(manifest),
      mediaType,
      manifest,
      sizeBytes: Math.max(...children.map(c => c.sizeBytes)),
      tags: options.tags ?? [],
      platform: { os: 'unknown', architecture: 'unknown' }
    })
  }

  /** Handlers for the fake endpoint; call after adding the images (blob routes are per digest). */
  handlers(overrides: Record<string, Handler> = {}): Record<string, Handler> {
    const blobRoutes = Object.fromEntries(
      [...this.blobs].map(([digest, body]) => [`GET /blobs/${digest}`, () => ({ body })])
    )
    return {
      GetCallerIdentity: () => ({
        body: `<GetCallerIdentityResponse><GetCallerIdentityResult><Account>${this.account}</Account><Arn>arn:aws:sts::${this.account}:assumed-role/preflight/gha</Arn><UserId>AROAFAKE:gha</UserId></GetCallerIdentityResult><ResponseMetadata><RequestId>sts-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>`
      }),
      DescribeRegions: req => ({
        body: `<DescribeRegionsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>ec2-1</requestId><regionInfo><item><regionName>${String(req.params['Filter.1.Value.1'] ?? REGION)}</regionName><regionEndpoint>ec2.${REGION}.amazonaws.com</regionEndpoint><optInStatus>${this.optInStatus}</optInStatus></item></regionInfo></DescribeRegionsResponse>`
      }),
      DescribeImages: req => {
        const missing = this.missingRepository(req.params)
        if (missing) return missing
        const id = (req.params.imageIds as { imageDigest?: string; imageTag?: string }[])[0]
        const image = this.find(id)
        if (!image) {
          return jsonError(
            400,
            'ImageNotFoundException',
            `The image with imageId {${id.imageDigest ? `imageDigest:'${id.imageDigest}'` : `imageTag:'${id.imageTag}'`}} does not exist within the repository with name '${REPO}' in the registry with id '${this.account}'`
          )
        }
        return {
          body: {
            imageDetails: [
              {
                registryId: ACCOUNT,
                repositoryName: REPO,
                imageDigest: image.digest,
                imageTags: image.tags,
                imageSizeInBytes: image.sizeBytes,
                imageManifestMediaType: image.mediaType,
                imagePushedAt: 1700000000
              }
            ]
          }
        }
      },
      BatchGetImage: req => {
        const ids = req.params.imageIds as { imageDigest: string }[]
        const image = this.images.get(ids[0].imageDigest)
        if (!image) {
          return {
            body: {
              images: [],
              failures: [
                {
                  imageId: ids[0],
                  failureCode: 'ImageNotFound',
                  failureReason: 'Requested image not found'
                }
              ]
            }
          }
        }
        return {
          body: {
            images: [
              {
                registryId: ACCOUNT,
                repositoryName: REPO,
                imageId: { imageDigest: image.digest },
                imageManifest: image.manifest,
                imageManifestMediaType: image.mediaType
              }
            ],
            failures: []
          }
        }
      },
      GetDownloadUrlForLayer: req => {
        const digest = String(req.params.layerDigest)
        if (!this.blobs.has(digest)) {
          return jsonError(400, 'LayersNotFoundException', `The layer ${digest} does not exist`)
        }
        return {
          body: { downloadUrl: `http://${req.headers.host}/blobs/${digest}`, layerDigest: digest }
        }
      },
      DescribeImageScanFindings: req => {
        const digest = (req.params.imageId as { imageDigest: string }).imageDigest
        return (
          this.scans.get(digest) ?? {
            body: {
              registryId: ACCOUNT,
              repositoryName: REPO,
              imageId: { imageDigest: digest },
              imageScanStatus: {
                status: 'COMPLETE',
                description: 'The scan was completed successfully.'
              },
              imageScanFindings: { findingSeverityCounts: { LOW: 1 }, findings: [] }
            }
          }
        )
      },
      ...blobRoutes,
      ...overrides
    }
  }

  /** A completed scan with the given severity counts and CVE findings. */
  scanFindings(digest: string, counts: Record<string, number>): void {
    const findings = Object.entries(counts).flatMap(([severity, n]) =>
      Array.from({ length: Math.min(n, 2) }, (_, i) => ({
        name: `CVE-2024-${severity.length}00${i}`,
        severity,
        attributes: [{ key: 'package_name', value: 'openssl' }]
      }))
    )
    this.scans.set(digest, {
      body: {
        imageScanStatus: { status: 'COMPLETE' },
        imageScanFindings: { findingSeverityCounts: counts, findings }
      }
    })
  }

  private store(image: StoredImage): StoredImage {
    this.images.set(image.digest, image)
    return image
  }

  private find(id: { imageDigest?: string; imageTag?: string }): StoredImage | undefined {
    if (id.imageDigest) return this.images.get(id.imageDigest)
    return [...this.images.values()].find(i => i.tags.includes(id.imageTag ?? ''))
  }

  private missingRepository(params: Record<string, unknown>): FakeResponse | undefined {
    // Any registry id answers, as a repository policy granting cross-account pulls would.
    if (params.repositoryName === REPO) return undefined
    return jsonError(
      400,
      'RepositoryNotFoundException',
      `The repository with name '${String(params.repositoryName)}' does not exist in the registry with id '${String(params.registryId)}'`
    )
  }
}

export function uri(image: StoredImage | string, repo = REPO, host = HOST): string {
  return `${host}/${repo}@${typeof image === 'string' ? image : image.digest}`
}
