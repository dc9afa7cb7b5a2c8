import { DeleteOutlined, PlayCircleOutlined, PlusOutlined, SaveOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Input, InputNumber, Progress, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiDelete, apiGet, apiPost, apiPut } from '../../api/client.ts';
import type { ParameterTreeItem } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { measureIndex, useMeasures } from '../../api/use-measures.ts';
import { ApiErrorResult } from '../../components/api-error-result.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Panel } from '../../components/panel.tsx';
import { currentLang } from '../../i18n/index.ts';
import { INTL_LOCALE } from '../../i18n/languages.ts';
import { ChangeRow, type MeasureOption } from './change-row.tsx';
import { pickerTree } from './parameter-tree.ts';
import { ResultsView } from './results-view.tsx';
import { bodyOf, type ChangeDraft, draftOf, emptyDraft, newChange, type ScenarioDraft } from './scenario-draft.ts';
import { useSimulationRun } from './use-simulation-run.ts';
import type { SavedScenario } from './what-if-types.ts';
import './what-if.css';

/** The year a new scenario starts with: the first year the demo registry's figures reach beyond the law's last change. */
const DEFAULT_YEAR = 2016;

const errorOf = (e: unknown) => (e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message));

/**
 * What if the law were different (issue 15): an analyst or officer builds a scenario from the parameter tree
 * (a dated value changed, a measure switched off, a later document's values applied to an earlier year),
 * names, saves and shares it, and runs it over the registry in their scope for a year — on the server's
 * worker threads, with a progress bar and cancel — to see the cost in exact yuan, who gains and who loses.
 */
export default function WhatIfPage() {
  const { t } = useTranslation('whatIf');
  const lang = currentLang();
  const [listAttempt, setListAttempt] = useState(0);
  const list = useApi(`${lang}-${listAttempt}`, (signal) => apiGet<SavedScenario[]>('/api/v1/scenarios', { lang, signal }));
  const [selected, setSelected] = useState<SavedScenario | null>(null);
  const [draft, setDraft] = useState<ScenarioDraft>(() => emptyDraft(DEFAULT_YEAR));
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [year, setYear] = useState<number>(DEFAULT_YEAR);
  const sim = useSimulationRun(lang);

  const at = `${draft.baseYear}-01-01`;
  const tree = useApi(/^\d{4}$/.test(String(draft.baseYear)) ? `${lang}-${at}` : null, (signal) =>
    apiGet<ParameterTreeItem>('/api/v1/parameters', { lang, signal, query: { at } }),
  );
  const none = t('change.none');
  const leaves = useMemo(() => (tree.data ? pickerTree(tree.data, lang, none, false) : []), [tree.data, lang, none]);
  const groups = useMemo(() => (tree.data ? pickerTree(tree.data, lang, none, true) : []), [tree.data, lang, none]);
  const catalogue = useMeasures(lang);
  const measures: MeasureOption[] = useMemo(
    () =>
      [...measureIndex(catalogue.data?.measures ?? []).values()]
        .filter((m) => m.measure.variables.length > 0)
        .map((m) => ({ value: m.measure.id, label: `${m.measure.id} ${m.measure.title}` })),
    [catalogue.data],
  );

  const edit = (patch: Partial<ScenarioDraft>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const setChange = (i: number, c: ChangeDraft) => edit({ changes: draft.changes.map((x, k) => (k === i ? c : x)) });
  const open = (s: SavedScenario | null) => {
    setSelected(s);
    setSaveError(null);
    setSaved(false);
    setDraft(s ? draftOf(s) : emptyDraft(DEFAULT_YEAR));
    setYear(s ? s.base_year : DEFAULT_YEAR);
  };

  const save = async (): Promise<SavedScenario | null> => {
    setSaving(true);
    setSaveError(null);
    try {
      const body = bodyOf(draft);
      const s =
        selected?.owned === true
          ? await apiPut<SavedScenario>(`/api/v1/scenarios/${encodeURIComponent(selected.id)}`, body, { lang })
          : await apiPost<SavedScenario>('/api/v1/scenarios', body, { lang });
      setSelected(s);
      setSaved(true);
      setListAttempt((a) => a + 1);
      return s;
    } catch (e) {
      setSaveError(errorOf(e));
      return null;
    } finally {
      setSaving(false);
    }
  };
  const remove = async () => {
    if (!selected?.owned) return;
    try {
      await apiDelete(`/api/v1/scenarios/${encodeURIComponent(selected.id)}`, { lang });
      open(null);
      setListAttempt((a) => a + 1);
    } catch (e) {
      setSaveError(errorOf(e));
    }
  };
  /** Runs what is on screen: saved first when changed (a run reads the saved scenario). */
  const runIt = async () => {
    const s = saved && selected ? selected : await save();
    if (s) await sim.start(s.id, year);
  };

  const run = sim.run;
  const running = run !== null && (run.status === 'reading' || run.status === 'running');
  const percent = run && run.total > 0 ? Math.floor((100 * run.done) / run.total) : 0;
  const count = (n: number) => new Intl.NumberFormat(INTL_LOCALE[lang]).format(n);

  return (
    <div>
      <PageHeader title={t('title')} description={t('description')} />
      <Panel title={t('saved.title')} testId="what-if-saved">
        {list.status === 'error' ? (
          <ApiErrorResult error={list.error} onRetry={() => setListAttempt((a) => a + 1)} />
        ) : (
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
            <label htmlFor="what-if-open">{t('saved.open')}</label>
            <Select
              id="what-if-open"
              data-testid="what-if-open"
              style={{ minWidth: 280 }}
              value={selected?.id}
              placeholder={list.data && list.data.length === 0 ? t('saved.none') : t('saved.choose')}
              onChange={(id: string) => open(list.data?.find((s) => s.id === id) ?? null)}
              options={(list.data ?? []).map((s) => ({
                value: s.id,
                label: `${s.name} (${s.base_year})${s.owned ? '' : ` · ${t('saved.sharedWithYou')}`}`,
              }))}
            />
            <Button icon={<PlusOutlined />} onClick={() => open(null)} data-testid="what-if-new">
              {t('saved.new')}
            </Button>
          </div>
        )}
      </Panel>

      <Panel title={selected ? t('editor.editTitle', { name: selected.name }) : t('editor.newTitle')} testId="what-if-editor">
        {selected && !selected.owned && <Alert type="info" showIcon title={t('editor.notOwned')} style={{ marginBottom: 12 }} />}
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end' }}>
          <div style={{ display: 'flex', flexDirection: 'column', gap: 2, flex: '1 1 280px' }}>
            <label htmlFor="what-if-name">{t('editor.name')}</label>
            <Input
              id="what-if-name"
              data-testid="what-if-name"
              value={draft.name}
              maxLength={200}
              onChange={(e) => edit({ name: e.target.value })}
            />
          </div>
          <div style={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
            <label htmlFor="what-if-base-year">{t('editor.baseYear')}</label>
            <InputNumber
              id="what-if-base-year"
              data-testid="what-if-base-year"
              min={2008}
              max={2035}
              precision={0}
              value={draft.baseYear}
              onChange={(v) => {
                if (typeof v === 'number') {
                  edit({ baseYear: v });
                  setYear(v);
                }
              }}
            />
          </div>
          <Checkbox checked={draft.shared} onChange={(e) => edit({ shared: e.target.checked })} data-testid="what-if-shared">
            {t('editor.shared')}
          </Checkbox>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 2, marginTop: 12 }}>
          <label htmlFor="what-if-description">{t('editor.description')}</label>
          <Input.TextArea
            id="what-if-description"
            rows={2}
            maxLength={2000}
            value={draft.description}
            onChange={(e) => edit({ description: e.target.value })}
          />
        </div>
        <h3 style={{ marginTop: 16 }}>{t('editor.changes')}</h3>
        {tree.status === 'error' && <ApiErrorResult error={tree.error} />}
        {draft.changes.map((c, i) => (
          <ChangeRow
            key={c.key}
            change={c}
            row={i + 1}
            lang={lang}
            tree={tree.data}
            leaves={leaves}
            groups={groups}
            measures={measures}
            onChange={(x) => setChange(i, x)}
            onRemove={() => edit({ changes: draft.changes.filter((_, k) => k !== i) })}
          />
        ))}
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginTop: 12 }}>
          <Button
            icon={<PlusOutlined />}
            onClick={() => edit({ changes: [...draft.changes, newChange('parameter', draft.baseYear)] })}
            data-testid="what-if-add-change"
          >
            {t('editor.addChange')}
          </Button>
          <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={() => void save()} data-testid="what-if-save">
            {selected?.owned ? t('editor.update') : t('editor.save')}
          </Button>
          {selected?.owned && (
            <Button icon={<DeleteOutlined />} onClick={() => void remove()} data-testid="what-if-delete">
              {t('editor.delete')}
            </Button>
          )}
          {saved && (
            <span role="status" data-testid="what-if-saved-note" style={{ alignSelf: 'center' }}>
              {t('editor.savedNote')}
            </span>
          )}
        </div>
        {saveError && (
          <div style={{ marginTop: 12 }}>
            <ApiErrorResult error={saveError} />
          </div>
        )}
      </Panel>

      <Panel title={t('run.title')} testId="what-if-run">
        <p className="xw-secondary">{t('run.scope')}</p>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end' }}>
          <div style={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
            <label htmlFor="what-if-year">{t('run.year')}</label>
            <InputNumber
              id="what-if-year"
              data-testid="what-if-year"
              min={2008}
              max={2035}
              precision={0}
              value={year}
              onChange={(v) => typeof v === 'number' && setYear(v)}
            />
          </div>
          <Button
            type="primary"
            icon={<PlayCircleOutlined />}
            disabled={running || saving}
            onClick={() => void runIt()}
            data-testid="what-if-start"
          >
            {t('run.start')}
          </Button>
          {running && (
            <Button icon={<StopOutlined />} onClick={() => void sim.cancel()} data-testid="what-if-cancel">
              {t('run.cancel')}
            </Button>
          )}
        </div>
        {run && (
          <div style={{ marginTop: 12 }} data-testid="what-if-progress" data-status={run.status}>
            <Progress
              percent={run.status === 'completed' ? 100 : percent}
              status={run.status === 'failed' || run.status === 'cancelled' ? 'exception' : running ? 'active' : 'success'}
              aria-label={t('run.progressLabel')}
            />
            <span role="status">
              {t(`run.status.${run.status}`, { done: count(run.done), total: count(run.total) })}
              {run.error ? `: ${run.error.message}` : ''}
            </span>
          </div>
        )}
        {sim.error && <ApiErrorResult error={sim.error} />}
      </Panel>

      {run?.status === 'completed' && run.result && <ResultsView run={{ ...run, result: run.result }} lang={lang} />}
    </div>
  );
}
