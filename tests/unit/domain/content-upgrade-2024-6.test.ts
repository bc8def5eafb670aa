import { describeSameIdUpgrade } from '../../support/same-id-upgrade';

// 2024.7 changed scoring rules and one activity (not-afwijken), not a question, so every id, answer and note stays
// where it was, and nothing needs a notice.
describeSameIdUpgrade(
  '2024.6',
  ['not-afwijken', 'sam-perspectieven-bespreekbaar', 'sig-structuur-helder', 'int-factoren'],
  'ones with changed rules',
);
