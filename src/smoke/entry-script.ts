// Why a container that never started failed, from the image itself: a `serve` or `train` script
// saved with Windows line endings dies before it prints anything but the engine's "no such file or
// directory", which names no cause. Read only after a failed start, so a passing run pays nothing.

import type { RunContext } from '../core/context.js'
import { inspectLocalImage, readImageFiles } from '../docker/image-files.js'
import { entryProgramPaths } from '../image/checks.js'
import { lineEndingsVerdict } from '../image/startup-rules.js'

/** The first line is all that is judged (a `#!` line is short). */
const FIRST_LINE_BYTES = 256

/**
 * " Cause: … saved with Windows line endings … Convert it …" when the program `docker run IMAGE
 * <command>` starts is a script whose first line ends in \r; '' otherwise, or when the image
 * cannot be read (the log's own signs still speak then).
 */
export async function scriptLineEndingsCause(
  ctx: Pick<RunContext, 'env' | 'signal'>,
  image: string,
  labels: string[],
  command: 'serve' | 'train'
): Promise<string> {
  try {
    const inspected = await inspectLocalImage(ctx.env, image, ctx.signal)
    if (!inspected.ok) return ''
    const paths = entryProgramPaths(inspected.config, command)
    const files = await readImageFiles(
      ctx.env,
      image,
      paths,
      labels,
      { volumes: inspected.config.volumes, signal: ctx.signal },
      FIRST_LINE_BYTES
    )
    const script = paths.map(p => files.get(p)).find(f => f !== undefined)
    if (!script) return ''
    const started = inspected.config.entrypoint?.length ? 'ENTRYPOINT' : command
    const verdict = lineEndingsVerdict(image, started, script)
    return verdict.ok ? '' : ` Cause: ${verdict.finding.message} ${verdict.finding.help}`
  } catch {
    ctx.signal.throwIfAborted()
    return ''
  }
}
