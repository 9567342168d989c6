// The training smoke test and the algorithm flow (train, then serve what it produced), with real Docker.
import { expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { dockerSuite } from '../helpers/docker-suite.js'
import { FIXTURE, smoke, workspace } from '../helpers/smoke.js'

function data(): string {
  const ws = workspace()
  mkdirSync(path.join(ws, 'data'))
  writeFileSync(path.join(ws, 'data', 'train.csv'), '1,0\n2,1\n')
  writeFileSync(path.join(ws, 'request.csv'), '3\n')
  return ws
}

dockerSuite('training smoke test (real Docker)', () => {
  it('trains, then serves the model it produced with the same image', async () => {
    const ws = data()
    const run = await smoke(
      {
        'local-training-image': `${FIXTURE}:ok`,
        'training-data': 'training=./data',
        hyperparameters: '{"epochs": 3}',
        payload: 'request.csv',
        batch: 'false'
      },
      { ws }
    )
    expect(run.status('train-exit')).toBe('pass')
    expect(run.status('train-model-output')).toBe('pass')
    expect(run.status('serve-start')).toBe('pass')
    expect(run.status('invocation')).toBe('pass')
    expect(run.facts.training).toMatchObject({ exitCode: 0, modelFiles: 1 })
    expect(run.facts.smokeTest?.image).toBe(`${FIXTURE}:ok`)
  })

  it('lays out /opt/ml as SageMaker does', async () => {
    const ws = data()
    // needs-model answers /ping 200 only with files in /opt/ml/model: the trained model is mounted
    const run = await smoke(
      {
        'local-training-image': `${FIXTURE}:ok`,
        'local-image': `${FIXTURE}:needs-model`,
        'training-data': 'training=./data',
        hyperparameters: '{"epochs": 3, "lr": 0.1}',
        batch: 'false'
      },
      { ws }
    )
    expect(run.status('serve-start')).toBe('pass')
    const log = run.facts.training?.logExcerpt
    expect(log).toContain('hyperparameters={"epochs":"3","lr":"0.1"}')
    expect(log).toContain(
      'channels={"training":{"ContentType":"text/csv","TrainingInputMode":"File","S3DistributionType":"FullyReplicated","RecordWrapperType":"None"}}'
    )
    expect(log).toContain('hosts=algo-1/algo-1/eth0')
    expect(log).toContain('trained on 1 file(s)')
  })

  it('reports an image that exits 0 without a model as train-model-output', async () => {
    const run = await smoke(
      { 'local-training-image': `${FIXTURE}:train-empty`, 'training-data': 'training=./data' },
      { ws: data() }
    )
    expect(run.status('train-exit')).toBe('pass')
    expect(run.status('train-model-output')).toBe('fail')
    expect(run.detail('serve-start')).toContain('training produced no model')
  })

  it('reports a failed training as train-exit with the failure file', async () => {
    const run = await smoke(
      { 'local-training-image': `${FIXTURE}:train-fail`, 'training-data': 'training=./data' },
      { ws: data() }
    )
    expect(run.status('train-exit')).toBe('fail')
    expect(run.messages('train-exit')).toContain('exited with code 2')
    // once, from the failure file: the same line in the log is not repeated
    expect(run.messages('train-exit').split("column 'label' missing")).toHaveLength(2)
    expect(run.messages('train-exit')).toContain('training failed')
    expect(run.facts.training?.failureReason).toContain("column 'label' missing")
  })

  it('stops a training that exceeds training-timeout and ignores SIGTERM', async () => {
    const run = await smoke(
      {
        'local-training-image': `${FIXTURE}:ignore-sigterm`,
        'training-data': 'training=./data',
        'training-timeout': '1'
      },
      { ws: data(), trainStopGraceMs: 1000 }
    )
    expect(run.status('train-exit')).toBe('fail')
    expect(run.messages('train-exit')).toContain(
      'did not finish within the training-timeout of 1 s'
    )
    expect(run.messages('train-exit')).toContain('SIGKILL')
    // a file never written is not an empty one
    expect(run.messages('train-exit')).toContain('`train` did not write /opt/ml/output/failure.')
    expect(run.messages('train-exit')).not.toContain('is empty')
    expect(run.facts.training?.timedOut).toBe(true)
    expect(run.seconds).toBeLessThan(15)
  })
})
