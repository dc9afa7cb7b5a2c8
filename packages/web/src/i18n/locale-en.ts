import catalogue from '../locales/en/catalogue.json' with { type: 'json' };
import common from '../locales/en/common.json' with { type: 'json' };
import entitlements from '../locales/en/entitlements.json' with { type: 'json' };
import industry from '../locales/en/industry.json' with { type: 'json' };
import selfCheck from '../locales/en/selfCheck.json' with { type: 'json' };

/** The strings of en, by namespace (loaded only when the language is used). */
export default { common, industry, selfCheck, entitlements, catalogue };
