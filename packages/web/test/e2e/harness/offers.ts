import type { Page } from 'playwright-core';

/** The bank account an enterprise gives when it confirms an offer (the offer form's three fields). */
export interface BankAccount {
  readonly accountName: string;
  readonly bankName: string;
  readonly accountNumber: string;
}

/**
 * On /my-offers with an offer open: fills the bank account, confirms and waits for the confirmed state. The
 * fields are filled afresh each time, so a test may first try an account the form refuses and then call this.
 */
export async function confirmOffer(page: Page, account: BankAccount): Promise<void> {
  await page.locator('#account_name').fill(account.accountName);
  await page.locator('#bank_name').fill(account.bankName);
  await page.locator('#account_number').fill(account.accountNumber);
  await page.getByTestId('confirm-offer').click();
  await page.getByTestId('offer-status-confirmed').waitFor();
}

/**
 * On the officer's programmes page: publishes programme `programmeId` (its offers go out), then makes the payment
 * batch of what is payable and returns the batch's id from the address it opens.
 */
export async function publishAndBatch(officer: Page, programmeId: string): Promise<string> {
  await officer.reload();
  await officer.getByTestId(`publish-${programmeId}`).click();
  await officer.getByTestId('programmes-notice').waitFor();
  await officer.getByTestId(`batch-${programmeId}`).click();
  await officer.waitForURL(/\/payment-batches\?batch=/);
  await officer.getByTestId('batch-detail').waitFor();
  return new URL(officer.url()).searchParams.get('batch') as string;
}
