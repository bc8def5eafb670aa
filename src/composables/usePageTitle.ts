import { watchEffect } from 'vue';
import { useI18n } from 'vue-i18n';

/** Keeps document.title in step with the view and the language, so each screen is announced by name. */
export function usePageTitle(title: () => string): void {
  const { t } = useI18n();
  watchEffect(() => {
    document.title = `${title()} – ${t('app.name')}`;
  });
}
