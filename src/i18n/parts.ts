/**
 * Texts that only some screens use, by part. The build leaves them out of the start page's language chunk
 * (vite.config.ts, precompiledMessages): `room` loads with the round screens, `screens` with every screen but
 * the start page. A section here must not be used by the start page or by what App.vue always shows.
 */
export const TEXT_PARTS = {
  room: ['room'],
  screens: [
    'workshop',
    'national',
    'justification',
    'sessionResult',
    'evidence',
    'present',
    'agenda',
    'marks',
    'participantStatus',
  ],
} as const;
