/**
 * What makes a ticket need a person, grouped as the UK FCA's FG21/1 groups the drivers of
 * vulnerability (health, life events, resilience, capability), plus the explicit asks: a person, a
 * complaint, a regulator or ombudsman, legal action.
 */

const DRIVER_GROUP = {
  bereavement: 'life_events',
  illness: 'health',
  mental_health: 'health',
  abuse: 'life_events',
  job_loss: 'life_events',
  cant_afford: 'resilience',
  carer: 'life_events',
  capability: 'capability',
  person: 'request_person',
  complaint: 'complaint',
  regulator: 'regulator',
  legal: 'legal',
} as const;

type Driver = keyof typeof DRIVER_GROUP;
type DriverGroup = (typeof DRIVER_GROUP)[Driver];

const DRIVERS = Object.keys(DRIVER_GROUP) as Driver[];

const GUARD_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'fi', 'pl'] as const;
type GuardLanguage = (typeof GUARD_LANGUAGES)[number];

export type { Driver, DriverGroup, GuardLanguage };
export { DRIVER_GROUP, DRIVERS, GUARD_LANGUAGES };
