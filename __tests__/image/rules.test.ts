// The image rules as pure functions: the instance-type table and input, cuda-driver, instance-arch,
// toolkit-env, server-timeouts, `serve`/`train` on PATH, and the scan statuses of vulnerabilities.
import { describe, expect, it } from '@jest/globals'
import type { Verdict } from '../../src/core/findings.js'
import { envMap } from '../../src/image/checks.js'
import { knownCauses } from '../../src/smoke/log-signs.js'
import {
  cudaDriverVerdicts,
  cudaRequirement,
  instanceArchVerdicts,
  neuronInEnv
} from '../../src/image/hardware-rules.js'
import {
  commandOnPathVerdict,
  gunicornWithoutTimeout,
  lineEndingsVerdict,
  withServerDefaults,
  envTimeouts,
  gunicornArgTimeouts,
  gunicornFileTimeouts,
  nginxTimeouts,
  propertiesTimeouts,
  serverTimeoutsVerdict,
  toolkitEnvVerdicts
} from '../../src/image/startup-rules.js'
import { readInputs } from '../../src/inputs/index.js'
import {
  closeInstanceTypes,
  findInstanceType,
  type InstanceType
} from '../../src/catalog/instance-types.js'
import { scanVerdict } from '../../src/aws/registry-rules.js'

const type = (name: string): InstanceType => {
  const t = findInstanceType(name)
  if (!t) throw new Error(`no ${name} in the table`)
  return t
}
const failures = (verdicts: Verdict[]) =>
  verdicts.flatMap(v =>
    v.ok ? [] : [{ severity: v.finding.severity, message: v.finding.message }]
  )
const IMAGE = `111122223333.dkr.ecr.us-east-2.amazonaws.com/model@sha256:${'a'.repeat(64)}`

describe('instance types', () => {
  it('looks up a type with its vCPUs, memory, accelerators and architecture', () => {
    expect(findInstanceType('ml.g4dn.xlarge')).toEqual({
      name: 'ml.g4dn.xlarge',
      family: 'ml.g4dn',
      vcpus: 4,
      memoryGiB: 16,
      accelerators: 1,
      accelerator: 'nvidia',
      acceleratorModel: 'NVIDIA T4',
      architecture: 'x86_64'
    })
    expect(type('ml.c7g.large')).toMatchObject({ architecture: 'arm64', accelerator: 'none' })
    expect(type('ml.inf2.xlarge')).toMatchObject({ accelerator: 'neuron' })
    // the single-GPU P5 size, beside the eight-GPU one
    expect(type('ml.p5.4xlarge')).toMatchObject({ vcpus: 16, memoryGiB: 256, accelerators: 1 })
  })

  it('names close matches for a mistyped type', () => {
    expect(closeInstanceTypes('ml.g4dn.xlarg')[0]).toBe('ml.g4dn.xlarge')
    expect(closeInstanceTypes('m5.large')[0]).toBe('ml.m5.large')
  })

  it('reads `instance-type` and refuses an unknown type with close matches', () => {
    const read = (v: string) => readInputs(n => ({ image: IMAGE, 'instance-type': v })[n] ?? '')
    expect(read('ML.G5.2XLARGE').instanceType).toBe('ml.g5.2xlarge')
    expect(() => read('ml.g5.3xlarge')).toThrow(
      /^Input `instance-type` is "ml.g5.3xlarge", which is not a SageMaker instance type this preflight knows; did you mean ml\.g5\.\dxlarge/
    )
  })
})

describe('cuda-driver', () => {
  const CUDA12 = {
    CUDA_VERSION: '12.1.1',
    NVIDIA_REQUIRE_CUDA: 'cuda>=12.1 brand=tesla,driver>=470,driver<471'
  }

  it('reads the requirement from NVIDIA_REQUIRE_CUDA before CUDA_VERSION', () => {
    expect(cudaRequirement(CUDA12)).toMatchObject({
      version: [12, 1],
      enforcedAtStart: true,
      alternatives: [['brand=tesla', 'driver>=470', 'driver<471']]
    })
    expect(cudaRequirement({ CUDA_VERSION: '11.8.0' })).toMatchObject({
      version: [11, 8],
      enforcedAtStart: false
    })
    expect(cudaRequirement({ PATH: '/bin' })).toBeUndefined()
  })

  it('fails a CUDA 12 requirement on g4dn with CannotStartContainerError and both fixes', () => {
    const v = cudaDriverVerdicts('image', { NVIDIA_REQUIRE_CUDA: 'cuda>=12.1' }, [
      type('ml.g4dn.xlarge')
    ])
    expect(failures(v)).toEqual([
      {
        severity: undefined,
        message:
          '`image` needs CUDA 12.1 (NVIDIA_REQUIRE_CUDA="cuda>=12.1"), but ml.g4dn.xlarge run NVIDIA driver 470 (CUDA 11.4) by default for real-time and batch inference: the NVIDIA Container Toolkit refuses to start the container ("unsatisfied condition: cuda>=12.1"), which SageMaker reports as CannotStartContainerError.'
      }
    ])
    const help = v[0].ok ? '' : (v[0].finding.help ?? '')
    expect(help).toContain('build on a CUDA 11.4 (or older) base image')
    expect(help).toContain('ml.p5.*, ml.g6.*, ml.p5e.*, ml.p5en.*')
  })

  it('warns when only the forward-compatibility alternative lets the container start', () => {
    const v = cudaDriverVerdicts('image', CUDA12, [type('ml.g5.xlarge')])
    expect(failures(v)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining(
          'starts only through the forward-compatibility alternative "brand=tesla,driver>=470,driver<471"'
        )
      })
    ])
  })

  it('passes CUDA 12.1 on g6 (driver 535, CUDA 12.2) and CUDA 11.8 by CUDA_VERSION on g5 (minor version compatibility)', () => {
    expect(failures(cudaDriverVerdicts('image', CUDA12, [type('ml.g6.xlarge')]))).toEqual([])
    expect(
      failures(cudaDriverVerdicts('image', { CUDA_VERSION: '11.8.0' }, [type('ml.g5.xlarge')]))
    ).toEqual([])
  })

  it('fails CUDA_VERSION 12 on a 470 family at the first CUDA call', () => {
    const [f] = failures(
      cudaDriverVerdicts('image', { CUDA_VERSION: '12.4.0' }, [type('ml.p3.2xlarge')])
    )
    expect(f.message).toContain('CUDA driver version is insufficient for CUDA runtime version')
  })

  it('passes an image without CUDA, or CPU types only, saying why', () => {
    expect(cudaDriverVerdicts('image', {}, [type('ml.g5.xlarge')])).toEqual([
      { ok: true, detail: 'image declares no CUDA version (CUDA_VERSION, NVIDIA_REQUIRE_CUDA)' }
    ])
    expect(cudaDriverVerdicts('image', CUDA12, [type('ml.m5.large')])).toEqual([
      { ok: true, detail: 'image needs CUDA 12.1; no NVIDIA GPU type declared (ml.m5.large)' }
    ])
  })
})

describe('instance-arch', () => {
  it('fails an amd64-only image on a Graviton type and an arm64-only one on x86', () => {
    expect(
      failures(instanceArchVerdicts('image', ['linux/amd64'], [type('ml.c7g.xlarge')], false))
    ).toEqual([
      {
        severity: undefined,
        message:
          '`image` provides linux/amd64, but ml.c7g.xlarge is AWS Graviton (arm64): the image cannot run there.'
      }
    ])
    expect(
      failures(instanceArchVerdicts('image', ['linux/arm64'], [type('ml.m5.large')], false))[0]
        .message
    ).toContain('ml.m5.large is x86_64')
  })

  it('passes a multi-platform image on Graviton and x86 types', () => {
    const v = instanceArchVerdicts(
      'image',
      ['linux/amd64', 'linux/arm64'],
      [type('ml.c7g.xlarge'), type('ml.c6i.xlarge')],
      false
    )
    expect(v).toEqual([
      {
        ok: true,
        detail: 'image (linux/amd64, linux/arm64) suits ml.c7g.xlarge, ml.c6i.xlarge'
      }
    ])
  })

  it('fails Inferentia without the Neuron runtime, and warns when hardware kinds are mixed', () => {
    const v = instanceArchVerdicts(
      'image',
      ['linux/amd64'],
      [type('ml.inf2.xlarge'), type('ml.g5.xlarge')],
      neuronInEnv({ PATH: '/usr/bin' })
    )
    expect(failures(v)).toEqual([
      expect.objectContaining({ message: expect.stringContaining('shows no AWS Neuron runtime') }),
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('mix Inferentia/Trainium, NVIDIA GPU hardware')
      })
    ])
    expect(neuronInEnv({ PATH: '/opt/aws/neuron/bin:/usr/bin' })).toBe(true)
  })
})

describe('toolkit-env', () => {
  const run = (env: Record<string, string>, files = {}, training = false) =>
    failures(toolkitEnvVerdicts('image', env, files, { training }))

  it('fails a training toolkit image without SAGEMAKER_PROGRAM', () => {
    expect(
      run({ SAGEMAKER_TRAINING_MODULE: 'sagemaker_pytorch_container.training:main' }, {}, true)
    ).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('sets no SAGEMAKER_PROGRAM, so `train` has no script')
      })
    ])
  })

  it('fails SAGEMAKER_PROGRAM naming a script that is not there', () => {
    expect(
      run({ SAGEMAKER_PROGRAM: 'train.py' }, { program: false, programSearched: ['/opt/ml/code'] })
    ).toEqual([
      expect.objectContaining({
        message: '`image` sets SAGEMAKER_PROGRAM=train.py, but no such script is in /opt/ml/code.'
      })
    ])
  })

  it('fails multi-model mode, an s3:// submit directory and requirements.txt in the model data; warns about remote URLs', () => {
    const f = run(
      {
        SAGEMAKER_SERVING_MODULE: 'sagemaker_pytorch_serving_container.serving:main',
        SAGEMAKER_MULTI_MODEL: 'true',
        SAGEMAKER_SUBMIT_DIRECTORY: 's3://bucket/code.tar.gz',
        MODEL_URL: 'https://huggingface.co/org/model',
        HEALTH: 'http://localhost:8080/ping'
      },
      { requirements: 'model: code/requirements.txt' }
    )
    expect(f.map(x => [x.severity, x.message.slice(0, 50)])).toEqual([
      [undefined, '`image` sets SAGEMAKER_MULTI_MODEL=true: the serve'],
      [undefined, '`image` sets SAGEMAKER_SUBMIT_DIRECTORY=s3://bucke'],
      [undefined, 'The model data has model: code/requirements.txt: t'],
      ['warning', '`image` has environment values that point off the ']
    ])
    expect(f[3].message).not.toContain('HEALTH')
  })

  it('passes a toolkit image whose script is in the image', () => {
    expect(
      toolkitEnvVerdicts(
        'image',
        { SAGEMAKER_PROGRAM: 'serve.py' },
        { program: '/opt/ml/code/serve.py' },
        { training: false }
      )
    ).toEqual([
      {
        ok: true,
        detail:
          'image: SAGEMAKER_PROGRAM=serve.py (script at /opt/ml/code/serve.py); nothing downloaded at start'
      }
    ])
  })
})

describe('server-timeouts', () => {
  it('reads gunicorn, nginx, TorchServe and MMS timeouts where they are set', () => {
    expect(gunicornArgTimeouts(['gunicorn', '--timeout', '5', 'app:app'], 'ENTRYPOINT')).toEqual([
      { server: 'gunicorn', setting: '--timeout 5', seconds: 5, where: 'ENTRYPOINT' }
    ])
    expect(gunicornArgTimeouts(['gunicorn', '-t=10'], 'x')).toEqual([])
    expect(gunicornArgTimeouts(['gunicorn', '--timeout=10'], 'x')[0].seconds).toBe(10)
    expect(gunicornFileTimeouts('bind = "0.0.0.0:8080"\ntimeout = 5\n', 'g.py')[0].seconds).toBe(5)
    expect(
      gunicornFileTimeouts("subprocess.Popen(['gunicorn', '--timeout', '20'])", 'serve')[0]
    ).toMatchObject({ seconds: 20, setting: '--timeout 20' })
    expect(nginxTimeouts('location / {\n  proxy_read_timeout 2m;\n}', 'n.conf')[0].seconds).toBe(
      120
    )
    expect(
      propertiesTimeouts('default_response_timeout=30\n', 'c.properties', 'TorchServe')[0]
    ).toMatchObject({ server: 'TorchServe', seconds: 30 })
    expect(envTimeouts({ GUNICORN_CMD_ARGS: '--workers 2 --timeout 15' })[0].seconds).toBe(15)
  })

  it('warns about a timeout below the 60 seconds SageMaker allows, and passes 60 or more', () => {
    const v = serverTimeoutsVerdict('local-image', [
      { server: 'gunicorn', setting: 'timeout = 5', seconds: 5, where: '/opt/program/g.py' },
      { server: 'nginx', setting: 'proxy_read_timeout 60s', seconds: 60, where: '/etc/nginx.conf' }
    ])
    expect(v.ok ? '' : v.finding.message).toBe(
      '`local-image` sets gunicorn timeout = 5 in /opt/program/g.py: a request that takes longer is cut off by the server (a 502 or 504 from the front server, or a killed worker), although SageMaker allows a real-time invocation 60 seconds.'
    )
    expect(serverTimeoutsVerdict('image', []).ok).toBe(true)
  })
})

describe('issue 24: defaults and line endings', () => {
  it('judges gunicorn started without --timeout by its 30 s default, not when any timeout is set', () => {
    expect(gunicornWithoutTimeout('exec gunicorn -b 0.0.0.0:8080 app:app')).toBe(true)
    expect(gunicornWithoutTimeout('gunicorn --timeout 90 app:app')).toBe(false)
    expect(gunicornWithoutTimeout("['gunicorn', '-t', str(t)]")).toBe(false)
    const found = withServerDefaults([], [{ server: 'gunicorn', where: '/opt/program/serve' }])
    const v = serverTimeoutsVerdict('local-image', found)
    expect(v.ok ? '' : v.finding.message).toContain(
      "starts gunicorn without a timeout option in /opt/program/serve, so it runs with gunicorn's default of 30 s"
    )
    // a timeout set anywhere wins over the default; nginx's default (60 s) is not below SageMaker's
    const set = withServerDefaults(
      [{ server: 'gunicorn', setting: '--timeout 90', seconds: 90, where: 'x' }],
      [
        { server: 'gunicorn', where: '/opt/program/serve' },
        { server: 'nginx', where: '/opt/program/nginx.conf' }
      ]
    )
    expect(set.map(t => t.seconds)).toEqual([90, 60])
    expect(serverTimeoutsVerdict('local-image', set).ok).toBe(true)
  })

  it('warns about a script whose first line ends in a carriage return', () => {
    const crlf = { path: '/opt/program/serve', content: Buffer.from('#!/bin/bash\r\nexec x\r\n') }
    const v = lineEndingsVerdict('local-image', 'serve', crlf)
    expect(v.ok ? '' : v.finding.message).toContain('saved with Windows line endings')
    const lf = { path: '/opt/program/serve', content: Buffer.from('#!/bin/bash\nexec x\n') }
    expect(lineEndingsVerdict('local-image', 'serve', lf).ok).toBe(true)
    expect(knownCauses(["/usr/bin/env: 'python3\\r': No such file or directory"])[0]).toContain(
      'saved with Windows line endings'
    )
    expect(knownCauses(['exec /opt/program/serve: no such file or directory'])[0]).toContain(
      'Windows line endings'
    )
  })
})

describe('serve/train on PATH', () => {
  it('passes an executable, fails a missing or non-executable command as an error', () => {
    expect(
      commandOnPathVerdict('image', 'serve', ['/usr/bin'], { path: '/usr/bin/serve', mode: 0o755 })
    ).toEqual({ ok: true, detail: 'image: `serve` is /usr/bin/serve (mode 755)' })
    const missing = commandOnPathVerdict('image', 'serve', ['/usr/local/bin', '/bin'], undefined)
    expect(missing.ok ? undefined : missing.finding).toMatchObject({
      severity: 'error',
      message:
        '`image` has no ENTRYPOINT, so SageMaker runs `serve` as the command, but there is no `serve` in its PATH (/usr/local/bin:/bin): the container fails with "executable file not found in $PATH".'
    })
    const plain = commandOnPathVerdict('image', 'train', ['/bin'], {
      path: '/bin/train',
      mode: 0o644
    })
    expect(plain.ok ? '' : plain.finding.message).toContain(
      '/bin/train is not executable (mode 644)'
    )
  })

  it('reads KEY=VALUE lines of an image config', () => {
    expect(envMap(['PATH=/bin', 'A=b=c', 'broken'])).toEqual({ PATH: '/bin', A: 'b=c' })
  })
})

describe('vulnerabilities: scan statuses', () => {
  const where = { repository: 'model', digest: 'sha256:abc', region: 'us-east-2', registryId: '1' }
  const status = (s: string) =>
    scanVerdict('image', where, { status: s, counts: {}, examples: [], enhanced: true })

  it.each([
    ['UNSUPPORTED_IMAGE', "Inspector's enhanced scanning does not support this image"],
    ['SCAN_ELIGIBILITY_EXPIRED', 'enhanced scanning stopped watching this image'],
    ['FINDINGS_UNAVAILABLE', 'no longer available'],
    ['LIMIT_EXCEEDED', 'one scan of an image per 24 hours']
  ])('warns about %s with what it means', (s, meaning) => {
    const v = status(s)
    expect(v.ok ? undefined : v.finding).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining(`ECR scan status ${s}: `)
    })
    expect(v.ok ? '' : v.finding.message).toContain(meaning)
  })

  it('judges an ACTIVE enhanced scan by its findings', () => {
    const v = scanVerdict('image', where, {
      status: 'ACTIVE',
      counts: { CRITICAL: 1 },
      examples: ['CVE-2024-2 in glibc (CRITICAL)'],
      enhanced: true
    })
    expect(v.ok ? '' : v.finding.message).toContain(
      'the ECR enhanced (Amazon Inspector) scan found 1 CRITICAL'
    )
  })
})
