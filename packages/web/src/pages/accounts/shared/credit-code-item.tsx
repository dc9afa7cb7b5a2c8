import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../../i18n/index.ts';
import { creditCodeRule } from './credit-code-rule.ts';

/** The credit-code field of the enterprise sign-in and activation forms, checked as typed (GB 32100-2015). */
export function CreditCodeItem() {
  const { t } = useTranslation('accounts');
  return (
    <Form.Item
      name="credit_code"
      label={t('signIn.creditCode')}
      extra={t('signIn.creditCodeHint')}
      rules={[creditCodeRule(currentLang(), t('signIn.required'))]}
      validateTrigger="onBlur"
    >
      <Input id="credit_code" autoComplete="username" maxLength={24} />
    </Form.Item>
  );
}
