// SDK clients for the AWS phase, loaded lazily (the SDK is most of the bundle's cold start) and
// configured once: the default credential chain, standard retries with a bounded number of attempts
// (throttling is retried with backoff by the SDK), and a user agent naming the action.

import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs'
import type { EC2Client } from '@aws-sdk/client-ec2'
import type { MarketplaceCatalogClient } from '@aws-sdk/client-marketplace-catalog'
import type { ECRClient } from '@aws-sdk/client-ecr'
import type { S3Client } from '@aws-sdk/client-s3'
import type { SageMakerClient } from '@aws-sdk/client-sagemaker'
import type { STSClient } from '@aws-sdk/client-sts'
import type { RunContext } from '../core/context.js'
import { VERSION } from '../core/version.js'
import { CATALOG_API_REGION } from '../catalog/marketplace-limits.js'

/** Attempts per call, the first included: enough to ride out throttling, bounded so nothing hangs. */
export const MAX_ATTEMPTS = 4

export const USER_AGENT = `marketplace-ml-preflight/${VERSION}`

export interface ClientOptions {
  fips?: boolean
  dualStack?: boolean
}

export function clientConfig(
  region: string,
  options: ClientOptions = {}
): {
  region: string
  maxAttempts: number
  retryMode: 'standard'
  customUserAgent: string
  useFipsEndpoint?: boolean
  useDualstackEndpoint?: boolean
} {
  return {
    region,
    maxAttempts: MAX_ATTEMPTS,
    retryMode: 'standard',
    customUserAgent: USER_AGENT,
    ...(options.fips ? { useFipsEndpoint: true } : {}),
    ...(options.dualStack ? { useDualstackEndpoint: true } : {})
  }
}

/** One client per service, Region and endpoint variant, shared by every check of a run. */
export class AwsClients {
  private readonly cache = new Map<string, Promise<unknown>>()

  ecr(region: string, options: ClientOptions = {}): Promise<ECRClient> {
    return this.get(`ecr:${region}:${!!options.fips}:${!!options.dualStack}`, async () => {
      const { ECRClient } = await import('@aws-sdk/client-ecr')
      return new ECRClient(clientConfig(region, options))
    })
  }

  sts(region: string): Promise<STSClient> {
    return this.get(`sts:${region}`, async () => {
      const { STSClient } = await import('@aws-sdk/client-sts')
      return new STSClient(clientConfig(region))
    })
  }

  ec2(region: string): Promise<EC2Client> {
    return this.get(`ec2:${region}`, async () => {
      const { EC2Client } = await import('@aws-sdk/client-ec2')
      return new EC2Client(clientConfig(region))
    })
  }

  sagemaker(region: string): Promise<SageMakerClient> {
    return this.get(`sagemaker:${region}`, async () => {
      const { SageMakerClient } = await import('@aws-sdk/client-sagemaker')
      return new SageMakerClient(clientConfig(region))
    })
  }

  s3(region: string): Promise<S3Client> {
    return this.get(`s3:${region}`, async () => {
      const { S3Client } = await import('@aws-sdk/client-s3')
      return new S3Client(clientConfig(region))
    })
  }

  /** Only `aws-validation` reads logs (the validation jobs' own), and only when validation failed. */
  logs(region: string): Promise<CloudWatchLogsClient> {
    return this.get(`logs:${region}`, async () => {
      const { CloudWatchLogsClient } = await import('@aws-sdk/client-cloudwatch-logs')
      return new CloudWatchLogsClient(clientConfig(region))
    })
  }

  /** Only `listing-validate` talks to the catalog, whose one endpoint is in us-east-1. */
  marketplaceCatalog(): Promise<MarketplaceCatalogClient> {
    return this.get('marketplace-catalog', async () => {
      const { MarketplaceCatalogClient } = await import('@aws-sdk/client-marketplace-catalog')
      return new MarketplaceCatalogClient(clientConfig(CATALOG_API_REGION))
    })
  }

  /** Closes the clients' sockets so the process can exit promptly. */
  async destroy(): Promise<void> {
    const clients = await Promise.allSettled(this.cache.values())
    for (const c of clients) {
      if (c.status === 'fulfilled') (c.value as { destroy(): void }).destroy()
    }
    this.cache.clear()
  }

  private get<T>(key: string, create: () => Promise<T>): Promise<T> {
    let client = this.cache.get(key) as Promise<T> | undefined
    if (!client) {
      client = create()
      this.cache.set(key, client)
    }
    return client
  }
}

const perRun = new WeakMap<RunContext, AwsClients>()

/** The clients of a run: the registry and resource checks share their connections. */
export function clientsFor(ctx: RunContext): AwsClients {
  let clients = perRun.get(ctx)
  if (!clients) {
    clients = new AwsClients()
    perRun.set(ctx, clients)
  }
  return clients
}

/** Closes a run's clients once its AWS phase is over. */
export async function releaseClients(ctx: RunContext): Promise<void> {
  const clients = perRun.get(ctx)
  perRun.delete(ctx)
  await clients?.destroy()
}
