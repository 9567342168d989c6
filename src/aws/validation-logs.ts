// The last lines of SageMaker's validation jobs' own logs, for a failed `aws-validation`. The jobs
// run in the seller's account under ValidationRole with names SageMaker picks, so they are found by
// log group and time window, not by name; where nothing is found the finding says where to look.

import type { FilteredLogEvent } from '@aws-sdk/client-cloudwatch-logs'
import type { RunContext } from '../core/context.js'
import { clip } from '../core/text.js'
import { clientsFor } from './clients.js'
import { describeAwsError } from './errors.js'

export interface LogWindow {
  region: string
  start: Date
  end: Date
}

/** Bounded: a few pages of events, the last lines kept, each clipped. */
const PAGES = 3
const PAGE_EVENTS = 200
const KEPT_LINES = 20
const LINE_CHARS = 500

/** One paragraph per log group: its last lines (untrusted text, escaped by every sink), or where to
 * look when none could be read. */
export async function validationLogs(
  ctx: RunContext,
  groups: readonly string[],
  window: LogWindow
): Promise<string> {
  const parts: string[] = []
  for (const group of groups) {
    const found = await lastEvents(ctx, group, window)
    parts.push(
      typeof found === 'string'
        ? `No log lines read from ${group}: ${found} Look in CloudWatch Logs, Region ${window.region}, log group ${group}, between ${window.start.toISOString()} and ${window.end.toISOString()}.`
        : `Last lines of ${group} (${[...new Set(found.map(e => e.logStreamName ?? '?'))].join(', ')}):\n${found
            .map(e => clip(e.message ?? '', LINE_CHARS).replace(/\n+$/, ''))
            .join('\n')}`
    )
  }
  return parts.join('\n')
}

/** The window's last events, or why there are none (a sentence). */
async function lastEvents(
  ctx: RunContext,
  group: string,
  window: LogWindow
): Promise<FilteredLogEvent[] | string> {
  try {
    const { FilterLogEventsCommand } = await import('@aws-sdk/client-cloudwatch-logs')
    const client = await clientsFor(ctx).logs(window.region)
    const events: FilteredLogEvent[] = []
    let nextToken: string | undefined
    for (let page = 0; page < PAGES; page++) {
      const out = await client.send(
        new FilterLogEventsCommand({
          logGroupName: group,
          startTime: window.start.getTime(),
          endTime: window.end.getTime(),
          limit: PAGE_EVENTS,
          ...(nextToken ? { nextToken } : {})
        }),
        { abortSignal: AbortSignal.timeout(30_000) }
      )
      events.push(...(out.events ?? []))
      events.splice(0, Math.max(0, events.length - KEPT_LINES))
      nextToken = out.nextToken
      if (!nextToken) break
    }
    if (nextToken)
      ctx.log.info(
        `${group} holds more events than read; the lines shown end at the ${PAGES * PAGE_EVENTS}th`
      )
    return events.length ? events : 'no log stream has events in that window.'
  } catch (err) {
    return describeAwsError(err, 'logs:FilterLogEvents').message
  }
}
