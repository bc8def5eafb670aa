import { describeSameIdUpgrade } from '../../support/same-id-upgrade';

// 2024.11 changed no question: a provision counts under one point, the point it is about, with its part of the
// document or the checklist's order breaking a tie. Every id, answer and note stays where it was. The three named are
// the questions whose own rules on where a provision counts changed with it.
describeSameIdUpgrade(
  '2024.10',
  ['geg-per-fase', 'geg-bewaren', 'dui-informatie'],
  'questions whose rules on where a provision counts changed',
);
