/** Bumped whenever questions are added or changed; saved scans record the version they were made with. */
export const CONTENT_VERSION = '2024.11';
