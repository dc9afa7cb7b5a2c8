import { DeleteOutlined } from '@ant-design/icons';
import { Button, Input, Select, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../../api/client.ts';
import type { ParameterAnswer, ParameterTreeItem } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import type { Lang } from '../../i18n/languages.ts';
import { formatParameterValue } from '../public/measure/parameter-value.ts';
import { findLeaf, type PickerNode } from './parameter-tree.ts';
import type { ChangeDraft } from './scenario-draft.ts';

export interface MeasureOption {
  readonly value: string;
  readonly label: string;
}

const field = { display: 'flex', flexDirection: 'column', gap: 2 } as const;

/**
 * One change of the scenario: a dated parameter (picked from the parameter tree, its value in force shown,
 * and its dated history once picked), a measure switched off, or a later document's values applied to an
 * earlier stretch. `row` is the change's number from 1 (the server's problems name it).
 */
export function ChangeRow({
  change,
  row,
  lang,
  tree,
  leaves,
  groups,
  measures,
  onChange,
  onRemove,
}: {
  change: ChangeDraft;
  row: number;
  lang: Lang;
  tree: ParameterTreeItem | undefined;
  leaves: PickerNode[];
  groups: PickerNode[];
  measures: readonly MeasureOption[];
  onChange: (c: ChangeDraft) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('whatIf');
  const id = (name: string) => `change-${row}-${name}`;
  const set = (patch: Partial<ChangeDraft>) => onChange({ ...change, ...patch });
  const date = (name: 'from' | 'until' | 'source', label: string) => (
    <div style={field}>
      <label htmlFor={id(name)}>{label}</label>
      <Input id={id(name)} data-testid={id(name)} type="date" value={change[name]} onChange={(e) => set({ [name]: e.target.value })} />
    </div>
  );
  const filter = (input: string, node: object) =>
    'search' in node && typeof node.search === 'string' && node.search.includes(input.trim().toLowerCase());
  const leaf = change.kind === 'parameter' && tree && change.path !== '' ? findLeaf(tree, change.path) : undefined;

  return (
    <fieldset className="xw-what-if-change" data-testid={`change-${row}`}>
      <legend>{t('change.legend', { row })}</legend>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end' }}>
        <div style={field}>
          <label htmlFor={id('kind')}>{t('change.kind')}</label>
          <Select
            id={id('kind')}
            data-testid={id('kind')}
            style={{ width: 220 }}
            value={change.kind}
            onChange={(kind) => set({ kind, path: '', value: '', measure: '' })}
            options={(['parameter', 'measure_off', 'copy_values'] as const).map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          />
        </div>
        {change.kind === 'parameter' && (
          <>
            <div style={{ ...field, flex: '1 1 320px', minWidth: 0 }}>
              <label htmlFor={id('path')}>{t('change.parameter')}</label>
              <TreeSelect
                id={id('path')}
                data-testid={id('path')}
                showSearch
                value={change.path === '' ? undefined : change.path}
                placeholder={t('change.parameterPlaceholder')}
                treeData={leaves}
                filterTreeNode={filter}
                treeNodeFilterProp="search"
                popupMatchSelectWidth={false}
                onChange={(path: string) => set({ path: path ?? '' })}
              />
            </div>
            <div style={field}>
              <label htmlFor={id('value')}>{leaf?.unit === 'currency' ? t('change.valueYuan') : t('change.value')}</label>
              {leaf?.unit === 'boolean' || typeof leaf?.value === 'boolean' ? (
                <Select
                  id={id('value')}
                  data-testid={id('value')}
                  style={{ width: 140 }}
                  value={change.value === '' ? undefined : change.value}
                  onChange={(value) => set({ value })}
                  options={[
                    { value: 'true', label: t('change.yes') },
                    { value: 'false', label: t('change.no') },
                  ]}
                />
              ) : (
                <Input
                  id={id('value')}
                  data-testid={id('value')}
                  inputMode="decimal"
                  style={{ width: 160 }}
                  value={change.value}
                  onChange={(e) => set({ value: e.target.value })}
                />
              )}
            </div>
          </>
        )}
        {change.kind === 'measure_off' && (
          <div style={{ ...field, flex: '1 1 320px', minWidth: 0 }}>
            <label htmlFor={id('measure')}>{t('change.measure')}</label>
            <Select
              id={id('measure')}
              data-testid={id('measure')}
              showSearch
              optionFilterProp="label"
              value={change.measure === '' ? undefined : change.measure}
              onChange={(measure) => set({ measure })}
              options={[...measures]}
            />
          </div>
        )}
        {change.kind === 'copy_values' && (
          <>
            {date('source', t('change.source'))}
            <div style={{ ...field, flex: '1 1 280px', minWidth: 0 }}>
              <label htmlFor={id('path')}>{t('change.group')}</label>
              <TreeSelect
                id={id('path')}
                data-testid={id('path')}
                showSearch
                allowClear
                value={change.path === '' ? undefined : change.path}
                placeholder={t('change.wholeTree')}
                treeData={groups}
                filterTreeNode={filter}
                treeNodeFilterProp="search"
                popupMatchSelectWidth={false}
                onChange={(path?: string) => set({ path: path ?? '' })}
              />
            </div>
          </>
        )}
        {date('from', t('change.from'))}
        {date('until', t('change.until'))}
        <Button icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('change.remove', { row })} data-testid={id('remove')} />
      </div>
      {change.kind === 'parameter' && change.path !== '' && <ParameterValues path={change.path} lang={lang} />}
    </fieldset>
  );
}

/** The picked parameter's dated values (GET /api/v1/parameters/{path}): what the law says and since when. */
function ParameterValues({ path, lang }: { path: string; lang: Lang }) {
  const { t } = useTranslation('whatIf');
  const history = useApi(`${lang}-${path}`, (signal) =>
    apiGet<ParameterAnswer>(`/api/v1/parameters/${encodeURIComponent(path)}`, { lang, signal }),
  );
  const h = history.data;
  // A picked parameter answers its history; anything else (a folder's subtree) has no values to show.
  if (h === undefined || !('values' in h) || !h.values) return null;
  return (
    <div className="xw-secondary" data-testid="parameter-history" style={{ marginTop: 8 }}>
      <span>{t('change.history')}</span>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
        {h.values.map((v) => (
          <li key={v.start}>
            {v.end ? t('change.span', { from: v.start, until: v.end }) : t('change.since', { from: v.start })}:{' '}
            <strong>{formatParameterValue(v.value, h.unit, lang, t('change.none'))}</strong>
            {v.references.length > 0 && <span> ({v.references.map((r) => r.document).join('; ')})</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
