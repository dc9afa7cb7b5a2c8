import { Tag } from 'antd';

const COLOURS: Readonly<Record<string, string>> = {
  draft: 'default',
  submitted: 'blue',
  under_review: 'processing',
  info_requested: 'orange',
  resubmitted: 'cyan',
  approved: 'green',
  rejected: 'red',
  paid: 'success',
  withdrawn: 'default',
  open: 'orange',
  replied: 'green',
};

/** A state by its name in the reader's language, coloured by what it asks of whom. */
export function StatusTag({ status, label }: { status: string; label: string }) {
  return (
    <Tag color={COLOURS[status] ?? 'default'} data-testid={`status-${status}`}>
      {label}
    </Tag>
  );
}
