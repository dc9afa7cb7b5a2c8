import { useTranslation } from 'react-i18next';
import type { SetAsideState } from '../../../api/set-aside-types.ts';
import { Tag, type TagColour } from '../../../components/tag.tsx';

const COLOURS: Readonly<Record<SetAsideState, TagColour>> = {
  meets: 'success',
  below_with_reason: 'warning',
  below_without_reason: 'error',
  no_budget_recorded: 'default',
  not_computable: 'orange',
};

/** The set-aside state of a unit-year as a coloured label. */
export function StateTag({ state }: { state: SetAsideState }) {
  const { t } = useTranslation('procurement');
  return (
    <span data-testid="set-aside-state" data-state={state}>
      <Tag color={COLOURS[state]}>{t(`setAside.state.${state}`)}</Tag>
    </span>
  );
}
