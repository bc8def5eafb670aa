import { useI18n } from 'vue-i18n';
import type { ContentUpgrade } from '../domain/content-upgrade';

/** One short sentence on what a checklist update did to a scan's answers, in the interface language. */
export function useUpgradeText(): (u: ContentUpgrade) => string {
  const { t } = useI18n();
  return (u) => {
    const parts = [
      u.merged ? t('upgrade.merged', { n: u.merged }, u.merged) : '',
      u.renamed ? t('upgrade.renamed', { n: u.renamed }, u.renamed) : '',
      u.removed ? t('upgrade.removed', { n: u.removed }, u.removed) : '',
      u.split ? t('upgrade.split', { n: u.split }, u.split) : '',
    ].filter((p) => p !== '');
    return t('upgrade.notice', { to: u.to, changes: parts.join(', ') });
  };
}
