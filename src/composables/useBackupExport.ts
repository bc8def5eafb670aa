import { useI18n } from 'vue-i18n';
import type { Assessment } from '../domain/types';
import { markBackedUp } from '../domain/backup';
import { exportLibrary } from '../domain/library-file';
import { FILE_EXTENSION } from '../domain/file-format';
import { downloadAssessment, downloadBlob, fileName } from '../browser/files';
import { useAssessmentsStore } from '../stores/assessments';
import { useLibrary } from './useLibrary';

/** Exports that count as a backup: the file carries the time, and so does the scan afterwards. */
export function useBackupExport() {
  const { t } = useI18n();
  const assessments = useAssessmentsStore();
  // On every scan screen (the save line), so read only when everything is exported.
  const library = useLibrary({ onDemand: true });

  /** The scans keep the time; the store puts each one in the list as it saves it. */
  function remember(scans: readonly Assessment[]) {
    scans.forEach((s) => s.backedUpAt && assessments.keepBackupTime(s.id, s.backedUpAt));
  }

  return {
    /** One scan as a .pgascan.json file. */
    exportScan(assessment: Assessment) {
      const now = new Date();
      const marked = markBackedUp(assessment, now);
      downloadAssessment(marked, now);
      remember([marked]);
    },
    /** "Alles exporteren": every scan of the library in one file, for moving to another computer. */
    exportAll(): number {
      const now = new Date();
      const scans = library.read().map((a) => markBackedUp(a, now));
      downloadBlob(
        new Blob([exportLibrary(scans, now)], { type: 'application/json' }),
        fileName(t('backup.fileTitle'), now.toISOString().slice(0, 10), FILE_EXTENSION),
      );
      remember(scans);
      return scans.length;
    },
  };
}
