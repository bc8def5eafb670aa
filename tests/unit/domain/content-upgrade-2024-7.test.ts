import { describeSameIdUpgrade } from '../../support/same-id-upgrade';

// 2024.8 changed no question: for rounds 181 and 182 it changed when a departure counts, and it keeps only a
// shorter definition of 'always followed'. So every id, answer and note stays where it was, and nothing needs a
// notice. The three named are the questions raters doubted most in
// rounds 177 to 180.
describeSameIdUpgrade(
  '2024.7',
  ['sig-sleutelfiguren-contact', 'geg-per-fase', 'geg-verwijderen'],
  'most doubted ones',
);
