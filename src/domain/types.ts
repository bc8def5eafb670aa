import type { Level } from '../content/types';

export type AnswerValue = Level | 'na' | 'unknown' | null;

export interface Answer {
  level: AnswerValue;
  note: string;
}

export type Organisation = string;

export interface Participant {
  id: string;
  name: string;
  organisation: Organisation;
  role: string;
}

export type Priority = 'high' | 'medium' | 'low';
export type ActionStatus = 'open' | 'in-progress' | 'done';

export interface Action {
  id: string;
  attentionPointId: string;
  title: string;
  description: string;
  owner: string;
  due: string;
  priority: Priority;
  status: ActionStatus;
  origin: 'suggested' | 'own';
  /** Template the action was adopted from, if any. */
  templateId?: string;
}

export interface Assessment {
  schemaVersion: number;
  id: string;
  title: string;
  region: string;
  /** The date the scan is about (YYYY-MM-DD), chosen by the user. */
  date: string;
  createdAt: string;
  updatedAt: string;
  contentVersion: string;
  participants: Participant[];
  answers: Record<string, Answer>;
  targets: Record<string, Level>;
  actions: Action[];
  /** Suggested action templates the user set aside, so they are not offered again. */
  dismissed: string[];
  /** The earlier scan this one follows up, kept as a snapshot so the comparison survives export and deletion. */
  baseline?: Baseline;
}

export interface Baseline {
  id: string;
  title: string;
  date: string;
  answers: Record<string, Answer>;
  targets: Record<string, Level>;
  actions: Action[];
}

export const SCHEMA_VERSION = 1;
