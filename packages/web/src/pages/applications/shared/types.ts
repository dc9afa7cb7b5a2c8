/** What the application and complaint routes answer (the generated OpenAPI types, narrowed to what the pages read). */
export type Value = string | number | boolean;

export interface FormFieldInfo {
  readonly name: string;
  readonly label: string;
  readonly type: 'money' | 'number' | 'boolean' | 'enum' | 'date' | 'text';
  readonly unit?: string;
  readonly min?: number;
  readonly max?: number;
  readonly options?: readonly { value: string; label: string }[];
  readonly required: boolean;
  readonly source: 'variable' | 'request';
  readonly prefill?: Value;
}

export interface MeasureInfo {
  readonly measure: string;
  readonly title: string;
  readonly review_working_days: number;
  readonly has_advice: boolean;
}

export interface ApplicationRow {
  readonly id: string;
  readonly enterprise_id: string;
  readonly enterprise_name?: string;
  readonly region_code?: string;
  readonly measure: string;
  readonly measure_title?: string;
  readonly year: number;
  readonly values: Readonly<Record<string, Value>>;
  readonly status: string;
  readonly status_label: string;
  readonly created_at: string;
  readonly submitted_at?: string | null;
  readonly due_date?: string | null;
  readonly due_estimated?: boolean;
  readonly working_days_left?: number | null;
  readonly overdue: boolean;
  readonly info_request?: string | null;
  readonly decision_reason?: string | null;
  readonly approved_amount?: number | null;
  readonly paid_amount?: number | null;
}

export interface Advice {
  readonly year: number;
  readonly figures_year: number | null;
  readonly outcomes: readonly {
    measure: string;
    title: string;
    eligible: boolean;
    value: number | null;
    conditions: readonly { variable: string; label: string; met: boolean; advice?: string }[];
    pending?: string;
  }[];
  readonly problem?: string;
}

export interface AttachmentInfo {
  readonly id: string;
  readonly file_name: string;
  readonly media_type: string;
  readonly size_bytes: number;
  readonly sha256: string;
  readonly uploaded_at: string;
}

export interface ApplicationDetail extends ApplicationRow {
  readonly events: readonly { at: string; actor_role: string; to_status: string; to_label: string; reason?: string | null }[];
  readonly attachments: readonly AttachmentInfo[];
  readonly form: readonly FormFieldInfo[];
  readonly decision_advice: Advice | null;
  readonly advice: Advice | null;
  readonly registry: Readonly<Record<string, string | number | boolean | null>> | null;
}

export interface ComplaintRow {
  readonly id: string;
  readonly enterprise_name?: string;
  readonly region_code?: string;
  readonly type: 'fee' | 'bank';
  readonly type_label?: string;
  readonly department_label?: string;
  readonly respondent: string;
  readonly body: string;
  readonly status: 'open' | 'replied';
  readonly filed_at: string;
  readonly due_date: string;
  readonly working_days_left?: number | null;
  readonly overdue: boolean;
  readonly reply?: string | null;
  readonly rating?: number | null;
}

export interface ComplaintCountRow {
  readonly month: string;
  readonly type: string;
  readonly department: string;
  readonly region_code: string;
  readonly filed: number;
  readonly replied: number;
  readonly late: number;
  readonly rated: number;
  readonly mean_rating: number | null;
}
