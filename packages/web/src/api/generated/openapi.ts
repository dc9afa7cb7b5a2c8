/**
 * Generated from the service's OpenAPI document by packages/web/scripts/api-types.ts: do not edit.
 * Regenerate with `npm run api-types -w packages/web` after changing a route's schema.
 */
export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness of the service and its database */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            policy_version: string;
                            parameter_hash: string;
                            /**
                             * @description none: running without a database (engine routes only).
                             * @enum {string}
                             */
                            store: "none" | "ok";
                            backend?: string;
                            uptime_s: number;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/classify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Size class of one enterprise or a batch, with the explanation
         * @description The size class (large / medium / small / micro) under the 2011 SME size standard (工信部联企业〔2011〕300号) from `industry` (a group code such as `retail` or a GB/T 4754-2011 code such as `C3311`), `employees`, `revenue` and `total_assets` (yuan), with the bounds that decided it, explained in the user language.
         */
        post: {
            parameters: {
                query?: {
                    /**
                     * @description Year of the figures (default: the current year).
                     * @example 2015
                     */
                    period?: string;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EnterpriseInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            period: string;
                            policy_version: string;
                            parameter_hash: string;
                            result?: {
                                id: string | number | null;
                                name?: string;
                                industry: string;
                                /**
                                 * @description Size-standard industry group (300号 art. 3).
                                 * @enum {string}
                                 */
                                industry_group: "agriculture" | "industry" | "construction" | "wholesale" | "retail" | "transport" | "warehousing" | "postal" | "accommodation" | "catering" | "information_transmission" | "software_it" | "real_estate_development" | "property_management" | "leasing_business_services" | "other";
                                /** @enum {string} */
                                size_class: "large" | "medium" | "small" | "micro";
                                is_small_or_micro: boolean;
                                /** @description Why: for large, the bounds met; otherwise the tier above that was missed and the indicators below its bounds (300号 art. 4). */
                                explanation: {
                                    /** @description The explanation in the user language. */
                                    text: string;
                                    /** @enum {string} */
                                    deciding_tier: "large" | "medium" | "small";
                                    checks: {
                                        /** @enum {string} */
                                        indicator: "employees" | "revenue" | "total_assets";
                                        /** @description Employees as a count; revenue and total assets in yuan, exact to the fen. */
                                        value: number;
                                        /** @description Employees as a count; revenue and total assets in yuan, exact to the fen. */
                                        bound: number;
                                        met: boolean;
                                    }[];
                                };
                            };
                            results?: {
                                id: string | number | null;
                                name?: string;
                                industry: string;
                                /**
                                 * @description Size-standard industry group (300号 art. 3).
                                 * @enum {string}
                                 */
                                industry_group: "agriculture" | "industry" | "construction" | "wholesale" | "retail" | "transport" | "warehousing" | "postal" | "accommodation" | "catering" | "information_transmission" | "software_it" | "real_estate_development" | "property_management" | "leasing_business_services" | "other";
                                /** @enum {string} */
                                size_class: "large" | "medium" | "small" | "micro";
                                is_small_or_micro: boolean;
                                /** @description Why: for large, the bounds met; otherwise the tier above that was missed and the indicators below its bounds (300号 art. 4). */
                                explanation: {
                                    /** @description The explanation in the user language. */
                                    text: string;
                                    /** @enum {string} */
                                    deciding_tier: "large" | "medium" | "small";
                                    checks: {
                                        /** @enum {string} */
                                        indicator: "employees" | "revenue" | "total_assets";
                                        /** @description Employees as a count; revenue and total assets in yuan, exact to the fen. */
                                        value: number;
                                        /** @description Employees as a count; revenue and total assets in yuan, exact to the fen. */
                                        bound: number;
                                        met: boolean;
                                    }[];
                                };
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Evaluate variables of the encoded policy for one record or a batch
         * @description Any variables of the policy (`variables`) for the period (`period`), for one record (its fields at the top level of the body) or a batch (`{"enterprises": [ … ]}`). Outputs of one entity run through a compiled plan cached per (period, variables); outputs that follow links (a loan contract with a nested `borrower`) or aggregate other entities run through a simulation. Every bad value of every record is reported at once and nothing is computed.
         */
        post: {
            parameters: {
                query: {
                    /**
                     * @description Period of the figures: YYYY (a year), YYYY-MM, YYYY-MM-DD or unit:start:size (e.g. month:2013-01:3).
                     * @example 2015
                     */
                    period: string;
                    /** @description Variable ids, comma-separated (`size_class,corporate_income_tax`) or repeated (`variables=a&variables=b`). */
                    variables: string[];
                    /** @description Entity of the records (default enterprise; e.g. loan_contract with a nested borrower). */
                    entity?: string;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RecordsInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entity: string;
                            period: string;
                            variables: string[];
                            policy_version: string;
                            parameter_hash: string;
                            /** @description The record, when one was sent. */
                            result?: {
                                /** @description The id sent with the record (null when none). */
                                id: string | number | null;
                                name?: string;
                                /** @description Each requested variable → its value. */
                                values: {
                                    [key: string]: number | string | boolean;
                                };
                            };
                            /** @description The records of a batch, in order. */
                            results?: {
                                /** @description The id sent with the record (null when none). */
                                id: string | number | null;
                                name?: string;
                                /** @description Each requested variable → its value. */
                                values: {
                                    [key: string]: number | string | boolean;
                                };
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entitlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Every entitlement of one enterprise or a batch: value, why not, what would change, total
         * @description For each enterprise, every entitlement of the encoded measures in force in the year: eligible or not, its value, each condition and — for those not met — the distance to meeting it against the enterprise's own figures, and the whole-package total (schemes that cannot be combined counted once).
         */
        post: {
            parameters: {
                query: {
                    /**
                     * @description Year to assess (e.g. 2013).
                     * @example 2015
                     */
                    period: string;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EnterpriseInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            period: string;
                            policy_version: string;
                            parameter_hash: string;
                            result?: {
                                id: string | number | null;
                                name?: string;
                                /** @description Yuan: the counted values (of schemes that cannot be combined, the largest); amounts pending an input are not in it (`total_excludes`). */
                                total_support_value: number;
                                entitlements: {
                                    /** @description Catalogue id (GET /api/v1/measures/{id}). */
                                    measure: string;
                                    title: string | null;
                                    eligible: boolean;
                                    /** @description Yuan in the year (0 when not eligible). */
                                    value: number;
                                    /** @description Whether the value counts in the total. */
                                    counted: boolean;
                                    conditions: {
                                        variable: string;
                                        label: string;
                                        met: boolean;
                                        threshold?: {
                                            /** @description The variable compared. */
                                            quantity: string;
                                            /** @enum {string} */
                                            op: "<=" | "<" | ">=" | ">";
                                            /** @description Money in yuan, exact to the fen. */
                                            value: number | string | boolean;
                                            /** @description Money in yuan, exact to the fen. */
                                            bound: number | string | boolean;
                                        };
                                        /** @description For an unmet condition: what is wrong and what would change it. */
                                        advice?: string;
                                    }[];
                                    /** @description An input not given that the answer needs: to decide eligibility (`for: eligibility`, `eligible` is then false: not established) or, eligible, to compute the amount (`for: amount`, `value` 0 and not counted). `message` says what to give. */
                                    pending?: {
                                        /** @enum {string} */
                                        for: "eligibility" | "amount";
                                        /** @description The input variable, or the linked records (e.g. loan_contract), not given. */
                                        input: string;
                                        label: string;
                                        /** @description What to give, e.g. "give the taxable income to see the amount". */
                                        message: string;
                                    };
                                }[];
                                /** @description Measures whose rules are not encoded for this period. */
                                not_encoded: string[];
                                /** @description Measures the enterprise is eligible for whose amount is pending an input (see `pending`): not in the total. */
                                total_excludes: string[];
                            };
                            results?: {
                                id: string | number | null;
                                name?: string;
                                /** @description Yuan: the counted values (of schemes that cannot be combined, the largest); amounts pending an input are not in it (`total_excludes`). */
                                total_support_value: number;
                                entitlements: {
                                    /** @description Catalogue id (GET /api/v1/measures/{id}). */
                                    measure: string;
                                    title: string | null;
                                    eligible: boolean;
                                    /** @description Yuan in the year (0 when not eligible). */
                                    value: number;
                                    /** @description Whether the value counts in the total. */
                                    counted: boolean;
                                    conditions: {
                                        variable: string;
                                        label: string;
                                        met: boolean;
                                        threshold?: {
                                            /** @description The variable compared. */
                                            quantity: string;
                                            /** @enum {string} */
                                            op: "<=" | "<" | ">=" | ">";
                                            /** @description Money in yuan, exact to the fen. */
                                            value: number | string | boolean;
                                            /** @description Money in yuan, exact to the fen. */
                                            bound: number | string | boolean;
                                        };
                                        /** @description For an unmet condition: what is wrong and what would change it. */
                                        advice?: string;
                                    }[];
                                    /** @description An input not given that the answer needs: to decide eligibility (`for: eligibility`, `eligible` is then false: not established) or, eligible, to compute the amount (`for: amount`, `value` 0 and not counted). `message` says what to give. */
                                    pending?: {
                                        /** @enum {string} */
                                        for: "eligibility" | "amount";
                                        /** @description The input variable, or the linked records (e.g. loan_contract), not given. */
                                        input: string;
                                        label: string;
                                        /** @description What to give, e.g. "give the taxable income to see the amount". */
                                        message: string;
                                    };
                                }[];
                                /** @description Measures whose rules are not encoded for this period. */
                                not_encoded: string[];
                                /** @description Measures the enterprise is eligible for whose amount is pending an input (see `pending`): not in the total. */
                                total_excludes: string[];
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entitlements/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The entitlement report of one enterprise as a PDF
         * @description The same assessment as POST /api/v1/entitlements for one enterprise (its body and `period`), as a PDF in the user language: the whole-package total, each entitlement with its amount (or what to give to see it) and status, and for those missed why and what would change.
         */
        post: {
            parameters: {
                query: {
                    /**
                     * @description Year to assess (e.g. 2013).
                     * @example 2015
                     */
                    period: string;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EnterpriseInput"];
                };
            };
            responses: {
                /** @description The file (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The trace of any variable for one record
         * @description Evaluates `variable` for the record of the body (one record; linked records nested) with tracing on and returns the tree of formulas, parameter values (each with the window it was in force, its document and confidence) and inputs behind the value, plus the same as indented text in the user language.
         */
        post: {
            parameters: {
                query: {
                    /**
                     * @description Period of the figures: YYYY (a year), YYYY-MM, YYYY-MM-DD or unit:start:size (e.g. month:2013-01:3).
                     * @example 2015
                     */
                    period: string;
                    variable: string;
                    /** @description Entity of the records (default enterprise; e.g. loan_contract with a nested borrower). */
                    entity?: string;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RecordsInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entity: string;
                            variable: string;
                            period: string;
                            policy_version: string;
                            parameter_hash: string;
                            id: string | number | null;
                            value: number | string | boolean;
                            trace: components["schemas"]["TraceNode"];
                            /** @description The trace as indented text in the user language. */
                            text: string;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/procurement/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Price deductions, evaluated prices, scores and ranks of the bids of a tender
         * @description Government procurement for small and micro enterprises (Guofa [2012] No. 14 item 05, 财库〔2011〕181号): one tender, or an array of tenders. `explain=true` adds each bid's trace.
         */
        post: {
            parameters: {
                query?: {
                    explain?: boolean;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description A tender (see the ProcurementTender schema), or an array of tenders. */
            requestBody: {
                content: {
                    "application/json": {
                        id: string | number;
                        /**
                         * Format: date
                         * @description Tender date — 采购项目日期 — 조달 입찰 일자. Required.
                         */
                        date: string | null;
                        /**
                         * @description Procurement type (goods, services, works) — 采购项目类别（货物、服务、工程） — 조달 유형(물품·용역·공사)
                         * @enum {string|null}
                         */
                        procurement_type?: "unspecified" | "goods" | "services" | "works" | null;
                        /** @description Reserved for SMEs — 专门面向中小企业采购 — 중소기업 전용 구매. true/false (also 是/否, yes/no, 1/0). */
                        reserved_for_sme?: boolean | string | number | null;
                        /**
                         * @description Evaluation method — 评标方法 — 평가 방법
                         * @enum {string|null}
                         */
                        method?: "lowest_price" | "comprehensive" | null;
                        /** @description Price weight (points) — 价格分值（权重） — 가격 점수 배점(가중치) (point) */
                        price_weight?: number | string | null;
                        /** @description Small/micro deduction rate of the tender — 招标文件规定的小型微型企业价格扣除比例 — 입찰 문서상 소형·영세기업 가격 공제율 (/1) */
                        deduction_rate?: number | string | null;
                        /** @description Consortium deduction rate of the tender — 招标文件规定的联合体价格扣除比例 — 입찰 문서상 컨소시엄 가격 공제율 (/1) */
                        consortium_deduction_rate?: number | string | null;
                        bids: components["schemas"]["ProcurementBid"][];
                    } | components["schemas"]["ProcurementTender"][];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            policy_version: string;
                            parameter_hash: string;
                            result?: {
                                tender: string | number;
                                date: string;
                                /** @enum {string} */
                                method: "lowest_price" | "comprehensive";
                                bids: {
                                    id: string | number;
                                    /** @description Deduction applied to the price (0.06 = 6%). */
                                    price_deduction_rate: number;
                                    /** @description Yuan, exact to the fen. */
                                    evaluated_price: number;
                                    /** @description Comprehensive scoring only. */
                                    price_score?: number;
                                    /** @description Comprehensive scoring only. */
                                    total_score?: number;
                                    /** @description null: not compliant. */
                                    rank: number | null;
                                    /** @enum {string} */
                                    deduction_reason: "small_micro" | "consortium_all_small_micro" | "consortium_share" | "reserved_project" | "consortium_share_below" | "large_trademark" | "large_product" | "medium_product" | "not_small_micro" | "no_size_class";
                                    /** @description The reason in the user language. */
                                    reason: string;
                                    trace?: components["schemas"]["TraceNode"];
                                    trace_text?: string;
                                }[];
                            };
                            results?: {
                                tender: string | number;
                                date: string;
                                /** @enum {string} */
                                method: "lowest_price" | "comprehensive";
                                bids: {
                                    id: string | number;
                                    /** @description Deduction applied to the price (0.06 = 6%). */
                                    price_deduction_rate: number;
                                    /** @description Yuan, exact to the fen. */
                                    evaluated_price: number;
                                    /** @description Comprehensive scoring only. */
                                    price_score?: number;
                                    /** @description Comprehensive scoring only. */
                                    total_score?: number;
                                    /** @description null: not compliant. */
                                    rank: number | null;
                                    /** @enum {string} */
                                    deduction_reason: "small_micro" | "consortium_all_small_micro" | "consortium_share" | "reserved_project" | "consortium_share_below" | "large_trademark" | "large_product" | "medium_product" | "not_small_micro" | "no_size_class";
                                    /** @description The reason in the user language. */
                                    reason: string;
                                    trace?: components["schemas"]["TraceNode"];
                                    trace_text?: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The measures of Guofa [2012] No. 14 (the 29 items and their sub-measures)
         * @description Filter by kind, beneficiary, the date a measure is in force (an item matches when it or one of its sub-measures is), chapter, and text (searched in zh-CN, ko and en whatever the response language: titles, summaries, the Korean text, tags, document numbers and titles).
         */
        get: {
            parameters: {
                query?: {
                    kind?: "entitlement" | "obligation" | "programme" | "service" | "informational";
                    beneficiary?: "enterprise" | "individual" | "bank" | "guarantor" | "budget_unit" | "platform" | "government";
                    /** @description YYYY-MM-DD */
                    in_force?: string;
                    chapter?: number;
                    /** @description Text to search for (any of the three languages). */
                    q?: string;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                            measures: {
                                /** @example gf2012-14/02.1 */
                                id: string;
                                /** @enum {string} */
                                kind: "entitlement" | "obligation" | "programme" | "service" | "informational";
                                title: string;
                                summary: string;
                                beneficiaries: ("enterprise" | "individual" | "bank" | "guarantor" | "budget_unit" | "platform" | "government")[];
                                effective: {
                                    from: string;
                                    /** @description Last day (null: open-ended). */
                                    to: string | null;
                                };
                                documents: {
                                    number: string;
                                    title: string;
                                    /** @enum {string} */
                                    confidence: "verified" | "secondary" | "unconfirmed";
                                }[];
                                /** @description Variables implementing the measure (empty: informational). */
                                variables: string[];
                                /** @description Stretches 2012-01 … 2027-12 derived from the variables (encoded, partial, not encoded); null for a measure without computed variables. `reason` (English) with lang=en only. */
                                timeline: {
                                    /** @example 2013-08 */
                                    from: string;
                                    /** @example 2016-04 */
                                    to: string;
                                    /** @enum {string} */
                                    status: "encoded" | "partial" | "not_encoded";
                                    reason?: string;
                                }[] | null;
                                /** @description Item number of the Opinions (1–29). */
                                item: number;
                                chapter: number;
                                chapter_title: string;
                                kinds: ("entitlement" | "obligation" | "programme" | "service" | "informational")[];
                                tags: string[];
                                sub_measures: {
                                    /** @example gf2012-14/02.1 */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entitlement" | "obligation" | "programme" | "service" | "informational";
                                    title: string;
                                    summary: string;
                                    beneficiaries: ("enterprise" | "individual" | "bank" | "guarantor" | "budget_unit" | "platform" | "government")[];
                                    effective: {
                                        from: string;
                                        /** @description Last day (null: open-ended). */
                                        to: string | null;
                                    };
                                    documents: {
                                        number: string;
                                        title: string;
                                        /** @enum {string} */
                                        confidence: "verified" | "secondary" | "unconfirmed";
                                    }[];
                                    /** @description Variables implementing the measure (empty: informational). */
                                    variables: string[];
                                    /** @description Stretches 2012-01 … 2027-12 derived from the variables (encoded, partial, not encoded); null for a measure without computed variables. `reason` (English) with lang=en only. */
                                    timeline: {
                                        /** @example 2013-08 */
                                        from: string;
                                        /** @example 2016-04 */
                                        to: string;
                                        /** @enum {string} */
                                        status: "encoded" | "partial" | "not_encoded";
                                        reason?: string;
                                    }[] | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/measures/{*}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One measure (an item, or a sub-measure such as gf2012-14/02.1)
         * @description The id may be sent as is (`/api/v1/measures/gf2012-14/02.1`) or URL-encoded. A sub-measure comes with its item as `parent`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    /** @description Measure id, e.g. gf2012-14/02 */
                    "*": string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example gf2012-14/02.1 */
                            id: string;
                            /** @enum {string} */
                            kind: "entitlement" | "obligation" | "programme" | "service" | "informational";
                            title: string;
                            summary: string;
                            beneficiaries: ("enterprise" | "individual" | "bank" | "guarantor" | "budget_unit" | "platform" | "government")[];
                            effective: {
                                from: string;
                                /** @description Last day (null: open-ended). */
                                to: string | null;
                            };
                            documents: {
                                number: string;
                                title: string;
                                /** @enum {string} */
                                confidence: "verified" | "secondary" | "unconfirmed";
                            }[];
                            /** @description Variables implementing the measure (empty: informational). */
                            variables: string[];
                            /** @description Stretches 2012-01 … 2027-12 derived from the variables (encoded, partial, not encoded); null for a measure without computed variables. `reason` (English) with lang=en only. */
                            timeline: {
                                /** @example 2013-08 */
                                from: string;
                                /** @example 2016-04 */
                                to: string;
                                /** @enum {string} */
                                status: "encoded" | "partial" | "not_encoded";
                                reason?: string;
                            }[] | null;
                            /** @description Item number of the Opinions (1–29). */
                            item: number;
                            chapter: number;
                            chapter_title: string;
                            kinds: ("entitlement" | "obligation" | "programme" | "service" | "informational")[];
                            tags: string[];
                            sub_measures: {
                                /** @example gf2012-14/02.1 */
                                id: string;
                                /** @enum {string} */
                                kind: "entitlement" | "obligation" | "programme" | "service" | "informational";
                                title: string;
                                summary: string;
                                beneficiaries: ("enterprise" | "individual" | "bank" | "guarantor" | "budget_unit" | "platform" | "government")[];
                                effective: {
                                    from: string;
                                    /** @description Last day (null: open-ended). */
                                    to: string | null;
                                };
                                documents: {
                                    number: string;
                                    title: string;
                                    /** @enum {string} */
                                    confidence: "verified" | "secondary" | "unconfirmed";
                                }[];
                                /** @description Variables implementing the measure (empty: informational). */
                                variables: string[];
                                /** @description Stretches 2012-01 … 2027-12 derived from the variables (encoded, partial, not encoded); null for a measure without computed variables. `reason` (English) with lang=en only. */
                                timeline: {
                                    /** @example 2013-08 */
                                    from: string;
                                    /** @example 2016-04 */
                                    to: string;
                                    /** @enum {string} */
                                    status: "encoded" | "partial" | "not_encoded";
                                    reason?: string;
                                }[] | null;
                            }[];
                            /** @description The full text of the item (Korean translation; empty when the catalogue has none). */
                            text_ko: string;
                        } | {
                            /** @example gf2012-14/02.1 */
                            id: string;
                            /** @enum {string} */
                            kind: "entitlement" | "obligation" | "programme" | "service" | "informational";
                            title: string;
                            summary: string;
                            beneficiaries: ("enterprise" | "individual" | "bank" | "guarantor" | "budget_unit" | "platform" | "government")[];
                            effective: {
                                from: string;
                                /** @description Last day (null: open-ended). */
                                to: string | null;
                            };
                            documents: {
                                number: string;
                                title: string;
                                /** @enum {string} */
                                confidence: "verified" | "secondary" | "unconfirmed";
                            }[];
                            /** @description Variables implementing the measure (empty: informational). */
                            variables: string[];
                            /** @description The id of its item. */
                            parent: string;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parameters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The parameter tree with labels
         * @description Every node and parameter of the encoded policy, labelled in the user language; with `at=YYYY-MM-DD`, each leaf has the value in force that day (null when none).
         */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD */
                    at?: string;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A node (folder) with children, or a leaf parameter / bracket scale; with `at`, leaves carry the value in force that day. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ParameterTreeItem"];
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parameters/{*}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One parameter's whole history (or a subtree)
         * @description For a leaf: each value with its start, end, references, confidence and note. For a scale: its brackets. For a node: the subtree (as GET /api/v1/parameters). The path is dotted or slashed: /api/v1/parameters/tax.corporate_income_tax… or /api/v1/parameters/tax/corporate_income_tax/…
         */
        get: {
            parameters: {
                query?: {
                    /** @description For a subtree: values in force that day. */
                    at?: string;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    "*": string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ParameterHistory"] | components["schemas"]["ParameterTreeItem"];
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The enterprise registry: filtered, keyset-paged
         * @description Enterprises within the user’s region (officers) or all (admins, analysts), filtered by region, industry, year and size class. Pages are keyset-paged: pass `cursor` = the previous page’s `next_cursor`. `total` counts up to 10,000 (`exact: false` beyond).
         */
        get: {
            parameters: {
                query?: {
                    /** @description GB/T 2260 code prefix: 37 (Shandong), 3702 (Qingdao), 370202. */
                    region?: string;
                    industry_group?: "agriculture" | "industry" | "construction" | "wholesale" | "retail" | "transport" | "warehousing" | "postal" | "accommodation" | "catering" | "information_transmission" | "software_it" | "real_estate_development" | "property_management" | "leasing_business_services" | "other";
                    /** @description An industry code or its beginning (C33 matches C3311). */
                    industry?: string;
                    /** @description Only enterprises with figures for the year; items carry them. */
                    year?: number;
                    /** @description Size class in `year` (needs `year`). */
                    size_class?: "large" | "medium" | "small" | "micro";
                    /** @description Name contains, or id equals. */
                    q?: string;
                    sort?: "id" | "name" | "updated_at" | "region_code";
                    direction?: "asc" | "desc";
                    limit?: number;
                    cursor?: string;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["RegistryEnterprise"][];
                            next_cursor: string | null;
                            total?: {
                                count?: number;
                                exact?: boolean;
                            };
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add an enterprise (with figures by year)
         * @description Entitlements of each year given are computed and stored with the rule version. Every change is audited.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Generated when absent. */
                        id?: string;
                        name: string;
                        /** @description GB/T 2260 code, 6 digits. */
                        region_code: string;
                        /** @description A size-standard group code or a GB/T 4754-2011 code. */
                        industry: string;
                        /** Format: date */
                        founded?: string | null;
                        /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
                        registered_capital?: number | string | null;
                        /** @description Unified social credit code (GB 32100-2015: 18 characters, check character verified; lower case is read as capitals); unique. */
                        credit_code?: string | null;
                        /** @description Figures by year (created or replaced). */
                        years?: components["schemas"]["RegistryYearInput"][];
                    };
                };
            };
            responses: {
                /** @description One enterprise with every year of figures and the entitlements stored for each year (with the rule version that computed them). */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegistryEnterpriseDetail"];
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One enterprise with its years and stored entitlements */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    /** @description Enterprise id (e.g. the unified social credit code). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One enterprise with every year of figures and the entitlements stored for each year (with the rule version that computed them). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegistryEnterpriseDetail"];
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Change an enterprise (fields given) and replace the years given
         * @description Send `version` (from the last read) to be told of a concurrent change (XW_ERR_CONFLICT) instead of overwriting it.
         */
        put: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    /** @description Enterprise id (e.g. the unified social credit code). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description GB/T 2260 code, 6 digits. */
                        region_code?: string;
                        /** @description A size-standard group code or a GB/T 4754-2011 code. */
                        industry?: string;
                        /** Format: date */
                        founded?: string | null;
                        /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
                        registered_capital?: number | string | null;
                        /** @description Unified social credit code (GB 32100-2015: 18 characters, check character verified; lower case is read as capitals); unique. */
                        credit_code?: string | null;
                        /** @description Figures by year (created or replaced). */
                        years?: components["schemas"]["RegistryYearInput"][];
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description One enterprise with every year of figures and the entitlements stored for each year (with the rule version that computed them). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegistryEnterpriseDetail"];
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Delete an enterprise with its years and entitlements */
        delete: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    /** @description Enterprise id (e.g. the unified social credit code). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import enterprises from an Excel (.xlsx) or CSV file
         * @description multipart/form-data with one file field (`file`). Columns are matched by name in any of the three languages (企业名称 / name, 所属地区 / region, 行业, 年度, 从业人员, 营业收入, 资产总额 …, or any enterprise input variable id or label); one row per enterprise and year. The whole file is validated: if any row has a problem, nothing is written and the answer is XW_ERR_IMPORT_REJECTED (422) with every problem by row and column in the user language; otherwise every row is written in one transaction and the entitlements recomputed. `wait=false` answers 202 at once; follow the import at GET /api/v1/imports/{id}. CSV may be UTF-8 or GB18030/GBK.
         */
        post: {
            parameters: {
                query?: {
                    /** @description false: answer 202 at once and import in the background. */
                    wait?: boolean;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description The .xlsx or .csv file.
                         */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Imported. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportJob"];
                    };
                };
                /** @description Accepted: the import runs; poll GET /api/v1/imports/{id}. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportJob"];
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress and result of an import */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportJob"];
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the registry (one row per enterprise and year) as Excel or CSV
         * @description The filtered registry within the user’s scope, streamed: input columns with headers the import reads back, then the stored results with the policy version and parameter hash that computed them. Money in yuan, exact to the fen.
         */
        get: {
            parameters: {
                query?: {
                    format?: "xlsx" | "csv";
                    /** @description GB/T 2260 code prefix: 37 (Shandong), 3702 (Qingdao), 370202. */
                    region?: string;
                    industry_group?: "agriculture" | "industry" | "construction" | "wholesale" | "retail" | "transport" | "warehousing" | "postal" | "accommodation" | "catering" | "information_transmission" | "software_it" | "real_estate_development" | "property_management" | "leasing_business_services" | "other";
                    /** @description An industry code or its beginning (C33 matches C3311). */
                    industry?: string;
                    /** @description Only enterprises with figures for the year; items carry them. */
                    year?: number;
                    /** @description Size class in `year` (needs `year`). */
                    size_class?: "large" | "medium" | "small" | "micro";
                    /** @description Name contains, or id equals. */
                    q?: string;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in: a session cookie and the CSRF token
         * @description Checks the user name and password (argon2id). Success sets the `xw_session` cookie (HttpOnly, SameSite=Lax, Secure over HTTPS) and returns the user and the `csrf_token` to send in `x-csrf-token` on every state-changing request. A wrong name or password gives the same XW_ERR_BAD_CREDENTIALS; Failed sign-ins are limited within 15 minutes per user name and client IP (5), per user name from any address (20), per address (50) and overall (1,000): beyond a limit, XW_ERR_LOGIN_LIMITED (429, Retry-After) until its window ends, even with the right password.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: components["schemas"]["User"];
                            /** @description The data the user may see: `{ all: true }`, `{ region_prefix }`, `{ enterprise_id }`, `{ budget_unit_id }` or `{ bank_id }`; null: none. */
                            scope: {
                                all?: boolean;
                                region_prefix?: string;
                                enterprise_id?: string;
                                budget_unit_id?: string;
                                bank_id?: string;
                            } | null;
                            /**
                             * @description How this request was signed in.
                             * @enum {string}
                             */
                            auth: "session" | "token" | "dev";
                            /** @description Send it back in `x-csrf-token` on every POST/PUT/DELETE (sessions only). */
                            csrf_token?: string | null;
                            expires_at?: string | null;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/enterprise-login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enterprise sign-in: unified social credit code and password
         * @description For an enterprise whose account was activated. A code that is not a valid GB 32100-2015 code (length, characters I/O/S/V/Z, check character) is XW_ERR_VALIDATION at `credit_code` with the reason; an unknown code and a wrong password are the same XW_ERR_BAD_ENTERPRISE_CREDENTIALS. The sign-in limits of `/auth/login` apply (the credit code counts as the user name). Success: as `/auth/login`.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters; lower case and full-width characters are read as the capitals. */
                        credit_code: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: components["schemas"]["User"];
                            /** @description The data the user may see: `{ all: true }`, `{ region_prefix }`, `{ enterprise_id }`, `{ budget_unit_id }` or `{ bank_id }`; null: none. */
                            scope: {
                                all?: boolean;
                                region_prefix?: string;
                                enterprise_id?: string;
                                budget_unit_id?: string;
                                bank_id?: string;
                            } | null;
                            /**
                             * @description How this request was signed in.
                             * @enum {string}
                             */
                            auth: "session" | "token" | "dev";
                            /** @description Send it back in `x-csrf-token` on every POST/PUT/DELETE (sessions only). */
                            csrf_token?: string | null;
                            expires_at?: string | null;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/enterprise-activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate an enterprise account: credit code, activation code, new password
         * @description The activation code is the one an officer issued (printed or exported; `XXXX-XXXX-XXXX`, hyphens and case ignored). Single use; expires; a newer code replaces it. Sets the password (at least 10 characters, as for users), creates the account (user name = the credit code) or resets it, and signs in (as `/auth/login`). Refused: XW_ERR_ACTIVATION_REFUSED (no match, expired, used); failures count towards the sign-in limits. Audited.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters; lower case and full-width characters are read as the capitals. */
                        credit_code: string;
                        activation_code: string;
                        password: string;
                        /** @enum {string} */
                        locale?: "zh-CN" | "ko" | "en";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: components["schemas"]["User"];
                            /** @description The data the user may see: `{ all: true }`, `{ region_prefix }`, `{ enterprise_id }`, `{ budget_unit_id }` or `{ bank_id }`; null: none. */
                            scope: {
                                all?: boolean;
                                region_prefix?: string;
                                enterprise_id?: string;
                                budget_unit_id?: string;
                                bank_id?: string;
                            } | null;
                            /**
                             * @description How this request was signed in.
                             * @enum {string}
                             */
                            auth: "session" | "token" | "dev";
                            /** @description Send it back in `x-csrf-token` on every POST/PUT/DELETE (sessions only). */
                            csrf_token?: string | null;
                            expires_at?: string | null;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out: ends the session and removes the cookie
         * @description Needs `x-csrf-token` like every state-changing request of a session. Without a session it only clears the cookie.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in: user, role, region scope, display name, locale */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: components["schemas"]["User"];
                            /** @description The data the user may see: `{ all: true }`, `{ region_prefix }`, `{ enterprise_id }`, `{ budget_unit_id }` or `{ bank_id }`; null: none. */
                            scope: {
                                all?: boolean;
                                region_prefix?: string;
                                enterprise_id?: string;
                                budget_unit_id?: string;
                                bank_id?: string;
                            } | null;
                            /**
                             * @description How this request was signed in.
                             * @enum {string}
                             */
                            auth: "session" | "token" | "dev";
                            /** @description Send it back in `x-csrf-token` on every POST/PUT/DELETE (sessions only). */
                            csrf_token?: string | null;
                            expires_at?: string | null;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/csrf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The CSRF token of the current session
         * @description For a page loaded after sign-in: the token to send in `x-csrf-token`. Null when signed in by an API token.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrf_token: string | null;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The API tokens of a user (never the tokens themselves) */
        get: {
            parameters: {
                query?: {
                    /** @description Another user (administrators only). */
                    user_id?: string;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                user_id: string;
                                name: string;
                                created_at: string;
                                last_used_at?: string | null;
                                revoked_at?: string | null;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an API token (shown once)
         * @description For integrators, banks and budget units: send it as `Authorization: Bearer <token>` (no cookie, no CSRF token). Only its SHA-256 is stored: the `token` of this response is the only copy. A user creates its own; an administrator may create one for another user (`user_id`). Only a signed-in session creates tokens: an API token asking is 403 `XW_ERR_TOKEN_CANNOT_MINT`.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description Another user (administrators only). */
                        user_id?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            user_id: string;
                            name: string;
                            created_at: string;
                            last_used_at?: string | null;
                            revoked_at?: string | null;
                            token: string;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users (administrators: all; officers: those of their region) */
        get: {
            parameters: {
                query?: {
                    role?: "enterprise" | "officer" | "procurement" | "bank" | "service_provider" | "analyst" | "admin" | "department";
                    region?: string;
                    limit?: number;
                    cursor?: string;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["User"][];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a user (administrators) */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        /** @enum {string} */
                        role: "enterprise" | "officer" | "procurement" | "bank" | "service_provider" | "analyst" | "admin" | "department";
                        display_name: string;
                        /** @enum {string} */
                        locale?: "zh-CN" | "ko" | "en";
                        /** @description Officers: 2, 4 or 6 digits. */
                        region_prefix?: string | null;
                        enterprise_id?: string | null;
                        budget_unit_id?: string | null;
                        bank_id?: string | null;
                        /**
                         * @description Department users (required for role department): the department, scoped by region_prefix.
                         * @enum {string|null}
                         */
                        department?: "market_regulation" | "statistics" | "human_resources" | "finance" | "tax" | "cluster_operator" | "banking_regulator" | "development_reform" | null;
                        disabled?: boolean;
                        /** @description At least 10 characters; stored as an argon2id hash. */
                        password: string;
                    };
                };
            };
            responses: {
                /** @description A user account (the password hash is never shown). */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a user: role, scope, names, locale, disabled, password (administrators)
         * @description A new password or disabling the user ends all their sessions. Audited (never the password hash).
         */
        put: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        role?: "enterprise" | "officer" | "procurement" | "bank" | "service_provider" | "analyst" | "admin" | "department";
                        display_name?: string;
                        /** @enum {string} */
                        locale?: "zh-CN" | "ko" | "en";
                        /** @description Officers: 2, 4 or 6 digits. */
                        region_prefix?: string | null;
                        enterprise_id?: string | null;
                        budget_unit_id?: string | null;
                        bank_id?: string | null;
                        /**
                         * @description Department users (required for role department): the department, scoped by region_prefix.
                         * @enum {string|null}
                         */
                        department?: "market_regulation" | "statistics" | "human_resources" | "finance" | "tax" | "cluster_operator" | "banking_regulator" | "development_reform" | null;
                        disabled?: boolean;
                        /** @description At least 10 characters; stored as an argon2id hash. */
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description A user account (the password hash is never shown). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log, newest first (officers: their region; administrators: all)
         * @description Every change: who (`actor`, a user id or `system`), what (`action`, `entity_type`, `entity_id`), where (`region_code`), when (`at`), and the record before and after. `action` is exact (`enterprise.update`) or a family ending in "." (`enterprise.`). `from` inclusive, `to` exclusive (ISO times). Keyset-paged by `cursor`.
         */
        get: {
            parameters: {
                query?: {
                    actor?: string;
                    entity_type?: string;
                    entity_id?: string;
                    action?: string;
                    from?: string;
                    to?: string;
                    region?: string;
                    limit?: number;
                    cursor?: string;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                at: string;
                                actor: string;
                                action: string;
                                entity_type: string;
                                entity_id?: string | null;
                                region_code?: string | null;
                                before?: unknown;
                                after?: unknown;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s what-if scenarios and those shared with them */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Scenario"][];
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Save a what-if scenario (checked against the parameter tree) */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        description?: string | null;
                        base_year: number;
                        changes: {
                            kind?: string;
                            path?: string;
                            value?: number | string | boolean;
                            measure?: string;
                            source?: string;
                            from?: string;
                            until?: string | null;
                        }[];
                        /** @description Readable by the other users within the owner’s region. */
                        shared?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Scenario"];
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scenarios/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A scenario the caller owns or that is shared with them */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Scenario"];
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Replace the caller’s scenario (its changes, name, sharing) */
        put: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        description?: string | null;
                        base_year: number;
                        changes: {
                            kind?: string;
                            path?: string;
                            value?: number | string | boolean;
                            measure?: string;
                            source?: string;
                            from?: string;
                            until?: string | null;
                        }[];
                        /** @description Readable by the other users within the owner’s region. */
                        shared?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Scenario"];
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Delete the caller’s scenario (the audit log keeps it) */
        delete: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scenarios/{id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a scenario over the registry in the caller’s scope for a year (on worker threads) */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Default the scenario’s base year. */
                        year?: number;
                    };
                };
            };
            responses: {
                /** @description A simulation run: running (with progress), then completed (with `result`), failed or cancelled. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SimulationRun"];
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/simulation-runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A simulation run: progress, then the result */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A simulation run: running (with progress), then completed (with `result`), failed or cancelled. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SimulationRun"];
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Cancel a running simulation */
        delete: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A simulation run: running (with progress), then completed (with `result`), failed or cancelled. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SimulationRun"];
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/simulation-runs/{id}/xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A completed run as an Excel workbook (amounts and counts as numbers) */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "application/pdf": string;
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/simulation-runs/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A completed run as a PDF report */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "application/pdf": string;
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Programmes within the caller’s region (officers, administrators, analysts) */
        get: {
            parameters: {
                query?: {
                    year?: number;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                measure: string;
                                measure_title?: string | null;
                                /** @enum {string} */
                                department: "market_regulation" | "statistics" | "human_resources" | "finance" | "tax" | "cluster_operator" | "banking_regulator" | "development_reform" | "sme_bureau";
                                /** @description The region code prefix the programme covers. */
                                region_code: string;
                                year: number;
                                /** @description Yuan, exact to the fen. */
                                budget: number;
                                /** @description Yuan, exact to the fen. */
                                reserved?: number;
                                /** @description Yuan, exact to the fen. */
                                remaining?: number;
                                /** @description Confirmed offers waiting in the budget queue. */
                                waiting?: number;
                                publicity_days: number;
                                created_by?: string;
                                created_at: string;
                            }[];
                            /** @description The measures a programme can run (those with a computed entitlement), titled. */
                            measures: {
                                id: string;
                                title: string | null;
                            }[];
                            departments: string[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a programme: a measure run by a department in a region for a year, with a budget (officers of the region, administrators)
         * @description The budget in yuan as text (exact, at most two decimals). The enterprises of the region whose stored entitlements are already eligible are offered at once; later ones by the recompute. Audited.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        measure: string;
                        department: string;
                        region_code: string;
                        year: number;
                        budget: string;
                        publicity_days: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            measure: string;
                            measure_title?: string | null;
                            /** @enum {string} */
                            department: "market_regulation" | "statistics" | "human_resources" | "finance" | "tax" | "cluster_operator" | "banking_regulator" | "development_reform" | "sme_bureau";
                            /** @description The region code prefix the programme covers. */
                            region_code: string;
                            year: number;
                            /** @description Yuan, exact to the fen. */
                            budget: number;
                            /** @description Yuan, exact to the fen. */
                            reserved?: number;
                            /** @description Yuan, exact to the fen. */
                            remaining?: number;
                            /** @description Confirmed offers waiting in the budget queue. */
                            waiting?: number;
                            publicity_days: number;
                            created_by?: string;
                            created_at: string;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One programme with its budget (reserved, remaining, queue) */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            measure: string;
                            measure_title?: string | null;
                            /** @enum {string} */
                            department: "market_regulation" | "statistics" | "human_resources" | "finance" | "tax" | "cluster_operator" | "banking_regulator" | "development_reform" | "sme_bureau";
                            /** @description The region code prefix the programme covers. */
                            region_code: string;
                            year: number;
                            /** @description Yuan, exact to the fen. */
                            budget: number;
                            /** @description Yuan, exact to the fen. */
                            reserved?: number;
                            /** @description Yuan, exact to the fen. */
                            remaining?: number;
                            /** @description Confirmed offers waiting in the budget queue. */
                            waiting?: number;
                            publicity_days: number;
                            created_by?: string;
                            created_at: string;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a programme’s name, budget or publicity days (a larger budget admits the queue, first eligible first) */
        patch: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        budget?: string;
                        publicity_days?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            measure: string;
                            measure_title?: string | null;
                            /** @enum {string} */
                            department: "market_regulation" | "statistics" | "human_resources" | "finance" | "tax" | "cluster_operator" | "banking_regulator" | "development_reform" | "sme_bureau";
                            /** @description The region code prefix the programme covers. */
                            region_code: string;
                            year: number;
                            /** @description Yuan, exact to the fen. */
                            budget: number;
                            /** @description Yuan, exact to the fen. */
                            reserved?: number;
                            /** @description Yuan, exact to the fen. */
                            remaining?: number;
                            /** @description Confirmed offers waiting in the budget queue. */
                            waiting?: number;
                            publicity_days: number;
                            created_by?: string;
                            created_at: string;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/programmes/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the programme’s confirmed offers (公示) for its publicity days */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            published: number;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/payable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many offers of the programme are payable now (publicity over, no open objection; or failed before) */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                            /** @description Yuan, exact to the fen. */
                            total: number;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Offers: an enterprise’s own; an officer’s region’s */
        get: {
            parameters: {
                query?: {
                    programme_id?: string;
                    status?: "offered" | "waiting" | "confirmed" | "published" | "in_batch" | "paid" | "failed" | "cancelled" | "withdrawn";
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                programme_id: string;
                                programme_name?: string;
                                department?: string;
                                enterprise_id: string;
                                enterprise_name?: string;
                                credit_code?: string | null;
                                region_code?: string;
                                year?: number;
                                measure?: string;
                                measure_title?: string | null;
                                /** @description Yuan, exact to the fen. */
                                amount: number;
                                /** @enum {string} */
                                status: "offered" | "waiting" | "confirmed" | "published" | "in_batch" | "paid" | "failed" | "cancelled" | "withdrawn";
                                /** @description The entitlement that made the offer: its components of the measure and the rules that computed them. */
                                why: {
                                    policy_version: string;
                                    parameter_hash: string;
                                    components: {
                                        variable: string;
                                        label: string;
                                        eligible: boolean | null;
                                        value: number | null;
                                        counted: boolean;
                                    }[];
                                };
                                eligible_at: string;
                                /** @description ISO 8601 time, or null when the step has not happened. */
                                confirmed_at?: string | null;
                                /** @description ISO 8601 time, or null when the step has not happened. */
                                reserved_at?: string | null;
                                /** @description ISO 8601 time, or null when the step has not happened. */
                                published_at?: string | null;
                                /** @description ISO 8601 time, or null when the step has not happened. */
                                publicity_ends_at?: string | null;
                                /** @description ISO 8601 time, or null when the step has not happened. */
                                paid_at?: string | null;
                                /** @description ISO 8601 time, or null when the step has not happened. */
                                closed_at?: string | null;
                                /** @description Why the offer closed, in the response language. */
                                closed_reason?: string | null;
                                /** @enum {string|null} */
                                closed_reason_code?: "no_longer_eligible" | "objection_upheld" | "payment_cancelled" | null;
                                failure_reason?: string | null;
                                account?: {
                                    account_name: string;
                                    bank_name: string;
                                    account_number: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One offer with its “why” (another enterprise’s or outside the region: 404) */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            programme_id: string;
                            programme_name?: string;
                            department?: string;
                            enterprise_id: string;
                            enterprise_name?: string;
                            credit_code?: string | null;
                            region_code?: string;
                            year?: number;
                            measure?: string;
                            measure_title?: string | null;
                            /** @description Yuan, exact to the fen. */
                            amount: number;
                            /** @enum {string} */
                            status: "offered" | "waiting" | "confirmed" | "published" | "in_batch" | "paid" | "failed" | "cancelled" | "withdrawn";
                            /** @description The entitlement that made the offer: its components of the measure and the rules that computed them. */
                            why: {
                                policy_version: string;
                                parameter_hash: string;
                                components: {
                                    variable: string;
                                    label: string;
                                    eligible: boolean | null;
                                    value: number | null;
                                    counted: boolean;
                                }[];
                            };
                            eligible_at: string;
                            /** @description ISO 8601 time, or null when the step has not happened. */
                            confirmed_at?: string | null;
                            /** @description ISO 8601 time, or null when the step has not happened. */
                            reserved_at?: string | null;
                            /** @description ISO 8601 time, or null when the step has not happened. */
                            published_at?: string | null;
                            /** @description ISO 8601 time, or null when the step has not happened. */
                            publicity_ends_at?: string | null;
                            /** @description ISO 8601 time, or null when the step has not happened. */
                            paid_at?: string | null;
                            /** @description ISO 8601 time, or null when the step has not happened. */
                            closed_at?: string | null;
                            /** @description Why the offer closed, in the response language. */
                            closed_reason?: string | null;
                            /** @enum {string|null} */
                            closed_reason_code?: "no_longer_eligible" | "objection_upheld" | "payment_cancelled" | null;
                            failure_reason?: string | null;
                            account?: {
                                account_name: string;
                                bank_name: string;
                                account_number: string;
                            } | null;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the own offer and give the bank account to pay (enterprise accounts)
         * @description Nothing else is asked: the amount and its reasons come from the data already held. The offer is reserved at once when the programme’s budget allows, else it waits in the queue (first eligible first). Account number: 8–30 digits (spaces allowed). Audited.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        account_name: string;
                        bank_name: string;
                        account_number: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            programme_id: string;
                            programme_name?: string;
                            department?: string;
                            enterprise_id: string;
                            enterprise_name?: string;
                            credit_code?: string | null;
                            region_code?: string;
                            year?: number;
                            measure?: string;
                            measure_title?: string | null;
                            /** @description Yuan, exact to the fen. */
                            amount: number;
                            /** @enum {string} */
                            status: "offered" | "waiting" | "confirmed" | "published" | "in_batch" | "paid" | "failed" | "cancelled" | "withdrawn";
                            /** @description The entitlement that made the offer: its components of the measure and the rules that computed them. */
                            why: {
                                policy_version: string;
                                parameter_hash: string;
                                components: {
                                    variable: string;
                                    label: string;
                                    eligible: boolean | null;
                                    value: number | null;
                                    counted: boolean;
                                }[];
                            };
                            eligible_at: string;
                            /** @description ISO 8601 time, or null when the step has not happened. */
                            confirmed_at?: string | null;
                            /** @description ISO 8601 time, or null when the step has not happened. */
                            reserved_at?: string | null;
                            /** @description ISO 8601 time, or null when the step has not happened. */
                            published_at?: string | null;
                            /** @description ISO 8601 time, or null when the step has not happened. */
                            publicity_ends_at?: string | null;
                            /** @description ISO 8601 time, or null when the step has not happened. */
                            paid_at?: string | null;
                            /** @description ISO 8601 time, or null when the step has not happened. */
                            closed_at?: string | null;
                            /** @description Why the offer closed, in the response language. */
                            closed_reason?: string | null;
                            /** @enum {string|null} */
                            closed_reason_code?: "no_longer_eligible" | "objection_upheld" | "payment_cancelled" | null;
                            failure_reason?: string | null;
                            account?: {
                                account_name: string;
                                bank_name: string;
                                account_number: string;
                            } | null;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a failed payment for good (its budget returns to the queue) */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            programme_id: string;
                            programme_name?: string;
                            department?: string;
                            enterprise_id: string;
                            enterprise_name?: string;
                            credit_code?: string | null;
                            region_code?: string;
                            year?: number;
                            measure?: string;
                            measure_title?: string | null;
                            /** @description Yuan, exact to the fen. */
                            amount: number;
                            /** @enum {string} */
                            status: "offered" | "waiting" | "confirmed" | "published" | "in_batch" | "paid" | "failed" | "cancelled" | "withdrawn";
                            /** @description The entitlement that made the offer: its components of the measure and the rules that computed them. */
                            why: {
                                policy_version: string;
                                parameter_hash: string;
                                components: {
                                    variable: string;
                                    label: string;
                                    eligible: boolean | null;
                                    value: number | null;
                                    counted: boolean;
                                }[];
                            };
                            eligible_at: string;
                            /** @description ISO 8601 time, or null when the step has not happened. */
                            confirmed_at?: string | null;
                            /** @description ISO 8601 time, or null when the step has not happened. */
                            reserved_at?: string | null;
                            /** @description ISO 8601 time, or null when the step has not happened. */
                            published_at?: string | null;
                            /** @description ISO 8601 time, or null when the step has not happened. */
                            publicity_ends_at?: string | null;
                            /** @description ISO 8601 time, or null when the step has not happened. */
                            paid_at?: string | null;
                            /** @description ISO 8601 time, or null when the step has not happened. */
                            closed_at?: string | null;
                            /** @description Why the offer closed, in the response language. */
                            closed_reason?: string | null;
                            /** @enum {string|null} */
                            closed_reason_code?: "no_longer_eligible" | "objection_upheld" | "payment_cancelled" | null;
                            failure_reason?: string | null;
                            account?: {
                                account_name: string;
                                bank_name: string;
                                account_number: string;
                            } | null;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Objections to published offers within the region (officers, administrators) */
        get: {
            parameters: {
                query?: {
                    programme_id?: string;
                    status?: "open" | "upheld" | "dismissed";
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                offer_id: string;
                                programme_id: string;
                                enterprise_name?: string;
                                credit_code?: string | null;
                                region_code?: string;
                                filed_by?: string | null;
                                contact?: string | null;
                                reason: string;
                                /** @enum {string} */
                                status: "open" | "upheld" | "dismissed";
                                filed_at: string;
                                /** @description ISO 8601 time, or null when the step has not happened. */
                                decided_at?: string | null;
                                decision_reason?: string | null;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/objections/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide an objection: upheld withdraws the offer; dismissed leaves it */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "upheld" | "dismissed";
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            offer_id: string;
                            programme_id: string;
                            enterprise_name?: string;
                            credit_code?: string | null;
                            region_code?: string;
                            filed_by?: string | null;
                            contact?: string | null;
                            reason: string;
                            /** @enum {string} */
                            status: "open" | "upheld" | "dismissed";
                            filed_at: string;
                            /** @description ISO 8601 time, or null when the step has not happened. */
                            decided_at?: string | null;
                            decision_reason?: string | null;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publicity/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public publicity page of a programme (公示): name, credit code and amount of each published offer, with the dates. No sign-in. */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            programme: {
                                id: string;
                                name: string;
                                measure: string;
                                measure_title?: string | null;
                                department: string;
                                region_code: string;
                                year: number;
                                publicity_days: number;
                            };
                            items: {
                                offer_id: string;
                                enterprise_name: string;
                                credit_code: string | null;
                                /** @description Yuan, exact to the fen. */
                                amount: number;
                                published_at: string;
                                publicity_ends_at: string;
                                /** @description Whether objections can still be filed. */
                                open: boolean;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publicity/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** File an objection to a published offer during its publicity (anyone; without sign-in a contact is required) */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        offer_id: string;
                        reason: string;
                        contact?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            offer_id: string;
                            programme_id: string;
                            enterprise_name?: string;
                            credit_code?: string | null;
                            region_code?: string;
                            filed_by?: string | null;
                            contact?: string | null;
                            reason: string;
                            /** @enum {string} */
                            status: "open" | "upheld" | "dismissed";
                            filed_at: string;
                            /** @description ISO 8601 time, or null when the step has not happened. */
                            decided_at?: string | null;
                            decision_reason?: string | null;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payment batches within the region (without their lines) */
        get: {
            parameters: {
                query?: {
                    programme_id?: string;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                programme_id: string;
                                programme_name?: string;
                                /** @enum {string} */
                                status: "draft" | "approved" | "closed";
                                created_by?: string;
                                created_at: string;
                                approved_by?: string | null;
                                /** @description ISO 8601 time, or null when the step has not happened. */
                                approved_at?: string | null;
                                /** @description Yuan, exact to the fen. */
                                total: number;
                                lines?: {
                                    offer_id: string;
                                    enterprise_id?: string;
                                    enterprise_name?: string;
                                    credit_code?: string | null;
                                    reference: string;
                                    /** @description Yuan, exact to the fen. */
                                    amount: number;
                                    account_name?: string;
                                    bank_name?: string;
                                    account_number?: string;
                                    /** @enum {string} */
                                    result: "pending" | "paid" | "failed";
                                    /** @description ISO 8601 time, or null when the step has not happened. */
                                    result_at?: string | null;
                                    failure_reason?: string | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a draft payment batch of every payable offer of a programme */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        programme_id: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            programme_id: string;
                            programme_name?: string;
                            /** @enum {string} */
                            status: "draft" | "approved" | "closed";
                            created_by?: string;
                            created_at: string;
                            approved_by?: string | null;
                            /** @description ISO 8601 time, or null when the step has not happened. */
                            approved_at?: string | null;
                            /** @description Yuan, exact to the fen. */
                            total: number;
                            lines?: {
                                offer_id: string;
                                enterprise_id?: string;
                                enterprise_name?: string;
                                credit_code?: string | null;
                                reference: string;
                                /** @description Yuan, exact to the fen. */
                                amount: number;
                                account_name?: string;
                                bank_name?: string;
                                account_number?: string;
                                /** @enum {string} */
                                result: "pending" | "paid" | "failed";
                                /** @description ISO 8601 time, or null when the step has not happened. */
                                result_at?: string | null;
                                failure_reason?: string | null;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One payment batch with its lines */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            programme_id: string;
                            programme_name?: string;
                            /** @enum {string} */
                            status: "draft" | "approved" | "closed";
                            created_by?: string;
                            created_at: string;
                            approved_by?: string | null;
                            /** @description ISO 8601 time, or null when the step has not happened. */
                            approved_at?: string | null;
                            /** @description Yuan, exact to the fen. */
                            total: number;
                            lines?: {
                                offer_id: string;
                                enterprise_id?: string;
                                enterprise_name?: string;
                                credit_code?: string | null;
                                reference: string;
                                /** @description Yuan, exact to the fen. */
                                amount: number;
                                account_name?: string;
                                bank_name?: string;
                                account_number?: string;
                                /** @enum {string} */
                                result: "pending" | "paid" | "failed";
                                /** @description ISO 8601 time, or null when the step has not happened. */
                                result_at?: string | null;
                                failure_reason?: string | null;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-batches/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a draft payment batch (an officer other than its creator, or an administrator) */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            programme_id: string;
                            programme_name?: string;
                            /** @enum {string} */
                            status: "draft" | "approved" | "closed";
                            created_by?: string;
                            created_at: string;
                            approved_by?: string | null;
                            /** @description ISO 8601 time, or null when the step has not happened. */
                            approved_at?: string | null;
                            /** @description Yuan, exact to the fen. */
                            total: number;
                            lines?: {
                                offer_id: string;
                                enterprise_id?: string;
                                enterprise_name?: string;
                                credit_code?: string | null;
                                reference: string;
                                /** @description Yuan, exact to the fen. */
                                amount: number;
                                account_name?: string;
                                bank_name?: string;
                                account_number?: string;
                                /** @enum {string} */
                                result: "pending" | "paid" | "failed";
                                /** @description ISO 8601 time, or null when the step has not happened. */
                                result_at?: string | null;
                                failure_reason?: string | null;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-batches/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The treasury payment file of an approved batch (payee, account, bank, amount in yuan with 2 decimals, reference)
         * @description xlsx (amounts as numbers with two decimals) or csv (UTF-8 with a byte-order mark, amounts as text with two decimals). The export is audited.
         */
        get: {
            parameters: {
                query?: {
                    format?: "xlsx" | "csv";
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-batches/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record one line’s result: paid, or failed with a reason (the offer is then retried in a new batch or cancelled) */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        offer_id: string;
                        /** @enum {string} */
                        result: "paid" | "failed";
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            programme_id: string;
                            programme_name?: string;
                            /** @enum {string} */
                            status: "draft" | "approved" | "closed";
                            created_by?: string;
                            created_at: string;
                            approved_by?: string | null;
                            /** @description ISO 8601 time, or null when the step has not happened. */
                            approved_at?: string | null;
                            /** @description Yuan, exact to the fen. */
                            total: number;
                            lines?: {
                                offer_id: string;
                                enterprise_id?: string;
                                enterprise_name?: string;
                                credit_code?: string | null;
                                reference: string;
                                /** @description Yuan, exact to the fen. */
                                amount: number;
                                account_name?: string;
                                bank_name?: string;
                                account_number?: string;
                                /** @enum {string} */
                                result: "pending" | "paid" | "failed";
                                /** @description ISO 8601 time, or null when the step has not happened. */
                                result_at?: string | null;
                                failure_reason?: string | null;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/take-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Take-up per programme (measure, region, year): eligible, offered, confirmed, published, paid, unclaimed, days to payment, promised against paid */
        get: {
            parameters: {
                query?: {
                    year?: number;
                    measure?: string;
                    programme_id?: string;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                programme_id: string;
                                programme_name?: string;
                                measure: string;
                                measure_title?: string | null;
                                region_code: string;
                                year: number;
                                eligible: number;
                                /** @description Yuan, exact to the fen. */
                                promised: number;
                                offered: number;
                                /** @description Yuan, exact to the fen. */
                                offered_amount?: number;
                                confirmed: number;
                                /** @description Yuan, exact to the fen. */
                                confirmed_amount?: number;
                                published: number;
                                /** @description Yuan, exact to the fen. */
                                published_amount?: number;
                                paid: number;
                                /** @description Yuan, exact to the fen. */
                                paid_amount: number;
                                unclaimed: number;
                                /** @description Yuan, exact to the fen. */
                                unclaimed_amount?: number;
                                withdrawn?: number;
                                waiting?: number;
                                days_to_payment_median?: number | null;
                                days_to_payment_mean?: number | null;
                            }[];
                            totals: {
                                programme_id?: string;
                                programme_name?: string;
                                measure?: string;
                                measure_title?: string | null;
                                region_code?: string;
                                year?: number;
                                eligible: number;
                                /** @description Yuan, exact to the fen. */
                                promised: number;
                                offered: number;
                                /** @description Yuan, exact to the fen. */
                                offered_amount?: number;
                                confirmed: number;
                                /** @description Yuan, exact to the fen. */
                                confirmed_amount?: number;
                                published: number;
                                /** @description Yuan, exact to the fen. */
                                published_amount?: number;
                                paid: number;
                                /** @description Yuan, exact to the fen. */
                                paid_amount: number;
                                unclaimed: number;
                                /** @description Yuan, exact to the fen. */
                                unclaimed_amount?: number;
                                withdrawn?: number;
                                waiting?: number;
                                days_to_payment_median?: number | null;
                                days_to_payment_mean?: number | null;
                            };
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/take-up/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Take-up as an Excel workbook or a PDF report (the same figures as GET /take-up) */
        get: {
            parameters: {
                query?: {
                    year?: number;
                    measure?: string;
                    programme_id?: string;
                    format?: "xlsx" | "pdf";
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "application/pdf": string;
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Exact aggregates of one year’s stored entitlements (officers: their region; analysts and administrators: all)
         * @description Counts, small-or-micro counts and total support value (yuan, exact) of the enterprises with stored entitlements in `year` (default the newest year with any), by size class, by industry group and by region: by province for a national scope, else one level below the officer’s region (a province officer by city, a city officer by county or district). Computed in the database within the caller’s scope. By measure: eligible enterprises and total value of each measure (from the per-measure components stored with the entitlements).
         */
        get: {
            parameters: {
                query?: {
                    /** @description The year of the figures and entitlements; default the newest year with stored entitlements in the scope. */
                    year?: number;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The year of the figures (null: no stored entitlements in the scope at all). */
                            year: number | null;
                            /** @description The years with stored entitlements in the scope, newest first. */
                            years: number[];
                            /** @description The data the figures cover: `{ all: true }` or `{ region_prefix }`. */
                            scope: {
                                all?: boolean;
                                region_prefix?: string;
                            };
                            total: {
                                /** @description The group (null: unknown, e.g. a year whose size class could not be computed). */
                                key: string | null;
                                /** @description Enterprises with stored entitlements in the year. */
                                enterprises: number;
                                /** @description Of which small or micro. */
                                small_or_micro: number;
                                /** @description Sum of the stored total support values, yuan, exact to the fen. */
                                total_support_value: number;
                            };
                            by_size_class: {
                                /** @description The group (null: unknown, e.g. a year whose size class could not be computed). */
                                key: string | null;
                                /** @description Enterprises with stored entitlements in the year. */
                                enterprises: number;
                                /** @description Of which small or micro. */
                                small_or_micro: number;
                                /** @description Sum of the stored total support values, yuan, exact to the fen. */
                                total_support_value: number;
                            }[];
                            by_industry_group: {
                                /** @description The group (null: unknown, e.g. a year whose size class could not be computed). */
                                key: string | null;
                                /** @description Enterprises with stored entitlements in the year. */
                                enterprises: number;
                                /** @description Of which small or micro. */
                                small_or_micro: number;
                                /** @description Sum of the stored total support values, yuan, exact to the fen. */
                                total_support_value: number;
                            }[];
                            /** @enum {string} */
                            region_level: "province" | "city" | "county";
                            by_region: {
                                /** @description The group (null: unknown, e.g. a year whose size class could not be computed). */
                                key: string | null;
                                /** @description Enterprises with stored entitlements in the year. */
                                enterprises: number;
                                /** @description Of which small or micro. */
                                small_or_micro: number;
                                /** @description Sum of the stored total support values, yuan, exact to the fen. */
                                total_support_value: number;
                                /** @description The region’s name in the response language (null: not in the region table). */
                                name?: string | null;
                            }[];
                            /** @description Per measure of the catalogue with stored values in the year, by measure id. */
                            by_measure: {
                                /** @description Catalogue id of the measure, e.g. `gf2012-14/02.2`. */
                                measure: string;
                                /** @description The measure’s title in the response language (null: not in the catalogue). */
                                title: string | null;
                                /** @description Enterprises eligible for the measure in the year. */
                                enterprises: number;
                                /** @description Sum of the measure’s values that count in the total support value, yuan, exact to the fen. */
                                total_value: number;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tenders of the caller’s budget unit (procurement), region (officers) or all */
        get: {
            parameters: {
                query?: {
                    status?: "draft" | "evaluated" | "published";
                    /** @description Name contains, or id equals. */
                    q?: string;
                    limit?: number;
                    cursor?: string;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["StoredTender"][];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a draft tender of the caller’s budget unit, with its bids */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Your id (generated when absent). */
                        id?: string;
                        name: string;
                        /** @description A procurement project of the unit: publishing writes the project's award. */
                        project_id?: string | null;
                        /** @description YYYY-MM-DD: the rules and the legal deduction range in force on this date apply. */
                        date: string;
                        /** @enum {string} */
                        method: "lowest_price" | "comprehensive";
                        /** @description Price weight in points out of 100 (comprehensive scoring): decimal, at most 9 decimals, as a number or as text ("0.08"). */
                        price_weight?: number | string | null;
                        /** @description Small/micro deduction rate (0.06–0.1 for 2012–2019): decimal, at most 9 decimals, as a number or as text ("0.08"). */
                        deduction_rate?: number | string | null;
                        /** @description Consortium deduction rate (0.02–0.03 for 2012–2019): decimal, at most 9 decimals, as a number or as text ("0.08"). */
                        consortium_deduction_rate?: number | string | null;
                        /** @description A project reserved for SMEs: no deduction. */
                        reserved_for_sme?: boolean;
                        bids?: components["schemas"]["TenderBidInput"][];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TenderDetail"];
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * E-procurement systems: submit a whole tender with its bids, stored and evaluated at once
         * @description For an e-procurement system with the API token of a procurement user: the tender and every bid in one body (as POST /api/v1/tenders), stored under the user’s budget unit and evaluated in one step; the answer is the evaluation report. Any problem — a bad value, a rate outside the legal range of the tender’s date — stores nothing.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Your id (generated when absent). */
                        id?: string;
                        name: string;
                        /** @description A procurement project of the unit: publishing writes the project's award. */
                        project_id?: string | null;
                        /** @description YYYY-MM-DD: the rules and the legal deduction range in force on this date apply. */
                        date: string;
                        /** @enum {string} */
                        method: "lowest_price" | "comprehensive";
                        /** @description Price weight in points out of 100 (comprehensive scoring): decimal, at most 9 decimals, as a number or as text ("0.08"). */
                        price_weight?: number | string | null;
                        /** @description Small/micro deduction rate (0.06–0.1 for 2012–2019): decimal, at most 9 decimals, as a number or as text ("0.08"). */
                        deduction_rate?: number | string | null;
                        /** @description Consortium deduction rate (0.02–0.03 for 2012–2019): decimal, at most 9 decimals, as a number or as text ("0.08"). */
                        consortium_deduction_rate?: number | string | null;
                        /** @description A project reserved for SMEs: no deduction. */
                        reserved_for_sme?: boolean;
                        bids: components["schemas"]["TenderBidInput"][];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tender: components["schemas"]["StoredTender"];
                            evaluation: components["schemas"]["TenderEvaluation"];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/legal-range": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The legal deduction ranges in force on a date
         * @description The ranges in force on the date: 6%–10% for small/micro enterprises and 2%–3% for consortia from 2012-01-01 (财库〔2011〕181号), then the ranges of 财库〔2020〕46号 (from 2021-01-01) and 财库〔2022〕19号 (from 2022-07-01); no rule is encoded before 2012 or after 2027-12-31 (XW_ERR_TENDER_RULE).
         */
        get: {
            parameters: {
                query: {
                    /** @description YYYY-MM-DD */
                    date: string;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            small_micro: {
                                min: number;
                                max: number;
                            };
                            consortium: {
                                min: number;
                                max: number;
                            };
                            consortium_share: number;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/bid-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Excel template of a bid import, headers in the user language */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An .xlsx workbook: the bid sheet with two example rows, and the instructions. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One tender with its bids, declarations and newest evaluation */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TenderDetail"];
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Change a tender that is not published (it goes back to draft) */
        put: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description A procurement project of the unit: publishing writes the project's award. */
                        project_id?: string | null;
                        /** @description YYYY-MM-DD: the rules and the legal deduction range in force on this date apply. */
                        date?: string;
                        /** @enum {string} */
                        method?: "lowest_price" | "comprehensive";
                        /** @description Price weight in points out of 100 (comprehensive scoring): decimal, at most 9 decimals, as a number or as text ("0.08"). */
                        price_weight?: number | string | null;
                        /** @description Small/micro deduction rate (0.06–0.1 for 2012–2019): decimal, at most 9 decimals, as a number or as text ("0.08"). */
                        deduction_rate?: number | string | null;
                        /** @description Consortium deduction rate (0.02–0.03 for 2012–2019): decimal, at most 9 decimals, as a number or as text ("0.08"). */
                        consortium_deduction_rate?: number | string | null;
                        /** @description A project reserved for SMEs: no deduction. */
                        reserved_for_sme?: boolean;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TenderDetail"];
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Delete a tender that is not published */
        delete: {
            parameters: {
                query?: {
                    /** @description The version read: 409 if the tender changed since. */
                    version?: number;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{id}/bids/{bid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Add a bid, or replace the bid with this id */
        put: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                    bid: string;
                };
                cookie?: never;
            };
            /** @description A bid as in TenderBidInput; its id is the one in the path. */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The bid's id within the tender. */
                        id?: string;
                        /** @description The supplier's registry id (unified social credit code). */
                        supplier_id?: string | null;
                        supplier_name: string;
                        /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
                        price: number | string;
                        /** @description Technical score, 0–100 (comprehensive scoring): decimal, at most 9 decimals, as a number or as text ("0.08"). */
                        technical_score?: number | string | null;
                        /**
                         * @description false: the bid is not compliant and is not ranked.
                         * @default true
                         */
                        compliant?: boolean;
                        /**
                         * @description The class the SME declaration states; null: none.
                         * @enum {string|null}
                         */
                        supplier_size_class?: "large" | "medium" | "small" | "micro" | null;
                        /**
                         * @deprecated
                         * @description Old name of supplier_size_class, accepted until 0.3.
                         * @enum {string|null}
                         */
                        size_class?: "large" | "medium" | "small" | "micro" | null;
                        products?: {
                            /** @description Registry id (unified social credit code) of the manufacturer: its class is checked. */
                            manufacturer_id?: string | null;
                            manufacturer_name: string;
                            /**
                             * @description The manufacturer's class as declared (required).
                             * @enum {string}
                             */
                            manufacturer_size_class?: "large" | "medium" | "small" | "micro";
                            /** @description The product carries a large enterprise's registered trademark. */
                            large_enterprise_trademark?: boolean;
                            /**
                             * @deprecated
                             * @description Old name of manufacturer_size_class, accepted until 0.3.
                             * @enum {string}
                             */
                            size_class?: "large" | "medium" | "small" | "micro";
                            /**
                             * @deprecated
                             * @description Old name of large_enterprise_trademark, accepted until 0.3.
                             */
                            large_trademark?: boolean;
                        }[];
                        /** @description Consortium members: their classes decide the bid’s. */
                        consortium?: {
                            /** @description Registry id of the member: its class is checked. */
                            member_id?: string | null;
                            name: string;
                            /** @enum {string} */
                            size_class: "large" | "medium" | "small" | "micro";
                            /** @description Share of the consortium contract amount (0.3 = 30%): decimal, at most 9 decimals, as a number or as text ("0.08"). */
                            share: number | string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TenderDetail"];
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Remove a bid */
        delete: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                    bid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TenderDetail"];
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{id}/bids/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import bids from an Excel file (.xlsx), all or none
         * @description multipart/form-data with one file field (`file`), columns as in GET /api/v1/tenders/bid-template (headers in any of the three languages). Every row is checked; if any has a problem nothing is imported and the answer is XW_ERR_BIDS_REJECTED (422) with every problem by row, column and field in the user language.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description The .xlsx file.
                         */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TenderDetail"];
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{id}/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Evaluate a tender: store a new evaluation
         * @description The rates must lie in the legal range in force on the tender’s date (else XW_ERR_TENDER_RULE naming the range). Every SME declaration is checked against the registry; a contradicted one is flagged with the registry’s reason.
         */
        post: {
            parameters: {
                query?: {
                    /** @description The version read: 409 if the tender changed since. */
                    version?: number;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description No body: send none (or an empty object). */
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description The evaluation report: per bid the deduction applied and why (or why not), the evaluated price, scores and rank, and each declaration checked against the registry. The contract amount is the bid price, never the evaluated one. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TenderEvaluation"];
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the newest evaluation: final afterwards (every change is 409) */
        post: {
            parameters: {
                query?: {
                    /** @description The version read: 409 if the tender changed since. */
                    version?: number;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description No body: send none (or an empty object). */
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description The evaluation report: per bid the deduction applied and why (or why not), the evaluated price, scores and rank, and each declaration checked against the registry. The contract amount is the bid price, never the evaluated one. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TenderEvaluation"];
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The evaluation report as JSON, Excel (.xlsx) or PDF */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "xlsx" | "pdf";
                    /** @description An earlier evaluation; default the newest. */
                    sequence?: number;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description format=json: the report; xlsx and pdf: the file (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/pdf). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TenderEvaluation"];
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Budget units within the caller’s scope (a procurement user: its own unit; an officer: the region’s) */
        get: {
            parameters: {
                query?: {
                    /** @description Region code prefix (`3702`); default the caller’s region (all for analysts and admins). */
                    region?: string;
                    /** @description Name contains, or id equals. */
                    q?: string;
                    limit?: number;
                    cursor?: string;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                /** @description GB/T 2260 code, 6 digits: the officers of this region oversee the unit. */
                                region_code: string;
                                created_at: string;
                                updated_at: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add a budget unit (officers: inside their region) */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Letters, digits, "-", "_", "." (generated when absent). */
                        id?: string;
                        name: string;
                        /** @description GB/T 2260 code, 6 digits. */
                        region_code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @description GB/T 2260 code, 6 digits: the officers of this region oversee the unit. */
                            region_code: string;
                            created_at: string;
                            updated_at: string;
                            years: {
                                year: number;
                                /** @description The annual government procurement budget (年度政府采购项目预算总额), yuan: the base of the 30% / 18% set-aside. */
                                procurement_budget: number;
                                /** @description Why the unit stays below the line this year (null: none recorded). */
                                shortfall_reason: string | null;
                                /** @description User id who recorded the reason. */
                                shortfall_reason_by: string | null;
                                shortfall_reason_at: string | null;
                                updated_at: string;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget-units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One budget unit with its years (procurement budget, shortfall reason) */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    /** @description Budget unit id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @description GB/T 2260 code, 6 digits: the officers of this region oversee the unit. */
                            region_code: string;
                            created_at: string;
                            updated_at: string;
                            years: {
                                year: number;
                                /** @description The annual government procurement budget (年度政府采购项目预算总额), yuan: the base of the 30% / 18% set-aside. */
                                procurement_budget: number;
                                /** @description Why the unit stays below the line this year (null: none recorded). */
                                shortfall_reason: string | null;
                                /** @description User id who recorded the reason. */
                                shortfall_reason_by: string | null;
                                shortfall_reason_at: string | null;
                                updated_at: string;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Rename a budget unit or change its region (officers: never out of their region) */
        put: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    /** @description Budget unit id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description GB/T 2260 code, 6 digits. */
                        region_code?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @description GB/T 2260 code, 6 digits: the officers of this region oversee the unit. */
                            region_code: string;
                            created_at: string;
                            updated_at: string;
                            years: {
                                year: number;
                                /** @description The annual government procurement budget (年度政府采购项目预算总额), yuan: the base of the 30% / 18% set-aside. */
                                procurement_budget: number;
                                /** @description Why the unit stays below the line this year (null: none recorded). */
                                shortfall_reason: string | null;
                                /** @description User id who recorded the reason. */
                                shortfall_reason_by: string | null;
                                shortfall_reason_at: string | null;
                                updated_at: string;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget-units/{id}/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record a year’s procurement budget of a budget unit (refused when its reserved projects would exceed it) */
        put: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    /** @description Budget unit id. */
                    id: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
                        procurement_budget: number | string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            /** @description The annual government procurement budget (年度政府采购项目预算总额), yuan: the base of the 30% / 18% set-aside. */
                            procurement_budget: number;
                            /** @description Why the unit stays below the line this year (null: none recorded). */
                            shortfall_reason: string | null;
                            /** @description User id who recorded the reason. */
                            shortfall_reason_by: string | null;
                            shortfall_reason_at: string | null;
                            updated_at: string;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget-units/{id}/years/{year}/shortfall-reason": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record why the unit stays below the set-aside line this year (only when the policy says it is below; null clears it)
         * @description 财库〔2011〕181号: a unit that reserves less than 30% of its annual procurement budget for SMEs, or less than 60% of that (18% of the total) for small and micro enterprises, records why. The reason is audited with who and when; the yearly report marks units below the line without one.
         */
        put: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    /** @description Budget unit id. */
                    id: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            budget_unit_id: string;
                            name: string;
                            region_code: string;
                            year: number;
                            /** @description Yuan, exact to the fen. */
                            procurement_budget: number;
                            /** @description Projects reserved for SMEs, those reserved for small and micro enterprises included. */
                            sme_reserved: number;
                            /** @description Projects reserved for small and micro enterprises. */
                            small_micro_reserved: number;
                            /** @description Contracts awarded to medium, small and micro suppliers. */
                            sme_awarded: number;
                            /** @description Contracts awarded to small and micro suppliers. */
                            small_micro_awarded: number;
                            shares: {
                                /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                sme_reserved: string;
                                /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                small_micro_reserved: string;
                                /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                sme_awarded: string;
                                /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                small_micro_awarded: string;
                            };
                            /** @description The policy: ≥ 30% of the budget reserved for SMEs (budget_unit_meets_sme_set_aside). */
                            meets_sme: boolean | null;
                            /** @description The policy: ≥ 60% of the SME part and ≥ 18% of the budget for small and micro (budget_unit_meets_small_micro_set_aside). */
                            meets_small_micro: boolean | null;
                            /** @description Both (budget_unit_meets_set_aside); null when there is no decision. */
                            meets: boolean | null;
                            /**
                             * @description `below_without_reason`: below the line and no reason recorded — the report marks it.
                             * @enum {string}
                             */
                            state: "meets" | "below_with_reason" | "below_without_reason" | "no_budget_recorded" | "not_computable";
                            /** @description Why the rules give no answer (null when they do): `not_encoded` (a year outside 2012–2019) or `inconsistent` amounts. */
                            problem: {
                                /** @enum {string} */
                                code: "not_encoded" | "inconsistent";
                                variable: string;
                                message: string;
                            } | null;
                            shortfall_reason: string | null;
                            shortfall_reason_by: string | null;
                            shortfall_reason_at: string | null;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget-units/{id}/set-aside/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The set-aside of a budget unit’s year, decided by the policy, with its explanation
         * @description Reserved and awarded amounts summed from the unit’s projects (reserved for SMEs = projects reserved for SMEs + those reserved for small and micro enterprises; awarded to SMEs = awards to medium, small and micro suppliers), their shares of the annual procurement budget, and the policy’s decisions (财库〔2011〕181号: ≥ 30% for SMEs, of which ≥ 60% — 18% of the total — for small and micro). The explanation is the engine’s trace in the response language.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    /** @description Budget unit id. */
                    id: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            budget_unit_id: string;
                            name: string;
                            region_code: string;
                            year: number;
                            /** @description Yuan, exact to the fen. */
                            procurement_budget: number;
                            /** @description Projects reserved for SMEs, those reserved for small and micro enterprises included. */
                            sme_reserved: number;
                            /** @description Projects reserved for small and micro enterprises. */
                            small_micro_reserved: number;
                            /** @description Contracts awarded to medium, small and micro suppliers. */
                            sme_awarded: number;
                            /** @description Contracts awarded to small and micro suppliers. */
                            small_micro_awarded: number;
                            shares: {
                                /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                sme_reserved: string;
                                /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                small_micro_reserved: string;
                                /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                sme_awarded: string;
                                /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                small_micro_awarded: string;
                            };
                            /** @description The policy: ≥ 30% of the budget reserved for SMEs (budget_unit_meets_sme_set_aside). */
                            meets_sme: boolean | null;
                            /** @description The policy: ≥ 60% of the SME part and ≥ 18% of the budget for small and micro (budget_unit_meets_small_micro_set_aside). */
                            meets_small_micro: boolean | null;
                            /** @description Both (budget_unit_meets_set_aside); null when there is no decision. */
                            meets: boolean | null;
                            /**
                             * @description `below_without_reason`: below the line and no reason recorded — the report marks it.
                             * @enum {string}
                             */
                            state: "meets" | "below_with_reason" | "below_without_reason" | "no_budget_recorded" | "not_computable";
                            /** @description Why the rules give no answer (null when they do): `not_encoded` (a year outside 2012–2019) or `inconsistent` amounts. */
                            problem: {
                                /** @enum {string} */
                                code: "not_encoded" | "inconsistent";
                                variable: string;
                                message: string;
                            } | null;
                            shortfall_reason: string | null;
                            shortfall_reason_by: string | null;
                            shortfall_reason_at: string | null;
                            policy_version: string;
                            parameter_hash: string;
                            /** @description The engine’s trace of the decision and of the awarded shares, down to the 30% / 60% parameter values with their window and document, in the response language (empty when there is no decision). */
                            explanation: {
                                trace: components["schemas"]["TraceNode"][];
                                text: string;
                            };
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget-units/{id}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The projects of a budget unit (of one year, or all), with their reservation and award */
        get: {
            parameters: {
                query?: {
                    year?: number;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    /** @description Budget unit id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                budget_unit_id: string;
                                year: number;
                                name: string;
                                /** @description Yuan, exact to the fen. */
                                budget: number;
                                /**
                                 * @description `sme`: reserved for SMEs; `small_micro`: reserved for small and micro enterprises (also counts toward the SME share); `none`: open.
                                 * @enum {string}
                                 */
                                reserved_for: "none" | "sme" | "small_micro";
                                /** @description The contract awarded (null: not yet). Awards to medium, small and micro suppliers count as awarded to SMEs. */
                                award: {
                                    supplier_id: string | null;
                                    supplier_name: string | null;
                                    /** @enum {string} */
                                    size_class: "large" | "medium" | "small" | "micro";
                                    /** @description Contract amount at the original price, yuan. */
                                    amount: number;
                                } | null;
                                /** @description The tender whose publication wrote the award (such awards cannot be changed by hand). */
                                tender_id: string | null;
                                created_at: string;
                                updated_at: string;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add a project to a budget unit’s recorded year (refused when the reserved projects would exceed the budget) */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    /** @description Budget unit id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        id?: string;
                        year: number;
                        name: string;
                        /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
                        budget: number | string;
                        /**
                         * @description `sme`: reserved for SMEs; `small_micro`: reserved for small and micro enterprises (also counts toward the SME share); `none`: open.
                         * @enum {string}
                         */
                        reserved_for: "none" | "sme" | "small_micro";
                        /** @description The award, recorded by hand for a project without a tender in the system; null clears it. */
                        award?: {
                            supplier_id?: string | null;
                            supplier_name: string;
                            /** @enum {string} */
                            size_class: "large" | "medium" | "small" | "micro";
                            /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
                            amount: number | string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            budget_unit_id: string;
                            year: number;
                            name: string;
                            /** @description Yuan, exact to the fen. */
                            budget: number;
                            /**
                             * @description `sme`: reserved for SMEs; `small_micro`: reserved for small and micro enterprises (also counts toward the SME share); `none`: open.
                             * @enum {string}
                             */
                            reserved_for: "none" | "sme" | "small_micro";
                            /** @description The contract awarded (null: not yet). Awards to medium, small and micro suppliers count as awarded to SMEs. */
                            award: {
                                supplier_id: string | null;
                                supplier_name: string | null;
                                /** @enum {string} */
                                size_class: "large" | "medium" | "small" | "micro";
                                /** @description Contract amount at the original price, yuan. */
                                amount: number;
                            } | null;
                            /** @description The tender whose publication wrote the award (such awards cannot be changed by hand). */
                            tender_id: string | null;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/procurement-projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a project, or record its award by hand (only for projects without a tender in the system) */
        put: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    /** @description Project id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        year?: number;
                        name?: string;
                        /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
                        budget?: number | string;
                        /**
                         * @description `sme`: reserved for SMEs; `small_micro`: reserved for small and micro enterprises (also counts toward the SME share); `none`: open.
                         * @enum {string}
                         */
                        reserved_for?: "none" | "sme" | "small_micro";
                        /** @description The award, recorded by hand for a project without a tender in the system; null clears it. */
                        award?: {
                            supplier_id?: string | null;
                            supplier_name: string;
                            /** @enum {string} */
                            size_class: "large" | "medium" | "small" | "micro";
                            /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
                            amount: number | string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            budget_unit_id: string;
                            year: number;
                            name: string;
                            /** @description Yuan, exact to the fen. */
                            budget: number;
                            /**
                             * @description `sme`: reserved for SMEs; `small_micro`: reserved for small and micro enterprises (also counts toward the SME share); `none`: open.
                             * @enum {string}
                             */
                            reserved_for: "none" | "sme" | "small_micro";
                            /** @description The contract awarded (null: not yet). Awards to medium, small and micro suppliers count as awarded to SMEs. */
                            award: {
                                supplier_id: string | null;
                                supplier_name: string | null;
                                /** @enum {string} */
                                size_class: "large" | "medium" | "small" | "micro";
                                /** @description Contract amount at the original price, yuan. */
                                amount: number;
                            } | null;
                            /** @description The tender whose publication wrote the award (such awards cannot be changed by hand). */
                            tender_id: string | null;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Delete a project (the audit log keeps it) */
        delete: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    /** @description Project id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/set-aside/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The yearly set-aside report of a region: every budget unit with its shares and state, and the region’s totals
         * @description Officers: their region or a part of it (another region is 404); analysts and administrators: any region, or all. Units below the line without a recorded reason have `state: below_without_reason`.
         */
        get: {
            parameters: {
                query: {
                    /** @description The year of the budgets and projects. */
                    year: number;
                    /** @description Region code prefix (`3702`); default the caller’s region (all for analysts and admins). */
                    region?: string;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Region code prefix of the units ("" = every region). */
                            region: string;
                            year: number;
                            generated_at?: string;
                            policy_version: string;
                            parameter_hash: string;
                            units: {
                                budget_unit_id: string;
                                name: string;
                                region_code: string;
                                year: number;
                                /** @description Yuan, exact to the fen. */
                                procurement_budget: number;
                                /** @description Projects reserved for SMEs, those reserved for small and micro enterprises included. */
                                sme_reserved: number;
                                /** @description Projects reserved for small and micro enterprises. */
                                small_micro_reserved: number;
                                /** @description Contracts awarded to medium, small and micro suppliers. */
                                sme_awarded: number;
                                /** @description Contracts awarded to small and micro suppliers. */
                                small_micro_awarded: number;
                                shares: {
                                    /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                    sme_reserved: string;
                                    /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                    small_micro_reserved: string;
                                    /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                    sme_awarded: string;
                                    /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                    small_micro_awarded: string;
                                };
                                /** @description The policy: ≥ 30% of the budget reserved for SMEs (budget_unit_meets_sme_set_aside). */
                                meets_sme: boolean | null;
                                /** @description The policy: ≥ 60% of the SME part and ≥ 18% of the budget for small and micro (budget_unit_meets_small_micro_set_aside). */
                                meets_small_micro: boolean | null;
                                /** @description Both (budget_unit_meets_set_aside); null when there is no decision. */
                                meets: boolean | null;
                                /**
                                 * @description `below_without_reason`: below the line and no reason recorded — the report marks it.
                                 * @enum {string}
                                 */
                                state: "meets" | "below_with_reason" | "below_without_reason" | "no_budget_recorded" | "not_computable";
                                /** @description Why the rules give no answer (null when they do): `not_encoded` (a year outside 2012–2019) or `inconsistent` amounts. */
                                problem: {
                                    /** @enum {string} */
                                    code: "not_encoded" | "inconsistent";
                                    variable: string;
                                    message: string;
                                } | null;
                                shortfall_reason: string | null;
                                shortfall_reason_by: string | null;
                                shortfall_reason_at: string | null;
                            }[];
                            /** @description The region: counts of units by state, sums of the computable units’ amounts, and the policy’s decision on the sums. */
                            totals: {
                                units: number;
                                units_recorded: number;
                                units_meeting: number;
                                units_below: number;
                                units_below_without_reason: number;
                                units_not_computable: number;
                                /** @description Yuan, exact to the fen. */
                                procurement_budget: number;
                                /** @description Projects reserved for SMEs, those reserved for small and micro enterprises included. */
                                sme_reserved: number;
                                /** @description Projects reserved for small and micro enterprises. */
                                small_micro_reserved: number;
                                /** @description Contracts awarded to medium, small and micro suppliers. */
                                sme_awarded: number;
                                /** @description Contracts awarded to small and micro suppliers. */
                                small_micro_awarded: number;
                                shares: {
                                    /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                    sme_reserved: string;
                                    /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                    small_micro_reserved: string;
                                    /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                    sme_awarded: string;
                                    /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                    small_micro_awarded: string;
                                };
                                /** @description The policy: ≥ 30% of the budget reserved for SMEs (budget_unit_meets_sme_set_aside). */
                                meets_sme: boolean | null;
                                /** @description The policy: ≥ 60% of the SME part and ≥ 18% of the budget for small and micro (budget_unit_meets_small_micro_set_aside). */
                                meets_small_micro: boolean | null;
                                /** @description Both (budget_unit_meets_set_aside); null when there is no decision. */
                                meets: boolean | null;
                                /** @description Why the rules give no answer (null when they do): `not_encoded` (a year outside 2012–2019) or `inconsistent` amounts. */
                                problem: {
                                    /** @enum {string} */
                                    code: "not_encoded" | "inconsistent";
                                    variable: string;
                                    message: string;
                                } | null;
                            };
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/set-aside/report/xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The yearly set-aside report of a region as an Excel workbook
         * @description The same figures as `GET /api/v1/set-aside/report`, in the response language; units below the line highlighted.
         */
        get: {
            parameters: {
                query: {
                    /** @description The year of the budgets and projects. */
                    year: number;
                    /** @description Region code prefix (`3702`); default the caller’s region (all for analysts and admins). */
                    region?: string;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "application/pdf": string;
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/set-aside/report/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The yearly set-aside report of a region as a PDF
         * @description The same figures as `GET /api/v1/set-aside/report`, in the response language; units below the line highlighted.
         */
        get: {
            parameters: {
                query: {
                    /** @description The year of the budgets and projects. */
                    year: number;
                    /** @description Region code prefix (`3702`); default the caller’s region (all for analysts and admins). */
                    region?: string;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "application/pdf": string;
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/set-aside/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published set-aside reports the caller may read (newest year first, newest version first) */
        get: {
            parameters: {
                query?: {
                    year?: number;
                    /** @description Region code prefix (`3702`); default the caller’s region (all for analysts and admins). */
                    region?: string;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                region: string;
                                year: number;
                                /** @description 1 for the first publication of (region, year), then 2, 3, …; never changed or deleted. */
                                version: number;
                                policy_version: string;
                                parameter_hash: string;
                                published_by: string;
                                published_at: string;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Publish the yearly set-aside report of a region as it stands now (a new immutable version)
         * @description The report is frozen as published: later changes to budgets or projects do not alter it, and it can be neither changed nor deleted. Publishing the same region and year again makes the next version.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        year: number;
                        /** @description Region code prefix (`3702`); default the caller’s region (all for analysts and admins). */
                        region?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            region: string;
                            year: number;
                            /** @description 1 for the first publication of (region, year), then 2, 3, …; never changed or deleted. */
                            version: number;
                            policy_version: string;
                            parameter_hash: string;
                            published_by: string;
                            published_at: string;
                            report: {
                                /** @description Region code prefix of the units ("" = every region). */
                                region: string;
                                year: number;
                                generated_at?: string;
                                policy_version: string;
                                parameter_hash: string;
                                units: {
                                    budget_unit_id: string;
                                    name: string;
                                    region_code: string;
                                    year: number;
                                    /** @description Yuan, exact to the fen. */
                                    procurement_budget: number;
                                    /** @description Projects reserved for SMEs, those reserved for small and micro enterprises included. */
                                    sme_reserved: number;
                                    /** @description Projects reserved for small and micro enterprises. */
                                    small_micro_reserved: number;
                                    /** @description Contracts awarded to medium, small and micro suppliers. */
                                    sme_awarded: number;
                                    /** @description Contracts awarded to small and micro suppliers. */
                                    small_micro_awarded: number;
                                    shares: {
                                        /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                        sme_reserved: string;
                                        /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                        small_micro_reserved: string;
                                        /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                        sme_awarded: string;
                                        /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                        small_micro_awarded: string;
                                    };
                                    /** @description The policy: ≥ 30% of the budget reserved for SMEs (budget_unit_meets_sme_set_aside). */
                                    meets_sme: boolean | null;
                                    /** @description The policy: ≥ 60% of the SME part and ≥ 18% of the budget for small and micro (budget_unit_meets_small_micro_set_aside). */
                                    meets_small_micro: boolean | null;
                                    /** @description Both (budget_unit_meets_set_aside); null when there is no decision. */
                                    meets: boolean | null;
                                    /**
                                     * @description `below_without_reason`: below the line and no reason recorded — the report marks it.
                                     * @enum {string}
                                     */
                                    state: "meets" | "below_with_reason" | "below_without_reason" | "no_budget_recorded" | "not_computable";
                                    /** @description Why the rules give no answer (null when they do): `not_encoded` (a year outside 2012–2019) or `inconsistent` amounts. */
                                    problem: {
                                        /** @enum {string} */
                                        code: "not_encoded" | "inconsistent";
                                        variable: string;
                                        message: string;
                                    } | null;
                                    shortfall_reason: string | null;
                                    shortfall_reason_by: string | null;
                                    shortfall_reason_at: string | null;
                                }[];
                                /** @description The region: counts of units by state, sums of the computable units’ amounts, and the policy’s decision on the sums. */
                                totals: {
                                    units: number;
                                    units_recorded: number;
                                    units_meeting: number;
                                    units_below: number;
                                    units_below_without_reason: number;
                                    units_not_computable: number;
                                    /** @description Yuan, exact to the fen. */
                                    procurement_budget: number;
                                    /** @description Projects reserved for SMEs, those reserved for small and micro enterprises included. */
                                    sme_reserved: number;
                                    /** @description Projects reserved for small and micro enterprises. */
                                    small_micro_reserved: number;
                                    /** @description Contracts awarded to medium, small and micro suppliers. */
                                    sme_awarded: number;
                                    /** @description Contracts awarded to small and micro suppliers. */
                                    small_micro_awarded: number;
                                    shares: {
                                        /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                        sme_reserved: string;
                                        /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                        small_micro_reserved: string;
                                        /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                        sme_awarded: string;
                                        /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                        small_micro_awarded: string;
                                    };
                                    /** @description The policy: ≥ 30% of the budget reserved for SMEs (budget_unit_meets_sme_set_aside). */
                                    meets_sme: boolean | null;
                                    /** @description The policy: ≥ 60% of the SME part and ≥ 18% of the budget for small and micro (budget_unit_meets_small_micro_set_aside). */
                                    meets_small_micro: boolean | null;
                                    /** @description Both (budget_unit_meets_set_aside); null when there is no decision. */
                                    meets: boolean | null;
                                    /** @description Why the rules give no answer (null when they do): `not_encoded` (a year outside 2012–2019) or `inconsistent` amounts. */
                                    problem: {
                                        /** @enum {string} */
                                        code: "not_encoded" | "inconsistent";
                                        variable: string;
                                        message: string;
                                    } | null;
                                };
                            };
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/set-aside/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published set-aside report, as it was published */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            region: string;
                            year: number;
                            /** @description 1 for the first publication of (region, year), then 2, 3, …; never changed or deleted. */
                            version: number;
                            policy_version: string;
                            parameter_hash: string;
                            published_by: string;
                            published_at: string;
                            report: {
                                /** @description Region code prefix of the units ("" = every region). */
                                region: string;
                                year: number;
                                generated_at?: string;
                                policy_version: string;
                                parameter_hash: string;
                                units: {
                                    budget_unit_id: string;
                                    name: string;
                                    region_code: string;
                                    year: number;
                                    /** @description Yuan, exact to the fen. */
                                    procurement_budget: number;
                                    /** @description Projects reserved for SMEs, those reserved for small and micro enterprises included. */
                                    sme_reserved: number;
                                    /** @description Projects reserved for small and micro enterprises. */
                                    small_micro_reserved: number;
                                    /** @description Contracts awarded to medium, small and micro suppliers. */
                                    sme_awarded: number;
                                    /** @description Contracts awarded to small and micro suppliers. */
                                    small_micro_awarded: number;
                                    shares: {
                                        /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                        sme_reserved: string;
                                        /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                        small_micro_reserved: string;
                                        /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                        sme_awarded: string;
                                        /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                        small_micro_awarded: string;
                                    };
                                    /** @description The policy: ≥ 30% of the budget reserved for SMEs (budget_unit_meets_sme_set_aside). */
                                    meets_sme: boolean | null;
                                    /** @description The policy: ≥ 60% of the SME part and ≥ 18% of the budget for small and micro (budget_unit_meets_small_micro_set_aside). */
                                    meets_small_micro: boolean | null;
                                    /** @description Both (budget_unit_meets_set_aside); null when there is no decision. */
                                    meets: boolean | null;
                                    /**
                                     * @description `below_without_reason`: below the line and no reason recorded — the report marks it.
                                     * @enum {string}
                                     */
                                    state: "meets" | "below_with_reason" | "below_without_reason" | "no_budget_recorded" | "not_computable";
                                    /** @description Why the rules give no answer (null when they do): `not_encoded` (a year outside 2012–2019) or `inconsistent` amounts. */
                                    problem: {
                                        /** @enum {string} */
                                        code: "not_encoded" | "inconsistent";
                                        variable: string;
                                        message: string;
                                    } | null;
                                    shortfall_reason: string | null;
                                    shortfall_reason_by: string | null;
                                    shortfall_reason_at: string | null;
                                }[];
                                /** @description The region: counts of units by state, sums of the computable units’ amounts, and the policy’s decision on the sums. */
                                totals: {
                                    units: number;
                                    units_recorded: number;
                                    units_meeting: number;
                                    units_below: number;
                                    units_below_without_reason: number;
                                    units_not_computable: number;
                                    /** @description Yuan, exact to the fen. */
                                    procurement_budget: number;
                                    /** @description Projects reserved for SMEs, those reserved for small and micro enterprises included. */
                                    sme_reserved: number;
                                    /** @description Projects reserved for small and micro enterprises. */
                                    small_micro_reserved: number;
                                    /** @description Contracts awarded to medium, small and micro suppliers. */
                                    sme_awarded: number;
                                    /** @description Contracts awarded to small and micro suppliers. */
                                    small_micro_awarded: number;
                                    shares: {
                                        /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                        sme_reserved: string;
                                        /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                        small_micro_reserved: string;
                                        /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                        sme_awarded: string;
                                        /** @description Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000. */
                                        small_micro_awarded: string;
                                    };
                                    /** @description The policy: ≥ 30% of the budget reserved for SMEs (budget_unit_meets_sme_set_aside). */
                                    meets_sme: boolean | null;
                                    /** @description The policy: ≥ 60% of the SME part and ≥ 18% of the budget for small and micro (budget_unit_meets_small_micro_set_aside). */
                                    meets_small_micro: boolean | null;
                                    /** @description Both (budget_unit_meets_set_aside); null when there is no decision. */
                                    meets: boolean | null;
                                    /** @description Why the rules give no answer (null when they do): `not_encoded` (a year outside 2012–2019) or `inconsistent` amounts. */
                                    problem: {
                                        /** @enum {string} */
                                        code: "not_encoded" | "inconsistent";
                                        variable: string;
                                        message: string;
                                    } | null;
                                };
                            };
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/set-aside/reports/{id}/xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published set-aside report as an Excel workbook */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "application/pdf": string;
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/set-aside/reports/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published set-aside report as a PDF */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "application/pdf": string;
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lending/banks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The banks within the caller’s scope */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id?: string;
                                name?: string;
                                region_code?: string;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lending/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lending reports within the caller’s scope
         * @description A bank sees its own reports; an officer those of the banks of their region; analysts and administrators all.
         */
        get: {
            parameters: {
                query?: {
                    /** @description One bank. */
                    bank?: string;
                    /** @description Region code prefix (narrows the caller’s scope, never widens it). */
                    region?: string;
                    from_year?: number;
                    to_year?: number;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                bank_id: string;
                                bank_name?: string;
                                region_code?: string;
                                year: number;
                                quarter: number;
                                /** @description 2013Q2 */
                                period?: string;
                                /** @description Yuan, exact to the fen. */
                                all_loan_balance?: number;
                                /** @description Yuan, exact to the fen. */
                                all_loan_increment?: number;
                                /** @description Yuan, exact to the fen. */
                                small_micro_loan_balance?: number;
                                small_micro_loan_count?: number;
                                /** @description Yuan, exact to the fen. */
                                small_micro_loan_increment?: number;
                                /** @description Yuan, exact to the fen. */
                                small_micro_loan_balance_small_lines?: number;
                                /** @description Yuan, exact to the fen. */
                                all_loan_balance_last_year?: number;
                                /** @description Yuan, exact to the fen. */
                                small_micro_loan_balance_last_year?: number;
                                /** @description Yuan, exact to the fen. */
                                small_micro_loan_increment_last_year?: number;
                                /** @description The policy’s check as computed when the report was filed, with the rule version. */
                                check: {
                                    /** @description A ratio (0.125 = 12.5%); null when the rules do not cover the quarter. */
                                    all_loan_growth_rate?: number | null;
                                    /** @description A ratio (0.125 = 12.5%); null when the rules do not cover the quarter. */
                                    small_micro_loan_growth_rate?: number | null;
                                    /** @description A ratio (0.125 = 12.5%); null when the rules do not cover the quarter. */
                                    small_lines_share?: number | null;
                                    meets_growth_target?: boolean | null;
                                    meets_increment_target?: boolean | null;
                                    meets_two_targets?: boolean | null;
                                    /** @description The wording of the increment target in force for the quarter (银监发〔2011〕94号 / the 2013 wording). */
                                    increment_wording?: {
                                        /** @description true: "高于" (higher than), to 2012; false: "不低于" (not lower than), from 2013. */
                                        strictly_higher?: boolean;
                                        text?: string;
                                        in_force_from?: string;
                                        document?: string | null;
                                        confidence?: string;
                                    } | null;
                                    /** @description Why the rules could not check the quarter (e.g. before 2012-04-19). */
                                    problem?: string | null;
                                    /** @description When the quarter was not checked: the days the encoded lending targets cover (`to` null while open-ended). */
                                    rules_cover?: {
                                        from?: string;
                                        to?: string | null;
                                    } | null;
                                    policy_version?: string;
                                    parameter_hash?: string;
                                };
                                /** @enum {string} */
                                source?: "api" | "excel" | "web" | "seed";
                                submitted_by?: string;
                                submitted_at?: string;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * File a quarterly small/micro lending report (or several)
         * @description One report at the top level, or several under `reports`. A bank files for itself (`bank_id` may be left out); an administrator for any bank. Every figure is checked (amounts in yuan, balances not negative, small/micro loans not above all loans, the credit-line part not above the small/micro balance, borrowers and balance zero together, the quarter ended, each bank’s periods in order and once); any problem rejects the whole request with XW_ERR_LENDING_REJECTED and nothing is filed. Otherwise each report is checked by the policy (银监发〔2011〕94号 "two not lower than") and stored, replacing a report of the same quarter.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The bank (default: the signed-in bank’s own). */
                        bank_id?: string;
                        /** @description From 2012. */
                        year?: number | string;
                        /** @description 1–4. */
                        quarter?: number | string;
                        /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
                        all_loan_balance?: number | string | null;
                        /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
                        all_loan_increment?: number | string | null;
                        /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
                        small_micro_loan_balance?: number | string | null;
                        small_micro_loan_count?: number | string;
                        /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
                        small_micro_loan_increment?: number | string | null;
                        /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
                        small_micro_loan_balance_small_lines?: number | string | null;
                        /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
                        all_loan_balance_last_year?: number | string | null;
                        /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
                        small_micro_loan_balance_last_year?: number | string | null;
                        /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
                        small_micro_loan_increment_last_year?: number | string | null;
                        reports?: {
                            /** @description The bank (default: the signed-in bank’s own). */
                            bank_id?: string;
                            /** @description From 2012. */
                            year?: number | string;
                            /** @description 1–4. */
                            quarter?: number | string;
                            /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
                            all_loan_balance?: number | string | null;
                            /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
                            all_loan_increment?: number | string | null;
                            /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
                            small_micro_loan_balance?: number | string | null;
                            small_micro_loan_count?: number | string;
                            /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
                            small_micro_loan_increment?: number | string | null;
                            /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
                            small_micro_loan_balance_small_lines?: number | string | null;
                            /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
                            all_loan_balance_last_year?: number | string | null;
                            /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
                            small_micro_loan_balance_last_year?: number | string | null;
                            /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
                            small_micro_loan_increment_last_year?: number | string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Filed. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reports?: {
                                bank_id: string;
                                bank_name?: string;
                                region_code?: string;
                                year: number;
                                quarter: number;
                                /** @description 2013Q2 */
                                period?: string;
                                /** @description Yuan, exact to the fen. */
                                all_loan_balance?: number;
                                /** @description Yuan, exact to the fen. */
                                all_loan_increment?: number;
                                /** @description Yuan, exact to the fen. */
                                small_micro_loan_balance?: number;
                                small_micro_loan_count?: number;
                                /** @description Yuan, exact to the fen. */
                                small_micro_loan_increment?: number;
                                /** @description Yuan, exact to the fen. */
                                small_micro_loan_balance_small_lines?: number;
                                /** @description Yuan, exact to the fen. */
                                all_loan_balance_last_year?: number;
                                /** @description Yuan, exact to the fen. */
                                small_micro_loan_balance_last_year?: number;
                                /** @description Yuan, exact to the fen. */
                                small_micro_loan_increment_last_year?: number;
                                /** @description The policy’s check as computed when the report was filed, with the rule version. */
                                check: {
                                    /** @description A ratio (0.125 = 12.5%); null when the rules do not cover the quarter. */
                                    all_loan_growth_rate?: number | null;
                                    /** @description A ratio (0.125 = 12.5%); null when the rules do not cover the quarter. */
                                    small_micro_loan_growth_rate?: number | null;
                                    /** @description A ratio (0.125 = 12.5%); null when the rules do not cover the quarter. */
                                    small_lines_share?: number | null;
                                    meets_growth_target?: boolean | null;
                                    meets_increment_target?: boolean | null;
                                    meets_two_targets?: boolean | null;
                                    /** @description The wording of the increment target in force for the quarter (银监发〔2011〕94号 / the 2013 wording). */
                                    increment_wording?: {
                                        /** @description true: "高于" (higher than), to 2012; false: "不低于" (not lower than), from 2013. */
                                        strictly_higher?: boolean;
                                        text?: string;
                                        in_force_from?: string;
                                        document?: string | null;
                                        confidence?: string;
                                    } | null;
                                    /** @description Why the rules could not check the quarter (e.g. before 2012-04-19). */
                                    problem?: string | null;
                                    /** @description When the quarter was not checked: the days the encoded lending targets cover (`to` null while open-ended). */
                                    rules_cover?: {
                                        from?: string;
                                        to?: string | null;
                                    } | null;
                                    policy_version?: string;
                                    parameter_hash?: string;
                                };
                                /** @enum {string} */
                                source?: "api" | "excel" | "web" | "seed";
                                submitted_by?: string;
                                submitted_at?: string;
                            }[];
                            /** @description Reports of the same quarters replaced. */
                            replaced?: number;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lending/reports/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload quarterly lending reports from an Excel (.xlsx) or CSV file
         * @description multipart/form-data with one file field (`file`); one row per bank and quarter; columns by field id or label in any language (see the template). Validated whole: any problem rejects the file with XW_ERR_LENDING_REJECTED listing every problem by row and column, and nothing is filed.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description The .xlsx or .csv file.
                         */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Filed. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reports?: {
                                bank_id: string;
                                bank_name?: string;
                                region_code?: string;
                                year: number;
                                quarter: number;
                                /** @description 2013Q2 */
                                period?: string;
                                /** @description Yuan, exact to the fen. */
                                all_loan_balance?: number;
                                /** @description Yuan, exact to the fen. */
                                all_loan_increment?: number;
                                /** @description Yuan, exact to the fen. */
                                small_micro_loan_balance?: number;
                                small_micro_loan_count?: number;
                                /** @description Yuan, exact to the fen. */
                                small_micro_loan_increment?: number;
                                /** @description Yuan, exact to the fen. */
                                small_micro_loan_balance_small_lines?: number;
                                /** @description Yuan, exact to the fen. */
                                all_loan_balance_last_year?: number;
                                /** @description Yuan, exact to the fen. */
                                small_micro_loan_balance_last_year?: number;
                                /** @description Yuan, exact to the fen. */
                                small_micro_loan_increment_last_year?: number;
                                /** @description The policy’s check as computed when the report was filed, with the rule version. */
                                check: {
                                    /** @description A ratio (0.125 = 12.5%); null when the rules do not cover the quarter. */
                                    all_loan_growth_rate?: number | null;
                                    /** @description A ratio (0.125 = 12.5%); null when the rules do not cover the quarter. */
                                    small_micro_loan_growth_rate?: number | null;
                                    /** @description A ratio (0.125 = 12.5%); null when the rules do not cover the quarter. */
                                    small_lines_share?: number | null;
                                    meets_growth_target?: boolean | null;
                                    meets_increment_target?: boolean | null;
                                    meets_two_targets?: boolean | null;
                                    /** @description The wording of the increment target in force for the quarter (银监发〔2011〕94号 / the 2013 wording). */
                                    increment_wording?: {
                                        /** @description true: "高于" (higher than), to 2012; false: "不低于" (not lower than), from 2013. */
                                        strictly_higher?: boolean;
                                        text?: string;
                                        in_force_from?: string;
                                        document?: string | null;
                                        confidence?: string;
                                    } | null;
                                    /** @description Why the rules could not check the quarter (e.g. before 2012-04-19). */
                                    problem?: string | null;
                                    /** @description When the quarter was not checked: the days the encoded lending targets cover (`to` null while open-ended). */
                                    rules_cover?: {
                                        from?: string;
                                        to?: string | null;
                                    } | null;
                                    policy_version?: string;
                                    parameter_hash?: string;
                                };
                                /** @enum {string} */
                                source?: "api" | "excel" | "web" | "seed";
                                submitted_by?: string;
                                submitted_at?: string;
                            }[];
                            /** @description Reports of the same quarters replaced. */
                            replaced?: number;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lending/reports/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The quarterly report template (.xlsx), headers in the caller’s language */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lending/reports/{bank}/{year}/{quarter}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One bank’s report of a quarter, with its check explained */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    bank: string;
                    year: number;
                    quarter: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bank_id: string;
                            bank_name?: string;
                            region_code?: string;
                            year: number;
                            quarter: number;
                            /** @description 2013Q2 */
                            period?: string;
                            /** @description Yuan, exact to the fen. */
                            all_loan_balance?: number;
                            /** @description Yuan, exact to the fen. */
                            all_loan_increment?: number;
                            /** @description Yuan, exact to the fen. */
                            small_micro_loan_balance?: number;
                            small_micro_loan_count?: number;
                            /** @description Yuan, exact to the fen. */
                            small_micro_loan_increment?: number;
                            /** @description Yuan, exact to the fen. */
                            small_micro_loan_balance_small_lines?: number;
                            /** @description Yuan, exact to the fen. */
                            all_loan_balance_last_year?: number;
                            /** @description Yuan, exact to the fen. */
                            small_micro_loan_balance_last_year?: number;
                            /** @description Yuan, exact to the fen. */
                            small_micro_loan_increment_last_year?: number;
                            /** @description The policy’s check as computed when the report was filed, with the rule version. */
                            check: {
                                /** @description A ratio (0.125 = 12.5%); null when the rules do not cover the quarter. */
                                all_loan_growth_rate?: number | null;
                                /** @description A ratio (0.125 = 12.5%); null when the rules do not cover the quarter. */
                                small_micro_loan_growth_rate?: number | null;
                                /** @description A ratio (0.125 = 12.5%); null when the rules do not cover the quarter. */
                                small_lines_share?: number | null;
                                meets_growth_target?: boolean | null;
                                meets_increment_target?: boolean | null;
                                meets_two_targets?: boolean | null;
                                /** @description The wording of the increment target in force for the quarter (银监发〔2011〕94号 / the 2013 wording). */
                                increment_wording?: {
                                    /** @description true: "高于" (higher than), to 2012; false: "不低于" (not lower than), from 2013. */
                                    strictly_higher?: boolean;
                                    text?: string;
                                    in_force_from?: string;
                                    document?: string | null;
                                    confidence?: string;
                                } | null;
                                /** @description Why the rules could not check the quarter (e.g. before 2012-04-19). */
                                problem?: string | null;
                                /** @description When the quarter was not checked: the days the encoded lending targets cover (`to` null while open-ended). */
                                rules_cover?: {
                                    from?: string;
                                    to?: string | null;
                                } | null;
                                policy_version?: string;
                                parameter_hash?: string;
                            };
                            /** @enum {string} */
                            source?: "api" | "excel" | "web" | "seed";
                            submitted_by?: string;
                            submitted_at?: string;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lending/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Regional lending dashboard: per bank per quarter, growth rates, increments and the two targets
         * @description For officers (their region), analysts and administrators (all, or `region`). Each point carries the check stored with the report; `wordings` lists the increment wording in force over the periods shown (to 2012 "higher than", from 2013 "not lower than").
         */
        get: {
            parameters: {
                query?: {
                    /** @description One bank. */
                    bank?: string;
                    /** @description Region code prefix (narrows the caller’s scope, never widens it). */
                    region?: string;
                    from_year?: number;
                    to_year?: number;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            periods?: string[];
                            banks?: {
                                bank_id?: string;
                                bank_name?: string;
                                region_code?: string;
                                /** @description Quarters checked in which a target was missed. */
                                quarters_below?: number;
                                points?: {
                                    period?: string;
                                    year?: number;
                                    quarter?: number;
                                    /** @description A ratio (0.125 = 12.5%); null when the rules do not cover the quarter. */
                                    all_loan_growth_rate?: number | null;
                                    /** @description A ratio (0.125 = 12.5%); null when the rules do not cover the quarter. */
                                    small_micro_loan_growth_rate?: number | null;
                                    /** @description Yuan, exact to the fen. */
                                    small_micro_loan_increment?: number;
                                    /** @description Yuan, exact to the fen. */
                                    small_micro_loan_increment_last_year?: number;
                                    meets_growth_target?: boolean | null;
                                    meets_increment_target?: boolean | null;
                                    meets_two_targets?: boolean | null;
                                    strictly_higher?: boolean | null;
                                }[];
                            }[];
                            wordings?: {
                                period?: string;
                                /** @description The wording of the increment target in force for the quarter (银监发〔2011〕94号 / the 2013 wording). */
                                wording?: {
                                    /** @description true: "高于" (higher than), to 2012; false: "不低于" (not lower than), from 2013. */
                                    strictly_higher?: boolean;
                                    text?: string;
                                    in_force_from?: string;
                                    document?: string | null;
                                    confidence?: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lending/dashboard/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The lending dashboard as an Excel workbook */
        get: {
            parameters: {
                query?: {
                    /** @description One bank. */
                    bank?: string;
                    /** @description Region code prefix (narrows the caller’s scope, never widens it). */
                    region?: string;
                    from_year?: number;
                    to_year?: number;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lending/dashboard/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The lending dashboard as a PDF (the quarters below the line highlighted) */
        get: {
            parameters: {
                query?: {
                    /** @description One bank. */
                    bank?: string;
                    /** @description Region code prefix (narrows the caller’s scope, never widens it). */
                    region?: string;
                    from_year?: number;
                    to_year?: number;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lending/loans/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload loan records (Excel or CSV) to check fee conduct and stamp duty
         * @description multipart/form-data with one file field (`file`); one row per contract and fee year. Validated whole (XW_ERR_LOAN_RECORDS_REJECTED with every problem by row and column; nothing stored), then each record checked by the policy: commitment and fund-management fees on non-syndicated small/micro loans are violations (银监发〔2011〕94号 art. 6), advisory and consulting fees are flagged for review, and the contract’s stamp-duty exemption (财税〔2011〕105号, 财税〔2014〕78号).
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description The .xlsx or .csv file.
                         */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            records?: number;
                            replaced?: number;
                            violations?: number;
                            review_flags?: number;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lending/loans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Loan records with their fee and stamp-duty checks, within the caller’s scope */
        get: {
            parameters: {
                query?: {
                    bank?: string;
                    year?: number;
                    /** @description Only violations and review flags. */
                    flagged?: boolean;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                bank_id?: string;
                                bank_name?: string;
                                region_code?: string;
                                contract_id?: string;
                                year?: number;
                                borrower_credit_code?: string;
                                borrower_name?: string;
                                /** @enum {string} */
                                borrower_size_class?: "large" | "medium" | "small" | "micro";
                                signed?: string;
                                /** @description Yuan, exact to the fen. */
                                amount?: number;
                                syndicated?: boolean;
                                /** @description Yuan, exact to the fen. */
                                commitment_fee?: number;
                                /** @description Yuan, exact to the fen. */
                                fund_management_fee?: number;
                                /** @description Yuan, exact to the fen. */
                                advisory_fee?: number;
                                /** @description Yuan, exact to the fen. */
                                consulting_fee?: number;
                                check?: {
                                    fee_violation?: boolean | null;
                                    fee_review_flag?: boolean | null;
                                    /** @description Yuan, exact to the fen; null when not computed. */
                                    violation_amount?: number | null;
                                    stamp_duty_exempt?: boolean | null;
                                    /** @description Yuan, exact to the fen; null when not computed. */
                                    stamp_duty?: number | null;
                                    problem?: string | null;
                                    policy_version?: string;
                                    parameter_hash?: string;
                                };
                                uploaded_by?: string;
                                uploaded_at?: string;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lending/loans/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Loan records with their checks as an Excel workbook */
        get: {
            parameters: {
                query?: {
                    bank?: string;
                    year?: number;
                    /** @description Only violations and review flags. */
                    flagged?: boolean;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprise-accounts/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue activation codes for enterprise accounts (officers of the region, admins)
         * @description For the enterprises named in `enterprise_ids`, or for every enterprise of the caller’s region (narrowed by `without_account.region`) that has a credit code and no account yet. Each gets a new random single-use code valid `days` days (default 30); its open code is revoked. The codes are in this answer only (then export them with `POST /api/v1/enterprise-accounts/codes/file` or print them). An enterprise outside the region is 404; one without a credit code is XW_ERR_VALIDATION at `enterprise_ids.<k>`. At most 10,000 at a time. Audited per enterprise (never the code).
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enterprise_ids?: string[];
                        without_account?: {
                            /** @description A region code prefix inside the caller’s. */
                            region?: string;
                        };
                        /** @default 30 */
                        days?: number;
                    } & (unknown | unknown);
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            codes: {
                                enterprise_id: string;
                                credit_code: string;
                                name: string;
                                region_code: string;
                                /** @description The activation code, `XXXX-XXXX-XXXX` (shown only in this answer: the service keeps its SHA-256). */
                                code: string;
                                expires_at: string;
                                /** @description Whether an open code of the enterprise was revoked by this one. */
                                replaced: boolean;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprise-accounts/codes/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The activation codes just issued, as an Excel or CSV file to hand out
         * @description Writes the codes given (as `POST /api/v1/enterprise-accounts/codes` returned them) into a file with the credit code, name, activation code and expiry, headers in the caller’s language. The service keeps no code it could write later: the file is made from the body.
         */
        post: {
            parameters: {
                query?: {
                    format?: "xlsx" | "csv";
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        codes: {
                            credit_code: string;
                            name: string;
                            code: string;
                            expires_at: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description The file (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprise-accounts/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether enterprises have an account, and their open activation code’s expiry
         * @description For the enterprises named in `ids` (comma-separated, at most 1,000) within the caller’s region; others are left out.
         */
        get: {
            parameters: {
                query: {
                    ids: string;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                enterprise_id: string;
                                has_account: boolean;
                                activated_at?: string | null;
                                open_code_expires_at?: string | null;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/corrections/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fields a correction can be requested for, with their names and whether they are by year */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                field: string;
                                label: string;
                                by_year: boolean;
                                money: boolean;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Correction requests: an enterprise’s own; an officer’s region’s queue
         * @description Newest first, at most 1,000. Another enterprise’s requests are never listed.
         */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "accepted" | "rejected";
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                enterprise_id: string;
                                enterprise_name?: string;
                                region_code?: string;
                                /** @enum {string} */
                                field: "name" | "industry" | "founded" | "registered_capital" | "employees" | "revenue" | "total_assets" | "taxable_income" | "total_profit";
                                /** @description The field’s name in the response language. */
                                field_label?: string;
                                year?: number | null;
                                /** @description The value recorded when the request was made (money in yuan). */
                                current_value?: string | null;
                                proposed_value: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "rejected";
                                requested_at: string;
                                decided_at?: string | null;
                                decision_reason?: string | null;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Request a correction of the enterprise’s own registry data (enterprise accounts)
         * @description A field (`GET /api/v1/corrections/fields`), the year for a year’s figure (a recorded year), the proposed value as typed (money in yuan) and a reason. Checked by the registry’s own rules for the field: a bad value is XW_ERR_VALIDATION at `proposed_value` in the caller’s language, nothing stored. The registry is not changed until an officer accepts. Audited.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        field: string;
                        year?: number | null;
                        proposed_value: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            enterprise_id: string;
                            enterprise_name?: string;
                            region_code?: string;
                            /** @enum {string} */
                            field: "name" | "industry" | "founded" | "registered_capital" | "employees" | "revenue" | "total_assets" | "taxable_income" | "total_profit";
                            /** @description The field’s name in the response language. */
                            field_label?: string;
                            year?: number | null;
                            /** @description The value recorded when the request was made (money in yuan). */
                            current_value?: string | null;
                            proposed_value: string;
                            reason: string;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "rejected";
                            requested_at: string;
                            decided_at?: string | null;
                            decision_reason?: string | null;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/corrections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One correction request (within the caller’s scope; otherwise 404) */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            enterprise_id: string;
                            enterprise_name?: string;
                            region_code?: string;
                            /** @enum {string} */
                            field: "name" | "industry" | "founded" | "registered_capital" | "employees" | "revenue" | "total_assets" | "taxable_income" | "total_profit";
                            /** @description The field’s name in the response language. */
                            field_label?: string;
                            year?: number | null;
                            /** @description The value recorded when the request was made (money in yuan). */
                            current_value?: string | null;
                            proposed_value: string;
                            reason: string;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "rejected";
                            requested_at: string;
                            decided_at?: string | null;
                            decision_reason?: string | null;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/corrections/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a correction request: the change is applied through the registry update (officers of the region, admins)
         * @description The proposed value is read again by the registry’s rules and written as any registry change (audited, entitlements recomputed) in the same transaction as the decision. Outside the region: 404. Already decided: XW_ERR_CORRECTION_DECIDED.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string | null;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            enterprise_id: string;
                            enterprise_name?: string;
                            region_code?: string;
                            /** @enum {string} */
                            field: "name" | "industry" | "founded" | "registered_capital" | "employees" | "revenue" | "total_assets" | "taxable_income" | "total_profit";
                            /** @description The field’s name in the response language. */
                            field_label?: string;
                            year?: number | null;
                            /** @description The value recorded when the request was made (money in yuan). */
                            current_value?: string | null;
                            proposed_value: string;
                            reason: string;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "rejected";
                            requested_at: string;
                            decided_at?: string | null;
                            decision_reason?: string | null;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/corrections/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a correction request with a reason (officers of the region, admins) */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            enterprise_id: string;
                            enterprise_name?: string;
                            region_code?: string;
                            /** @enum {string} */
                            field: "name" | "industry" | "founded" | "registered_capital" | "employees" | "revenue" | "total_assets" | "taxable_income" | "total_profit";
                            /** @description The field’s name in the response language. */
                            field_label?: string;
                            year?: number | null;
                            /** @description The value recorded when the request was made (money in yuan). */
                            current_value?: string | null;
                            proposed_value: string;
                            reason: string;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "rejected";
                            requested_at: string;
                            decided_at?: string | null;
                            decision_reason?: string | null;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feeds/kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The kinds of feed the caller may send, with their columns
         * @description Each column is an input variable of the policy (its id) or enterprise_id, year and the row’s own id; the headings are the policy’s labels in three languages. A department user gets the kinds of their department; an administrator all.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                kind: string;
                                label: {
                                    "zh-CN": string;
                                    ko: string;
                                    en: string;
                                };
                                columns: {
                                    id: string;
                                    label: {
                                        "zh-CN": string;
                                        ko: string;
                                        en: string;
                                    };
                                    required: boolean;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feeds/{kind}/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a batch of rows (JSON)
         * @description The rows are validated whole: any problem rejects the batch with XW_ERR_FEED_REJECTED listing every problem by row and field in the user’s language, and nothing is written. An accepted batch (201) is written in one transaction that also queues the recompute of the enterprises it touched; follow it at GET /api/v1/feeds/batches/{id}. The same batch_id with the same rows answers 200 with `replayed: true` and writes nothing; with other rows XW_ERR_CONFLICT (409). Department users feed their own kinds (else 403) and region (a row of an enterprise outside it is refused as unknown).
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    /** @description The kind of feed (see GET /api/v1/feeds/kinds). */
                    kind: "graduate_hires" | "fee_events" | "premises_rent" | "rd_donations" | "yearly_figures";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The sender’s id of the batch (idempotency key). */
                        batch_id: string;
                        rows: {
                            [key: string]: string | number | boolean | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description An accepted feed batch and the recompute job it queued. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeedBatch"];
                    };
                };
                /** @description An accepted feed batch and the recompute job it queued. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeedBatch"];
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feeds/{kind}/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a batch as a file (Excel .xlsx or CSV)
         * @description multipart/form-data with one file field (`file`); columns by id or heading in any of the three languages (see the template). Rows are numbered as in the file (the first data row is 2). Otherwise as the JSON route; without `batch_id` the batch id is derived from the file’s content, so uploading the same file twice writes it once.
         */
        post: {
            parameters: {
                query?: {
                    /** @description The sender’s id of the batch (idempotency key). */
                    batch_id?: string;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    /** @description The kind of feed (see GET /api/v1/feeds/kinds). */
                    kind: "graduate_hires" | "fee_events" | "premises_rent" | "rd_donations" | "yearly_figures";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description The .xlsx or .csv file.
                         */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description An accepted feed batch and the recompute job it queued. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeedBatch"];
                    };
                };
                /** @description An accepted feed batch and the recompute job it queued. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeedBatch"];
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feeds/{kind}/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An empty file to fill in, headings in the user’s language */
        get: {
            parameters: {
                query?: {
                    format?: "xlsx" | "csv";
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    /** @description The kind of feed (see GET /api/v1/feeds/kinds). */
                    kind: "graduate_hires" | "fee_events" | "premises_rent" | "rd_donations" | "yearly_figures";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The template (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feeds/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Feed batches, newest first, with their recompute jobs
         * @description Department users: their department’s batches in their region; officers: their region’s; analysts and administrators: all.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["FeedBatch"][];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feeds/batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A feed batch and the state and progress of its recompute job */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An accepted feed batch and the recompute job it queued. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeedBatch"];
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The measures an enterprise applies for, with their review periods in working days */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                measure: string;
                                title: string;
                                review_working_days: number;
                                /** @description Whether the engine computes the measure (its answer is shown to the reviewer). */
                                has_advice: boolean;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The application form of a measure: the policy’s input variables (labels, types, units, limits) and the request’s own fields
         * @description For an enterprise account, each policy field is prefilled from its registry year (`prefill`).
         */
        get: {
            parameters: {
                query: {
                    measure: string;
                    year?: number;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            measure: string;
                            title: string;
                            review_working_days: number;
                            /** @description Whether the engine computes the measure (its answer is shown to the reviewer). */
                            has_advice: boolean;
                            fields: {
                                name: string;
                                label: string;
                                /** @enum {string} */
                                type: "money" | "number" | "boolean" | "enum" | "date" | "text";
                                unit?: string;
                                min?: number;
                                max?: number;
                                integer?: boolean;
                                options?: {
                                    value: string;
                                    label: string;
                                }[];
                                required: boolean;
                                /**
                                 * @description `variable`: a policy input (prefilled from the registry); `request`: the request’s own.
                                 * @enum {string}
                                 */
                                source: "variable" | "request";
                                /** @description The registry’s value for the year, where it has one. */
                                prefill?: string | number | boolean;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Applications: an enterprise’s own; an officer’s review queue for the region
         * @description Filter by state, measure, or `overdue` (awaiting review past the deadline); sort by deadline, submission or creation.
         */
        get: {
            parameters: {
                query?: {
                    status?: "draft" | "submitted" | "under_review" | "info_requested" | "resubmitted" | "approved" | "rejected" | "paid" | "withdrawn";
                    measure?: string;
                    overdue?: boolean;
                    sort?: "due" | "submitted" | "created";
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                enterprise_id: string;
                                enterprise_name?: string;
                                region_code?: string;
                                measure: string;
                                measure_title?: string;
                                year: number;
                                values: {
                                    [key: string]: string | number | boolean;
                                };
                                /** @enum {string} */
                                status: "draft" | "submitted" | "under_review" | "info_requested" | "resubmitted" | "approved" | "rejected" | "paid" | "withdrawn";
                                status_label: string;
                                created_at: string;
                                updated_at?: string;
                                submitted_at?: string | null;
                                /** @description Last day of the review (China), N working days after submission or the answer. */
                                due_date?: string | null;
                                /** @description The deadline crosses a year whose holiday notice is not yet in the calendar (counted Monday to Friday). */
                                due_estimated?: boolean;
                                /** @description While awaiting review: working days to the deadline (negative: overdue by that many). */
                                working_days_left?: number | null;
                                overdue: boolean;
                                info_request?: string | null;
                                decided_at?: string | null;
                                decision_reason?: string | null;
                                /** @description Yuan, exact to the fen. */
                                approved_amount?: number | null;
                                /** @description Yuan, exact to the fen. */
                                paid_amount?: number | null;
                                paid_at?: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Start an application (a draft) for the enterprise’s own account
         * @description Each value is checked as the engine reads it (money exact, within the variable’s limits): a bad one is XW_ERR_VALIDATION at `values.<field>`, nothing stored. Required fields are checked at submission.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        measure: string;
                        year: number;
                        /** @description The form’s values by field name (GET /api/v1/applications/form): money in yuan as text or number. */
                        values?: {
                            [key: string]: string | number | boolean | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            enterprise_id: string;
                            enterprise_name?: string;
                            region_code?: string;
                            measure: string;
                            measure_title?: string;
                            year: number;
                            values: {
                                [key: string]: string | number | boolean;
                            };
                            /** @enum {string} */
                            status: "draft" | "submitted" | "under_review" | "info_requested" | "resubmitted" | "approved" | "rejected" | "paid" | "withdrawn";
                            status_label: string;
                            created_at: string;
                            updated_at?: string;
                            submitted_at?: string | null;
                            /** @description Last day of the review (China), N working days after submission or the answer. */
                            due_date?: string | null;
                            /** @description The deadline crosses a year whose holiday notice is not yet in the calendar (counted Monday to Friday). */
                            due_estimated?: boolean;
                            /** @description While awaiting review: working days to the deadline (negative: overdue by that many). */
                            working_days_left?: number | null;
                            overdue: boolean;
                            info_request?: string | null;
                            decided_at?: string | null;
                            decision_reason?: string | null;
                            /** @description Yuan, exact to the fen. */
                            approved_amount?: number | null;
                            /** @description Yuan, exact to the fen. */
                            paid_amount?: number | null;
                            paid_at?: string | null;
                            version: number;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One application with its history, attachments and form; for officers also the registry figures and the engine’s advice */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            enterprise_id: string;
                            enterprise_name?: string;
                            region_code?: string;
                            measure: string;
                            measure_title?: string;
                            year: number;
                            values: {
                                [key: string]: string | number | boolean;
                            };
                            /** @enum {string} */
                            status: "draft" | "submitted" | "under_review" | "info_requested" | "resubmitted" | "approved" | "rejected" | "paid" | "withdrawn";
                            status_label: string;
                            created_at: string;
                            updated_at?: string;
                            submitted_at?: string | null;
                            /** @description Last day of the review (China), N working days after submission or the answer. */
                            due_date?: string | null;
                            /** @description The deadline crosses a year whose holiday notice is not yet in the calendar (counted Monday to Friday). */
                            due_estimated?: boolean;
                            /** @description While awaiting review: working days to the deadline (negative: overdue by that many). */
                            working_days_left?: number | null;
                            overdue: boolean;
                            info_request?: string | null;
                            decided_at?: string | null;
                            decision_reason?: string | null;
                            /** @description Yuan, exact to the fen. */
                            approved_amount?: number | null;
                            /** @description Yuan, exact to the fen. */
                            paid_amount?: number | null;
                            paid_at?: string | null;
                            version: number;
                            events: {
                                at: string;
                                actor: string;
                                actor_role: string;
                                from_status?: string | null;
                                /** @enum {string} */
                                to_status: "draft" | "submitted" | "under_review" | "info_requested" | "resubmitted" | "approved" | "rejected" | "paid" | "withdrawn";
                                to_label: string;
                                reason?: string | null;
                            }[];
                            attachments: {
                                id: string;
                                file_name: string;
                                media_type: string;
                                size_bytes: number;
                                sha256: string;
                                uploaded_at: string;
                            }[];
                            form: {
                                name: string;
                                label: string;
                                /** @enum {string} */
                                type: "money" | "number" | "boolean" | "enum" | "date" | "text";
                                unit?: string;
                                min?: number;
                                max?: number;
                                integer?: boolean;
                                options?: {
                                    value: string;
                                    label: string;
                                }[];
                                required: boolean;
                                /**
                                 * @description `variable`: a policy input (prefilled from the registry); `request`: the request’s own.
                                 * @enum {string}
                                 */
                                source: "variable" | "request";
                                /** @description The registry’s value for the year, where it has one. */
                                prefill?: string | number | boolean;
                            }[];
                            /** @description The engine’s answer stored with the decision (the “why not” of a rejection). */
                            decision_advice: {
                                year: number;
                                /** @description The registry year whose figures were used. */
                                figures_year: number | null;
                                outcomes: {
                                    measure: string;
                                    title: string;
                                    eligible: boolean;
                                    /** @description Yuan, exact to the fen. */
                                    value: number | null;
                                    conditions: {
                                        variable: string;
                                        label: string;
                                        met: boolean;
                                        /** @description What would change, against the figures given. */
                                        advice?: string;
                                    }[];
                                    pending?: string;
                                }[];
                                problem?: string;
                            } | null;
                            /** @description The engine’s answer now (officers only; null for the enterprise). */
                            advice: {
                                year: number;
                                /** @description The registry year whose figures were used. */
                                figures_year: number | null;
                                outcomes: {
                                    measure: string;
                                    title: string;
                                    eligible: boolean;
                                    /** @description Yuan, exact to the fen. */
                                    value: number | null;
                                    conditions: {
                                        variable: string;
                                        label: string;
                                        met: boolean;
                                        /** @description What would change, against the figures given. */
                                        advice?: string;
                                    }[];
                                    pending?: string;
                                }[];
                                problem?: string;
                            } | null;
                            /** @description The registry figures of the year used (officers only): money in yuan. */
                            registry: {
                                [key: string]: string | number | boolean | null;
                            } | null;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Change the values of a draft, or of an application asked for more information */
        put: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The form’s values by field name (GET /api/v1/applications/form): money in yuan as text or number. */
                        values: {
                            [key: string]: string | number | boolean | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            enterprise_id: string;
                            enterprise_name?: string;
                            region_code?: string;
                            measure: string;
                            measure_title?: string;
                            year: number;
                            values: {
                                [key: string]: string | number | boolean;
                            };
                            /** @enum {string} */
                            status: "draft" | "submitted" | "under_review" | "info_requested" | "resubmitted" | "approved" | "rejected" | "paid" | "withdrawn";
                            status_label: string;
                            created_at: string;
                            updated_at?: string;
                            submitted_at?: string | null;
                            /** @description Last day of the review (China), N working days after submission or the answer. */
                            due_date?: string | null;
                            /** @description The deadline crosses a year whose holiday notice is not yet in the calendar (counted Monday to Friday). */
                            due_estimated?: boolean;
                            /** @description While awaiting review: working days to the deadline (negative: overdue by that many). */
                            working_days_left?: number | null;
                            overdue: boolean;
                            info_request?: string | null;
                            decided_at?: string | null;
                            decision_reason?: string | null;
                            /** @description Yuan, exact to the fen. */
                            approved_amount?: number | null;
                            /** @description Yuan, exact to the fen. */
                            paid_amount?: number | null;
                            paid_at?: string | null;
                            version: number;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a draft (the enterprise)
         * @description Required fields are checked now; the review deadline is set in working days. A state that does not allow it: XW_ERR_APPLICATION_STATE (409), nothing changed. Audited with the reason.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string | null;
                        /** @description Yuan (approve: the amount approved; pay: the amount paid). */
                        amount?: string | number | null;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            enterprise_id: string;
                            enterprise_name?: string;
                            region_code?: string;
                            measure: string;
                            measure_title?: string;
                            year: number;
                            values: {
                                [key: string]: string | number | boolean;
                            };
                            /** @enum {string} */
                            status: "draft" | "submitted" | "under_review" | "info_requested" | "resubmitted" | "approved" | "rejected" | "paid" | "withdrawn";
                            status_label: string;
                            created_at: string;
                            updated_at?: string;
                            submitted_at?: string | null;
                            /** @description Last day of the review (China), N working days after submission or the answer. */
                            due_date?: string | null;
                            /** @description The deadline crosses a year whose holiday notice is not yet in the calendar (counted Monday to Friday). */
                            due_estimated?: boolean;
                            /** @description While awaiting review: working days to the deadline (negative: overdue by that many). */
                            working_days_left?: number | null;
                            overdue: boolean;
                            info_request?: string | null;
                            decided_at?: string | null;
                            decision_reason?: string | null;
                            /** @description Yuan, exact to the fen. */
                            approved_amount?: number | null;
                            /** @description Yuan, exact to the fen. */
                            paid_amount?: number | null;
                            paid_at?: string | null;
                            version: number;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw an application not yet decided (the enterprise)
         * @description A reason is optional. A state that does not allow it: XW_ERR_APPLICATION_STATE (409), nothing changed. Audited with the reason.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string | null;
                        /** @description Yuan (approve: the amount approved; pay: the amount paid). */
                        amount?: string | number | null;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            enterprise_id: string;
                            enterprise_name?: string;
                            region_code?: string;
                            measure: string;
                            measure_title?: string;
                            year: number;
                            values: {
                                [key: string]: string | number | boolean;
                            };
                            /** @enum {string} */
                            status: "draft" | "submitted" | "under_review" | "info_requested" | "resubmitted" | "approved" | "rejected" | "paid" | "withdrawn";
                            status_label: string;
                            created_at: string;
                            updated_at?: string;
                            submitted_at?: string | null;
                            /** @description Last day of the review (China), N working days after submission or the answer. */
                            due_date?: string | null;
                            /** @description The deadline crosses a year whose holiday notice is not yet in the calendar (counted Monday to Friday). */
                            due_estimated?: boolean;
                            /** @description While awaiting review: working days to the deadline (negative: overdue by that many). */
                            working_days_left?: number | null;
                            overdue: boolean;
                            info_request?: string | null;
                            decided_at?: string | null;
                            decision_reason?: string | null;
                            /** @description Yuan, exact to the fen. */
                            approved_amount?: number | null;
                            /** @description Yuan, exact to the fen. */
                            paid_amount?: number | null;
                            paid_at?: string | null;
                            version: number;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/respond": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a request for more information (the enterprise)
         * @description A reason (what was added) is required; the review deadline starts again. A state that does not allow it: XW_ERR_APPLICATION_STATE (409), nothing changed. Audited with the reason.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string | null;
                        /** @description Yuan (approve: the amount approved; pay: the amount paid). */
                        amount?: string | number | null;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            enterprise_id: string;
                            enterprise_name?: string;
                            region_code?: string;
                            measure: string;
                            measure_title?: string;
                            year: number;
                            values: {
                                [key: string]: string | number | boolean;
                            };
                            /** @enum {string} */
                            status: "draft" | "submitted" | "under_review" | "info_requested" | "resubmitted" | "approved" | "rejected" | "paid" | "withdrawn";
                            status_label: string;
                            created_at: string;
                            updated_at?: string;
                            submitted_at?: string | null;
                            /** @description Last day of the review (China), N working days after submission or the answer. */
                            due_date?: string | null;
                            /** @description The deadline crosses a year whose holiday notice is not yet in the calendar (counted Monday to Friday). */
                            due_estimated?: boolean;
                            /** @description While awaiting review: working days to the deadline (negative: overdue by that many). */
                            working_days_left?: number | null;
                            overdue: boolean;
                            info_request?: string | null;
                            decided_at?: string | null;
                            decision_reason?: string | null;
                            /** @description Yuan, exact to the fen. */
                            approved_amount?: number | null;
                            /** @description Yuan, exact to the fen. */
                            paid_amount?: number | null;
                            paid_at?: string | null;
                            version: number;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a submitted or answered application into review (officers of the region)
         * @description Outside the region: 404. A state that does not allow it: XW_ERR_APPLICATION_STATE (409), nothing changed. Audited with the reason.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string | null;
                        /** @description Yuan (approve: the amount approved; pay: the amount paid). */
                        amount?: string | number | null;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            enterprise_id: string;
                            enterprise_name?: string;
                            region_code?: string;
                            measure: string;
                            measure_title?: string;
                            year: number;
                            values: {
                                [key: string]: string | number | boolean;
                            };
                            /** @enum {string} */
                            status: "draft" | "submitted" | "under_review" | "info_requested" | "resubmitted" | "approved" | "rejected" | "paid" | "withdrawn";
                            status_label: string;
                            created_at: string;
                            updated_at?: string;
                            submitted_at?: string | null;
                            /** @description Last day of the review (China), N working days after submission or the answer. */
                            due_date?: string | null;
                            /** @description The deadline crosses a year whose holiday notice is not yet in the calendar (counted Monday to Friday). */
                            due_estimated?: boolean;
                            /** @description While awaiting review: working days to the deadline (negative: overdue by that many). */
                            working_days_left?: number | null;
                            overdue: boolean;
                            info_request?: string | null;
                            decided_at?: string | null;
                            decision_reason?: string | null;
                            /** @description Yuan, exact to the fen. */
                            approved_amount?: number | null;
                            /** @description Yuan, exact to the fen. */
                            paid_amount?: number | null;
                            paid_at?: string | null;
                            version: number;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/request-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask the enterprise for more information (officers of the region)
         * @description A reason (what is needed) is required. A state that does not allow it: XW_ERR_APPLICATION_STATE (409), nothing changed. Audited with the reason.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string | null;
                        /** @description Yuan (approve: the amount approved; pay: the amount paid). */
                        amount?: string | number | null;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            enterprise_id: string;
                            enterprise_name?: string;
                            region_code?: string;
                            measure: string;
                            measure_title?: string;
                            year: number;
                            values: {
                                [key: string]: string | number | boolean;
                            };
                            /** @enum {string} */
                            status: "draft" | "submitted" | "under_review" | "info_requested" | "resubmitted" | "approved" | "rejected" | "paid" | "withdrawn";
                            status_label: string;
                            created_at: string;
                            updated_at?: string;
                            submitted_at?: string | null;
                            /** @description Last day of the review (China), N working days after submission or the answer. */
                            due_date?: string | null;
                            /** @description The deadline crosses a year whose holiday notice is not yet in the calendar (counted Monday to Friday). */
                            due_estimated?: boolean;
                            /** @description While awaiting review: working days to the deadline (negative: overdue by that many). */
                            working_days_left?: number | null;
                            overdue: boolean;
                            info_request?: string | null;
                            decided_at?: string | null;
                            decision_reason?: string | null;
                            /** @description Yuan, exact to the fen. */
                            approved_amount?: number | null;
                            /** @description Yuan, exact to the fen. */
                            paid_amount?: number | null;
                            paid_at?: string | null;
                            version: number;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve with a reason and optionally the amount (officers of the region)
         * @description The engine’s advice at the time is stored with the decision. A state that does not allow it: XW_ERR_APPLICATION_STATE (409), nothing changed. Audited with the reason.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string | null;
                        /** @description Yuan (approve: the amount approved; pay: the amount paid). */
                        amount?: string | number | null;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            enterprise_id: string;
                            enterprise_name?: string;
                            region_code?: string;
                            measure: string;
                            measure_title?: string;
                            year: number;
                            values: {
                                [key: string]: string | number | boolean;
                            };
                            /** @enum {string} */
                            status: "draft" | "submitted" | "under_review" | "info_requested" | "resubmitted" | "approved" | "rejected" | "paid" | "withdrawn";
                            status_label: string;
                            created_at: string;
                            updated_at?: string;
                            submitted_at?: string | null;
                            /** @description Last day of the review (China), N working days after submission or the answer. */
                            due_date?: string | null;
                            /** @description The deadline crosses a year whose holiday notice is not yet in the calendar (counted Monday to Friday). */
                            due_estimated?: boolean;
                            /** @description While awaiting review: working days to the deadline (negative: overdue by that many). */
                            working_days_left?: number | null;
                            overdue: boolean;
                            info_request?: string | null;
                            decided_at?: string | null;
                            decision_reason?: string | null;
                            /** @description Yuan, exact to the fen. */
                            approved_amount?: number | null;
                            /** @description Yuan, exact to the fen. */
                            paid_amount?: number | null;
                            paid_at?: string | null;
                            version: number;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject with a reason (officers of the region)
         * @description The engine’s “why not” and what would change is stored with the decision and shown to the enterprise. A state that does not allow it: XW_ERR_APPLICATION_STATE (409), nothing changed. Audited with the reason.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string | null;
                        /** @description Yuan (approve: the amount approved; pay: the amount paid). */
                        amount?: string | number | null;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            enterprise_id: string;
                            enterprise_name?: string;
                            region_code?: string;
                            measure: string;
                            measure_title?: string;
                            year: number;
                            values: {
                                [key: string]: string | number | boolean;
                            };
                            /** @enum {string} */
                            status: "draft" | "submitted" | "under_review" | "info_requested" | "resubmitted" | "approved" | "rejected" | "paid" | "withdrawn";
                            status_label: string;
                            created_at: string;
                            updated_at?: string;
                            submitted_at?: string | null;
                            /** @description Last day of the review (China), N working days after submission or the answer. */
                            due_date?: string | null;
                            /** @description The deadline crosses a year whose holiday notice is not yet in the calendar (counted Monday to Friday). */
                            due_estimated?: boolean;
                            /** @description While awaiting review: working days to the deadline (negative: overdue by that many). */
                            working_days_left?: number | null;
                            overdue: boolean;
                            info_request?: string | null;
                            decided_at?: string | null;
                            decision_reason?: string | null;
                            /** @description Yuan, exact to the fen. */
                            approved_amount?: number | null;
                            /** @description Yuan, exact to the fen. */
                            paid_amount?: number | null;
                            paid_at?: string | null;
                            version: number;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an approved application paid (officers of the region)
         * @description The amount defaults to the amount approved. A state that does not allow it: XW_ERR_APPLICATION_STATE (409), nothing changed. Audited with the reason.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string | null;
                        /** @description Yuan (approve: the amount approved; pay: the amount paid). */
                        amount?: string | number | null;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            enterprise_id: string;
                            enterprise_name?: string;
                            region_code?: string;
                            measure: string;
                            measure_title?: string;
                            year: number;
                            values: {
                                [key: string]: string | number | boolean;
                            };
                            /** @enum {string} */
                            status: "draft" | "submitted" | "under_review" | "info_requested" | "resubmitted" | "approved" | "rejected" | "paid" | "withdrawn";
                            status_label: string;
                            created_at: string;
                            updated_at?: string;
                            submitted_at?: string | null;
                            /** @description Last day of the review (China), N working days after submission or the answer. */
                            due_date?: string | null;
                            /** @description The deadline crosses a year whose holiday notice is not yet in the calendar (counted Monday to Friday). */
                            due_estimated?: boolean;
                            /** @description While awaiting review: working days to the deadline (negative: overdue by that many). */
                            working_days_left?: number | null;
                            overdue: boolean;
                            info_request?: string | null;
                            decided_at?: string | null;
                            decision_reason?: string | null;
                            /** @description Yuan, exact to the fen. */
                            approved_amount?: number | null;
                            /** @description Yuan, exact to the fen. */
                            paid_amount?: number | null;
                            paid_at?: string | null;
                            version: number;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add attachments to an application (a draft, or one asked for more information) (PDF, JPEG or PNG by content)
         * @description multipart/form-data with up to 5 file fields (`file`). Every file is checked first — empty, over the size limit (XW_ATTACHMENT_MAX_BYTES, 5 MiB by default), not a PDF, JPEG or PNG by its first bytes — and if any is refused nothing is stored (XW_ERR_VALIDATION at `file`). Kept in the database with its SHA-256.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                file_name: string;
                                media_type: string;
                                size_bytes: number;
                                sha256: string;
                                uploaded_at: string;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/attachments/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment of an application */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file as uploaded, with its media type. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "image/png": string;
                        "image/jpeg": string;
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Complaints: an enterprise’s own; a region’s (officers), a department’s of its region (department users) */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "replied";
                    /** @description `fee`: illegal or excess fees (item 06); `bank`: bank fees or conduct (item 11). */
                    type?: "fee" | "bank";
                    overdue?: boolean;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                enterprise_id: string;
                                enterprise_name?: string;
                                region_code?: string;
                                /**
                                 * @description `fee`: illegal or excess fees (item 06); `bank`: bank fees or conduct (item 11).
                                 * @enum {string}
                                 */
                                type: "fee" | "bank";
                                type_label?: string;
                                /** @description The department code it is routed to (users.department). */
                                department: string;
                                department_label?: string;
                                respondent: string;
                                body: string;
                                /** @enum {string} */
                                status: "open" | "replied";
                                filed_at: string;
                                /** @description Last day of the reply (China), in working days from filing. */
                                due_date: string;
                                due_estimated?: boolean;
                                working_days_left?: number | null;
                                overdue: boolean;
                                reply?: string | null;
                                replied_at?: string | null;
                                rating?: number | null;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * File a complaint about fees or a bank (enterprise accounts)
         * @description Routed to the responsible department of the enterprise’s region (fees: development and reform; banks: the banking regulator), which replies within the deadline in working days. Attachments: POST …/{id}/attachments.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        type: string;
                        respondent: string;
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            enterprise_id: string;
                            enterprise_name?: string;
                            region_code?: string;
                            /**
                             * @description `fee`: illegal or excess fees (item 06); `bank`: bank fees or conduct (item 11).
                             * @enum {string}
                             */
                            type: "fee" | "bank";
                            type_label?: string;
                            /** @description The department code it is routed to (users.department). */
                            department: string;
                            department_label?: string;
                            respondent: string;
                            body: string;
                            /** @enum {string} */
                            status: "open" | "replied";
                            filed_at: string;
                            /** @description Last day of the reply (China), in working days from filing. */
                            due_date: string;
                            due_estimated?: boolean;
                            working_days_left?: number | null;
                            overdue: boolean;
                            reply?: string | null;
                            replied_at?: string | null;
                            rating?: number | null;
                            attachments: {
                                id: string;
                                file_name: string;
                                media_type: string;
                                size_bytes: number;
                                sha256: string;
                                uploaded_at: string;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Monthly counts of complaints by type, department and region (JSON or Excel)
         * @description Filed, replied, late (replied after the deadline or open past it), rated and the mean rating, per month of filing (China time), within the caller’s scope; `from` / `to` as YYYY-MM.
         */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    format?: "json" | "xlsx";
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The counts (JSON), or an .xlsx workbook with format=xlsx. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                month: string;
                                /**
                                 * @description `fee`: illegal or excess fees (item 06); `bank`: bank fees or conduct (item 11).
                                 * @enum {string}
                                 */
                                type: "fee" | "bank";
                                department: string;
                                region_code: string;
                                filed: number;
                                replied: number;
                                late: number;
                                rated: number;
                                mean_rating: number | null;
                            }[];
                        };
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One complaint with its attachments */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            enterprise_id: string;
                            enterprise_name?: string;
                            region_code?: string;
                            /**
                             * @description `fee`: illegal or excess fees (item 06); `bank`: bank fees or conduct (item 11).
                             * @enum {string}
                             */
                            type: "fee" | "bank";
                            type_label?: string;
                            /** @description The department code it is routed to (users.department). */
                            department: string;
                            department_label?: string;
                            respondent: string;
                            body: string;
                            /** @enum {string} */
                            status: "open" | "replied";
                            filed_at: string;
                            /** @description Last day of the reply (China), in working days from filing. */
                            due_date: string;
                            due_estimated?: boolean;
                            working_days_left?: number | null;
                            overdue: boolean;
                            reply?: string | null;
                            replied_at?: string | null;
                            rating?: number | null;
                            attachments: {
                                id: string;
                                file_name: string;
                                media_type: string;
                                size_bytes: number;
                                sha256: string;
                                uploaded_at: string;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reply to a complaint (its department of the region, officers of the region)
         * @description Once; a second reply is XW_ERR_COMPLAINT_STATE. The enterprise is notified.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reply: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            enterprise_id: string;
                            enterprise_name?: string;
                            region_code?: string;
                            /**
                             * @description `fee`: illegal or excess fees (item 06); `bank`: bank fees or conduct (item 11).
                             * @enum {string}
                             */
                            type: "fee" | "bank";
                            type_label?: string;
                            /** @description The department code it is routed to (users.department). */
                            department: string;
                            department_label?: string;
                            respondent: string;
                            body: string;
                            /** @enum {string} */
                            status: "open" | "replied";
                            filed_at: string;
                            /** @description Last day of the reply (China), in working days from filing. */
                            due_date: string;
                            due_estimated?: boolean;
                            working_days_left?: number | null;
                            overdue: boolean;
                            reply?: string | null;
                            replied_at?: string | null;
                            rating?: number | null;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rate the reply to a complaint, 1–5 (the enterprise, once) */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rating: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            enterprise_id: string;
                            enterprise_name?: string;
                            region_code?: string;
                            /**
                             * @description `fee`: illegal or excess fees (item 06); `bank`: bank fees or conduct (item 11).
                             * @enum {string}
                             */
                            type: "fee" | "bank";
                            type_label?: string;
                            /** @description The department code it is routed to (users.department). */
                            department: string;
                            department_label?: string;
                            respondent: string;
                            body: string;
                            /** @enum {string} */
                            status: "open" | "replied";
                            filed_at: string;
                            /** @description Last day of the reply (China), in working days from filing. */
                            due_date: string;
                            due_estimated?: boolean;
                            working_days_left?: number | null;
                            overdue: boolean;
                            reply?: string | null;
                            replied_at?: string | null;
                            rating?: number | null;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add attachments to a complaint (PDF, JPEG or PNG by content)
         * @description multipart/form-data with up to 5 file fields (`file`). Every file is checked first — empty, over the size limit (XW_ATTACHMENT_MAX_BYTES, 5 MiB by default), not a PDF, JPEG or PNG by its first bytes — and if any is refused nothing is stored (XW_ERR_VALIDATION at `file`). Kept in the database with its SHA-256.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                file_name: string;
                                media_type: string;
                                size_bytes: number;
                                sha256: string;
                                uploaded_at: string;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/attachments/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment of a complaint */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file as uploaded, with its media type. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "image/png": string;
                        "image/jpeg": string;
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user’s inbox, newest first, with the unread count
         * @description Only the caller’s own notifications, whatever the role. Pages by `cursor` (`next_cursor` of the previous page).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only unread ones. */
                    unread?: boolean;
                    limit?: number;
                    cursor?: string;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                event: "offer.new" | "offer.withdrawn" | "application.info_requested" | "application.decided" | "payment.paid" | "payment.failed" | "deadline.approaching" | "complaint.replied" | "complaint.new" | "objection.filed" | "correction.decided";
                                /** @description What the notice is about (application, complaint, enterprise, …). */
                                entity_type: string;
                                entity_id: string | null;
                                /** @description In the response language. */
                                title: string;
                                /** @description In the response language. */
                                body: string;
                                created_at: string;
                                read_at: string | null;
                                /** @enum {string} */
                                email_state: "pending" | "sent" | "failed" | "skipped";
                            }[];
                            /** @description How many of the user’s notifications are unread. */
                            unread: number;
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of the signed-in user’s notifications are unread (the bell) */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description How many of the user’s notifications are unread. */
                            unread: number;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark some of the signed-in user’s notifications read
         * @description An id that is not one of the caller’s notifications is 404 and nothing is marked. Audited.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description How many of the user’s notifications are unread. */
                            unread: number;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark all the signed-in user’s notifications read
         * @description Takes no body (or an empty object). Audited.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description No body: send none (or an empty object). */
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            marked: number;
                            /** @description How many of the user’s notifications are unread. */
                            unread: number;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user’s e-mail address and which events come by e-mail */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user_id: string;
                            /** @description Where notices are e-mailed; null: inbox only. */
                            email: string | null;
                            /** @description For each event: whether it also comes by e-mail. */
                            email_events: {
                                "offer.new": boolean;
                                "offer.withdrawn": boolean;
                                "application.info_requested": boolean;
                                "application.decided": boolean;
                                "payment.paid": boolean;
                                "payment.failed": boolean;
                                "deadline.approaching": boolean;
                                "complaint.replied": boolean;
                                "complaint.new": boolean;
                                "objection.filed": boolean;
                                "correction.decided": boolean;
                            };
                            /** @description Whether the platform sends e-mail at all (SMTP configured). */
                            email_enabled: boolean;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Change the signed-in user’s e-mail address and which events come by e-mail
         * @description A bad address is XW_ERR_VALIDATION at `email` and nothing changes. Audited.
         */
        put: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An address, or null / "" for none. */
                        email?: string | null;
                        /** @description Events to change (others keep their setting). */
                        email_events?: {
                            [key: string]: boolean;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user_id: string;
                            /** @description Where notices are e-mailed; null: inbox only. */
                            email: string | null;
                            /** @description For each event: whether it also comes by e-mail. */
                            email_events: {
                                "offer.new": boolean;
                                "offer.withdrawn": boolean;
                                "application.info_requested": boolean;
                                "application.decided": boolean;
                                "payment.paid": boolean;
                                "payment.failed": boolean;
                                "deadline.approaching": boolean;
                                "complaint.replied": boolean;
                                "complaint.new": boolean;
                                "objection.filed": boolean;
                                "correction.decided": boolean;
                            };
                            /** @description Whether the platform sends e-mail at all (SMTP configured). */
                            email_enabled: boolean;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/notification-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user’s e-mail address and e-mail choices (administrators) */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user_id: string;
                            /** @description Where notices are e-mailed; null: inbox only. */
                            email: string | null;
                            /** @description For each event: whether it also comes by e-mail. */
                            email_events: {
                                "offer.new": boolean;
                                "offer.withdrawn": boolean;
                                "application.info_requested": boolean;
                                "application.decided": boolean;
                                "payment.paid": boolean;
                                "payment.failed": boolean;
                                "deadline.approaching": boolean;
                                "complaint.replied": boolean;
                                "complaint.new": boolean;
                                "objection.filed": boolean;
                                "correction.decided": boolean;
                            };
                            /** @description Whether the platform sends e-mail at all (SMTP configured). */
                            email_enabled: boolean;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Change a user’s e-mail address or e-mail choices (administrators)
         * @description A bad address is XW_ERR_VALIDATION at `email` and nothing changes. Audited with the administrator as actor.
         */
        put: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An address, or null / "" for none. */
                        email?: string | null;
                        /** @description Events to change (others keep their setting). */
                        email_events?: {
                            [key: string]: boolean;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user_id: string;
                            /** @description Where notices are e-mailed; null: inbox only. */
                            email: string | null;
                            /** @description For each event: whether it also comes by e-mail. */
                            email_events: {
                                "offer.new": boolean;
                                "offer.withdrawn": boolean;
                                "application.info_requested": boolean;
                                "application.decided": boolean;
                                "payment.paid": boolean;
                                "payment.failed": boolean;
                                "deadline.approaching": boolean;
                                "complaint.replied": boolean;
                                "complaint.new": boolean;
                                "objection.filed": boolean;
                                "correction.decided": boolean;
                            };
                            /** @description Whether the platform sends e-mail at all (SMTP configured). */
                            email_enabled: boolean;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * E-mail deliveries by state, newest first, with the counts per state (administrators)
         * @description Default state `failed`: the e-mails that could not be sent after the retry limit, with the last error.
         */
        get: {
            parameters: {
                query?: {
                    state?: "pending" | "sent" | "failed" | "skipped";
                    limit?: number;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                event: "offer.new" | "offer.withdrawn" | "application.info_requested" | "application.decided" | "payment.paid" | "payment.failed" | "deadline.approaching" | "complaint.replied" | "complaint.new" | "objection.filed" | "correction.decided";
                                /** @description What the notice is about (application, complaint, enterprise, …). */
                                entity_type: string;
                                entity_id: string | null;
                                /** @description In the response language. */
                                title: string;
                                /** @description In the response language. */
                                body: string;
                                created_at: string;
                                read_at: string | null;
                                /** @enum {string} */
                                email_state: "pending" | "sent" | "failed" | "skipped";
                                username: string;
                                email: string | null;
                                email_attempts: number;
                                email_last_error: string | null;
                                email_next_attempt_at?: string | null;
                                email_sent_at?: string | null;
                            }[];
                            counts: {
                                pending: number;
                                sent: number;
                                failed: number;
                                skipped: number;
                            };
                            email_enabled: boolean;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a failed e-mail again (administrators)
         * @description Puts it back in the queue, due now, attempts counted afresh. Not failed: XW_ERR_EMAIL_NOT_FAILED. Audited.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description No body: send none (or an empty object). */
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            event: "offer.new" | "offer.withdrawn" | "application.info_requested" | "application.decided" | "payment.paid" | "payment.failed" | "deadline.approaching" | "complaint.replied" | "complaint.new" | "objection.filed" | "correction.decided";
                            /** @description What the notice is about (application, complaint, enterprise, …). */
                            entity_type: string;
                            entity_id: string | null;
                            /** @description In the response language. */
                            title: string;
                            /** @description In the response language. */
                            body: string;
                            created_at: string;
                            read_at: string | null;
                            /** @enum {string} */
                            email_state: "pending" | "sent" | "failed" | "skipped";
                            username: string;
                            email: string | null;
                            email_attempts: number;
                            email_last_error: string | null;
                            email_next_attempt_at?: string | null;
                            email_sent_at?: string | null;
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bulletins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bulletins of the caller’s region (drafts, reviewed, published), newest period first */
        get: {
            parameters: {
                query?: {
                    status?: "draft" | "reviewed" | "published";
                    /** @description A month `2013-05` or a quarter `2013-Q2`. */
                    period?: string;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                region: string;
                                /** @enum {string} */
                                period_kind: "month" | "quarter";
                                period: string;
                                /** @enum {string} */
                                status: "draft" | "reviewed" | "published";
                                version: number | null;
                                /** @description sha256 of the content as canonical JSON (store units: fen). */
                                content_hash: string;
                                created_by: string;
                                created_at: string;
                                reviewed_by: string | null;
                                reviewed_at: string | null;
                                published_by: string | null;
                                published_at: string | null;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Generate a draft bulletin of a region for a month or quarter, computed now from the registry
         * @description The region defaults to the caller’s and must lie inside it. The draft is reviewed by someone other than who generated it, then published.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A month `2013-05` or a quarter `2013-Q2`. */
                        period: string;
                        /** @description Region code prefix; "" national. */
                        region?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            region: string;
                            /** @enum {string} */
                            period_kind: "month" | "quarter";
                            period: string;
                            /** @enum {string} */
                            status: "draft" | "reviewed" | "published";
                            version: number | null;
                            /** @description sha256 of the content as canonical JSON (store units: fen). */
                            content_hash: string;
                            created_by: string;
                            created_at: string;
                            reviewed_by: string | null;
                            reviewed_at: string | null;
                            published_by: string | null;
                            published_at: string | null;
                            content: {
                                /**
                                 * @description 1: take-up and complaints were not recorded yet.
                                 * @enum {integer}
                                 */
                                format_version: 1 | 2;
                                /** @description Region code prefix ("" = national). */
                                region: string;
                                region_name: string;
                                period: {
                                    /** @enum {string} */
                                    kind: "month" | "quarter";
                                    key: string;
                                    year: number;
                                    start: string;
                                    end: string;
                                };
                                previous_period: {
                                    /** @enum {string} */
                                    kind: "month" | "quarter";
                                    key: string;
                                    year: number;
                                    start: string;
                                    end: string;
                                };
                                generated_at: string;
                                policy_version: string;
                                parameter_hash: string;
                                /** @description The regions one level below, rows of the comparison tables. */
                                regions: {
                                    code: string;
                                    name: string;
                                }[];
                                /** @description Enterprises of the registry founded on or before the day (or with no founding date), by the size class of the year. */
                                enterprises: {
                                    as_of: string;
                                    previous_as_of: string;
                                    size_year: number;
                                    previous_size_year: number;
                                    /** @description A count now and in the period before. */
                                    total: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    by_size_class: {
                                        key: string;
                                        name: string;
                                        current: number;
                                        previous: number;
                                        change: number;
                                    }[];
                                    by_industry_group: {
                                        key: string;
                                        name: string;
                                        current: number;
                                        previous: number;
                                        change: number;
                                    }[];
                                    by_region: {
                                        key: string;
                                        name: string;
                                        current: number;
                                        previous: number;
                                        change: number;
                                    }[];
                                };
                                /** @description Stored entitlements of the year: enterprises with a support value above zero and the value, yuan. */
                                entitlements: {
                                    year: number;
                                    previous_year: number;
                                    available: boolean;
                                    /** @description A count now and in the period before. */
                                    enterprises: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description An amount now and in the period before, yuan. */
                                    amount: {
                                        /** @description Yuan, exact to the fen. */
                                        current: number;
                                        /** @description Yuan, exact to the fen. */
                                        previous: number;
                                        /** @description Yuan, exact to the fen. */
                                        change: number;
                                    };
                                    by_measure: {
                                        key: string;
                                        name: string;
                                        enterprises: number;
                                        /** @description Yuan, exact to the fen. */
                                        amount: number;
                                    }[];
                                    by_region: {
                                        key: string;
                                        name: string;
                                        enterprises: number;
                                        /** @description Yuan, exact to the fen. */
                                        amount: number;
                                    }[];
                                    /** @description Offers to enterprises of the region in the period and the one before, by the China day of each event: made, confirmed, paid (count, yuan). */
                                    take_up: {
                                        available: boolean;
                                        programmes?: number;
                                        /** @description A count now and in the period before. */
                                        offered?: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description An amount now and in the period before, yuan. */
                                        offered_amount?: {
                                            /** @description Yuan, exact to the fen. */
                                            current: number;
                                            /** @description Yuan, exact to the fen. */
                                            previous: number;
                                            /** @description Yuan, exact to the fen. */
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        confirmed?: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description An amount now and in the period before, yuan. */
                                        confirmed_amount?: {
                                            /** @description Yuan, exact to the fen. */
                                            current: number;
                                            /** @description Yuan, exact to the fen. */
                                            previous: number;
                                            /** @description Yuan, exact to the fen. */
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        paid?: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description An amount now and in the period before, yuan. */
                                        paid_amount?: {
                                            /** @description Yuan, exact to the fen. */
                                            current: number;
                                            /** @description Yuan, exact to the fen. */
                                            previous: number;
                                            /** @description Yuan, exact to the fen. */
                                            change: number;
                                        };
                                        by_measure?: {
                                            key: string;
                                            name: string;
                                            /** @description A count now and in the period before. */
                                            offered: {
                                                current: number;
                                                previous: number;
                                                change: number;
                                            };
                                            /** @description An amount now and in the period before, yuan. */
                                            offered_amount: {
                                                /** @description Yuan, exact to the fen. */
                                                current: number;
                                                /** @description Yuan, exact to the fen. */
                                                previous: number;
                                                /** @description Yuan, exact to the fen. */
                                                change: number;
                                            };
                                            /** @description A count now and in the period before. */
                                            confirmed: {
                                                current: number;
                                                previous: number;
                                                change: number;
                                            };
                                            /** @description An amount now and in the period before, yuan. */
                                            confirmed_amount: {
                                                /** @description Yuan, exact to the fen. */
                                                current: number;
                                                /** @description Yuan, exact to the fen. */
                                                previous: number;
                                                /** @description Yuan, exact to the fen. */
                                                change: number;
                                            };
                                            /** @description A count now and in the period before. */
                                            paid: {
                                                current: number;
                                                previous: number;
                                                change: number;
                                            };
                                            /** @description An amount now and in the period before, yuan. */
                                            paid_amount: {
                                                /** @description Yuan, exact to the fen. */
                                                current: number;
                                                /** @description Yuan, exact to the fen. */
                                                previous: number;
                                                /** @description Yuan, exact to the fen. */
                                                change: number;
                                            };
                                        }[];
                                    };
                                };
                                /** @description Budget units of the year against the 30% / 18% lines (财库〔2011〕181号), as the policy decides. */
                                set_aside: {
                                    year: number;
                                    available: boolean;
                                    units: number;
                                    units_recorded: number;
                                    units_meeting: number;
                                    units_below: number;
                                    /** @description Yuan, exact to the fen. */
                                    budget: number;
                                    /** @description Yuan, exact to the fen. */
                                    sme_reserved: number;
                                    /** @description Yuan, exact to the fen. */
                                    small_micro_reserved: number;
                                    /** @description Exact decimal, cut to 6 places. */
                                    sme_reserved_share: string;
                                    /** @description Exact decimal, cut to 6 places. */
                                    small_micro_reserved_share: string;
                                    meets: boolean | null;
                                    by_region: {
                                        key: string;
                                        name: string;
                                        units: number;
                                        units_recorded: number;
                                        units_meeting: number;
                                        units_below: number;
                                        /** @description Yuan, exact to the fen. */
                                        budget: number;
                                        /** @description Yuan, exact to the fen. */
                                        sme_reserved: number;
                                        /** @description Yuan, exact to the fen. */
                                        small_micro_reserved: number;
                                    }[];
                                };
                                /** @description Banks’ quarterly small/micro lending reports of the latest quarter closed by the period’s end. */
                                lending: {
                                    year: number;
                                    quarter: number;
                                    previous_year: number;
                                    previous_quarter: number;
                                    available: boolean;
                                    /** @description A count now and in the period before. */
                                    banks: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description A count now and in the period before. */
                                    banks_meeting_two_targets: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description An amount now and in the period before, yuan. */
                                    small_micro_balance: {
                                        /** @description Yuan, exact to the fen. */
                                        current: number;
                                        /** @description Yuan, exact to the fen. */
                                        previous: number;
                                        /** @description Yuan, exact to the fen. */
                                        change: number;
                                    };
                                    /** @description An amount now and in the period before, yuan. */
                                    small_micro_increment: {
                                        /** @description Yuan, exact to the fen. */
                                        current: number;
                                        /** @description Yuan, exact to the fen. */
                                        previous: number;
                                        /** @description Yuan, exact to the fen. */
                                        change: number;
                                    };
                                    by_region: {
                                        key: string;
                                        name: string;
                                        banks: number;
                                        banks_meeting_two_targets: number;
                                        /** @description Yuan, exact to the fen. */
                                        small_micro_balance: number;
                                        /** @description Yuan, exact to the fen. */
                                        small_micro_increment: number;
                                    }[];
                                };
                                /** @description Complaints of enterprises of the region (items 06, 11): filed, replied, replied by the due date, ratings given (sum and count) in the period and the one before. */
                                complaints: {
                                    available: boolean;
                                    /** @description A count now and in the period before. */
                                    filed?: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description A count now and in the period before. */
                                    replied?: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description A count now and in the period before. */
                                    replied_in_time?: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description A count now and in the period before. */
                                    rated?: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description A count now and in the period before. */
                                    rating_sum?: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description Exact decimal cut to 2 places; null when none. */
                                    mean_rating?: string | null;
                                    /** @description Exact decimal cut to 2 places; null when none. */
                                    previous_mean_rating?: string | null;
                                    by_type?: {
                                        key: string;
                                        name: string;
                                        /** @description A count now and in the period before. */
                                        filed: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        replied: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        replied_in_time: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        rated: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        rating_sum: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                    }[];
                                    by_department?: {
                                        key: string;
                                        name: string;
                                        /** @description A count now and in the period before. */
                                        filed: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        replied: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        replied_in_time: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        rated: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        rating_sum: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                    }[];
                                };
                                /** @description Targets of the Opinions; `measured: null` where the platform holds no data. */
                                targets: {
                                    item: number;
                                    key: string;
                                    target: string;
                                    measured: number | null;
                                    of: number | null;
                                }[];
                                /** @description What changed, written from the figures, in the response language. */
                                text: string[];
                            };
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bulletins/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One bulletin with its figures, in the response language */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            region: string;
                            /** @enum {string} */
                            period_kind: "month" | "quarter";
                            period: string;
                            /** @enum {string} */
                            status: "draft" | "reviewed" | "published";
                            version: number | null;
                            /** @description sha256 of the content as canonical JSON (store units: fen). */
                            content_hash: string;
                            created_by: string;
                            created_at: string;
                            reviewed_by: string | null;
                            reviewed_at: string | null;
                            published_by: string | null;
                            published_at: string | null;
                            content: {
                                /**
                                 * @description 1: take-up and complaints were not recorded yet.
                                 * @enum {integer}
                                 */
                                format_version: 1 | 2;
                                /** @description Region code prefix ("" = national). */
                                region: string;
                                region_name: string;
                                period: {
                                    /** @enum {string} */
                                    kind: "month" | "quarter";
                                    key: string;
                                    year: number;
                                    start: string;
                                    end: string;
                                };
                                previous_period: {
                                    /** @enum {string} */
                                    kind: "month" | "quarter";
                                    key: string;
                                    year: number;
                                    start: string;
                                    end: string;
                                };
                                generated_at: string;
                                policy_version: string;
                                parameter_hash: string;
                                /** @description The regions one level below, rows of the comparison tables. */
                                regions: {
                                    code: string;
                                    name: string;
                                }[];
                                /** @description Enterprises of the registry founded on or before the day (or with no founding date), by the size class of the year. */
                                enterprises: {
                                    as_of: string;
                                    previous_as_of: string;
                                    size_year: number;
                                    previous_size_year: number;
                                    /** @description A count now and in the period before. */
                                    total: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    by_size_class: {
                                        key: string;
                                        name: string;
                                        current: number;
                                        previous: number;
                                        change: number;
                                    }[];
                                    by_industry_group: {
                                        key: string;
                                        name: string;
                                        current: number;
                                        previous: number;
                                        change: number;
                                    }[];
                                    by_region: {
                                        key: string;
                                        name: string;
                                        current: number;
                                        previous: number;
                                        change: number;
                                    }[];
                                };
                                /** @description Stored entitlements of the year: enterprises with a support value above zero and the value, yuan. */
                                entitlements: {
                                    year: number;
                                    previous_year: number;
                                    available: boolean;
                                    /** @description A count now and in the period before. */
                                    enterprises: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description An amount now and in the period before, yuan. */
                                    amount: {
                                        /** @description Yuan, exact to the fen. */
                                        current: number;
                                        /** @description Yuan, exact to the fen. */
                                        previous: number;
                                        /** @description Yuan, exact to the fen. */
                                        change: number;
                                    };
                                    by_measure: {
                                        key: string;
                                        name: string;
                                        enterprises: number;
                                        /** @description Yuan, exact to the fen. */
                                        amount: number;
                                    }[];
                                    by_region: {
                                        key: string;
                                        name: string;
                                        enterprises: number;
                                        /** @description Yuan, exact to the fen. */
                                        amount: number;
                                    }[];
                                    /** @description Offers to enterprises of the region in the period and the one before, by the China day of each event: made, confirmed, paid (count, yuan). */
                                    take_up: {
                                        available: boolean;
                                        programmes?: number;
                                        /** @description A count now and in the period before. */
                                        offered?: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description An amount now and in the period before, yuan. */
                                        offered_amount?: {
                                            /** @description Yuan, exact to the fen. */
                                            current: number;
                                            /** @description Yuan, exact to the fen. */
                                            previous: number;
                                            /** @description Yuan, exact to the fen. */
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        confirmed?: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description An amount now and in the period before, yuan. */
                                        confirmed_amount?: {
                                            /** @description Yuan, exact to the fen. */
                                            current: number;
                                            /** @description Yuan, exact to the fen. */
                                            previous: number;
                                            /** @description Yuan, exact to the fen. */
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        paid?: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description An amount now and in the period before, yuan. */
                                        paid_amount?: {
                                            /** @description Yuan, exact to the fen. */
                                            current: number;
                                            /** @description Yuan, exact to the fen. */
                                            previous: number;
                                            /** @description Yuan, exact to the fen. */
                                            change: number;
                                        };
                                        by_measure?: {
                                            key: string;
                                            name: string;
                                            /** @description A count now and in the period before. */
                                            offered: {
                                                current: number;
                                                previous: number;
                                                change: number;
                                            };
                                            /** @description An amount now and in the period before, yuan. */
                                            offered_amount: {
                                                /** @description Yuan, exact to the fen. */
                                                current: number;
                                                /** @description Yuan, exact to the fen. */
                                                previous: number;
                                                /** @description Yuan, exact to the fen. */
                                                change: number;
                                            };
                                            /** @description A count now and in the period before. */
                                            confirmed: {
                                                current: number;
                                                previous: number;
                                                change: number;
                                            };
                                            /** @description An amount now and in the period before, yuan. */
                                            confirmed_amount: {
                                                /** @description Yuan, exact to the fen. */
                                                current: number;
                                                /** @description Yuan, exact to the fen. */
                                                previous: number;
                                                /** @description Yuan, exact to the fen. */
                                                change: number;
                                            };
                                            /** @description A count now and in the period before. */
                                            paid: {
                                                current: number;
                                                previous: number;
                                                change: number;
                                            };
                                            /** @description An amount now and in the period before, yuan. */
                                            paid_amount: {
                                                /** @description Yuan, exact to the fen. */
                                                current: number;
                                                /** @description Yuan, exact to the fen. */
                                                previous: number;
                                                /** @description Yuan, exact to the fen. */
                                                change: number;
                                            };
                                        }[];
                                    };
                                };
                                /** @description Budget units of the year against the 30% / 18% lines (财库〔2011〕181号), as the policy decides. */
                                set_aside: {
                                    year: number;
                                    available: boolean;
                                    units: number;
                                    units_recorded: number;
                                    units_meeting: number;
                                    units_below: number;
                                    /** @description Yuan, exact to the fen. */
                                    budget: number;
                                    /** @description Yuan, exact to the fen. */
                                    sme_reserved: number;
                                    /** @description Yuan, exact to the fen. */
                                    small_micro_reserved: number;
                                    /** @description Exact decimal, cut to 6 places. */
                                    sme_reserved_share: string;
                                    /** @description Exact decimal, cut to 6 places. */
                                    small_micro_reserved_share: string;
                                    meets: boolean | null;
                                    by_region: {
                                        key: string;
                                        name: string;
                                        units: number;
                                        units_recorded: number;
                                        units_meeting: number;
                                        units_below: number;
                                        /** @description Yuan, exact to the fen. */
                                        budget: number;
                                        /** @description Yuan, exact to the fen. */
                                        sme_reserved: number;
                                        /** @description Yuan, exact to the fen. */
                                        small_micro_reserved: number;
                                    }[];
                                };
                                /** @description Banks’ quarterly small/micro lending reports of the latest quarter closed by the period’s end. */
                                lending: {
                                    year: number;
                                    quarter: number;
                                    previous_year: number;
                                    previous_quarter: number;
                                    available: boolean;
                                    /** @description A count now and in the period before. */
                                    banks: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description A count now and in the period before. */
                                    banks_meeting_two_targets: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description An amount now and in the period before, yuan. */
                                    small_micro_balance: {
                                        /** @description Yuan, exact to the fen. */
                                        current: number;
                                        /** @description Yuan, exact to the fen. */
                                        previous: number;
                                        /** @description Yuan, exact to the fen. */
                                        change: number;
                                    };
                                    /** @description An amount now and in the period before, yuan. */
                                    small_micro_increment: {
                                        /** @description Yuan, exact to the fen. */
                                        current: number;
                                        /** @description Yuan, exact to the fen. */
                                        previous: number;
                                        /** @description Yuan, exact to the fen. */
                                        change: number;
                                    };
                                    by_region: {
                                        key: string;
                                        name: string;
                                        banks: number;
                                        banks_meeting_two_targets: number;
                                        /** @description Yuan, exact to the fen. */
                                        small_micro_balance: number;
                                        /** @description Yuan, exact to the fen. */
                                        small_micro_increment: number;
                                    }[];
                                };
                                /** @description Complaints of enterprises of the region (items 06, 11): filed, replied, replied by the due date, ratings given (sum and count) in the period and the one before. */
                                complaints: {
                                    available: boolean;
                                    /** @description A count now and in the period before. */
                                    filed?: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description A count now and in the period before. */
                                    replied?: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description A count now and in the period before. */
                                    replied_in_time?: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description A count now and in the period before. */
                                    rated?: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description A count now and in the period before. */
                                    rating_sum?: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description Exact decimal cut to 2 places; null when none. */
                                    mean_rating?: string | null;
                                    /** @description Exact decimal cut to 2 places; null when none. */
                                    previous_mean_rating?: string | null;
                                    by_type?: {
                                        key: string;
                                        name: string;
                                        /** @description A count now and in the period before. */
                                        filed: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        replied: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        replied_in_time: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        rated: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        rating_sum: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                    }[];
                                    by_department?: {
                                        key: string;
                                        name: string;
                                        /** @description A count now and in the period before. */
                                        filed: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        replied: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        replied_in_time: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        rated: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        rating_sum: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                    }[];
                                };
                                /** @description Targets of the Opinions; `measured: null` where the platform holds no data. */
                                targets: {
                                    item: number;
                                    key: string;
                                    target: string;
                                    measured: number | null;
                                    of: number | null;
                                }[];
                                /** @description What changed, written from the figures, in the response language. */
                                text: string[];
                            };
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Discard a draft or reviewed bulletin (a published one cannot be: 409) */
        delete: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Discarded. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bulletins/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a draft reviewed (not by who generated it: 409 XW_ERR_BULLETIN_REVIEWER) */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            region: string;
                            /** @enum {string} */
                            period_kind: "month" | "quarter";
                            period: string;
                            /** @enum {string} */
                            status: "draft" | "reviewed" | "published";
                            version: number | null;
                            /** @description sha256 of the content as canonical JSON (store units: fen). */
                            content_hash: string;
                            created_by: string;
                            created_at: string;
                            reviewed_by: string | null;
                            reviewed_at: string | null;
                            published_by: string | null;
                            published_at: string | null;
                            content: {
                                /**
                                 * @description 1: take-up and complaints were not recorded yet.
                                 * @enum {integer}
                                 */
                                format_version: 1 | 2;
                                /** @description Region code prefix ("" = national). */
                                region: string;
                                region_name: string;
                                period: {
                                    /** @enum {string} */
                                    kind: "month" | "quarter";
                                    key: string;
                                    year: number;
                                    start: string;
                                    end: string;
                                };
                                previous_period: {
                                    /** @enum {string} */
                                    kind: "month" | "quarter";
                                    key: string;
                                    year: number;
                                    start: string;
                                    end: string;
                                };
                                generated_at: string;
                                policy_version: string;
                                parameter_hash: string;
                                /** @description The regions one level below, rows of the comparison tables. */
                                regions: {
                                    code: string;
                                    name: string;
                                }[];
                                /** @description Enterprises of the registry founded on or before the day (or with no founding date), by the size class of the year. */
                                enterprises: {
                                    as_of: string;
                                    previous_as_of: string;
                                    size_year: number;
                                    previous_size_year: number;
                                    /** @description A count now and in the period before. */
                                    total: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    by_size_class: {
                                        key: string;
                                        name: string;
                                        current: number;
                                        previous: number;
                                        change: number;
                                    }[];
                                    by_industry_group: {
                                        key: string;
                                        name: string;
                                        current: number;
                                        previous: number;
                                        change: number;
                                    }[];
                                    by_region: {
                                        key: string;
                                        name: string;
                                        current: number;
                                        previous: number;
                                        change: number;
                                    }[];
                                };
                                /** @description Stored entitlements of the year: enterprises with a support value above zero and the value, yuan. */
                                entitlements: {
                                    year: number;
                                    previous_year: number;
                                    available: boolean;
                                    /** @description A count now and in the period before. */
                                    enterprises: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description An amount now and in the period before, yuan. */
                                    amount: {
                                        /** @description Yuan, exact to the fen. */
                                        current: number;
                                        /** @description Yuan, exact to the fen. */
                                        previous: number;
                                        /** @description Yuan, exact to the fen. */
                                        change: number;
                                    };
                                    by_measure: {
                                        key: string;
                                        name: string;
                                        enterprises: number;
                                        /** @description Yuan, exact to the fen. */
                                        amount: number;
                                    }[];
                                    by_region: {
                                        key: string;
                                        name: string;
                                        enterprises: number;
                                        /** @description Yuan, exact to the fen. */
                                        amount: number;
                                    }[];
                                    /** @description Offers to enterprises of the region in the period and the one before, by the China day of each event: made, confirmed, paid (count, yuan). */
                                    take_up: {
                                        available: boolean;
                                        programmes?: number;
                                        /** @description A count now and in the period before. */
                                        offered?: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description An amount now and in the period before, yuan. */
                                        offered_amount?: {
                                            /** @description Yuan, exact to the fen. */
                                            current: number;
                                            /** @description Yuan, exact to the fen. */
                                            previous: number;
                                            /** @description Yuan, exact to the fen. */
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        confirmed?: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description An amount now and in the period before, yuan. */
                                        confirmed_amount?: {
                                            /** @description Yuan, exact to the fen. */
                                            current: number;
                                            /** @description Yuan, exact to the fen. */
                                            previous: number;
                                            /** @description Yuan, exact to the fen. */
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        paid?: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description An amount now and in the period before, yuan. */
                                        paid_amount?: {
                                            /** @description Yuan, exact to the fen. */
                                            current: number;
                                            /** @description Yuan, exact to the fen. */
                                            previous: number;
                                            /** @description Yuan, exact to the fen. */
                                            change: number;
                                        };
                                        by_measure?: {
                                            key: string;
                                            name: string;
                                            /** @description A count now and in the period before. */
                                            offered: {
                                                current: number;
                                                previous: number;
                                                change: number;
                                            };
                                            /** @description An amount now and in the period before, yuan. */
                                            offered_amount: {
                                                /** @description Yuan, exact to the fen. */
                                                current: number;
                                                /** @description Yuan, exact to the fen. */
                                                previous: number;
                                                /** @description Yuan, exact to the fen. */
                                                change: number;
                                            };
                                            /** @description A count now and in the period before. */
                                            confirmed: {
                                                current: number;
                                                previous: number;
                                                change: number;
                                            };
                                            /** @description An amount now and in the period before, yuan. */
                                            confirmed_amount: {
                                                /** @description Yuan, exact to the fen. */
                                                current: number;
                                                /** @description Yuan, exact to the fen. */
                                                previous: number;
                                                /** @description Yuan, exact to the fen. */
                                                change: number;
                                            };
                                            /** @description A count now and in the period before. */
                                            paid: {
                                                current: number;
                                                previous: number;
                                                change: number;
                                            };
                                            /** @description An amount now and in the period before, yuan. */
                                            paid_amount: {
                                                /** @description Yuan, exact to the fen. */
                                                current: number;
                                                /** @description Yuan, exact to the fen. */
                                                previous: number;
                                                /** @description Yuan, exact to the fen. */
                                                change: number;
                                            };
                                        }[];
                                    };
                                };
                                /** @description Budget units of the year against the 30% / 18% lines (财库〔2011〕181号), as the policy decides. */
                                set_aside: {
                                    year: number;
                                    available: boolean;
                                    units: number;
                                    units_recorded: number;
                                    units_meeting: number;
                                    units_below: number;
                                    /** @description Yuan, exact to the fen. */
                                    budget: number;
                                    /** @description Yuan, exact to the fen. */
                                    sme_reserved: number;
                                    /** @description Yuan, exact to the fen. */
                                    small_micro_reserved: number;
                                    /** @description Exact decimal, cut to 6 places. */
                                    sme_reserved_share: string;
                                    /** @description Exact decimal, cut to 6 places. */
                                    small_micro_reserved_share: string;
                                    meets: boolean | null;
                                    by_region: {
                                        key: string;
                                        name: string;
                                        units: number;
                                        units_recorded: number;
                                        units_meeting: number;
                                        units_below: number;
                                        /** @description Yuan, exact to the fen. */
                                        budget: number;
                                        /** @description Yuan, exact to the fen. */
                                        sme_reserved: number;
                                        /** @description Yuan, exact to the fen. */
                                        small_micro_reserved: number;
                                    }[];
                                };
                                /** @description Banks’ quarterly small/micro lending reports of the latest quarter closed by the period’s end. */
                                lending: {
                                    year: number;
                                    quarter: number;
                                    previous_year: number;
                                    previous_quarter: number;
                                    available: boolean;
                                    /** @description A count now and in the period before. */
                                    banks: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description A count now and in the period before. */
                                    banks_meeting_two_targets: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description An amount now and in the period before, yuan. */
                                    small_micro_balance: {
                                        /** @description Yuan, exact to the fen. */
                                        current: number;
                                        /** @description Yuan, exact to the fen. */
                                        previous: number;
                                        /** @description Yuan, exact to the fen. */
                                        change: number;
                                    };
                                    /** @description An amount now and in the period before, yuan. */
                                    small_micro_increment: {
                                        /** @description Yuan, exact to the fen. */
                                        current: number;
                                        /** @description Yuan, exact to the fen. */
                                        previous: number;
                                        /** @description Yuan, exact to the fen. */
                                        change: number;
                                    };
                                    by_region: {
                                        key: string;
                                        name: string;
                                        banks: number;
                                        banks_meeting_two_targets: number;
                                        /** @description Yuan, exact to the fen. */
                                        small_micro_balance: number;
                                        /** @description Yuan, exact to the fen. */
                                        small_micro_increment: number;
                                    }[];
                                };
                                /** @description Complaints of enterprises of the region (items 06, 11): filed, replied, replied by the due date, ratings given (sum and count) in the period and the one before. */
                                complaints: {
                                    available: boolean;
                                    /** @description A count now and in the period before. */
                                    filed?: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description A count now and in the period before. */
                                    replied?: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description A count now and in the period before. */
                                    replied_in_time?: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description A count now and in the period before. */
                                    rated?: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description A count now and in the period before. */
                                    rating_sum?: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description Exact decimal cut to 2 places; null when none. */
                                    mean_rating?: string | null;
                                    /** @description Exact decimal cut to 2 places; null when none. */
                                    previous_mean_rating?: string | null;
                                    by_type?: {
                                        key: string;
                                        name: string;
                                        /** @description A count now and in the period before. */
                                        filed: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        replied: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        replied_in_time: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        rated: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        rating_sum: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                    }[];
                                    by_department?: {
                                        key: string;
                                        name: string;
                                        /** @description A count now and in the period before. */
                                        filed: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        replied: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        replied_in_time: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        rated: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        rating_sum: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                    }[];
                                };
                                /** @description Targets of the Opinions; `measured: null` where the platform holds no data. */
                                targets: {
                                    item: number;
                                    key: string;
                                    target: string;
                                    measured: number | null;
                                    of: number | null;
                                }[];
                                /** @description What changed, written from the figures, in the response language. */
                                text: string[];
                            };
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bulletins/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a reviewed bulletin as the next immutable version of its region and period */
        post: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            region: string;
                            /** @enum {string} */
                            period_kind: "month" | "quarter";
                            period: string;
                            /** @enum {string} */
                            status: "draft" | "reviewed" | "published";
                            version: number | null;
                            /** @description sha256 of the content as canonical JSON (store units: fen). */
                            content_hash: string;
                            created_by: string;
                            created_at: string;
                            reviewed_by: string | null;
                            reviewed_at: string | null;
                            published_by: string | null;
                            published_at: string | null;
                            content: {
                                /**
                                 * @description 1: take-up and complaints were not recorded yet.
                                 * @enum {integer}
                                 */
                                format_version: 1 | 2;
                                /** @description Region code prefix ("" = national). */
                                region: string;
                                region_name: string;
                                period: {
                                    /** @enum {string} */
                                    kind: "month" | "quarter";
                                    key: string;
                                    year: number;
                                    start: string;
                                    end: string;
                                };
                                previous_period: {
                                    /** @enum {string} */
                                    kind: "month" | "quarter";
                                    key: string;
                                    year: number;
                                    start: string;
                                    end: string;
                                };
                                generated_at: string;
                                policy_version: string;
                                parameter_hash: string;
                                /** @description The regions one level below, rows of the comparison tables. */
                                regions: {
                                    code: string;
                                    name: string;
                                }[];
                                /** @description Enterprises of the registry founded on or before the day (or with no founding date), by the size class of the year. */
                                enterprises: {
                                    as_of: string;
                                    previous_as_of: string;
                                    size_year: number;
                                    previous_size_year: number;
                                    /** @description A count now and in the period before. */
                                    total: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    by_size_class: {
                                        key: string;
                                        name: string;
                                        current: number;
                                        previous: number;
                                        change: number;
                                    }[];
                                    by_industry_group: {
                                        key: string;
                                        name: string;
                                        current: number;
                                        previous: number;
                                        change: number;
                                    }[];
                                    by_region: {
                                        key: string;
                                        name: string;
                                        current: number;
                                        previous: number;
                                        change: number;
                                    }[];
                                };
                                /** @description Stored entitlements of the year: enterprises with a support value above zero and the value, yuan. */
                                entitlements: {
                                    year: number;
                                    previous_year: number;
                                    available: boolean;
                                    /** @description A count now and in the period before. */
                                    enterprises: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description An amount now and in the period before, yuan. */
                                    amount: {
                                        /** @description Yuan, exact to the fen. */
                                        current: number;
                                        /** @description Yuan, exact to the fen. */
                                        previous: number;
                                        /** @description Yuan, exact to the fen. */
                                        change: number;
                                    };
                                    by_measure: {
                                        key: string;
                                        name: string;
                                        enterprises: number;
                                        /** @description Yuan, exact to the fen. */
                                        amount: number;
                                    }[];
                                    by_region: {
                                        key: string;
                                        name: string;
                                        enterprises: number;
                                        /** @description Yuan, exact to the fen. */
                                        amount: number;
                                    }[];
                                    /** @description Offers to enterprises of the region in the period and the one before, by the China day of each event: made, confirmed, paid (count, yuan). */
                                    take_up: {
                                        available: boolean;
                                        programmes?: number;
                                        /** @description A count now and in the period before. */
                                        offered?: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description An amount now and in the period before, yuan. */
                                        offered_amount?: {
                                            /** @description Yuan, exact to the fen. */
                                            current: number;
                                            /** @description Yuan, exact to the fen. */
                                            previous: number;
                                            /** @description Yuan, exact to the fen. */
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        confirmed?: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description An amount now and in the period before, yuan. */
                                        confirmed_amount?: {
                                            /** @description Yuan, exact to the fen. */
                                            current: number;
                                            /** @description Yuan, exact to the fen. */
                                            previous: number;
                                            /** @description Yuan, exact to the fen. */
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        paid?: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description An amount now and in the period before, yuan. */
                                        paid_amount?: {
                                            /** @description Yuan, exact to the fen. */
                                            current: number;
                                            /** @description Yuan, exact to the fen. */
                                            previous: number;
                                            /** @description Yuan, exact to the fen. */
                                            change: number;
                                        };
                                        by_measure?: {
                                            key: string;
                                            name: string;
                                            /** @description A count now and in the period before. */
                                            offered: {
                                                current: number;
                                                previous: number;
                                                change: number;
                                            };
                                            /** @description An amount now and in the period before, yuan. */
                                            offered_amount: {
                                                /** @description Yuan, exact to the fen. */
                                                current: number;
                                                /** @description Yuan, exact to the fen. */
                                                previous: number;
                                                /** @description Yuan, exact to the fen. */
                                                change: number;
                                            };
                                            /** @description A count now and in the period before. */
                                            confirmed: {
                                                current: number;
                                                previous: number;
                                                change: number;
                                            };
                                            /** @description An amount now and in the period before, yuan. */
                                            confirmed_amount: {
                                                /** @description Yuan, exact to the fen. */
                                                current: number;
                                                /** @description Yuan, exact to the fen. */
                                                previous: number;
                                                /** @description Yuan, exact to the fen. */
                                                change: number;
                                            };
                                            /** @description A count now and in the period before. */
                                            paid: {
                                                current: number;
                                                previous: number;
                                                change: number;
                                            };
                                            /** @description An amount now and in the period before, yuan. */
                                            paid_amount: {
                                                /** @description Yuan, exact to the fen. */
                                                current: number;
                                                /** @description Yuan, exact to the fen. */
                                                previous: number;
                                                /** @description Yuan, exact to the fen. */
                                                change: number;
                                            };
                                        }[];
                                    };
                                };
                                /** @description Budget units of the year against the 30% / 18% lines (财库〔2011〕181号), as the policy decides. */
                                set_aside: {
                                    year: number;
                                    available: boolean;
                                    units: number;
                                    units_recorded: number;
                                    units_meeting: number;
                                    units_below: number;
                                    /** @description Yuan, exact to the fen. */
                                    budget: number;
                                    /** @description Yuan, exact to the fen. */
                                    sme_reserved: number;
                                    /** @description Yuan, exact to the fen. */
                                    small_micro_reserved: number;
                                    /** @description Exact decimal, cut to 6 places. */
                                    sme_reserved_share: string;
                                    /** @description Exact decimal, cut to 6 places. */
                                    small_micro_reserved_share: string;
                                    meets: boolean | null;
                                    by_region: {
                                        key: string;
                                        name: string;
                                        units: number;
                                        units_recorded: number;
                                        units_meeting: number;
                                        units_below: number;
                                        /** @description Yuan, exact to the fen. */
                                        budget: number;
                                        /** @description Yuan, exact to the fen. */
                                        sme_reserved: number;
                                        /** @description Yuan, exact to the fen. */
                                        small_micro_reserved: number;
                                    }[];
                                };
                                /** @description Banks’ quarterly small/micro lending reports of the latest quarter closed by the period’s end. */
                                lending: {
                                    year: number;
                                    quarter: number;
                                    previous_year: number;
                                    previous_quarter: number;
                                    available: boolean;
                                    /** @description A count now and in the period before. */
                                    banks: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description A count now and in the period before. */
                                    banks_meeting_two_targets: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description An amount now and in the period before, yuan. */
                                    small_micro_balance: {
                                        /** @description Yuan, exact to the fen. */
                                        current: number;
                                        /** @description Yuan, exact to the fen. */
                                        previous: number;
                                        /** @description Yuan, exact to the fen. */
                                        change: number;
                                    };
                                    /** @description An amount now and in the period before, yuan. */
                                    small_micro_increment: {
                                        /** @description Yuan, exact to the fen. */
                                        current: number;
                                        /** @description Yuan, exact to the fen. */
                                        previous: number;
                                        /** @description Yuan, exact to the fen. */
                                        change: number;
                                    };
                                    by_region: {
                                        key: string;
                                        name: string;
                                        banks: number;
                                        banks_meeting_two_targets: number;
                                        /** @description Yuan, exact to the fen. */
                                        small_micro_balance: number;
                                        /** @description Yuan, exact to the fen. */
                                        small_micro_increment: number;
                                    }[];
                                };
                                /** @description Complaints of enterprises of the region (items 06, 11): filed, replied, replied by the due date, ratings given (sum and count) in the period and the one before. */
                                complaints: {
                                    available: boolean;
                                    /** @description A count now and in the period before. */
                                    filed?: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description A count now and in the period before. */
                                    replied?: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description A count now and in the period before. */
                                    replied_in_time?: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description A count now and in the period before. */
                                    rated?: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description A count now and in the period before. */
                                    rating_sum?: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description Exact decimal cut to 2 places; null when none. */
                                    mean_rating?: string | null;
                                    /** @description Exact decimal cut to 2 places; null when none. */
                                    previous_mean_rating?: string | null;
                                    by_type?: {
                                        key: string;
                                        name: string;
                                        /** @description A count now and in the period before. */
                                        filed: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        replied: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        replied_in_time: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        rated: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        rating_sum: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                    }[];
                                    by_department?: {
                                        key: string;
                                        name: string;
                                        /** @description A count now and in the period before. */
                                        filed: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        replied: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        replied_in_time: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        rated: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        rating_sum: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                    }[];
                                };
                                /** @description Targets of the Opinions; `measured: null` where the platform holds no data. */
                                targets: {
                                    item: number;
                                    key: string;
                                    target: string;
                                    measured: number | null;
                                    of: number | null;
                                }[];
                                /** @description What changed, written from the figures, in the response language. */
                                text: string[];
                            };
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bulletins/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A bulletin (draft or published) as a PDF */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "application/pdf": string;
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/bulletins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public archive: every published bulletin version (no sign-in) */
        get: {
            parameters: {
                query?: {
                    /** @description Region code prefix; "" national. */
                    region?: string;
                    /** @description A month `2013-05` or a quarter `2013-Q2`. */
                    period?: string;
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                region: string;
                                /** @enum {string} */
                                period_kind: "month" | "quarter";
                                period: string;
                                /** @enum {string} */
                                status: "draft" | "reviewed" | "published";
                                version: number | null;
                                /** @description sha256 of the content as canonical JSON (store units: fen). */
                                content_hash: string;
                                created_by: string;
                                created_at: string;
                                reviewed_by: string | null;
                                reviewed_at: string | null;
                                published_by: string | null;
                                published_at: string | null;
                            }[];
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/bulletins/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published bulletin (no sign-in), in the response language */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            region: string;
                            /** @enum {string} */
                            period_kind: "month" | "quarter";
                            period: string;
                            /** @enum {string} */
                            status: "draft" | "reviewed" | "published";
                            version: number | null;
                            /** @description sha256 of the content as canonical JSON (store units: fen). */
                            content_hash: string;
                            created_by: string;
                            created_at: string;
                            reviewed_by: string | null;
                            reviewed_at: string | null;
                            published_by: string | null;
                            published_at: string | null;
                            content: {
                                /**
                                 * @description 1: take-up and complaints were not recorded yet.
                                 * @enum {integer}
                                 */
                                format_version: 1 | 2;
                                /** @description Region code prefix ("" = national). */
                                region: string;
                                region_name: string;
                                period: {
                                    /** @enum {string} */
                                    kind: "month" | "quarter";
                                    key: string;
                                    year: number;
                                    start: string;
                                    end: string;
                                };
                                previous_period: {
                                    /** @enum {string} */
                                    kind: "month" | "quarter";
                                    key: string;
                                    year: number;
                                    start: string;
                                    end: string;
                                };
                                generated_at: string;
                                policy_version: string;
                                parameter_hash: string;
                                /** @description The regions one level below, rows of the comparison tables. */
                                regions: {
                                    code: string;
                                    name: string;
                                }[];
                                /** @description Enterprises of the registry founded on or before the day (or with no founding date), by the size class of the year. */
                                enterprises: {
                                    as_of: string;
                                    previous_as_of: string;
                                    size_year: number;
                                    previous_size_year: number;
                                    /** @description A count now and in the period before. */
                                    total: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    by_size_class: {
                                        key: string;
                                        name: string;
                                        current: number;
                                        previous: number;
                                        change: number;
                                    }[];
                                    by_industry_group: {
                                        key: string;
                                        name: string;
                                        current: number;
                                        previous: number;
                                        change: number;
                                    }[];
                                    by_region: {
                                        key: string;
                                        name: string;
                                        current: number;
                                        previous: number;
                                        change: number;
                                    }[];
                                };
                                /** @description Stored entitlements of the year: enterprises with a support value above zero and the value, yuan. */
                                entitlements: {
                                    year: number;
                                    previous_year: number;
                                    available: boolean;
                                    /** @description A count now and in the period before. */
                                    enterprises: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description An amount now and in the period before, yuan. */
                                    amount: {
                                        /** @description Yuan, exact to the fen. */
                                        current: number;
                                        /** @description Yuan, exact to the fen. */
                                        previous: number;
                                        /** @description Yuan, exact to the fen. */
                                        change: number;
                                    };
                                    by_measure: {
                                        key: string;
                                        name: string;
                                        enterprises: number;
                                        /** @description Yuan, exact to the fen. */
                                        amount: number;
                                    }[];
                                    by_region: {
                                        key: string;
                                        name: string;
                                        enterprises: number;
                                        /** @description Yuan, exact to the fen. */
                                        amount: number;
                                    }[];
                                    /** @description Offers to enterprises of the region in the period and the one before, by the China day of each event: made, confirmed, paid (count, yuan). */
                                    take_up: {
                                        available: boolean;
                                        programmes?: number;
                                        /** @description A count now and in the period before. */
                                        offered?: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description An amount now and in the period before, yuan. */
                                        offered_amount?: {
                                            /** @description Yuan, exact to the fen. */
                                            current: number;
                                            /** @description Yuan, exact to the fen. */
                                            previous: number;
                                            /** @description Yuan, exact to the fen. */
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        confirmed?: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description An amount now and in the period before, yuan. */
                                        confirmed_amount?: {
                                            /** @description Yuan, exact to the fen. */
                                            current: number;
                                            /** @description Yuan, exact to the fen. */
                                            previous: number;
                                            /** @description Yuan, exact to the fen. */
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        paid?: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description An amount now and in the period before, yuan. */
                                        paid_amount?: {
                                            /** @description Yuan, exact to the fen. */
                                            current: number;
                                            /** @description Yuan, exact to the fen. */
                                            previous: number;
                                            /** @description Yuan, exact to the fen. */
                                            change: number;
                                        };
                                        by_measure?: {
                                            key: string;
                                            name: string;
                                            /** @description A count now and in the period before. */
                                            offered: {
                                                current: number;
                                                previous: number;
                                                change: number;
                                            };
                                            /** @description An amount now and in the period before, yuan. */
                                            offered_amount: {
                                                /** @description Yuan, exact to the fen. */
                                                current: number;
                                                /** @description Yuan, exact to the fen. */
                                                previous: number;
                                                /** @description Yuan, exact to the fen. */
                                                change: number;
                                            };
                                            /** @description A count now and in the period before. */
                                            confirmed: {
                                                current: number;
                                                previous: number;
                                                change: number;
                                            };
                                            /** @description An amount now and in the period before, yuan. */
                                            confirmed_amount: {
                                                /** @description Yuan, exact to the fen. */
                                                current: number;
                                                /** @description Yuan, exact to the fen. */
                                                previous: number;
                                                /** @description Yuan, exact to the fen. */
                                                change: number;
                                            };
                                            /** @description A count now and in the period before. */
                                            paid: {
                                                current: number;
                                                previous: number;
                                                change: number;
                                            };
                                            /** @description An amount now and in the period before, yuan. */
                                            paid_amount: {
                                                /** @description Yuan, exact to the fen. */
                                                current: number;
                                                /** @description Yuan, exact to the fen. */
                                                previous: number;
                                                /** @description Yuan, exact to the fen. */
                                                change: number;
                                            };
                                        }[];
                                    };
                                };
                                /** @description Budget units of the year against the 30% / 18% lines (财库〔2011〕181号), as the policy decides. */
                                set_aside: {
                                    year: number;
                                    available: boolean;
                                    units: number;
                                    units_recorded: number;
                                    units_meeting: number;
                                    units_below: number;
                                    /** @description Yuan, exact to the fen. */
                                    budget: number;
                                    /** @description Yuan, exact to the fen. */
                                    sme_reserved: number;
                                    /** @description Yuan, exact to the fen. */
                                    small_micro_reserved: number;
                                    /** @description Exact decimal, cut to 6 places. */
                                    sme_reserved_share: string;
                                    /** @description Exact decimal, cut to 6 places. */
                                    small_micro_reserved_share: string;
                                    meets: boolean | null;
                                    by_region: {
                                        key: string;
                                        name: string;
                                        units: number;
                                        units_recorded: number;
                                        units_meeting: number;
                                        units_below: number;
                                        /** @description Yuan, exact to the fen. */
                                        budget: number;
                                        /** @description Yuan, exact to the fen. */
                                        sme_reserved: number;
                                        /** @description Yuan, exact to the fen. */
                                        small_micro_reserved: number;
                                    }[];
                                };
                                /** @description Banks’ quarterly small/micro lending reports of the latest quarter closed by the period’s end. */
                                lending: {
                                    year: number;
                                    quarter: number;
                                    previous_year: number;
                                    previous_quarter: number;
                                    available: boolean;
                                    /** @description A count now and in the period before. */
                                    banks: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description A count now and in the period before. */
                                    banks_meeting_two_targets: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description An amount now and in the period before, yuan. */
                                    small_micro_balance: {
                                        /** @description Yuan, exact to the fen. */
                                        current: number;
                                        /** @description Yuan, exact to the fen. */
                                        previous: number;
                                        /** @description Yuan, exact to the fen. */
                                        change: number;
                                    };
                                    /** @description An amount now and in the period before, yuan. */
                                    small_micro_increment: {
                                        /** @description Yuan, exact to the fen. */
                                        current: number;
                                        /** @description Yuan, exact to the fen. */
                                        previous: number;
                                        /** @description Yuan, exact to the fen. */
                                        change: number;
                                    };
                                    by_region: {
                                        key: string;
                                        name: string;
                                        banks: number;
                                        banks_meeting_two_targets: number;
                                        /** @description Yuan, exact to the fen. */
                                        small_micro_balance: number;
                                        /** @description Yuan, exact to the fen. */
                                        small_micro_increment: number;
                                    }[];
                                };
                                /** @description Complaints of enterprises of the region (items 06, 11): filed, replied, replied by the due date, ratings given (sum and count) in the period and the one before. */
                                complaints: {
                                    available: boolean;
                                    /** @description A count now and in the period before. */
                                    filed?: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description A count now and in the period before. */
                                    replied?: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description A count now and in the period before. */
                                    replied_in_time?: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description A count now and in the period before. */
                                    rated?: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description A count now and in the period before. */
                                    rating_sum?: {
                                        current: number;
                                        previous: number;
                                        change: number;
                                    };
                                    /** @description Exact decimal cut to 2 places; null when none. */
                                    mean_rating?: string | null;
                                    /** @description Exact decimal cut to 2 places; null when none. */
                                    previous_mean_rating?: string | null;
                                    by_type?: {
                                        key: string;
                                        name: string;
                                        /** @description A count now and in the period before. */
                                        filed: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        replied: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        replied_in_time: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        rated: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        rating_sum: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                    }[];
                                    by_department?: {
                                        key: string;
                                        name: string;
                                        /** @description A count now and in the period before. */
                                        filed: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        replied: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        replied_in_time: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        rated: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                        /** @description A count now and in the period before. */
                                        rating_sum: {
                                            current: number;
                                            previous: number;
                                            change: number;
                                        };
                                    }[];
                                };
                                /** @description Targets of the Opinions; `measured: null` where the platform holds no data. */
                                targets: {
                                    item: number;
                                    key: string;
                                    target: string;
                                    measured: number | null;
                                    of: number | null;
                                }[];
                                /** @description What changed, written from the figures, in the response language. */
                                text: string[];
                            };
                        };
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/bulletins/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published bulletin as a PDF (no sign-in) */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "application/pdf": string;
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/bulletins/{id}/xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published bulletin as an Excel workbook (no sign-in) */
        get: {
            parameters: {
                query?: {
                    /** @description Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN. */
                    lang?: "zh-CN" | "ko" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "application/pdf": string;
                    };
                };
                /** @description A client error (see docs/errors.md). */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A server error (see docs/errors.md). */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An error: a stable code (docs/errors.md), the HTTP status, a message in the user language, and for validation every problem. */
        Error: {
            /** @enum {string} */
            code: "XW_ERR_VALIDATION" | "XW_ERR_MALFORMED_JSON" | "XW_ERR_BAD_ENCODING" | "XW_ERR_EMPTY_BODY" | "XW_ERR_BAD_REQUEST" | "XW_ERR_UPLOAD_LIMIT" | "XW_ERR_UNSUPPORTED_MEDIA_TYPE" | "XW_ERR_PAYLOAD_TOO_LARGE" | "XW_ERR_UNKNOWN_VARIABLE" | "XW_ERR_WRONG_ENTITY" | "XW_ERR_UNKNOWN_ENTITY" | "XW_ERR_PERIOD" | "XW_ERR_CANNOT_COMPUTE" | "XW_ERR_IMPORT_REJECTED" | "XW_ERR_FEED_REJECTED" | "XW_ERR_LENDING_REJECTED" | "XW_ERR_LOAN_RECORDS_REJECTED" | "XW_ERR_TENDER_RULE" | "XW_ERR_BIDS_REJECTED" | "XW_ERR_TENDER_PUBLISHED" | "XW_ERR_ID_TAKEN" | "XW_ERR_CREDIT_CODE_TAKEN" | "XW_ERR_ACTIVATION_REFUSED" | "XW_ERR_BAD_ENTERPRISE_CREDENTIALS" | "XW_ERR_APPLICATION_STATE" | "XW_ERR_COMPLAINT_STATE" | "XW_ERR_CORRECTION_DECIDED" | "XW_ERR_EMAIL_NOT_FAILED" | "XW_ERR_BULLETIN_STATE" | "XW_ERR_BULLETIN_REVIEWER" | "XW_ERR_PROJECT_FROZEN" | "XW_ERR_TENDER_NOT_EVALUATED" | "XW_ERR_NOT_FOUND" | "XW_ERR_CONFLICT" | "XW_ERR_UNAUTHENTICATED" | "XW_ERR_FORBIDDEN" | "XW_ERR_TOKEN_CANNOT_MINT" | "XW_ERR_BAD_CREDENTIALS" | "XW_ERR_CSRF" | "XW_ERR_RATE_LIMITED" | "XW_ERR_LOGIN_LIMITED" | "XW_ERR_NOT_READY" | "XW_ERR_INTERNAL";
            status: number;
            message: string;
            problems?: {
                /** @description JSON pointer into the body (`/enterprises/2/revenue`), or `query.period`. */
                path: string;
                /** @description Record of a batch (from 1), or row of an uploaded file. */
                row?: number;
                /** @description Column of an uploaded file as written in its header. */
                column?: string;
                field: string;
                message: string;
            }[];
            request_id?: string;
        };
        /** @description Enterprise (企业, 기업): one input record. Fields not listed are reported by name; computed variables cannot be given. */
        Enterprise: {
            /** @description Your id of the record; echoed in the result. */
            id?: string | number | null;
            /** @description A name; echoed in the result. */
            name?: string | number | null;
            /** @description Industry — 所属行业 — 업종. Required. By year as well: {"2014": value, …}. */
            industry?: string | number | null | {
                [key: string]: string | number | null;
            };
            /** @description Employees — 从业人员 — 종업원 수 (person). By year as well: {"2014": value, …}. */
            employees?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Revenue — 营业收入 — 영업수입 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            revenue?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Total assets — 资产总额 — 자산총액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            total_assets?: number | string | null | {
                [key: string]: number | string | null;
            };
            /**
             * Format: date
             * @description Founded — 成立日期 — 설립일
             */
            founded?: string | null;
            /** @description Region (administrative division code) — 所在地区（行政区划代码） — 소재 지역(행정구역 코드) */
            region?: string | number | null;
            /** @description In a restricted or prohibited industry — 属于限制或禁止行业 — 제한·금지 업종 해당. true/false (also 是/否, yes/no, 1/0). By year as well: {"2014": value, …}. */
            restricted_industry?: boolean | string | number | null | {
                [key: string]: boolean | string | number | null;
            };
            /** @description Taxable income — 应纳税所得额 — 과세소득 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            taxable_income?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Annual total profit — 年度利润总额 — 연간 이윤총액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            total_profit?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Donations to the National SME Development Fund — 向国家中小企业发展基金捐赠 — 국가 중소기업발전기금 기부금 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            sme_fund_donation?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Other public-welfare donations — 其他公益性捐赠支出 — 기타 공익성 기부지출 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            other_public_welfare_donation?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description R&D costs expensed in the year — 计入当期损益的研究开发费用 — 당기 손익에 산입한 연구개발비 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            rd_expensed_costs?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Amortisation in the year of R&D intangibles, on their cost — 研究开发形成的无形资产按成本计算的本年摊销额 — 연구개발로 형성된 무형자산의 원가 기준 당해 상각액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            rd_intangible_amortisation?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Technology-based SME — 科技型中小企业 — 과학기술형 중소기업. One of: unknown, yes, no. By year as well: {"2014": value, …}. */
            is_technology_based_sme?: string | null | {
                [key: string]: string | null;
            };
            /** @description Manufacturing enterprise (manufacturing ≥ 50% of total revenue) — 制造业企业（制造业收入占收入总额50%以上） — 제조업 기업(제조업 수입이 수입총액의 50% 이상). One of: unknown, yes, no. By year as well: {"2014": value, …}. */
            is_manufacturing_enterprise?: string | null | {
                [key: string]: string | null;
            };
            /** @description Small-scale VAT taxpayer — 增值税小规模纳税人 — 증치세 소규모 납세인. true/false (also 是/否, yes/no, 1/0). By year as well: {"2014": value, …}. */
            is_small_scale_vat_taxpayer?: boolean | string | number | null | {
                [key: string]: boolean | string | number | null;
            };
            /** @description VAT filing period — 增值税纳税期限 — 증치세 납세기간. One of: monthly, quarterly. By year as well: {"2014": value, …}. */
            vat_filing_frequency?: string | null | {
                [key: string]: string | null;
            };
            /** @description Monthly sales for VAT (excluding VAT) — 增值税月销售额（不含税） — 증치세 월 판매액(세금 제외) (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By month as well: {"2014-11": value, …}. */
            vat_sales?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Business-tax taxpayer — 营业税纳税人 — 영업세 납세인. true/false (also 是/否, yes/no, 1/0). By year as well: {"2014": value, …}. */
            is_business_tax_taxpayer?: boolean | string | number | null | {
                [key: string]: boolean | string | number | null;
            };
            /** @description Business-tax filing period — 营业税纳税期限 — 영업세 납세기간. One of: monthly, quarterly. By year as well: {"2014": value, …}. */
            business_tax_filing_frequency?: string | null | {
                [key: string]: string | null;
            };
            /** @description Monthly turnover for business tax — 营业税月营业额 — 영업세 월 영업액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By month as well: {"2014-11": value, …}. */
            business_tax_turnover?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Applicable business-tax rate — 营业税适用税率 — 영업세 적용세율 (/1). By year as well: {"2014": value, …}. */
            business_tax_rate?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Six taxes and two fees due (before the reduction) — “六税两费”应纳税费额（减征前） — '6세 2비' 납부세액(감면 전) (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            six_taxes_two_fees_due?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Rents business premises or shops — 租用经营场地或店铺 — 경영장소 또는 점포 임차. true/false (also 是/否, yes/no, 1/0). By year as well: {"2014": value, …}. */
            rents_premises?: boolean | string | number | null | {
                [key: string]: boolean | string | number | null;
            };
            /** @description Rent for business premises in the year — 本年度经营场地租金 — 당해 연도 경영장소 임대료 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            premises_rent?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Rent subsidy proportion — 租金补贴比例 — 임대료 보조 비율 (/1). By year as well: {"2014": value, …}. */
            rent_subsidy_proportion?: number | string | null | {
                [key: string]: number | string | null;
            };
        };
        /** @description Individual (个人, 개인): one input record. Fields not listed are reported by name; computed variables cannot be given. */
        Individual: {
            /** @description Your id of the record; echoed in the result. */
            id?: string | number | null;
            /** @description A name; echoed in the result. */
            name?: string | number | null;
            /** @description Declared taxable income — 申报的应纳税所得额 — 신고 과세소득 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By month as well: {"2014-11": value, …}. */
            individual_declared_taxable_income?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Individual's donations to the National SME Development Fund — 个人向国家中小企业发展基金捐赠 — 개인의 국가 중소기업발전기금 기부금 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By month as well: {"2014-11": value, …}. */
            individual_sme_fund_donation?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Individual's other public-welfare donations — 个人其他公益性捐赠 — 개인의 기타 공익성 기부금 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By month as well: {"2014-11": value, …}. */
            individual_other_public_welfare_donation?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Region of business (division code) — 经营所在地（行政区划代码） — 사업 소재지(행정구역 코드) */
            individual_region?: string | number | null;
            /** @description Monthly sales of goods — 销售货物月销售额 — 재화 판매 월 판매액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By month as well: {"2014-11": value, …}. */
            individual_vat_goods_sales?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Monthly sales of taxable services — 销售应税劳务月销售额 — 과세용역 월 판매액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By month as well: {"2014-11": value, …}. */
            individual_vat_services_sales?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Monthly turnover (business tax) — 月营业额 — 월 영업액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By month as well: {"2014-11": value, …}. */
            individual_business_tax_turnover?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Provincial VAT threshold on goods (monthly) — 本省销售货物增值税起征点（月销售额） — 해당 성의 재화 판매 증치세 징수기준(월 판매액) (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By month as well: {"2014-11": value, …}. */
            individual_local_vat_goods_threshold?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Provincial VAT threshold on taxable services (monthly) — 本省销售应税劳务增值税起征点（月销售额） — 해당 성의 과세용역 증치세 징수기준(월 판매액) (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By month as well: {"2014-11": value, …}. */
            individual_local_vat_services_threshold?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Provincial VAT threshold per transaction or day — 本省按次纳税增值税起征点（每次（日）） — 해당 성의 건별 납세 증치세 징수기준(건(일)당) (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By month as well: {"2014-11": value, …}. */
            individual_local_vat_per_transaction_threshold?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Provincial business-tax threshold (monthly) — 本省按期纳税营业税起征点（月营业额） — 해당 성의 기간별 납세 영업세 징수기준(월 영업액) (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By month as well: {"2014-11": value, …}. */
            individual_local_business_tax_threshold?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Provincial business-tax threshold per transaction or day — 本省按次纳税营业税起征点（每次（日）） — 해당 성의 건별 납세 영업세 징수기준(건(일)당) (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By month as well: {"2014-11": value, …}. */
            individual_local_business_tax_per_transaction_threshold?: number | string | null | {
                [key: string]: number | string | null;
            };
        };
        /** @description Loan contract (借款合同, 대출계약): one input record. Fields not listed are reported by name; computed variables cannot be given. */
        LoanContract: {
            /** @description Your id of the record; echoed in the result. */
            id?: string | number | null;
            /** @description A name; echoed in the result. */
            name?: string | number | null;
            /** @description Loan amount — 借款金额 — 대출금액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). */
            loan_contract_amount?: number | string | null;
            /**
             * Format: date
             * @description Date signed — 合同签订日期 — 계약 체결일. Required.
             */
            signed?: string | null;
            /** @description Lender is a financial institution — 贷款人为金融机构 — 대출기관이 금융기관임. true/false (also 是/否, yes/no, 1/0). */
            lender_is_financial_institution?: boolean | string | number | null;
            /** @description Syndicated loan — 银团贷款 — 신디케이트론(은행단 대출). true/false (also 是/否, yes/no, 1/0). */
            is_syndicated?: boolean | string | number | null;
            /** @description Commitment fee — 承诺费 — 약정수수료 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            commitment_fee?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Fund-management fee — 资金管理费 — 자금관리비 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            fund_management_fee?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Financial-advisory fee — 财务顾问费 — 재무고문비 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            advisory_fee?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Consulting fee — 咨询费 — 자문비 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            consulting_fee?: number | string | null | {
                [key: string]: number | string | null;
            };
            borrower?: components["schemas"]["Enterprise"];
            lender?: components["schemas"]["Bank"];
        };
        /** @description Bank (银行业金融机构, 은행업 금융기관): one input record. Fields not listed are reported by name; computed variables cannot be given. */
        Bank: {
            /** @description Your id of the record; echoed in the result. */
            id?: string | number | null;
            /** @description A name; echoed in the result. */
            name?: string | number | null;
            /** @description Agricultural and SME loans, special-mention balance — 涉农贷款和中小企业贷款关注类余额 — 농업 관련·중소기업 대출 요주의 잔액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            agri_sme_loan_balance_special_mention?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Agricultural and SME loans, substandard balance — 涉农贷款和中小企业贷款次级类余额 — 농업 관련·중소기업 대출 고정 잔액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            agri_sme_loan_balance_substandard?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Agricultural and SME loans, doubtful balance — 涉农贷款和中小企业贷款可疑类余额 — 농업 관련·중소기업 대출 회수의문 잔액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            agri_sme_loan_balance_doubtful?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Agricultural and SME loans, loss balance — 涉农贷款和中小企业贷款损失类余额 — 농업 관련·중소기업 대출 추정손실 잔액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            agri_sme_loan_balance_loss?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description All loans, balance — 各项贷款余额 — 전체 대출 잔액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By month as well: {"2014-11": value, …}. */
            all_loan_balance?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description All loans, balance a year earlier — 上年同期各项贷款余额 — 전년 동기 전체 대출 잔액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By month as well: {"2014-11": value, …}. */
            all_loan_balance_last_year?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description All loans, increment — 各项贷款增量 — 전체 대출 증가량 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By month as well: {"2014-11": value, …}. */
            all_loan_increment?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Small/micro enterprise loans, balance — 小型微型企业贷款余额 — 소규모 기업 대출 잔액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By month as well: {"2014-11": value, …}. */
            small_micro_loan_balance?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Small/micro enterprise loans, balance a year earlier — 上年同期小型微型企业贷款余额 — 전년 동기 소규모 기업 대출 잔액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By month as well: {"2014-11": value, …}. */
            small_micro_loan_balance_last_year?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Small/micro enterprise loans, increment — 小型微型企业贷款增量 — 소규모 기업 대출 증가량 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By month as well: {"2014-11": value, …}. */
            small_micro_loan_increment?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Small/micro enterprise loans, increment a year earlier — 上年同期小型微型企业贷款增量 — 전년 동기 소규모 기업 대출 증가량 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By month as well: {"2014-11": value, …}. */
            small_micro_loan_increment_last_year?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Small/micro loans to borrowers with credit lines up to 5,000,000 yuan, balance — 单户授信500万元以下小型微型企业贷款余额 — 단일 여신한도 500만 위안 이하 소규모 기업 대출 잔액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By month as well: {"2014-11": value, …}. */
            small_micro_loan_balance_small_lines?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Small/micro enterprise loans, number of borrowers — 小型微型企业贷款户数 — 소규모 기업 대출 차주 수 (count). By month as well: {"2014-11": value, …}. */
            small_micro_loan_count?: number | string | null | {
                [key: string]: number | string | null;
            };
        };
        /** @description Tender (采购项目, 조달 입찰): one input record. Fields not listed are reported by name; computed variables cannot be given. */
        Tender: {
            /** @description Your id of the record; echoed in the result. */
            id?: string | number | null;
            /** @description A name; echoed in the result. */
            name?: string | number | null;
            /**
             * Format: date
             * @description Tender date — 采购项目日期 — 조달 입찰 일자. Required.
             */
            tender_date?: string | null;
            /**
             * @description Procurement type (goods, services, works) — 采购项目类别（货物、服务、工程） — 조달 유형(물품·용역·공사)
             * @enum {string|null}
             */
            tender_procurement_type?: "unspecified" | "goods" | "services" | "works" | null;
            /** @description Reserved for SMEs — 专门面向中小企业采购 — 중소기업 전용 구매. true/false (also 是/否, yes/no, 1/0). */
            tender_reserved_for_sme?: boolean | string | number | null;
            /** @description Small/micro deduction rate of the tender — 招标文件规定的小型微型企业价格扣除比例 — 입찰 문서상 소형·영세기업 가격 공제율 (/1) */
            tender_deduction_rate?: number | string | null;
            /** @description Consortium deduction rate of the tender — 招标文件规定的联合体价格扣除比例 — 입찰 문서상 컨소시엄 가격 공제율 (/1) */
            tender_consortium_deduction_rate?: number | string | null;
            /**
             * @description Evaluation method — 评标方法 — 평가 방법
             * @enum {string|null}
             */
            tender_evaluation_method?: "lowest_price" | "comprehensive" | null;
            /** @description Price weight (points) — 价格分值（权重） — 가격 점수 배점(가중치) (point) */
            tender_price_weight?: number | string | null;
            budget_unit?: components["schemas"]["BudgetUnit"];
        };
        /** @description Bid (投标, 입찰): one input record. Fields not listed are reported by name; computed variables cannot be given. */
        Bid: {
            /** @description Your id of the record; echoed in the result. */
            id?: string | number | null;
            /** @description A name; echoed in the result. */
            name?: string | number | null;
            /** @description Bid price — 投标报价 — 입찰 가격 (yuan). Required.. Yuan with at most two decimals, as a number or as text (text keeps every digit). */
            bid_price?: number | string | null;
            /**
             * @description Declared size class — 中小企业声明函所述企业规模 — 중소기업 신고서상 기업 규모
             * @enum {string|null}
             */
            bid_declared_size_class?: "large" | "medium" | "small" | "micro" | "undeclared" | null;
            /** @description Technical score — 技术商务得分 — 기술·상업 점수 (point) */
            bid_technical_score?: number | string | null;
            /** @description Compliant bid — 通过符合性审查 — 적격성 심사 통과. true/false (also 是/否, yes/no, 1/0). */
            bid_compliant?: boolean | string | number | null;
            tender?: components["schemas"]["Tender"];
            supplier?: components["schemas"]["Enterprise"];
        };
        /** @description Bid product (投标产品, 입찰 제품): one input record. Fields not listed are reported by name; computed variables cannot be given. */
        BidProduct: {
            /** @description Your id of the record; echoed in the result. */
            id?: string | number | null;
            /** @description A name; echoed in the result. */
            name?: string | number | null;
            /**
             * @description Manufacturer size class — 产品制造商企业规模 — 제품 제조사 기업 규모. Required.
             * @enum {string|null}
             */
            bid_product_manufacturer_size_class?: "large" | "medium" | "small" | "micro" | null;
            /** @description Under a large enterprise's trademark — 使用大型企业注册商标 — 대기업 등록상표 사용. true/false (also 是/否, yes/no, 1/0). */
            bid_product_large_enterprise_trademark?: boolean | string | number | null;
            bid?: components["schemas"]["Bid"];
        };
        /** @description Consortium member (联合体成员, 컨소시엄 구성원): one input record. Fields not listed are reported by name; computed variables cannot be given. */
        ConsortiumMember: {
            /** @description Your id of the record; echoed in the result. */
            id?: string | number | null;
            /** @description A name; echoed in the result. */
            name?: string | number | null;
            /**
             * @description Member size class — 联合体成员企业规模 — 컨소시엄 구성원 기업 규모. Required.
             * @enum {string|null}
             */
            consortium_member_size_class?: "large" | "medium" | "small" | "micro" | null;
            /** @description Member's share of the contract amount — 成员占联合体协议合同金额的比例 — 구성원의 컨소시엄 계약금액 비중 (/1). Required. */
            consortium_member_share?: number | string | null;
            bid?: components["schemas"]["Bid"];
        };
        /** @description Budget unit (预算单位, 예산단위): one input record. Fields not listed are reported by name; computed variables cannot be given. */
        BudgetUnit: {
            /** @description Your id of the record; echoed in the result. */
            id?: string | number | null;
            /** @description A name; echoed in the result. */
            name?: string | number | null;
            /** @description Annual procurement budget — 年度政府采购项目预算总额 — 연간 정부구매 프로젝트 예산 총액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            budget_unit_procurement_budget?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Reserved for SMEs — 面向中小企业预留的采购份额 — 중소기업 대상 유보 구매액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            budget_unit_sme_reserved?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Of which reserved for small and micro — 其中面向小型微型企业预留的份额 — 그중 소형·영세기업 대상 유보액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            budget_unit_small_micro_reserved?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Awarded to SMEs — 授予中小企业的采购合同金额 — 중소기업에 수여된 구매 계약액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            budget_unit_sme_awarded?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Of which awarded to small and micro — 其中授予小型微型企业的合同金额 — 그중 소형·영세기업에 수여된 계약액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            budget_unit_small_micro_awarded?: number | string | null | {
                [key: string]: number | string | null;
            };
        };
        /** @description Administrative fee (行政事业性收费, 행정사업성 수수료): one input record. Fields not listed are reported by name; computed variables cannot be given. */
        FeeEvent: {
            /** @description Your id of the record; echoed in the result. */
            id?: string | number | null;
            /** @description A name; echoed in the result. */
            name?: string | number | null;
            /**
             * @description Fee charged — 收费项目 — 수수료 항목. Required.
             * @enum {string|null}
             */
            fee_event_code?: "enterprise_registration" | "tax_invoice_production" | "customs_supervision" | "shipment_certificate" | "handicraft_certificate" | "textile_origin_certificate" | "general_origin_certificate_issuance" | "general_origin_certificate_form" | "organization_code_certificate" | "goods_origin_certificate" | "ata_carnet" | "land_registration" | "software_copyright_registration" | "farm_machinery_supervision" | "new_veterinary_drug_approval" | "imported_veterinary_drug_licence" | "veterinary_drug_registration" | "forest_right_certificate" | "star_rating_plaque" | "a_grade_scenic_area_plaque" | "industrial_agricultural_tourism_plaque" | "halal_food_certification" | "other" | null;
            /** @description Amount charged — 收费金额 — 수수료 금액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). */
            fee_event_amount?: number | string | null;
            /**
             * Format: date
             * @description Date charged — 收费日期 — 수수료 징수일. Required.
             */
            fee_event_date?: string | null;
            /** @description Region charged in — 收费地区 — 수수료 징수 지역 */
            fee_event_region?: string | number | null;
            payer?: components["schemas"]["Enterprise"];
        };
        /** @description Graduate hire (招用高校毕业生, 대학 졸업생 채용): one input record. Fields not listed are reported by name; computed variables cannot be given. */
        GraduateHire: {
            /** @description Your id of the record; echoed in the result. */
            id?: string | number | null;
            /** @description A name; echoed in the result. */
            name?: string | number | null;
            /**
             * Format: date
             * @description Hire date — 招用日期 — 채용일. Required.
             */
            hire_date?: string | null;
            /** @description Graduation year — 毕业年份 — 졸업 연도 (year). Required. */
            graduation_year?: number | string | null;
            /** @description Labour contract term (months) — 劳动合同期限（月） — 노동계약 기간(개월) (month) */
            contract_months?: number | string | null;
            /** @description Pre-job training given — 已组织岗前培训 — 업무 전 교육 실시. true/false (also 是/否, yes/no, 1/0). */
            pre_job_training_given?: boolean | string | number | null;
            /** @description Social insurance paid on time and in full — 按时足额缴纳社会保险费 — 사회보험비 적기·전액 납부. true/false (also 是/否, yes/no, 1/0). By year as well: {"2014": value, …}. */
            social_insurance_paid_in_full?: boolean | string | number | null | {
                [key: string]: boolean | string | number | null;
            };
            /** @description Months of contributions in the year — 本年度缴纳社会保险费月数 — 당해 연도 사회보험비 납부 개월 수 (month). By year as well: {"2014": value, …}. */
            insured_months?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Prior-year local average monthly wage — 上年度当地职工月平均工资 — 전년도 현지 근로자 월평균임금 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            local_average_monthly_wage?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Place of insurance (region code) — 参保地（行政区划代码） — 보험 가입 지역(행정구역 코드) */
            hire_region?: string | number | null;
            /** @description Training subsidy standard per person — 岗前培训费补贴标准（每人） — 업무 전 교육비 보조금 표준(1인당) (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). */
            training_subsidy_standard?: number | string | null;
            employer?: components["schemas"]["Enterprise"];
        };
        /** @description One enterprise (its fields at the top level), or a batch: {"enterprises": [ … ]}. Results come back as `result` for one, `results` (same order) for a batch. */
        EnterpriseInput: {
            /** @description A batch of enterprise records (at most 10000). */
            enterprises?: components["schemas"]["Enterprise"][];
            /** @description Your id of the record; echoed in the result. */
            id?: string | number | null;
            /** @description A name; echoed in the result. */
            name?: string | number | null;
            /** @description Industry — 所属行业 — 업종. Required. By year as well: {"2014": value, …}. */
            industry?: string | number | null | {
                [key: string]: string | number | null;
            };
            /** @description Employees — 从业人员 — 종업원 수 (person). By year as well: {"2014": value, …}. */
            employees?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Revenue — 营业收入 — 영업수입 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            revenue?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Total assets — 资产总额 — 자산총액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            total_assets?: number | string | null | {
                [key: string]: number | string | null;
            };
            /**
             * Format: date
             * @description Founded — 成立日期 — 설립일
             */
            founded?: string | null;
            /** @description Region (administrative division code) — 所在地区（行政区划代码） — 소재 지역(행정구역 코드) */
            region?: string | number | null;
            /** @description In a restricted or prohibited industry — 属于限制或禁止行业 — 제한·금지 업종 해당. true/false (also 是/否, yes/no, 1/0). By year as well: {"2014": value, …}. */
            restricted_industry?: boolean | string | number | null | {
                [key: string]: boolean | string | number | null;
            };
            /** @description Taxable income — 应纳税所得额 — 과세소득 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            taxable_income?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Annual total profit — 年度利润总额 — 연간 이윤총액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            total_profit?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Donations to the National SME Development Fund — 向国家中小企业发展基金捐赠 — 국가 중소기업발전기금 기부금 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            sme_fund_donation?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Other public-welfare donations — 其他公益性捐赠支出 — 기타 공익성 기부지출 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            other_public_welfare_donation?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description R&D costs expensed in the year — 计入当期损益的研究开发费用 — 당기 손익에 산입한 연구개발비 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            rd_expensed_costs?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Amortisation in the year of R&D intangibles, on their cost — 研究开发形成的无形资产按成本计算的本年摊销额 — 연구개발로 형성된 무형자산의 원가 기준 당해 상각액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            rd_intangible_amortisation?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Technology-based SME — 科技型中小企业 — 과학기술형 중소기업. One of: unknown, yes, no. By year as well: {"2014": value, …}. */
            is_technology_based_sme?: string | null | {
                [key: string]: string | null;
            };
            /** @description Manufacturing enterprise (manufacturing ≥ 50% of total revenue) — 制造业企业（制造业收入占收入总额50%以上） — 제조업 기업(제조업 수입이 수입총액의 50% 이상). One of: unknown, yes, no. By year as well: {"2014": value, …}. */
            is_manufacturing_enterprise?: string | null | {
                [key: string]: string | null;
            };
            /** @description Small-scale VAT taxpayer — 增值税小规模纳税人 — 증치세 소규모 납세인. true/false (also 是/否, yes/no, 1/0). By year as well: {"2014": value, …}. */
            is_small_scale_vat_taxpayer?: boolean | string | number | null | {
                [key: string]: boolean | string | number | null;
            };
            /** @description VAT filing period — 增值税纳税期限 — 증치세 납세기간. One of: monthly, quarterly. By year as well: {"2014": value, …}. */
            vat_filing_frequency?: string | null | {
                [key: string]: string | null;
            };
            /** @description Monthly sales for VAT (excluding VAT) — 增值税月销售额（不含税） — 증치세 월 판매액(세금 제외) (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By month as well: {"2014-11": value, …}. */
            vat_sales?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Business-tax taxpayer — 营业税纳税人 — 영업세 납세인. true/false (also 是/否, yes/no, 1/0). By year as well: {"2014": value, …}. */
            is_business_tax_taxpayer?: boolean | string | number | null | {
                [key: string]: boolean | string | number | null;
            };
            /** @description Business-tax filing period — 营业税纳税期限 — 영업세 납세기간. One of: monthly, quarterly. By year as well: {"2014": value, …}. */
            business_tax_filing_frequency?: string | null | {
                [key: string]: string | null;
            };
            /** @description Monthly turnover for business tax — 营业税月营业额 — 영업세 월 영업액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By month as well: {"2014-11": value, …}. */
            business_tax_turnover?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Applicable business-tax rate — 营业税适用税率 — 영업세 적용세율 (/1). By year as well: {"2014": value, …}. */
            business_tax_rate?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Six taxes and two fees due (before the reduction) — “六税两费”应纳税费额（减征前） — '6세 2비' 납부세액(감면 전) (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            six_taxes_two_fees_due?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Rents business premises or shops — 租用经营场地或店铺 — 경영장소 또는 점포 임차. true/false (also 是/否, yes/no, 1/0). By year as well: {"2014": value, …}. */
            rents_premises?: boolean | string | number | null | {
                [key: string]: boolean | string | number | null;
            };
            /** @description Rent for business premises in the year — 本年度经营场地租金 — 당해 연도 경영장소 임대료 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            premises_rent?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Rent subsidy proportion — 租金补贴比例 — 임대료 보조 비율 (/1). By year as well: {"2014": value, …}. */
            rent_subsidy_proportion?: number | string | null | {
                [key: string]: number | string | null;
            };
        };
        /** @description One record of the entity named by `entity` (default enterprise), fields at the top level, or a batch under the entity plural: {"enterprises": [ … ]}, {"loan_contracts": [ … ]}. Linked records are nested objects ("borrower": { … }). */
        RecordsInput: {
            /** @description A batch of enterprise records (at most 10000). */
            enterprises?: components["schemas"]["Enterprise"][];
            /** @description A batch of individual records (at most 10000). */
            individuals?: components["schemas"]["Individual"][];
            /** @description A batch of loan_contract records (at most 10000). */
            loan_contracts?: components["schemas"]["LoanContract"][];
            /** @description A batch of bank records (at most 10000). */
            banks?: components["schemas"]["Bank"][];
            /** @description A batch of tender records (at most 10000). */
            tenders?: components["schemas"]["Tender"][];
            /** @description A batch of bid records (at most 10000). */
            bids?: components["schemas"]["Bid"][];
            /** @description A batch of bid_product records (at most 10000). */
            bid_products?: components["schemas"]["BidProduct"][];
            /** @description A batch of consortium_member records (at most 10000). */
            consortium_members?: components["schemas"]["ConsortiumMember"][];
            /** @description A batch of budget_unit records (at most 10000). */
            budget_units?: components["schemas"]["BudgetUnit"][];
            /** @description A batch of fee_event records (at most 10000). */
            fee_events?: components["schemas"]["FeeEvent"][];
            /** @description A batch of graduate_hire records (at most 10000). */
            graduate_hires?: components["schemas"]["GraduateHire"][];
            /** @description Your id of the record; echoed in the result. */
            id?: string | number | null;
            /** @description A name; echoed in the result. */
            name?: string | number | null;
            /** @description Industry — 所属行业 — 업종. Required. By year as well: {"2014": value, …}. */
            industry?: string | number | null | {
                [key: string]: string | number | null;
            };
            /** @description Employees — 从业人员 — 종업원 수 (person). By year as well: {"2014": value, …}. */
            employees?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Revenue — 营业收入 — 영업수입 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            revenue?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Total assets — 资产总额 — 자산총액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            total_assets?: number | string | null | {
                [key: string]: number | string | null;
            };
            /**
             * Format: date
             * @description Founded — 成立日期 — 설립일
             */
            founded?: string | null;
            /** @description Region (administrative division code) — 所在地区（行政区划代码） — 소재 지역(행정구역 코드) */
            region?: string | number | null;
            /** @description In a restricted or prohibited industry — 属于限制或禁止行业 — 제한·금지 업종 해당. true/false (also 是/否, yes/no, 1/0). By year as well: {"2014": value, …}. */
            restricted_industry?: boolean | string | number | null | {
                [key: string]: boolean | string | number | null;
            };
            /** @description Taxable income — 应纳税所得额 — 과세소득 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            taxable_income?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Annual total profit — 年度利润总额 — 연간 이윤총액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            total_profit?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Donations to the National SME Development Fund — 向国家中小企业发展基金捐赠 — 국가 중소기업발전기금 기부금 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            sme_fund_donation?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Other public-welfare donations — 其他公益性捐赠支出 — 기타 공익성 기부지출 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            other_public_welfare_donation?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description R&D costs expensed in the year — 计入当期损益的研究开发费用 — 당기 손익에 산입한 연구개발비 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            rd_expensed_costs?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Amortisation in the year of R&D intangibles, on their cost — 研究开发形成的无形资产按成本计算的本年摊销额 — 연구개발로 형성된 무형자산의 원가 기준 당해 상각액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            rd_intangible_amortisation?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Technology-based SME — 科技型中小企业 — 과학기술형 중소기업. One of: unknown, yes, no. By year as well: {"2014": value, …}. */
            is_technology_based_sme?: string | null | {
                [key: string]: string | null;
            };
            /** @description Manufacturing enterprise (manufacturing ≥ 50% of total revenue) — 制造业企业（制造业收入占收入总额50%以上） — 제조업 기업(제조업 수입이 수입총액의 50% 이상). One of: unknown, yes, no. By year as well: {"2014": value, …}. */
            is_manufacturing_enterprise?: string | null | {
                [key: string]: string | null;
            };
            /** @description Small-scale VAT taxpayer — 增值税小规模纳税人 — 증치세 소규모 납세인. true/false (also 是/否, yes/no, 1/0). By year as well: {"2014": value, …}. */
            is_small_scale_vat_taxpayer?: boolean | string | number | null | {
                [key: string]: boolean | string | number | null;
            };
            /** @description VAT filing period — 增值税纳税期限 — 증치세 납세기간. One of: monthly, quarterly. By year as well: {"2014": value, …}. */
            vat_filing_frequency?: string | null | {
                [key: string]: string | null;
            };
            /** @description Monthly sales for VAT (excluding VAT) — 增值税月销售额（不含税） — 증치세 월 판매액(세금 제외) (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By month as well: {"2014-11": value, …}. */
            vat_sales?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Business-tax taxpayer — 营业税纳税人 — 영업세 납세인. true/false (also 是/否, yes/no, 1/0). By year as well: {"2014": value, …}. */
            is_business_tax_taxpayer?: boolean | string | number | null | {
                [key: string]: boolean | string | number | null;
            };
            /** @description Business-tax filing period — 营业税纳税期限 — 영업세 납세기간. One of: monthly, quarterly. By year as well: {"2014": value, …}. */
            business_tax_filing_frequency?: string | null | {
                [key: string]: string | null;
            };
            /** @description Monthly turnover for business tax — 营业税月营业额 — 영업세 월 영업액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By month as well: {"2014-11": value, …}. */
            business_tax_turnover?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Applicable business-tax rate — 营业税适用税率 — 영업세 적용세율 (/1). By year as well: {"2014": value, …}. */
            business_tax_rate?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Six taxes and two fees due (before the reduction) — “六税两费”应纳税费额（减征前） — '6세 2비' 납부세액(감면 전) (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            six_taxes_two_fees_due?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Rents business premises or shops — 租用经营场地或店铺 — 경영장소 또는 점포 임차. true/false (also 是/否, yes/no, 1/0). By year as well: {"2014": value, …}. */
            rents_premises?: boolean | string | number | null | {
                [key: string]: boolean | string | number | null;
            };
            /** @description Rent for business premises in the year — 本年度经营场地租金 — 당해 연도 경영장소 임대료 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). By year as well: {"2014": value, …}. */
            premises_rent?: number | string | null | {
                [key: string]: number | string | null;
            };
            /** @description Rent subsidy proportion — 租金补贴比例 — 임대료 보조 비율 (/1). By year as well: {"2014": value, …}. */
            rent_subsidy_proportion?: number | string | null | {
                [key: string]: number | string | null;
            };
        };
        RuleVersion: {
            /** @description Version of the encoded policy. */
            policy_version: string;
            /** @description Hash of every parameter value and reference used. */
            parameter_hash: string;
        };
        /** @description Why a variable has its value: the dated formula, the parameter values (with their window, document and confidence) and the inputs, recursively. */
        TraceNode: {
            variable: string;
            entity: string;
            period: string;
            label: string;
            value: number | string | boolean;
            /** @enum {string} */
            kind: "formula" | "input" | "default";
            formula_from?: string;
            references: {
                /** @description Document number, e.g. 工信部联企业〔2011〕300号. */
                document: string;
                article?: string;
                title?: string;
                url?: string;
            }[];
            parameters: {
                path: string;
                label?: string;
                /** @description As written in law; money in yuan. */
                value: number | string | boolean | null;
                unit?: string;
                /** @description First day the value is in force. */
                start: string;
                /** @description Last day (null: still in force). */
                end: string | null;
                references: {
                    /** @description Document number, e.g. 工信部联企业〔2011〕300号. */
                    document: string;
                    article?: string;
                    title?: string;
                    url?: string;
                }[];
                /** @enum {string} */
                confidence: "verified" | "secondary" | "unconfirmed";
                note?: string;
            }[];
            children: components["schemas"]["TraceNode"][];
        };
        /** @description A node (folder) with children, or a leaf parameter / bracket scale; with `at`, leaves carry the value in force that day. */
        ParameterTreeItem: {
            /** @description Dotted path, e.g. classification.size_standard.industry.medium.employees */
            path: string;
            name: string;
            /** @enum {string} */
            kind: "node" | "parameter" | "scale";
            label: string | null;
            unit?: string;
            /** @description As written in law: money in yuan (exact), rates as fractions. */
            value?: number | string | boolean | null;
            children?: components["schemas"]["ParameterTreeItem"][];
        };
        /** @description A leaf parameter's whole history; a scale's brackets, each with its own histories. */
        ParameterHistory: {
            path: string;
            /** @enum {string} */
            kind: "parameter" | "scale";
            label: string | null;
            description?: string;
            unit?: string;
            references: {
                document: string;
                article?: string;
                title?: string;
                url?: string;
            }[];
            /** @enum {string} */
            confidence: "verified" | "secondary" | "unconfirmed";
            note?: string;
            values?: {
                /** @description First day in force. */
                start: string;
                /** @description Last day in force (null: until further notice). */
                end: string | null;
                /** @description As written in law: money in yuan (exact), rates as fractions. */
                value: number | string | boolean | null;
                references: {
                    document: string;
                    article?: string;
                    title?: string;
                    url?: string;
                }[];
                /** @enum {string} */
                confidence: "verified" | "secondary" | "unconfirmed";
                note?: string;
            }[];
            /** @enum {string} */
            type?: "marginal_rate" | "single_amount";
            brackets?: {
                threshold: components["schemas"]["ParameterHistory"];
                rate?: components["schemas"]["ParameterHistory"];
                amount?: components["schemas"]["ParameterHistory"];
            }[];
        };
        ProcurementProduct: {
            /**
             * @description Manufacturer size class — 产品制造商企业规模 — 제품 제조사 기업 규모. Required.
             * @enum {string|null}
             */
            manufacturer_size_class: "large" | "medium" | "small" | "micro" | null;
            /** @description Under a large enterprise's trademark — 使用大型企业注册商标 — 대기업 등록상표 사용. true/false (also 是/否, yes/no, 1/0). */
            large_enterprise_trademark?: boolean | string | number | null;
        };
        ProcurementConsortiumMember: {
            /**
             * @description Member size class — 联合体成员企业规模 — 컨소시엄 구성원 기업 규모. Required.
             * @enum {string|null}
             */
            size_class: "large" | "medium" | "small" | "micro" | null;
            /** @description Member's share of the contract amount — 成员占联合体协议合同金额的比例 — 구성원의 컨소시엄 계약금액 비중 (/1). Required. */
            share: number | string | null;
        };
        /** @description The supplier's figures, classified by the size standard (instead of supplier_size_class). */
        ProcurementSupplier: {
            /** @description Industry — 所属行业 — 업종. Required. */
            industry: string | number | null;
            /** @description Employees — 从业人员 — 종업원 수 (person) */
            employees?: number | string | null;
            /** @description Revenue — 营业收入 — 영업수입 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). */
            revenue?: number | string | null;
            /** @description Total assets — 资产总额 — 자산총액 (yuan). Yuan with at most two decimals, as a number or as text (text keeps every digit). */
            total_assets?: number | string | null;
        };
        ProcurementBid: {
            id: string | number;
            /** @description Bid price — 投标报价 — 입찰 가격 (yuan). Required.. Yuan with at most two decimals, as a number or as text (text keeps every digit). */
            price: number | string | null;
            /** @description Technical score — 技术商务得分 — 기술·상업 점수 (point) */
            technical_score?: number | string | null;
            /**
             * @description Declared size class — 中小企业声明函所述企业规模 — 중소기업 신고서상 기업 규모
             * @enum {string|null}
             */
            supplier_size_class?: "large" | "medium" | "small" | "micro" | "undeclared" | null;
            /** @description Compliant bid — 通过符合性审查 — 적격성 심사 통과. true/false (also 是/否, yes/no, 1/0). */
            compliant?: boolean | string | number | null;
            products?: components["schemas"]["ProcurementProduct"][];
            consortium?: components["schemas"]["ProcurementConsortiumMember"][];
            supplier?: components["schemas"]["ProcurementSupplier"];
        };
        /** @description A tender as `xiaowei procurement evaluate` reads it (see examples/tender.json). */
        ProcurementTender: {
            id: string | number;
            /**
             * Format: date
             * @description Tender date — 采购项目日期 — 조달 입찰 일자. Required.
             */
            date: string | null;
            /**
             * @description Procurement type (goods, services, works) — 采购项目类别（货物、服务、工程） — 조달 유형(물품·용역·공사)
             * @enum {string|null}
             */
            procurement_type?: "unspecified" | "goods" | "services" | "works" | null;
            /** @description Reserved for SMEs — 专门面向中小企业采购 — 중소기업 전용 구매. true/false (also 是/否, yes/no, 1/0). */
            reserved_for_sme?: boolean | string | number | null;
            /**
             * @description Evaluation method — 评标方法 — 평가 방법
             * @enum {string|null}
             */
            method?: "lowest_price" | "comprehensive" | null;
            /** @description Price weight (points) — 价格分值（权重） — 가격 점수 배점(가중치) (point) */
            price_weight?: number | string | null;
            /** @description Small/micro deduction rate of the tender — 招标文件规定的小型微型企业价格扣除比例 — 입찰 문서상 소형·영세기업 가격 공제율 (/1) */
            deduction_rate?: number | string | null;
            /** @description Consortium deduction rate of the tender — 招标文件规定的联合体价格扣除比例 — 입찰 문서상 컨소시엄 가격 공제율 (/1) */
            consortium_deduction_rate?: number | string | null;
            bids: components["schemas"]["ProcurementBid"][];
        };
        /** @description An enterprise of the registry; in a list filtered by year, with that year’s figures and stored entitlement summary. */
        RegistryEnterprise: {
            id: string;
            name: string;
            /** @description GB/T 2260 code, 6 digits. */
            region_code: string;
            industry: string;
            /** @enum {string} */
            industry_group: "agriculture" | "industry" | "construction" | "wholesale" | "retail" | "transport" | "warehousing" | "postal" | "accommodation" | "catering" | "information_transmission" | "software_it" | "real_estate_development" | "property_management" | "leasing_business_services" | "other";
            founded?: string | null;
            /** @description Yuan, exact to the fen. */
            registered_capital?: number | null;
            /** @description Unified social credit code (GB 32100-2015), in capitals; null: none recorded. */
            credit_code?: string | null;
            /** @description Row version: send it back with PUT to detect concurrent changes. */
            version: number;
            created_at?: string;
            updated_at?: string;
            figures?: {
                year: number;
                employees?: number | null;
                /** @description Yuan, exact to the fen. */
                revenue?: number | null;
                /** @description Yuan, exact to the fen. */
                total_assets?: number | null;
                /** @description Yuan, exact to the fen. */
                taxable_income?: number | null;
                /** @description Yuan, exact to the fen. */
                total_profit?: number | null;
                restricted_industry?: boolean | null;
            };
            entitlement?: {
                /** @enum {string|null} */
                size_class?: "large" | "medium" | "small" | "micro" | null;
                is_small_or_micro?: boolean | null;
                /** @description Yuan, exact to the fen. */
                total_support_value?: number | null;
                policy_version?: string;
                parameter_hash?: string;
            } | null;
        };
        /** @description One enterprise with every year of figures and the entitlements stored for each year (with the rule version that computed them). */
        RegistryEnterpriseDetail: {
            id: string;
            name: string;
            /** @description GB/T 2260 code, 6 digits. */
            region_code: string;
            industry: string;
            /** @enum {string} */
            industry_group: "agriculture" | "industry" | "construction" | "wholesale" | "retail" | "transport" | "warehousing" | "postal" | "accommodation" | "catering" | "information_transmission" | "software_it" | "real_estate_development" | "property_management" | "leasing_business_services" | "other";
            founded?: string | null;
            /** @description Yuan, exact to the fen. */
            registered_capital?: number | null;
            /** @description Unified social credit code (GB 32100-2015), in capitals; null: none recorded. */
            credit_code?: string | null;
            /** @description Row version: send it back with PUT to detect concurrent changes. */
            version: number;
            created_at?: string;
            updated_at?: string;
            years: {
                year: number;
                employees?: number | null;
                /** @description Yuan, exact to the fen. */
                revenue?: number | null;
                /** @description Yuan, exact to the fen. */
                total_assets?: number | null;
                /** @description Yuan, exact to the fen. */
                taxable_income?: number | null;
                /** @description Yuan, exact to the fen. */
                total_profit?: number | null;
                restricted_industry?: boolean | null;
                /** @description Other policy inputs of the year, by variable id. */
                inputs?: Record<string, never> | null;
                updated_at?: string;
            }[];
            entitlements: {
                year: number;
                /** @enum {string|null} */
                size_class?: "large" | "medium" | "small" | "micro" | null;
                is_small_or_micro?: boolean | null;
                /** @description Yuan, exact to the fen. */
                total_support_value?: number | null;
                components?: {
                    measure: string;
                    variable: string;
                    eligible?: boolean | null;
                    /** @description Yuan, exact to the fen. */
                    value?: number | null;
                    counted?: boolean;
                }[];
                not_encoded?: string[];
                problems?: {
                    variable?: string;
                    message?: string;
                }[];
                missing_inputs?: string[];
                policy_version: string;
                parameter_hash: string;
                computed_at?: string;
            }[];
        };
        /** @description The figures of one year. */
        RegistryYearInput: {
            year: number;
            employees?: number | null;
            /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
            revenue?: number | string | null;
            /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
            total_assets?: number | string | null;
            /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
            taxable_income?: number | string | null;
            /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
            total_profit?: number | string | null;
            restricted_industry?: boolean | null;
            /** @description Other inputs of the policy’s enterprise variables by id (money as yuan text; a monthly variable one value or an object by YYYY-MM). */
            inputs?: Record<string, never> | null;
        };
        ImportJob: {
            /** @description Id to follow the import (GET /api/v1/imports/{id}). */
            id: string;
            /** @description The stored import record. */
            import_id?: string | null;
            user_id?: string;
            file_name: string;
            /** @enum {string} */
            status: "running" | "completed" | "rejected" | "failed";
            /** @description Rows read so far, or in all. */
            rows: number;
            enterprises_created?: number;
            enterprises_updated?: number;
            years_written?: number;
            problem_count?: number;
            started_at: string;
            finished_at?: string | null;
            error?: {
                code?: string;
                message?: string;
            };
        };
        /** @description An accepted feed batch and the recompute job it queued. */
        FeedBatch: {
            id: string;
            /** @enum {string} */
            kind: "graduate_hires" | "fee_events" | "premises_rent" | "rd_donations" | "yearly_figures";
            department?: string | null;
            region_prefix?: string | null;
            rows: number;
            /** @description Enterprises the batch touched (recomputed by its job). */
            enterprises: number;
            file_name?: string | null;
            submitted_by: string;
            submitted_at: string;
            /** @description True when this batch id and content were accepted before: nothing was written again. */
            replayed?: boolean;
            job: {
                id: string;
                /** @enum {string} */
                state: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
                progress: {
                    fraction: number;
                    done: number | null;
                    total: number | null;
                } | null;
                retry_count?: number;
                error?: string | null;
                result?: {
                    enterprises?: number;
                    years?: number;
                    incomplete?: number;
                } | null;
                started_at?: string | null;
                completed_at?: string | null;
            } | null;
        };
        /** @description A user account (the password hash is never shown). */
        User: {
            id: string;
            username: string;
            display_name: string;
            /** @enum {string} */
            role: "enterprise" | "officer" | "procurement" | "bank" | "service_provider" | "analyst" | "admin" | "department";
            locale: string;
            /** @description Officers: the GB/T 2260 prefix they oversee (37 a province, 3702 a city). */
            region_prefix?: string | null;
            /** @description Enterprise users: their enterprise. */
            enterprise_id?: string | null;
            /** @description Procurement users: their budget unit. */
            budget_unit_id?: string | null;
            /** @description Bank users: their bank. */
            bank_id?: string | null;
            /**
             * @description Department users: their department (what they may feed); scoped by region_prefix like an officer.
             * @enum {string|null}
             */
            department?: "market_regulation" | "statistics" | "human_resources" | "finance" | "tax" | "cluster_operator" | "banking_regulator" | "development_reform" | null;
            disabled: boolean;
            created_at?: string;
            updated_at?: string;
        };
        /** @description A bid with its SME declaration, in the policy's field names (as POST /api/v1/procurement/evaluate and `xiaowei procurement evaluate`). The names of 0.1 — a bid's or product's `size_class`, a product's `large_trademark` — are accepted until 0.3. */
        TenderBidInput: {
            /** @description The bid's id within the tender. */
            id: string;
            /** @description The supplier's registry id (unified social credit code). */
            supplier_id?: string | null;
            supplier_name: string;
            /** @description Yuan with at most two decimals, as a number or as text (text keeps every digit). */
            price: number | string;
            /** @description Technical score, 0–100 (comprehensive scoring): decimal, at most 9 decimals, as a number or as text ("0.08"). */
            technical_score?: number | string | null;
            /**
             * @description false: the bid is not compliant and is not ranked.
             * @default true
             */
            compliant: boolean;
            /**
             * @description The class the SME declaration states; null: none.
             * @enum {string|null}
             */
            supplier_size_class?: "large" | "medium" | "small" | "micro" | null;
            /**
             * @deprecated
             * @description Old name of supplier_size_class, accepted until 0.3.
             * @enum {string|null}
             */
            size_class?: "large" | "medium" | "small" | "micro" | null;
            products?: {
                /** @description Registry id (unified social credit code) of the manufacturer: its class is checked. */
                manufacturer_id?: string | null;
                manufacturer_name: string;
                /**
                 * @description The manufacturer's class as declared (required).
                 * @enum {string}
                 */
                manufacturer_size_class?: "large" | "medium" | "small" | "micro";
                /** @description The product carries a large enterprise's registered trademark. */
                large_enterprise_trademark?: boolean;
                /**
                 * @deprecated
                 * @description Old name of manufacturer_size_class, accepted until 0.3.
                 * @enum {string}
                 */
                size_class?: "large" | "medium" | "small" | "micro";
                /**
                 * @deprecated
                 * @description Old name of large_enterprise_trademark, accepted until 0.3.
                 */
                large_trademark?: boolean;
            }[];
            /** @description Consortium members: their classes decide the bid’s. */
            consortium?: {
                /** @description Registry id of the member: its class is checked. */
                member_id?: string | null;
                name: string;
                /** @enum {string} */
                size_class: "large" | "medium" | "small" | "micro";
                /** @description Share of the consortium contract amount (0.3 = 30%): decimal, at most 9 decimals, as a number or as text ("0.08"). */
                share: number | string;
            }[];
        };
        /** @description The evaluation report: per bid the deduction applied and why (or why not), the evaluated price, scores and rank, and each declaration checked against the registry. The contract amount is the bid price, never the evaluated one. */
        TenderEvaluation: {
            tender_id: string;
            sequence: number;
            tender_name: string;
            budget_unit_id: string;
            budget_unit_name: string;
            date: string;
            /** @enum {string} */
            method: "lowest_price" | "comprehensive";
            reserved_for_sme: boolean;
            /** @description Exact decimal text. */
            price_weight: string | null;
            /** @description Exact decimal text. */
            deduction_rate: string | null;
            /** @description Exact decimal text. */
            consortium_deduction_rate: string | null;
            legal_range: {
                small_micro: {
                    min: number;
                    max: number;
                };
                consortium: {
                    min: number;
                    max: number;
                };
                consortium_share: number;
            };
            /** @description Declarations the registry contradicts. */
            contradictions: number;
            bids: {
                id: string;
                supplier_id: string | null;
                supplier_name: string;
                /** @description Yuan, exact to the fen. */
                price: number;
                compliant: boolean;
                /**
                 * @description The class the SME declaration states.
                 * @enum {string|null}
                 */
                supplier_size_class: "large" | "medium" | "small" | "micro" | null;
                /**
                 * @description The class the bid counts as (the award’s class if it wins).
                 * @enum {string|null}
                 */
                evaluated_size_class: "large" | "medium" | "small" | "micro" | null;
                consortium: boolean;
                /** @description Applied (0.06 = 6%); 0: none. */
                deduction_rate: number;
                /** @enum {string} */
                deduction_reason: "small_micro" | "consortium_all_small_micro" | "consortium_share" | "reserved_project" | "consortium_share_below" | "large_trademark" | "large_product" | "medium_product" | "not_small_micro" | "no_size_class";
                /** @description Why, in the user language. */
                reason: string;
                /** @description Yuan, exact to the fen. */
                deduction: number;
                /** @description Yuan, exact to the fen. */
                evaluated_price: number;
                /** @description Exact decimal text. */
                technical_score: string | null;
                price_score: number | null;
                total_score: number | null;
                /** @description 1 wins; null: not compliant. */
                rank: number | null;
                declarations: {
                    /** @enum {string} */
                    party: "supplier" | "manufacturer" | "member";
                    index: number | null;
                    party_id: string | null;
                    party_name: string;
                    /** @enum {string} */
                    declared: "large" | "medium" | "small" | "micro";
                    /** @enum {string} */
                    status: "confirmed" | "contradicted" | "not_verifiable";
                    /** @enum {string|null} */
                    registry_class: "large" | "medium" | "small" | "micro" | null;
                    /** @description The contradiction is on the small/micro side (it would change the deduction). */
                    material: boolean;
                    explanation: string;
                }[];
            }[];
            policy_version: string;
            parameter_hash: string;
            evaluated_at: string;
            /** @description User id (as in the audit log). */
            evaluated_by: string;
            evaluated_by_name: string;
            published_at: string | null;
            published_by: string | null;
            published_by_name: string | null;
        };
        StoredTender: {
            id: string;
            budget_unit_id: string;
            budget_unit_name: string;
            region_code: string;
            project_id: string | null;
            name: string;
            date: string;
            /** @enum {string} */
            method: "lowest_price" | "comprehensive";
            /** @description Exact decimal text. */
            price_weight: string | null;
            /** @description Exact decimal text. */
            deduction_rate: string | null;
            /** @description Exact decimal text. */
            consortium_deduction_rate: string | null;
            reserved_for_sme: boolean;
            /**
             * @description published: final; every change is 409.
             * @enum {string}
             */
            status: "draft" | "evaluated" | "published";
            /** @description Send it back with PUT to detect concurrent changes. */
            version: number;
            bid_count: number;
            created_at: string;
            created_by: string;
            updated_at: string;
            updated_by: string;
        };
        TenderDetail: {
            id: string;
            budget_unit_id: string;
            budget_unit_name: string;
            region_code: string;
            project_id: string | null;
            name: string;
            date: string;
            /** @enum {string} */
            method: "lowest_price" | "comprehensive";
            /** @description Exact decimal text. */
            price_weight: string | null;
            /** @description Exact decimal text. */
            deduction_rate: string | null;
            /** @description Exact decimal text. */
            consortium_deduction_rate: string | null;
            reserved_for_sme: boolean;
            /**
             * @description published: final; every change is 409.
             * @enum {string}
             */
            status: "draft" | "evaluated" | "published";
            /** @description Send it back with PUT to detect concurrent changes. */
            version: number;
            bid_count: number;
            created_at: string;
            created_by: string;
            updated_at: string;
            updated_by: string;
            bids: {
                id: string;
                supplier_id: string | null;
                supplier_name: string;
                /** @description Yuan, exact to the fen. */
                price: number;
                /** @description Exact decimal text. */
                technical_score: string | null;
                compliant: boolean;
                /**
                 * @description The class the SME declaration states; null: none.
                 * @enum {string|null}
                 */
                supplier_size_class: "large" | "medium" | "small" | "micro" | null;
                products: {
                    manufacturer_id: string | null;
                    manufacturer_name: string;
                    /** @enum {string} */
                    manufacturer_size_class: "large" | "medium" | "small" | "micro";
                    large_enterprise_trademark: boolean;
                }[];
                consortium: {
                    member_id: string | null;
                    name: string;
                    /** @enum {string} */
                    size_class: "large" | "medium" | "small" | "micro";
                    share: string;
                }[];
            }[];
            /** @description The newest evaluation (null: none yet). */
            evaluation: components["schemas"]["TenderEvaluation"] | null;
        };
        Scenario: {
            id: string;
            owner_id: string;
            /** @description Whether the caller owns it (may change, share and delete it). */
            owned: boolean;
            /** @description The owner’s region prefix when saved ("" for every region). */
            scope_prefix?: string;
            name: string;
            description?: string | null;
            base_year: number;
            changes: ({
                /** @enum {string} */
                kind: "parameter";
                path: string;
                value: number | string | boolean;
                from: string;
                until?: string | null;
            } | {
                /** @enum {string} */
                kind: "measure_off";
                measure: string;
                from: string;
                until?: string | null;
            } | {
                /** @enum {string} */
                kind: "copy_values";
                source: string;
                path?: string;
                from: string;
                until?: string | null;
            })[];
            shared: boolean;
            version: number;
            created_at?: string;
            updated_at?: string;
        };
        /** @description A simulation run: running (with progress), then completed (with `result`), failed or cancelled. */
        SimulationRun: {
            id: string;
            scenario_id: string;
            year: number;
            /** @enum {string} */
            status: "reading" | "running" | "completed" | "failed" | "cancelled";
            /** @description Enterprises computed so far. */
            done: number;
            /** @description Enterprises of the registry in the caller’s scope with figures for the year. */
            total: number;
            started_at: string;
            finished_at: string | null;
            error?: {
                code: string;
                message: string;
            };
            /** @description Baseline and reform side by side (money in yuan, exact): `totals`, `by_region`, `by_industry_group`, `by_size_class`, `by_measure` (each: enterprises, baseline, reform, change, beneficiaries, gainers and losers with their amounts), `incomplete` enterprises left out with the first `problems`, and the 20 `largest_changes` with the traces of the entitlements that change. */
            result?: {
                period: string;
                enterprises: number;
                incomplete: number;
                problems: {
                    row: number | null;
                    field: string;
                    message: string;
                }[];
                totals: components["schemas"]["SimulationTally"];
                by_region: components["schemas"]["SimulationGroupTally"][];
                by_industry_group: components["schemas"]["SimulationGroupTally"][];
                by_size_class: components["schemas"]["SimulationGroupTally"][];
                by_measure: components["schemas"]["SimulationGroupTally"][];
                largest_changes: {
                    id: string;
                    region: string;
                    industry_group: string;
                    size_class: string;
                    /** @description Yuan, exact to the fen. */
                    baseline: number;
                    /** @description Yuan, exact to the fen. */
                    reform: number;
                    /** @description Yuan, exact to the fen. */
                    change: number;
                    /** @description Why each entitlement that changes had its value under the law in force and under the reform. */
                    explanations: {
                        measure: string;
                        title: string | null;
                        variable: string;
                        baseline: components["schemas"]["TraceNode"];
                        reform: components["schemas"]["TraceNode"];
                    }[];
                }[];
                /** @description Milliseconds by step. */
                timings?: {
                    [key: string]: number;
                };
            } & {
                [key: string]: unknown;
            };
        };
        SimulationTally: {
            enterprises: number;
            /** @description Yuan, exact to the fen. */
            baseline: number;
            /** @description Yuan, exact to the fen. */
            reform: number;
            /** @description Yuan, exact to the fen. */
            change: number;
            beneficiaries_baseline: number;
            beneficiaries_reform: number;
            gainers: number;
            /** @description Yuan, exact to the fen. */
            gain: number;
            losers: number;
            /** @description Yuan, exact to the fen. */
            loss: number;
        };
        SimulationGroupTally: {
            key: string;
            /** @description Regions and measures by name in the language asked; null for the other codes. */
            name: string | null;
        } & components["schemas"]["SimulationTally"];
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
