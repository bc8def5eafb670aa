import { describe, expect, it } from 'vitest';
import { PARTNER_NOTE, PARTNER_ROLES } from '../../../src/content/partners';

describe('partners', () => {
  it('includes every partner §2.1 names, each in the domain the checklist suggests, and says that the report groups none', () => {
    const domain = (id: string) => PARTNER_ROLES.find((r) => r.id === id)?.domain;
    expect(domain('gemeente-oov')).toBe('veiligheid');
    expect(domain('politie')).toBe('veiligheid');
    expect(domain('om')).toBe('veiligheid');
    expect(domain('aivd')).toBe('veiligheid');
    expect(domain('gemeente-sociaal')).toBe('sociaal');
    expect(domain('ggz')).toBe('sociaal');
    expect(domain('rvdk')).toBe('sociaal');
    // Round 10: the report names reclassering as a partner bringing in signals (§1.1) but gives it no domain.
    expect(domain('reclassering')).toBe('other');
    expect(PARTNER_NOTE.nl).toMatch(/reclassering brengt volgens het rapport signalen in \(§1\.1\)/);
    // Round 13 (reading 11, F1): the grouping is the checklist's; reading 27: R 251 names the municipality's social
    // domain, the only partner the report places in a domain.
    expect(PARTNER_NOTE.nl).toMatch(
      /Behalve het sociaal domein van de gemeente deelt het rapport geen partner uitdrukkelijk in bij een domein\./,
    );
    expect(PARTNER_NOTE.nl).not.toMatch(/en de checklist dus ook niet/);
    expect(PARTNER_NOTE.nl).toMatch(/keuze van de checklist/);
    expect(domain('jongerenwerk')).toBe('sociaal');
    expect(domain('zvh')).toBe('other');
  });
});
