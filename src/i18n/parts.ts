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

/** A part of those texts, named by a route in `meta.texts`. */
export type TextPart = keyof typeof TEXT_PARTS;

/**
 * The texts a route's screen needs beyond the start page's: its own part, and the screens' part off the start
 * page. Vue-free, so the build's preload of the opening screen (build/route-preload.ts) follows the same rule.
 */
export function textPartsFor(route: { name?: unknown; meta: { texts?: TextPart } }): TextPart[] {
  return [
    ...(route.meta.texts ? [route.meta.texts] : []),
    ...(route.name !== 'home' ? ['screens' as const] : []),
  ];
}
