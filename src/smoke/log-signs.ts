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
