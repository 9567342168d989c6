// The optional pull-request comment: one sticky comment per checked image, updated in place by later
// runs, found by a hidden marker. Commenting is a courtesy: any failure (a fork's read-only token,
// an API outage) is a warning and never fails the check.

import { readFileSync } from 'node:fs'
import type { Logger } from '../core/context.js'
import type { Inputs } from '../inputs/index.js'
import { reportSubject, type Report } from './json.js'
import { comparisonSection } from './comparison-section.js'
import {
  checksTable,
  factsTable,
  findingBlock,
  firstThatFits,
  shortVerdict,
  subjectLine
} from './summary.js'

export const MARKER = '<!-- marketplace-ml-preflight -->'
/** GitHub rejects issue comments over 65,536 characters. */
export const COMMENT_LIMIT_CHARS = 65536

/** Separates the comments of a matrix: one per image (or resource) checked. */
export function subjectKey(report: Report): string {
  const subject = reportSubject(report) ?? 'default'
  return `<!-- marketplace-ml-preflight:subject=${subject.replace(/--+|>/g, '_')} -->`
}

export function renderComment(report: Report, runUrl?: string): string {
  const render = (maxChars: number, withChecks: boolean): string => {
    const verdict =
      report.result === 'pass'
        ? `✅ **Passed**: ${report.warnings} warning(s), no blocking findings.`
        : `❌ **Failed**: ${report.errors} error(s), ${report.warnings} warning(s).`
    const parts = [
      MARKER,
      subjectKey(report),
      '### AWS Marketplace ML preflight',
      '',
      subjectLine(report),
      '',
      verdict,
      '',
      comparisonSection(report.comparison)
    ]
    parts.push(...report.findings.map(f => findingBlock(f, maxChars)))
    if (withChecks) {
      parts.push(
        `<details><summary>All ${report.checks.length} checks</summary>\n\n${checksTable(report.checks)}\n\n${factsTable(report)}\n\n</details>`,
        ''
      )
    }
    if (runUrl)
      parts.push(
        `<sub>From [this workflow run](${runUrl}); the JSON report has every detail.</sub>`
      )
    return parts.join('\n')
  }
  return firstThatFits(
    [() => render(2000, true), () => render(500, true), () => render(200, false)],
    text => text.length <= COMMENT_LIMIT_CHARS,
    () =>
      [
        MARKER,
        subjectKey(report),
        `### AWS Marketplace ML preflight\n\n${shortVerdict(report)} ${report.findings.length} findings are too long for a comment; see the job summary.`
      ].join('\n')
  )
}

interface PullRequest {
  owner: string
  repo: string
  number: number
}

/** The pull request this run belongs to, or why there is none. */
export function pullRequestOf(env: NodeJS.ProcessEnv): PullRequest | string {
  const event = env.GITHUB_EVENT_NAME
  if (event !== 'pull_request' && event !== 'pull_request_target') {
    return `the event is ${event ? `"${event}"` : 'not a GitHub Actions event'}, not a pull request`
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo) return 'GITHUB_REPOSITORY is not set'
  let number: unknown
  try {
    const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8'))
    number = payload.pull_request?.number ?? payload.number
  } catch (err) {
    return `the event payload (GITHUB_EVENT_PATH) cannot be read: ${(err as Error).message}`
  }
  if (typeof number !== 'number') return 'the event payload names no pull request number'
  return { owner, repo, number }
}

export async function commentOnPullRequest(
  report: Report,
  inputs: Pick<Inputs, 'githubToken'>,
  log: Logger,
  env: NodeJS.ProcessEnv
): Promise<void> {
  const pr = pullRequestOf(env)
  if (typeof pr === 'string') {
    log.debug(`No pull-request comment: ${pr}.`)
    return
  }
  if (!inputs.githubToken) {
    log.warning(
      'No pull-request comment: `github-token` is empty (it defaults to the workflow token; give the job `permissions: pull-requests: write`).'
    )
    return
  }
  const runUrl =
    env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
      ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined
  const body = renderComment(report, runUrl)
  const key = subjectKey(report)
  const where = `pull request #${pr.number}`
  try {
    const { getOctokit } = await import('@actions/github')
    const octokit = getOctokit(inputs.githubToken, {
      baseUrl: env.GITHUB_API_URL || 'https://api.github.com'
    })
    const params = { owner: pr.owner, repo: pr.repo, issue_number: pr.number }
    const [self, comments] = await Promise.all([
      tokenIdentity(octokit),
      octokit.paginate(octokit.rest.issues.listComments, { ...params, per_page: 100 })
    ])
    // anyone can write the marker: only a comment by this token's own identity is ours to edit
    const mine = self
      ? comments.find(
          c => c.body?.includes(MARKER) && c.body.includes(key) && sameLogin(c.user?.login, self)
        )
      : undefined
    if (!self) {
      log.info(
        'Could not tell whose token `github-token` is, so a new comment is created instead of updating an earlier one.'
      )
    }
    if (mine) {
      await octokit.rest.issues.updateComment({ ...params, comment_id: mine.id, body })
      log.info(`Updated the preflight comment on ${where}: ${mine.html_url}`)
    } else {
      const { data } = await octokit.rest.issues.createComment({ ...params, body })
      log.info(`Commented on ${where}: ${data.html_url}`)
    }
  } catch (err) {
    const status = (err as { status?: number }).status
    const hint =
      status === 403 || status === 404
        ? ' Pull requests from forks get a read-only token; give the job `permissions: pull-requests: write`, or rely on the job summary, which has the same content.'
        : ''
    log.warning(
      `Could not comment on ${where}${status ? ` (HTTP ${status})` : ''}: ${(err as Error).message}.${hint}`
    )
  }
}

type Octokit = ReturnType<typeof import('@actions/github').getOctokit>

/**
 * The login the token comments as: github-actions[bot] for the workflow token, APP[bot] for an app
 * installation token, the user for a personal token. GraphQL's viewer answers for all three (REST's
 * GET /user refuses installation tokens); GET /user is the fallback where GraphQL is not served.
 */
async function tokenIdentity(octokit: Octokit): Promise<string | undefined> {
  try {
    const { viewer } = await octokit.graphql<{ viewer: { login: string } }>(
      'query { viewer { login } }'
    )
    if (viewer?.login) return viewer.login
  } catch {
    // not served (an old GitHub Enterprise Server) or not allowed: try REST
  }
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login
  } catch {
    return undefined
  }
}

/** REST names an app's comments APP[bot], as GraphQL's viewer does; logins are case-insensitive. */
function sameLogin(author: string | undefined, self: string): boolean {
  return author !== undefined && author.toLowerCase() === self.toLowerCase()
}
