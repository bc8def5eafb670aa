import { describeSameIdUpgrade } from '../../support/same-id-upgrade';

// 2024.6 reworded seven questions with the same meaning, so every id, answer and note stays where it was, and
// nothing needs a notice.
describeSameIdUpgrade(
  '2024.5',
  [
    'sig-online-training',
    'sig-veiligheidsbeeld',
    'weg-toegerust',
    'dui-rechtmatig',
    'not-transparant',
    'sam-rollen',
    'int-format-overleg',
  ],
  'reworded ones',
);
