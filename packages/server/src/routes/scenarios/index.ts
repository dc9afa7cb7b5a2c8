import { parseScenario, readAndSimulate, SimulationCancelled } from '@xiaowei/app';
import type { StoredScenario } from '@xiaowei/store';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../../context/scope.ts';
import { AppError } from '../../errors/app-error.ts';
import type { TypedApp } from '../../http/typed-app.ts';
import { actor, dataScope, storeOf } from '../enterprises/registry-context.ts';
import { outcomeJson } from './outcome-json.ts';
import {
  cancelRunSchema,
  createScenarioSchema,
  deleteScenarioSchema,
  getRunSchema,
  getScenarioSchema,
  listScenariosSchema,
  runPdfSchema,
  runScenarioSchema,
  runXlsxSchema,
  SCENARIO_SCHEMAS,
  updateScenarioSchema,
} from './scenarios.schema.ts';
import { jobJson, SimulationJobs } from './simulation-jobs.ts';
import { simulationPdf, simulationXlsx } from './simulation-report.ts';

export { SCENARIO_SCHEMAS };

/** Who builds and runs what-if scenarios: analysts (every region), officers (their region), administrators. */
export const SIMULATION_USERS: readonly Role[] = ['analyst', 'officer', 'admin'];

interface ScenarioBody {
  name: string;
  description?: string | null;
  base_year: number;
  changes: unknown[];
  shared?: boolean;
}

function scenarioJson(s: StoredScenario, userId: string) {
  return {
    id: s.id,
    owner_id: s.ownerId,
    owned: s.ownerId === userId,
    scope_prefix: s.scopePrefix,
    name: s.scenario.name,
    description: s.scenario.description ?? null,
    base_year: s.scenario.baseYear,
    changes: s.scenario.changes,
    shared: s.shared,
    version: s.version,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
  };
}

/** The body checked against the parameter tree: every problem at once, at `/changes/{i}/{field}`. */
function checkedBody(app: FastifyInstance, body: ScenarioBody): ScenarioBody {
  const parsed = parseScenario(app.engine.system, body);
  if (parsed.problems.length > 0) {
    throw AppError.validation(
      parsed.problems.map((p) => ({
        path: p.row === undefined ? `/${p.field}` : `/changes/${p.row - 1}/${p.field}`,
        ...(p.row === undefined ? {} : { row: p.row }),
        field: p.field,
        message: p.message,
      })),
    );
  }
  return body;
}

const userOf = (request: FastifyRequest) => actor(request);

/**
 * What-if scenarios and their runs (issue 15): save, share and run a scenario over the registry in the caller's
 * scope on worker threads; the web polls the run for progress and its result.
 */
export async function scenariosRoutes(app: TypedApp): Promise<void> {
  const jobs = new SimulationJobs();
  const access = { access: { roles: SIMULATION_USERS } } as { access: { roles: typeof SIMULATION_USERS } };
  const reader = (request: FastifyRequest) => ({ userId: userOf(request), scope: dataScope(request) });

  app.get('/scenarios', { schema: listScenariosSchema, config: access }, async (request) => {
    const r = reader(request);
    return (await storeOf(app).scenarios.list(r)).map((s) => scenarioJson(s, r.userId));
  });
  app.post('/scenarios', { schema: createScenarioSchema, config: access }, async (request, reply) => {
    const body = checkedBody(app, request.body);
    const r = reader(request);
    const saved = await storeOf(app).scenarios.create(
      { ownerId: r.userId, scope: r.scope, scenario: body, shared: body.shared === true },
      { actor: r.userId },
    );
    return reply.code(201).send(scenarioJson(saved, r.userId));
  });
  app.get('/scenarios/:id', { schema: getScenarioSchema, config: access }, async (request) => {
    const r = reader(request);
    return scenarioJson(await storeOf(app).scenarios.get(request.params.id, r), r.userId);
  });
  app.put('/scenarios/:id', { schema: updateScenarioSchema, config: access }, async (request) => {
    const body = checkedBody(app, request.body);
    const r = reader(request);
    const id = request.params.id;
    const saved = await storeOf(app).scenarios.update(
      id,
      { scenario: body, ...(body.shared === undefined ? {} : { shared: body.shared }) },
      { actor: r.userId, userId: r.userId },
    );
    return scenarioJson(saved, r.userId);
  });
  app.delete('/scenarios/:id', { schema: deleteScenarioSchema, config: access }, async (request, reply) => {
    const r = reader(request);
    await storeOf(app).scenarios.delete(request.params.id, { actor: r.userId, userId: r.userId });
    return reply.code(204).send();
  });

  app.post('/scenarios/:id/runs', { schema: runScenarioSchema, config: access }, async (request, reply) => {
    const r = reader(request);
    const store = storeOf(app);
    const stored = await store.scenarios.get(request.params.id, r);
    const year = request.body?.year ?? stored.scenario.baseYear;
    const job = jobs.start(r.userId, stored.id, year);
    const lang = request.lang;
    const log = request.log;
    // The run goes on after the reply; the web polls GET /api/v1/simulation-runs/{id}.
    void (async () => {
      try {
        // Large runs go to worker threads (a step of the simulation blocks its thread for a while), started while
        // the registry is still being read.
        const outcome = await readAndSimulate(
          stored.scenario,
          year,
          (onRows) => store.simulationInput({ scope: r.scope, year, onProgress: onRows }),
          {
            onRead: (rows) => (job.total = rows),
            onInput: (input) => {
              job.total = input.n;
              job.status = 'running';
            },
            signal: job.controller.signal,
            regionDigits: 'regionPrefix' in r.scope && r.scope.regionPrefix.length >= 2 ? (r.scope.regionPrefix.length >= 4 ? 6 : 4) : 2,
            onProgress: (done) => (job.done = done),
          },
        );
        const regions = new Map((await store.regions.list()).map((g) => [g.code, g.name[lang]]));
        job.result = outcomeJson(outcome, app.engine.system, app.engine.catalogue, regions, lang);
        job.outcome = outcome;
        job.done = outcome.enterprises;
        job.status = 'completed';
      } catch (e) {
        if (e instanceof SimulationCancelled) job.status = 'cancelled';
        else {
          job.status = 'failed';
          const err = e instanceof AppError ? e : new AppError('XW_ERR_INTERNAL');
          job.error = { code: err.code, message: e instanceof Error ? e.message.slice(0, 500) : String(e) };
          log.error({ err: e }, 'simulation run failed');
        }
      } finally {
        job.finished_at = new Date().toISOString();
      }
    })();
    return reply.code(202).send(jobJson(job));
  });
  const jobOf = (request: FastifyRequest, id: string) => {
    const job = jobs.get(id, userOf(request));
    if (job === undefined) throw new AppError('XW_ERR_NOT_FOUND', { what: `simulation run ${id.slice(0, 100)}` });
    return job;
  };
  app.get('/simulation-runs/:id', { schema: getRunSchema, config: access }, async (request) => jobJson(jobOf(request, request.params.id)));
  const fileOf = async (request: FastifyRequest, id: string, reply: FastifyReply, kind: 'xlsx' | 'pdf') => {
    const job = jobOf(request, id);
    if (job.outcome === undefined) throw new AppError('XW_ERR_CONFLICT', { detail: `the run is ${job.status}` });
    const regions = new Map((await storeOf(app).regions.list()).map((g) => [g.code, g.name[request.lang]]));
    const make = kind === 'xlsx' ? simulationXlsx : simulationPdf;
    const bytes = await make(job.outcome, app.engine.catalogue, regions, request.lang);
    reply.header('content-disposition', `attachment; filename="xiaowei-simulation-${job.year}-${job.id.slice(0, 8)}.${kind}"`);
    return reply
      .type(kind === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/pdf')
      .send(bytes);
  };
  app.get('/simulation-runs/:id/xlsx', { schema: runXlsxSchema, config: access }, (request, reply) =>
    fileOf(request, request.params.id, reply, 'xlsx'),
  );
  app.get('/simulation-runs/:id/pdf', { schema: runPdfSchema, config: access }, (request, reply) =>
    fileOf(request, request.params.id, reply, 'pdf'),
  );
  app.delete('/simulation-runs/:id', { schema: cancelRunSchema, config: access }, async (request) => {
    const job = jobOf(request, request.params.id);
    job.controller.abort();
    return jobJson(job);
  });
}
