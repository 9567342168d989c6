// The few shapes of @aws-sdk/client-cloudwatch-logs that src/aws/validation-logs.ts uses, until the
// package is installed (then delete this file: the package's own types take over).
declare module '@aws-sdk/client-cloudwatch-logs' {
  export interface FilteredLogEvent {
    logStreamName?: string
    timestamp?: number
    message?: string
  }
  export interface FilterLogEventsCommandInput {
    logGroupName: string
    startTime?: number
    endTime?: number
    limit?: number
    nextToken?: string
  }
  export interface FilterLogEventsCommandOutput {
    events?: FilteredLogEvent[]
    nextToken?: string
  }
  export class FilterLogEventsCommand {
    constructor(input: FilterLogEventsCommandInput)
  }
  export class CloudWatchLogsClient {
    constructor(config: object)
    send(
      command: FilterLogEventsCommand,
      options?: { abortSignal?: AbortSignal }
    ): Promise<FilterLogEventsCommandOutput>
    destroy(): void
  }
}
