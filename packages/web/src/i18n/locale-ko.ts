import catalogue from '../locales/ko/catalogue.json' with { type: 'json' };
import common from '../locales/ko/common.json' with { type: 'json' };
import entitlements from '../locales/ko/entitlements.json' with { type: 'json' };
import industry from '../locales/ko/industry.json' with { type: 'json' };
import selfCheck from '../locales/ko/selfCheck.json' with { type: 'json' };

/** The strings of ko, by namespace (loaded only when the language is used). */
export default { common, industry, selfCheck, entitlements, catalogue };
