// What a container's log says about why it failed: reaching for the network is the most common
// reason a model that works on a laptop fails under SageMaker's network isolation.

const NETWORK = [
  /Temporary failure in name resolution/i,
  /Name or service not known/i,
  /getaddrinfo|EAI_AGAIN|ENOTFOUND/,
  /Could not resolve host/i,
  /Failed to resolve/i,
  /No address associated with hostname/i,
  /Network is unreachable|ENETUNREACH|EHOSTUNREACH|No route to host/i,
  /NewConnectionError|MaxRetryError|ConnectTimeout|ConnectionError\(|EndpointConnectionError/,
  /Could not connect to the endpoint URL/i,
  /huggingface\.co|hf\.co\/|HF_HUB_OFFLINE|pypi\.org|files\.pythonhosted\.org|download\.pytorch\.org/i,
  /s3[.-][a-z0-9-]*\.?amazonaws\.com|\.s3\.amazonaws\.com|sts\.amazonaws\.com/i,
  /(pip|conda) install/i
]

/** The log lines that show the container tried to reach the network (at most `max`). */
export function networkLines(lines: string[], max = 5): string[] {
  return lines.filter(line => NETWORK.some(re => re.test(line))).slice(-max)
}

export function quote(lines: string[]): string {
  return lines.map(l => `    ${l}`).join('\n')
}

// What servers print once they serve on SageMaker's port (gunicorn, Flask/werkzeug, uvicorn,
// waitress, TorchServe/MMS, node), or gunicorn on a Unix socket behind nginx (AWS's own samples):
// seen while asked to `train`, the image ignores its argument. A dashboard on another port is not.
const SERVING = [
  /(Listening at|Running on|Uvicorn running on|Serving on|API bind to):? https?:\/\/[^\s/]*:8080\b/i,
  /Listening at: unix:/,
  /[Ll]istening on (port )?(\S+:)?8080\b/
]

/** The log lines that say the container is serving (at most `max`). */
export function servingLines(lines: string[], max = 3): string[] {
  return lines.filter(line => SERVING.some(re => re.test(line))).slice(0, max)
}

// Failures whose log line names the cause outright, most of them Python 2-era code (AWS's
// scikit_bring_your_own sample among it) meeting a current base image. Each gives the fix.
const CAUSES: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [
    // the log is escaped: a carriage return shows as the two characters \r
    /['‘]?([\w./+-]{1,60})\\r['’]?: (?:No such file or directory|bad interpreter)/,
    m =>
      `The script's first line names \`${m[1]}\` followed by a carriage return: it was saved with Windows line endings (CRLF). Convert it to Unix line endings (\`dos2unix\`, or \`RUN sed -i 's/\\r$//' <script>\` in the Dockerfile; \`* text eol=lf\` in .gitattributes).`
  ],
  [
    /exec (\/[^\s:]{1,200}): no such file or directory/,
    m =>
      `${m[1]}, or the interpreter its first line names, is not in the image; a first line saved with Windows line endings (\`#!/bin/bash\\r\`) reads as a missing interpreter. The \`entrypoint\` check reads the script from the image and says whether it was.`
  ],
  [
    /env: (?:can't execute )?['‘]([\w.+-]{1,40})['’]: No such file or directory/,
    m =>
      `A script starts with \`#!/usr/bin/env ${m[1]}\` and the image has no \`${m[1]}\` on PATH.${m[1] === 'python' ? ' Python 2-era samples start their `serve` and `train` this way; current Debian and Ubuntu images have only `python3`: change the first line to `#!/usr/bin/env python3`, or install python-is-python3.' : ` Install \`${m[1]}\` in the image or change the script's first line.`}`
  ],
  [
    /No such file or directory: ['"]?(\/opt\/ml\/model\/[^'"\s]{0,100})/,
    m =>
      `The server opens ${m[1]}, which is not there. SageMaker extracts the model package's ModelDataUrl (model.tar.gz) into /opt/ml/model: pass the same artifact as \`model-data\` (a .tar.gz or a folder), and check that it holds that path.`
  ],
  [
    /exec format error/i,
    () =>
      'A program in the image is built for another CPU architecture (e.g. arm64 from an Apple-silicon Mac): SageMaker runs linux/amd64 (or Graviton only where declared). Build with `docker build --platform linux/amd64`.'
  ],
  [
    /write\(\) argument must be str, not bytes/,
    () =>
      "Python 2-era code under Python 3: bytes (typically `pickle.dump`) are written to a file opened in text mode. Open it in binary mode: `open(path, 'wb')` (and `'rb'` to load)."
  ],
  [
    /object has no attribute '(ix|as_matrix)'/,
    m =>
      `pandas removed \`DataFrame.${m[1]}\` in 1.0: use ${m[1] === 'ix' ? '`.iloc` (by position) or `.loc` (by label)' : '`.to_numpy()`'}, or pin the pandas the code was written for.`
  ],
  [
    /No module named '(StringIO|cPickle|urllib2|ConfigParser|Queue)'/,
    m =>
      `\`${m[1]}\` is a Python 2 module: use ${{ StringIO: '`io.StringIO`', cPickle: '`pickle`', urllib2: '`urllib.request`', ConfigParser: '`configparser`', Queue: '`queue`' }[m[1]]} under Python 3.`
  ],
  [
    /Missing parentheses in call to '(print|exec)'/,
    m => `A Python 2 \`${m[1]}\` statement under Python 3: call it as a function, \`${m[1]}(…)\`.`
  ]
]

/** The known causes the lines show, each once, as sentences that say what to change. */
export function knownCauses(lines: string[]): string[] {
  const found = new Set<string>()
  for (const line of lines) {
    for (const [re, explain] of CAUSES) {
      const m = re.exec(line)
      if (m) found.add(explain(m))
    }
  }
  return [...found]
}

/** " Likely cause: …" for a failure message, or nothing when no known cause shows. */
export function likelyCause(lines: string[]): string {
  const causes = knownCauses(lines)
  return causes.length ? ` Likely cause: ${causes.join(' ')}` : ''
}
