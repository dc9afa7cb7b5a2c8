import catalogue from '../locales/zh-CN/catalogue.json' with { type: 'json' };
import common from '../locales/zh-CN/common.json' with { type: 'json' };
import entitlements from '../locales/zh-CN/entitlements.json' with { type: 'json' };
import industry from '../locales/zh-CN/industry.json' with { type: 'json' };
import selfCheck from '../locales/zh-CN/selfCheck.json' with { type: 'json' };

/** The strings of zh-CN, by namespace (loaded only when the language is used). */
export default { common, industry, selfCheck, entitlements, catalogue };
