/** A correction request as the API returns it (`GET /api/v1/corrections`). */
export interface Correction {
  readonly id: string;
  readonly enterprise_id: string;
  readonly enterprise_name?: string;
  readonly field: string;
  readonly field_label?: string;
  readonly year: number | null;
  readonly current_value: string | null;
  readonly proposed_value: string;
  readonly reason: string;
  readonly status: 'pending' | 'accepted' | 'rejected';
  readonly requested_at: string;
  readonly decided_at?: string | null;
  readonly decision_reason?: string | null;
}

export interface CorrectionField {
  readonly field: string;
  readonly label: string;
  readonly by_year: boolean;
  readonly money: boolean;
}
