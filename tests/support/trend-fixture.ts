import type { Action, AnswerValue } from '../../src/domain/types';

// The trend tests answer whole attention points, so every point's score is a level worked out by hand.
export const WEG_SYSTEMATISCH = [
  'weg-manier',
  'weg-criteria',
  'weg-betrokkenen',
  'weg-instrumenten',
  'weg-vastleggen',
];
export const NOT_OPENHEID = ['not-afspraken', 'not-uitzonderingsgrond', 'not-afwijken', 'not-transparant'];

/** The same answer to every question given. */
export const levels = (ids: string[], level: AnswerValue) =>
  Object.fromEntries(ids.map((id) => [id, { level, note: '' }]));

/** An action whose fate the trend follows by its id. */
export const trendAction = (id: string, status: Action['status']): Action => ({
  id,
  attentionPointId: 'weg-systematisch',
  title: `Actie ${id}`,
  description: '',
  owner: '',
  due: '',
  priority: 'medium',
  status,
  origin: 'own',
});
