import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiIndustryCode, INDUSTRY_CODES, type IndustryCode, searchIndustries } from '../data/industries.ts';
import { INDUSTRY_GROUPS, type IndustryGroup } from '../data/industry-groups.ts';
import { isLang, type Lang } from '../i18n/languages.ts';
import { ChoiceSwitch } from './choice-switch.tsx';

const GROUP_SET = new Set<string>(INDUSTRY_GROUPS);
const BY_API_CODE = new Map(INDUSTRY_CODES.map((c) => [apiIndustryCode(c), c]));

/** The code entry of an `industry` value (`C33`, `K7010`, `F`), if it is one. */
export function industryCodeOf(value: string | undefined): IndustryCode | undefined {
  return value === undefined ? undefined : BY_API_CODE.get(value.toUpperCase());
}

/** The name of an `industry` value in `lang`: the group's name, or the code and its GB/T 4754 name. */
export function useIndustryName(): (value: string) => string {
  const { t, i18n } = useTranslation('industry');
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'zh-CN';
  return (value: string) => {
    if (GROUP_SET.has(value)) return t(`group.${value}`);
    const c = industryCodeOf(value);
    return c ? `${apiIndustryCode(c)} ${c.names[lang]}` : value;
  };
}

interface Props {
  readonly id?: string;
  readonly value?: string;
  readonly onChange?: (value: string | undefined) => void;
  readonly 'aria-describedby'?: string;
}

/**
 * Chooses the industry: one of the 16 groups of the size standard, or a GB/T 4754-2011 section,
 * division or real-estate class found by its code or by its name in any of the three languages. The
 * value is what the API takes (`industry`, `C33`, `K7010`).
 */
export function IndustryPicker({ id, value, onChange, ...rest }: Props) {
  const { t, i18n } = useTranslation('industry');
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'zh-CN';
  const [mode, setMode] = useState<'group' | 'code'>(value !== undefined && !GROUP_SET.has(value) ? 'code' : 'group');
  const [query, setQuery] = useState('');

  const groupOptions = useMemo(() => INDUSTRY_GROUPS.map((g) => ({ value: g, label: t(`group.${g}`) })), [t]);
  const codeOptions = useMemo(() => {
    const list = query.trim() === '' ? INDUSTRY_CODES : searchIndustries(query, 60);
    return list.map((c) => ({
      value: apiIndustryCode(c),
      label: `${c.level === 'section' ? c.code : apiIndustryCode(c)}  ${c.names[lang]}`,
      title: `${apiIndustryCode(c)} ${c.names[lang]}`,
    }));
  }, [query, lang]);

  const chosen = industryCodeOf(value);
  const group: IndustryGroup | null | undefined = chosen ? chosen.group : undefined;

  return (
    <div>
      <div className="xw-no-print" style={{ marginBottom: 8 }}>
        <ChoiceSwitch<'group' | 'code'>
          legend={t('pickBy')}
          hideLegend
          value={mode}
          testId="industry-mode"
          onChange={(m) => {
            setMode(m);
            onChange?.(undefined);
          }}
          options={[
            { value: 'group', label: t('byGroup') },
            { value: 'code', label: t('byCode') },
          ]}
        />
      </div>
      {mode === 'group' ? (
        <Select
          id={id}
          value={value !== undefined && GROUP_SET.has(value) ? value : undefined}
          onChange={(v: string) => onChange?.(v)}
          options={groupOptions}
          placeholder={t('groupPlaceholder')}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: '100%' }}
          aria-describedby={rest['aria-describedby']}
          data-testid="industry-group"
        />
      ) : (
        <Select
          id={id}
          value={value !== undefined && !GROUP_SET.has(value) ? value : undefined}
          onChange={(v: string) => {
            onChange?.(v);
            setQuery('');
          }}
          options={codeOptions}
          placeholder={t('codePlaceholder')}
          showSearch={{ filterOption: false, onSearch: setQuery, searchValue: query }}
          notFoundContent={t('noCode')}
          style={{ width: '100%' }}
          aria-describedby={rest['aria-describedby']}
          data-testid="industry-code"
          virtual={false}
        />
      )}
      {mode === 'code' && chosen && (
        <span
          className={group ? 'xw-secondary' : 'xw-warning-text'}
          style={{ display: 'block', marginTop: 4 }}
          data-testid="industry-maps-to"
        >
          {group ? t('mapsTo', { group: t(`group.${group}`) }) : t('notCovered')}
        </span>
      )}
    </div>
  );
}
