import { Alert, Button, Popconfirm, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { ApiError } from '../../../api/client.ts';
import { apiDelete } from '../../../api/client.ts';
import type { Project } from '../../../api/set-aside-types.ts';
import { useSession } from '../../../app/session.tsx';
import { ApiErrorResult } from '../../../components/api-error-result.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoading } from '../../../components/page-loading.tsx';
import { Panel } from '../../../components/panel.tsx';
import { type SimpleColumn, SimpleTable } from '../../../components/simple-table.tsx';
import { formatYuan } from '../../../i18n/format.ts';
import { currentLang } from '../../../i18n/index.ts';
import { ProblemList } from './problem-list.tsx';
import { ProjectForm } from './project-form.tsx';
import { StatusPanel } from './status-panel.tsx';
import { useBudgetUnit, useUnitYear } from './use-budget-unit.ts';
import { YearBudgetForm } from './year-budget-form.tsx';

/**
 * One budget unit (a procurement user: its own, from the session; officers and analysts: by id from the
 * set-aside dashboard): its years and procurement budgets, the year's projects (reserved for SMEs, for
 * small and micro enterprises, or open) with their awards, and the set-aside status the policy decides,
 * with the explanation and, below the line, the reason the unit records.
 */
export default function BudgetUnitPage() {
  const { t } = useTranslation('procurement');
  const lang = currentLang();
  const { id } = useParams();
  const { state: session } = useSession();
  const role = session.session?.user.role;
  const unitId = id ?? session.session?.scope?.budget_unit_id;
  const [params, setParams] = useSearchParams();
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<Project | 'new' | null>(null);
  const [deleteError, setDeleteError] = useState<ApiError | null>(null);
  const wanted = Number(params.get('year')) || null;
  const unitState = useBudgetUnit(unitId, lang, version);
  const unit = unitState.data;
  const years = unit?.years.map((y) => y.year) ?? [];
  // Without a year in the address: the newest year the unit has recorded.
  const year = wanted ?? (years.length > 0 ? years[years.length - 1] : null);
  const { projects, status } = useUnitYear(unitId, year, lang, version);
  const canWrite = role === 'procurement' || role === 'officer' || role === 'admin';
  const canReason = role === 'procurement' || role === 'admin';
  const reload = () => setVersion((v) => v + 1);
  const chooseYear = (y: number) => setParams({ year: String(y) });

  if (unitId === undefined) return <Alert type="warning" showIcon title={t('budgetUnit.noUnit')} />;
  if (unitState.status === 'error') return <ApiErrorResult error={unitState.error} onRetry={reload} />;
  if (unit === undefined) return <PageLoading />;

  const columns: SimpleColumn<Project>[] = [
    { key: 'name', title: t('budgetUnit.projects.name'), render: (p) => p.name },
    { key: 'budget', title: t('budgetUnit.projects.budget'), align: 'end', render: (p) => formatYuan(p.budget, lang) },
    { key: 'reserved', title: t('budgetUnit.projects.reservedFor'), render: (p) => t(`budgetUnit.reserved.${p.reserved_for}`) },
    {
      key: 'award',
      title: t('budgetUnit.projects.award'),
      render: (p) =>
        p.award
          ? `${p.award.supplier_name ?? ''} (${t(`budgetUnit.size.${p.award.size_class}`)}) ${formatYuan(p.award.amount, lang)}`
          : t('budgetUnit.projects.notAwarded'),
    },
    ...(canWrite
      ? [
          {
            key: 'actions',
            title: t('budgetUnit.projects.actions'),
            render: (p: Project) => (
              <span className="xw-row" style={{ gap: 4 }}>
                <Button size="small" onClick={() => setEditing(p)} data-testid={`edit-${p.id}`}>
                  {t('budgetUnit.projects.edit')}
                </Button>
                <Popconfirm
                  title={t('budgetUnit.projects.confirmDelete')}
                  okText={t('budgetUnit.projects.delete')}
                  cancelText={t('budgetUnit.projects.cancel')}
                  onConfirm={async () => {
                    setDeleteError(null);
                    try {
                      await apiDelete(`/api/v1/procurement-projects/${encodeURIComponent(p.id)}`, { lang });
                      reload();
                    } catch (e) {
                      setDeleteError(e as ApiError);
                    }
                  }}
                >
                  <Button size="small">{t('budgetUnit.projects.delete')}</Button>
                </Popconfirm>
              </span>
            ),
          } as SimpleColumn<Project>,
        ]
      : []),
  ];

  return (
    <div data-testid="budget-unit" data-unit={unit.id}>
      <PageHeader
        title={id === undefined ? t('budgetUnit.title') : t('budgetUnit.titleOf', { name: unit.name })}
        description={t('budgetUnit.description', { name: unit.name, id: unit.id, region: unit.region_code })}
        extra={
          years.length > 0 ? (
            <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
              <label htmlFor="unit-year">{t('budgetUnit.year')}</label>
              <Select
                id="unit-year"
                value={year ?? undefined}
                style={{ width: 110 }}
                onChange={chooseYear}
                options={years.map((y) => ({ value: y, label: String(y) }))}
              />
            </span>
          ) : undefined
        }
      />
      {canWrite && (
        <Panel title={t('budgetUnit.budgetTitle')} testId="budget-panel">
          <YearBudgetForm
            key={`${year}|${version}`}
            unitId={unit.id}
            year={year}
            budget={unit.years.find((y) => y.year === year)?.procurement_budget}
            lang={lang}
            onSaved={(y) => {
              reload();
              chooseYear(y);
            }}
          />
        </Panel>
      )}
      {year === null ? (
        <Alert type="info" showIcon title={t('budgetUnit.noYears')} />
      ) : (
        <div className="xw-chart-grid">
          {status.status === 'error' ? (
            <ApiErrorResult error={status.error} onRetry={reload} />
          ) : status.data === undefined ? (
            <PageLoading />
          ) : (
            <StatusPanel
              key={`${year}|${status.data.state}|${status.data.shortfall_reason ?? ''}`}
              unitId={unit.id}
              status={status.data}
              canRecordReason={canReason}
              lang={lang}
              onSaved={reload}
            />
          )}
          <Panel
            title={t('budgetUnit.projects.title', { year })}
            testId="projects"
            extra={
              canWrite ? (
                <Button type="primary" size="small" onClick={() => setEditing('new')} data-testid="add-project">
                  {t('budgetUnit.projects.add')}
                </Button>
              ) : undefined
            }
          >
            {deleteError && <Alert type="error" showIcon title={deleteError.message} description={<ProblemList error={deleteError} />} />}
            {projects.status === 'error' ? (
              <ApiErrorResult error={projects.error} onRetry={reload} />
            ) : projects.data === undefined ? (
              <PageLoading />
            ) : (
              <SimpleTable
                columns={columns}
                rows={projects.data}
                rowKey={(p) => p.id}
                testId="projects-table"
                empty={t('budgetUnit.projects.none')}
              />
            )}
          </Panel>
        </div>
      )}
      {editing !== null && year !== null && (
        <ProjectForm
          unitId={unit.id}
          year={year}
          project={editing === 'new' ? null : editing}
          lang={lang}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      )}
    </div>
  );
}
