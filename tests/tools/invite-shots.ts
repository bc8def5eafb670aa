// Dev aid: screenshots of the invitation flow (npx tsx tests/tools/invite-shots.ts after a build).
import { mkdir, writeFile } from 'node:fs/promises';
import { CHECKLIST } from '../../src/content/pga-2024';
import { createAssessment } from '../../src/domain/assessment';
import { addParticipant } from '../../src/domain/participants';
import { exportFile } from '../../src/domain/file-format';
import { invitationFile } from '../../src/domain/invitation';
import { openApp } from '../support/app-page';
import { seed } from '../e2e/seed';

await mkdir('.screenshots/invite', { recursive: true });
const { page, url, close } = await openApp({ viewport: { width: 1366, height: 900 } });
const now = new Date();
let w = createAssessment(
  { title: 'Werksessie PGA Utrecht', region: 'Regio Utrecht', date: '2026-12-10' },
  CHECKLIST.version,
  now,
);
w = addParticipant(w, 'politie', 'Politie Midden-Nederland', now);
await writeFile('.screenshots/invite/inv.pgascan.json', invitationFile(w, w.participants[0]!, now));
await page.locator('#import-file').setInputFiles('.screenshots/invite/inv.pgascan.json');
await page.getByTestId('invitation-notice').waitFor();
await page.screenshot({ path: '.screenshots/invite/1-partner-step.png' });
await page.goto(`${url}#/nieuw`);
await page.locator('#field-respondent-org').waitFor();
await page.screenshot({ path: '.screenshots/invite/2-new-scan.png', fullPage: true });
// The facilitator reads the same partner's file twice.
const partner = createAssessment(
  { title: 'Werksessie PGA Utrecht – Politie', region: 'Regio Utrecht', date: '2026-12-10' },
  CHECKLIST.version,
  now,
);
partner.session = {
  id: w.id,
  participantId: w.participants[0]!.id,
  title: w.title,
  region: w.region,
  date: w.date,
};
partner.respondent = {
  organisation: 'Politie Midden-Nederland',
  role: 'politie',
  domain: 'veiligheid',
  name: '',
};
await writeFile('.screenshots/invite/politie.pgascan.json', exportFile(partner, now));
await writeFile('.screenshots/invite/kapot.pgascan.json', '{"app":"pga-zelfscan"');
await seed(page, w);
await page.goto(`${url}#/scan/${w.id}/werksessie`);
await page
  .locator('#sources-file')
  .setInputFiles(['.screenshots/invite/politie.pgascan.json', '.screenshots/invite/kapot.pgascan.json']);
await page.getByTestId('import-summary').getByText('Ingelezen: 1').waitFor();
const box = (await page.locator('.import').boundingBox())!;
await page.screenshot({
  path: '.screenshots/invite/3-summary.png',
  clip: { x: 0, y: box.y - 10, width: 1366, height: box.height + 20 },
  fullPage: true,
});
await page.locator('#sources-file').setInputFiles('.screenshots/invite/politie.pgascan.json');
await page.getByRole('dialog').waitFor();
await page.screenshot({ path: '.screenshots/invite/4-dialog.png' });
await close();
