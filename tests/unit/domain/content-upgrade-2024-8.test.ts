import { describeSameIdUpgrade } from '../../support/same-id-upgrade';

// 2024.9 changed no question: 'always followed' now has to be known, so an agreement nobody checks is level 3 at
// most. Every id, answer and note stays where it was. The three named are the questions whose own rules say what
// happens when nobody knows whether an agreement was followed.
describeSameIdUpgrade(
  '2024.8',
  ['weg-manier', 'weg-instrumenten', 'geg-verwijderen'],
  'questions whose rules changed',
);
