import { planFacts, levelRange } from '../../domain/plan-facts';
import { formatDate } from '../../i18n/format';
import type { Block } from './document-types';
import type { PartContext } from './doc-context';
import { reportText } from './report-text';
import { evidenceLine } from './doc-evidence';

/** Owners named in the summary; the rest are counted, so the sentence stays readable. */
const OWNERS_NAMED = 4;
/** Disputed questions named in the summary; the full report lists more. */
const DISPUTES_NAMED = 3;

/** "a, b and c" in the report's language. */
export function joinList(items: string[], locale: PartContext['locale']): string {
  return new Intl.ListFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { type: 'conjunction' }).format(items);
}

/** The one-page summary, written as sentences from the scores, the session and the plan. */
export function summaryPart(ctx: PartContext): Block[] {
  const { model, t, locale } = ctx;
  const { results } = model;
  const fmt = reportText(t, locale);
  const list = (items: string[]) => joinList(items, locale);
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: t('report.summaryTitle'), before: 'page' }];
  const say = (text: string, tone?: 'strong') =>
    blocks.push({ kind: 'paragraph', text, ...(tone ? { tone } : {}) });

  blocks.push({ kind: 'heading', level: 2, text: t('report.sum.standTitle') });
  const o = results.overall;
  if (o.value === null) say(t('report.sum.overallEmpty'), 'strong');
  else {
    say(
      t('report.sum.overall', {
        score: fmt.score(o.value),
        level: fmt.level(results.overallLevel),
        answered: o.answered,
        total: o.total,
      }),
      'strong',
    );
    if (o.provisional) say(t('report.sum.provisional'));
    if (results.session) say(t('sessionResult.origins', { ...results.session.counts }));
  }
  say(evidenceLine(ctx));
  if (results.baseline) {
    const { title, date, overall } = results.baseline;
    say(t('report.sum.previous', { title, date: formatDate(date, locale), score: fmt.score(overall) }));
  }
  const point = (r: (typeof results.strongest)[number]) =>
    t('report.sum.point', {
      ref: r.point.ref,
      title: r.point.title[locale],
      score: fmt.score(r.score.value),
    });
  if (results.strongest.length) say(t('report.sum.strongest', { list: list(results.strongest.map(point)) }));
  if (results.weakest.length) say(t('report.sum.weakest', { list: list(results.weakest.map(point)) }));
  if (results.gaps.length)
    say(
      t('report.sum.gaps', {
        list: list(
          results.gaps.map((g) =>
            t('report.sum.gap', {
              ref: g.section.ref,
              title: g.section.title[locale],
              score: fmt.score(g.value),
              target: g.target,
            }),
          ),
        ),
      }),
    );
  else if (results.sections.some((s) => s.target !== undefined)) say(t('report.sum.gapsNone'));

  if (model.session) {
    blocks.push({ kind: 'heading', level: 2, text: t('report.sum.sessionTitle') });
    const organisations = model.session.organisations.length;
    const disputes = model.session.differences.slice(0, DISPUTES_NAMED);
    if (disputes.length === 0) say(t('report.sum.sessionNone', { n: organisations }));
    else {
      say(
        t('report.sum.session', {
          n: organisations,
          list: list(
            disputes.map(({ item }) => {
              const range = levelRange(item.distribution);
              return t('report.sum.dispute', {
                ref: item.point.ref,
                question: item.question.text[locale],
                low: range?.low ?? '–',
                high: range?.high ?? '–',
              });
            }),
          ),
        }),
      );
      const agreed = model.session.differences.filter((d) => typeof d.agreed.level === 'number').length;
      say(t('report.sum.agreed', { agreed, total: model.session.differences.length }));
    }
  }

  blocks.push({ kind: 'heading', level: 2, text: t('report.sum.planTitle') });
  const facts = planFacts(model.plan.flatMap((g) => g.rows.map((r) => r.action)));
  if (facts.total === 0) {
    say(t('report.sum.planEmpty'));
    return blocks;
  }
  say(t('report.sum.plan', { n: facts.total, ...facts.byPriority }));
  if (facts.firstDue && facts.lastDue)
    say(
      t(facts.firstDue === facts.lastDue ? 'report.sum.dueOne' : 'report.sum.due', {
        first: formatDate(facts.firstDue, locale),
        last: formatDate(facts.lastDue, locale),
      }),
    );
  if (facts.owners.length) {
    // Counting "1 other owner" takes as many words as naming it.
    const shown = facts.owners.length <= OWNERS_NAMED + 1 ? facts.owners.length : OWNERS_NAMED;
    const named = facts.owners
      .slice(0, shown)
      .map((o) => t('report.sum.owner', { owner: o.owner, n: o.count }));
    const rest = facts.owners.length - named.length;
    say(
      t('report.sum.owners', {
        list: list(rest > 0 ? [...named, t('report.sum.otherOwners', { n: rest })] : named),
      }),
    );
  }
  if (facts.withoutOwner || facts.withoutDue)
    say(t('report.sum.missing', { owner: facts.withoutOwner, due: facts.withoutDue }));
  if (facts.byStatus.done || facts.byStatus['in-progress'])
    say(
      t('report.sum.status', {
        done: facts.byStatus.done,
        progress: facts.byStatus['in-progress'],
        open: facts.byStatus.open,
      }),
    );
  return blocks;
}
