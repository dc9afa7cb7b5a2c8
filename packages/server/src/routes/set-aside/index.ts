import type { TypedApp } from '../../http/typed-app.ts';
import { actor, dataScope, storeOf } from '../enterprises/registry-context.ts';
import { createBudgetUnit, createBudgetUnitSchema } from './create-budget-unit.ts';
import { createProject, createProjectSchema } from './create-project.ts';
import { deleteProject, deleteProjectSchema } from './delete-project.ts';
import { exportSetAsidePdfSchema, exportSetAsideReportSchema, sendPdf, sendXlsx } from './export-set-aside-report.ts';
import { getBudgetUnit, getBudgetUnitSchema } from './get-budget-unit.ts';
import {
  exportPublishedPdfSchema,
  exportPublishedReportSchema,
  getPublishedReport,
  getPublishedReportSchema,
} from './get-published-report.ts';
import { getSetAsideReport, getSetAsideReportSchema, loadReport } from './get-set-aside-report.ts';
import { getSetAsideStatus, getSetAsideStatusSchema } from './get-set-aside-status.ts';
import { listBudgetUnits, listBudgetUnitsSchema } from './list-budget-units.ts';
import { listProjects, listProjectsSchema } from './list-projects.ts';
import { listPublishedReports, listPublishedReportsSchema } from './list-published-reports.ts';
import { publishSetAsideReport, publishSetAsideReportSchema } from './publish-set-aside-report.ts';
import { recordShortfallReason, recordShortfallReasonSchema } from './record-shortfall-reason.ts';
import { REASON_WRITERS, REPORT_PUBLISHERS, REPORT_READERS, UNIT_ADMINS, UNIT_READERS, UNIT_WRITERS } from './set-aside-context.ts';
import { updateBudgetUnit, updateBudgetUnitSchema } from './update-budget-unit.ts';
import { updateProject, updateProjectSchema } from './update-project.ts';
import { upsertBudgetUnitYear, upsertBudgetUnitYearSchema } from './upsert-budget-unit-year.ts';

/**
 * Budget units, their years and projects, the set-aside status with its explanation, the regional
 * yearly report (JSON, Excel) and its published versions (item 05; 财库〔2011〕181号).
 */
export async function setAsideRoutes(app: TypedApp): Promise<void> {
  const access = (roles: readonly string[]) => ({ access: { roles } }) as { access: { roles: typeof UNIT_READERS } };
  const read = access(UNIT_READERS);
  const write = access(UNIT_WRITERS);

  app.get('/budget-units', { schema: listBudgetUnitsSchema, config: read }, async (request) =>
    listBudgetUnits(storeOf(app), dataScope(request), request.query),
  );
  app.post('/budget-units', { schema: createBudgetUnitSchema, config: access(UNIT_ADMINS) }, async (request, reply) =>
    reply.code(201).send(await createBudgetUnit(storeOf(app), dataScope(request), actor(request), request.body)),
  );
  app.get('/budget-units/:id', { schema: getBudgetUnitSchema, config: read }, async (request) =>
    getBudgetUnit(storeOf(app), dataScope(request), request.params.id),
  );
  app.put('/budget-units/:id', { schema: updateBudgetUnitSchema, config: access(UNIT_ADMINS) }, async (request) =>
    updateBudgetUnit(storeOf(app), dataScope(request), actor(request), request.params.id, request.body),
  );
  app.put('/budget-units/:id/years/:year', { schema: upsertBudgetUnitYearSchema, config: write }, async (request) => {
    const { id, year } = request.params;
    return upsertBudgetUnitYear(storeOf(app), dataScope(request), actor(request), id, year, request.body);
  });
  app.put(
    '/budget-units/:id/years/:year/shortfall-reason',
    { schema: recordShortfallReasonSchema, config: access(REASON_WRITERS) },
    async (request) => {
      const { id, year } = request.params;
      const { reason } = request.body;
      return recordShortfallReason(storeOf(app), dataScope(request), actor(request), id, year, reason, request.lang);
    },
  );
  app.get('/budget-units/:id/set-aside/:year', { schema: getSetAsideStatusSchema, config: read }, async (request) => {
    const { id, year } = request.params;
    return getSetAsideStatus(storeOf(app), app.engine.system, app.engine.version, dataScope(request), id, year, request.lang);
  });
  app.get('/budget-units/:id/projects', { schema: listProjectsSchema, config: read }, async (request) =>
    listProjects(storeOf(app), dataScope(request), request.params.id, request.query.year),
  );
  app.post('/budget-units/:id/projects', { schema: createProjectSchema, config: write }, async (request, reply) =>
    reply.code(201).send(await createProject(storeOf(app), dataScope(request), actor(request), request.params.id, request.body)),
  );
  app.put('/procurement-projects/:id', { schema: updateProjectSchema, config: write }, async (request) =>
    updateProject(storeOf(app), dataScope(request), actor(request), request.params.id, request.body),
  );
  app.delete('/procurement-projects/:id', { schema: deleteProjectSchema, config: write }, async (request, reply) => {
    await deleteProject(storeOf(app), dataScope(request), actor(request), request.params.id);
    return reply.code(204).send();
  });

  const reports = access(REPORT_READERS);
  app.get('/set-aside/report', { schema: getSetAsideReportSchema, config: reports }, async (request) =>
    getSetAsideReport(storeOf(app), dataScope(request), request.query, request.lang),
  );
  app.get('/set-aside/report/xlsx', { schema: exportSetAsideReportSchema, config: reports }, async (request, reply) =>
    sendXlsx(reply, await loadReport(storeOf(app), dataScope(request), request.query), request.lang),
  );
  app.get('/set-aside/report/pdf', { schema: exportSetAsidePdfSchema, config: reports }, async (request, reply) =>
    sendPdf(reply, await loadReport(storeOf(app), dataScope(request), request.query), request.lang),
  );
  app.post('/set-aside/reports', { schema: publishSetAsideReportSchema, config: access(REPORT_PUBLISHERS) }, async (request, reply) =>
    reply.code(201).send(await publishSetAsideReport(storeOf(app), dataScope(request), actor(request), request.body, request.lang)),
  );
  app.get('/set-aside/reports', { schema: listPublishedReportsSchema, config: reports }, async (request) =>
    listPublishedReports(storeOf(app), dataScope(request), request.query),
  );
  app.get('/set-aside/reports/:id', { schema: getPublishedReportSchema, config: reports }, async (request) =>
    getPublishedReport(storeOf(app), dataScope(request), request.params.id, request.lang),
  );
  app.get('/set-aside/reports/:id/xlsx', { schema: exportPublishedReportSchema, config: reports }, async (request, reply) => {
    const published = await storeOf(app).setAside.getPublished(request.params.id, { scope: dataScope(request) });
    return sendXlsx(reply, published.report, request.lang, published.version);
  });
  app.get('/set-aside/reports/:id/pdf', { schema: exportPublishedPdfSchema, config: reports }, async (request, reply) => {
    const published = await storeOf(app).setAside.getPublished(request.params.id, { scope: dataScope(request) });
    return sendPdf(reply, published.report, request.lang, published);
  });
}
