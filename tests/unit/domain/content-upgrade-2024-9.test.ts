import { describeSameIdUpgrade } from '../../support/same-id-upgrade';

// 2024.10 changed no question: a weighing agreement is joint only if, where a municipality and the police both
// assess, at least one municipality and the police adopted it. Every id, answer and note stays where it was. The
// three named are questions of the weighing step, whose shared rule changed.
describeSameIdUpgrade(
  '2024.9',
  ['weg-manier', 'weg-criteria', 'weg-betrokkenen'],
  'questions whose step rule changed',
);
