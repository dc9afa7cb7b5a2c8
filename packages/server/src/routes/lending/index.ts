import multipart from '@fastify/multipart';
import type { TypedApp } from '../../http/typed-app.ts';
import { dataScope, storeOf } from '../enterprises/registry-context.ts';
import { dashboardPdf } from './dashboard-pdf.ts';
import { exportDashboard } from './export-dashboard.ts';
import { fileReports, submitReports } from './file-reports.ts';
import { getReport } from './get-report.ts';
import {
  dashboardPdfSchema,
  dashboardSchema,
  exportDashboardSchema,
  exportLoansSchema,
  fileReportSchema,
  getReportSchema,
  listBanksSchema,
  listLoansSchema,
  listReportsSchema,
  templateSchema,
  uploadLoansSchema,
  uploadReportsSchema,
} from './lending.schema.ts';
import { DASHBOARD_READERS, LENDING_FILERS, LENDING_READERS, sourceOf } from './lending-access.ts';
import { lendingDashboard } from './lending-dashboard.ts';
import { listReports } from './list-reports.ts';
import { exportLoans, listLoans, uploadLoans } from './loans.ts';
import { readLendingUpload } from './read-lending-upload.ts';
import { reportTemplate } from './report-template.ts';

/**
 * Lending (issue 6; Guofa [2012] No. 14 items 07 and 11): banks file quarterly small/micro lending reports
 * (JSON or a file) checked by the policy's "two not lower than"; officers read the banks of their region on
 * a dashboard; loan records are checked for fee conduct and the stamp-duty exemption.
 */
export async function lendingRoutes(app: TypedApp): Promise<void> {
  await app.register(multipart, { limits: { fileSize: app.serverConfig.uploadLimit, files: 1, fields: 5, parts: 6 } });
  const filers = { access: { roles: LENDING_FILERS } };
  const readers = { access: { roles: LENDING_READERS } };
  const dashboard = { access: { roles: DASHBOARD_READERS } };
  const upload = { bodyLimit: app.serverConfig.uploadLimit };

  app.get('/lending/banks', { schema: listBanksSchema, config: readers }, async (request) => {
    const banks = await storeOf(app).banks.list({ scope: dataScope(request) });
    return { items: banks.map((b) => ({ id: b.id, name: b.name, region_code: b.regionCode })) };
  });
  app.post('/lending/reports', { schema: fileReportSchema, config: filers }, async (request, reply) =>
    reply.code(201).send(await fileReports(storeOf(app), request, sourceOf(request))),
  );
  app.post('/lending/reports/upload', { schema: uploadReportsSchema, config: filers, ...upload }, async (request, reply) => {
    const store = storeOf(app);
    const { records } = await readLendingUpload(request);
    return reply.code(201).send(await submitReports(store, request, records, 'excel', 'file'));
  });
  app.get('/lending/reports/template', { schema: templateSchema, config: filers }, async (request, reply) =>
    reportTemplate(request.lang, reply),
  );
  app.get('/lending/reports', { schema: listReportsSchema, config: readers }, async (request) =>
    listReports(storeOf(app), dataScope(request), request.query, request.lang),
  );
  app.get('/lending/reports/:bank/:year/:quarter', { schema: getReportSchema, config: readers }, async (request) =>
    getReport(storeOf(app), dataScope(request), request.params, request.lang),
  );
  app.get('/lending/dashboard', { schema: dashboardSchema, config: dashboard }, async (request) =>
    lendingDashboard(storeOf(app), dataScope(request), request.query, request.lang),
  );
  app.get('/lending/dashboard/export', { schema: exportDashboardSchema, config: dashboard }, async (request, reply) =>
    exportDashboard(storeOf(app), dataScope(request), request.query, request.lang, reply),
  );
  app.get('/lending/dashboard/pdf', { schema: dashboardPdfSchema, config: dashboard }, async (request, reply) =>
    dashboardPdf(storeOf(app), dataScope(request), request.query, request.lang, reply),
  );
  app.post('/lending/loans/upload', { schema: uploadLoansSchema, config: filers, ...upload }, async (request, reply) =>
    reply.code(201).send(await uploadLoans(storeOf(app), request)),
  );
  app.get('/lending/loans', { schema: listLoansSchema, config: readers }, async (request) =>
    listLoans(storeOf(app), dataScope(request), request.query),
  );
  app.get('/lending/loans/export', { schema: exportLoansSchema, config: readers }, async (request, reply) =>
    exportLoans(storeOf(app), dataScope(request), request.query, request.lang, reply),
  );
}
